"""Greenhouse Job Board API items -> Posting, on the recorded boards (../shared/data/jobs/greenhouse)."""

from __future__ import annotations

import copy
import json
import re

import pytest

from tests.conftest import JOBS
from tracker.extract import BadPayload
from tracker.extract.greenhouse import GreenhouseJob, board_jobs
from tracker.items import Posting
from tracker.normalize import normalize_posting

GREENHOUSE = JOBS / "greenhouse"
AMPLITUDE = json.loads((GREENHOUSE / "careerkit_amplitude_jobs-content_trimmed.json").read_text())
DATABRICKS = json.loads((GREENHOUSE / "aerjobs_databricks_jobs-content_redacted.json").read_text())
WRAPPED = sorted(GREENHOUSE.glob("techjobshub_*_jobs-list_wrapped.json"))
UTC_ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def extract(item, board="amplitude") -> Posting:
    return GreenhouseJob(item, board).to_posting()


def test_amplitude_job_fields():
    item = board_jobs(AMPLITUDE)[0]
    job = extract(item)
    assert (job.source, job.board, job.id) == ("greenhouse", "amplitude", "greenhouse:amplitude:8636903002")
    assert job.external_id == "8636903002"  # the numeric id, as text
    assert job.title == "Customer Data Scientist - Experimentation"
    assert job.company == "Amplitude"  # "Amplitude " in the payload
    assert job.location_raw == "London, UK"
    assert job.department == "Solutions Consulting"
    assert job.employment_type_raw == "Regular"  # metadata "Employment Type"
    assert job.posted_at == "2026-07-16T11:55:32-04:00"  # first_published, not updated_at
    assert job.url == job.apply_url == "https://job-boards.greenhouse.io/amplitude/jobs/8636903002"


def test_amplitude_content_is_unescaped_once():
    job = extract(board_jobs(AMPLITUDE)[0])
    html = job.description_html
    assert html.startswith('<div class="content-intro"><p>Amplitude is the leading AI analytics platform')
    assert "&lt;" not in html and "&quot;" not in html
    assert '<a href="http://amplitude.com">amplitude.com</a>' in html
    # the payload's "&amp;amp;" is an escaped "&amp;": one unescape leaves valid HTML, not a bare "&"
    assert "Diversity Equity &amp; Inclusion" in html


def test_amplitude_second_job():
    job = extract(board_jobs(AMPLITUDE)[1])
    assert (job.external_id, job.title) == ("8651132002", "Emerging Account Executive (India)")
    assert (job.location_raw, job.department) == ("Bangalore, India", "Account Executives")
    assert job.posted_at == "2026-07-27T02:52:26-04:00"


def test_amplitude_after_normalize():
    job = normalize_posting(extract(board_jobs(AMPLITUDE)[0]))
    assert job.posted_at == "2026-07-16T15:55:32Z"  # -04:00 converted to UTC
    assert job.employment_type == "full-time"  # "Regular"
    assert 'class="content-intro"' not in job.description_html  # sanitized
    assert job.description_text.startswith("Amplitude is the leading AI analytics platform")
    assert "Diversity Equity & Inclusion" in job.description_text
    assert "<" not in job.description_text


def test_databricks_jobs_without_employment_type():
    first, second = (extract(item, "databricks") for item in board_jobs(DATABRICKS))
    assert first.external_id == "8559344002"
    assert first.title == "ソリューションアーキテクト (プリセールス)"
    assert first.company == "Databricks"
    assert first.location_raw == "Tokyo, Japan"
    assert first.department == "Field Engineering - Other"
    # metadata only has "Company Assignment" and "Career Page Posting Category"
    assert first.employment_type_raw is None and second.employment_type_raw is None
    assert first.url == "https://databricks.com/company/careers/open-positions/job?gh_jid=8559344002"
    assert first.description_html.startswith('<p data-renderer-start-pos="1648">FEQ327R203')
    assert second.department == "Delivery Solutions Architects"
    first, second = normalize_posting(first), normalize_posting(second)
    assert first.posted_at == "2026-06-29T06:02:50Z"
    assert second.posted_at == "2026-03-05T11:43:29Z"  # -05:00 in March
    assert first.description_html == "<p>FEQ327R203 [redacted for the fixture]</p>"  # attribute dropped


def test_wrapped_lists_are_found():
    assert len(WRAPPED) >= 60


@pytest.mark.parametrize("path", WRAPPED, ids=lambda p: p.name.split("_")[1])
def test_every_wrapped_board(path):
    data = json.loads(path.read_text())
    jobs = board_jobs(data)
    assert len(jobs) == data["job_count"]
    for item in jobs:
        job = extract(item, data["company"])
        assert isinstance(job, Posting)
        assert job.external_id == str(item["id"])
        assert job.title and job.title == job.title.strip()
        assert job.description_html is None  # list without content=true
        job = normalize_posting(job)
        assert job.posted_at is None or UTC_ISO.match(job.posted_at), job.posted_at


@pytest.mark.parametrize("bad", [[], {"meta": {}}, {"jobs": "x"}, {"jobs": None}, "jobs", None])
def test_bad_shapes(bad):
    with pytest.raises(BadPayload):
        board_jobs(bad)


def test_empty_board_is_fine():
    assert board_jobs({"jobs": [], "meta": {"total": 0}}) == []


def amplitude_item(**changes):
    item = copy.deepcopy(board_jobs(AMPLITUDE)[0])
    item.update(changes)
    return item


def test_missing_or_null_location_and_departments():
    item = amplitude_item()
    del item["location"]
    assert extract(item).location_raw is None
    assert extract(amplitude_item(location=None)).location_raw is None
    assert extract(amplitude_item(location={"name": None})).location_raw is None
    assert extract(amplitude_item(location="Remote")).location_raw == "Remote"
    job = extract(amplitude_item(departments=None, metadata=None, content=None))
    assert job.department is None and job.employment_type_raw is None and job.description_html is None
    assert job.external_id == "8636903002"


def test_several_departments_are_joined():
    job = extract(amplitude_item(departments=[{"name": "Sales"}, {"name": None}, "junk", {"name": "EMEA"}]))
    assert job.department == "Sales, EMEA"


def test_posted_at_falls_back_to_updated_at():
    job = extract(amplitude_item(first_published=None))
    assert job.posted_at == "2026-07-29T08:50:01-04:00"
    assert normalize_posting(job).posted_at == "2026-07-29T12:50:01Z"


def test_a_multi_select_employment_type_is_one_string():
    from tracker.extract.greenhouse import GreenhouseJob

    job = {"id": 1, "title": "Analyst", "metadata": [
        {"name": "Employment Type", "value": ["Full-time", "Contract"], "value_type": "multi_select"}]}
    assert GreenhouseJob(job, "b").employment_type_raw() == "Full-time, Contract"
