"""Workable public jobs of an account -> Posting, on the recordings in ../shared/data/jobs/workable."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings

from tests.conftest import JOBS
from tests.extract.json_strategies import assert_well_typed, records
from tracker.extract import BadPayload
from tracker.extract.workable import WorkableJob, account_jobs, account_name
from tracker.normalize import normalize_posting

WORKABLE = JOBS / "workable"


def load(name: str) -> dict:
    return json.loads((WORKABLE / name).read_text())


CREWAI = load("candidatezero_crewai_widget-accounts-details_trimmed.json")
ZAELAB = load("careerkit_zaelab_widget-v1_trimmed.json")
VASION = load("dinhmai_vasion_widget-accounts-details_trimmed.json")
ZEGO = load("ergon_zego_widget-accounts_no-details.json")


def extract(item, board="x"):
    return normalize_posting(WorkableJob(item, board).to_posting())


def test_job_with_details():
    p = extract(account_jobs(CREWAI)[0], "crewai")
    assert account_name(CREWAI) == "CrewAI"
    assert (p.id, p.title) == ("workable:crewai:3862836931", "Customer Success Manager, LATAM")
    assert (p.location_raw, p.city, p.region, p.country) == (
        "São Paulo, State of São Paulo, Brazil", "São Paulo", "BR-SP", "BR")
    assert (p.workplace, p.employment_type, p.department, p.seniority) == (
        "remote", "full-time", "Support", "senior")  # the title states none; the field says Mid-Senior
    assert p.posted_at == "2026-06-30T00:00:00Z"  # published_on, a date
    assert (p.url, p.apply_url) == ("https://apply.workable.com/j/3862836931",
                                    "https://apply.workable.com/j/3862836931/apply")
    assert p.description_text.startswith("About the Role")


def test_empty_city_and_region_and_onsite_job():
    us_remote = extract(account_jobs(CREWAI)[1])
    assert (us_remote.location_raw, us_remote.city, us_remote.region, us_remote.country) == (
        "United States", None, None, "US")
    office = extract(account_jobs(CREWAI)[2])
    assert office.workplace == "unknown"  # telecommuting: false says only "not remote"
    apac = extract(account_jobs(VASION)[0])
    assert (apac.location_raw, apac.city, apac.region) == ("New South Wales, Australia", None, "AU-NSW")
    assert apac.posted_at == "2026-08-05T00:00:00Z"  # published_on, not created_at


def test_a_job_listed_once_per_place_is_one_job():
    assert [j["shortcode"] for j in ZAELAB["jobs"]] == ["DD136DD7E7", "DD136DD7E7"]
    jobs = account_jobs(ZAELAB)
    assert len(jobs) == 1
    p = extract(jobs[0], "zaelab")
    assert (p.external_id, p.location_raw, p.country, p.city) == ("DD136DD7E7", "Spain; Portugal", None, None)
    assert p.workplace == "remote"
    assert p.apply_url == p.url == "https://apply.workable.com/j/DD136DD7E7"  # no application_url here
    assert p.description_html is None  # trimmed away in this recording
    assert len(ZAELAB["jobs"][0]["locations"]) == 1  # the input is not modified


def test_hidden_places_and_repeats_are_left_out():
    data = copy.deepcopy(VASION)
    second = copy.deepcopy(data["jobs"][1])
    second["locations"] = [{**second["locations"][0], "city": "Manchester"},
                           {**second["locations"][0], "city": "Leeds", "hidden": True}]
    data["jobs"] += [second, copy.deepcopy(data["jobs"][1])]
    jobs = account_jobs(data)
    assert len(jobs) == 2
    p = extract(jobs[1])
    assert p.location_raw == "London, England, United Kingdom; Manchester, England, United Kingdom"
    assert (p.city, p.country) == (None, "GB")


def test_list_without_details_and_without_employment_type():
    jobs = [extract(j) for j in account_jobs(ZEGO)]
    assert account_name(ZEGO) == "Zego" and len(jobs) == 3
    assert all(j.description_html is None for j in jobs)
    assert [j.employment_type for j in jobs] == [None, "full-time", None]  # "" in the payload
    assert jobs[1].posted_at == "2025-09-04T00:00:00Z"


def test_job_detail_shape_fits():
    detail = load("aerjobs_eupry_v2-job-detail_redacted.json")
    p = extract(detail, "eupry")
    assert (p.external_id, p.title) == ("D68529D654", "Field Engineer")
    assert (p.workplace, p.employment_type, p.department) == ("onsite", "full-time", "Customer Support")
    assert (p.location_raw, p.city, p.region, p.country) == (
        "Raleigh, North Carolina, United States", "Raleigh", "US-NC", "US")
    assert p.posted_at == "2026-05-06T00:00:00Z"
    assert p.url == "https://apply.workable.com/j/D68529D654"  # no url in the detail: the public short link
    text = p.description_text
    assert text.index("At Eupry") < text.index("Requirements") < text.index("Benefits")
    assert "monitoring & calibration" in text


@pytest.mark.parametrize("bad", [[], {"name": "x"}, {"jobs": None}, {"jobs": "x"}, None])
def test_bad_shapes(bad):
    with pytest.raises(BadPayload):
        account_jobs(bad)


def test_records_without_shortcode_pass_through_to_be_rejected():
    jobs = account_jobs({"jobs": ["junk", {"title": "no code"}, {"shortcode": "A", "title": "a"}]})
    assert jobs[:2] == ["junk", {"title": "no code"}]
    assert extract(jobs[1]).external_id is None


KEYS = ["title", "shortcode", "code", "employment_type", "type", "telecommuting", "remote", "workplace",
        "department", "url", "shortlink", "application_url", "published_on", "published", "created_at",
        "country", "city", "state", "countryCode", "region", "hidden", "locations", "description",
        "requirements", "benefits", "experience"]


@settings(deadline=None)
@given(records(KEYS))
def test_any_record_gives_a_well_typed_posting(record):
    assert_well_typed(WorkableJob(record, "x").to_posting())


@settings(deadline=None)
@given(records(["name", "jobs", "shortcode", "locations", "city", "hidden"]))
def test_any_account_gives_jobs_or_bad_payload(data):
    try:
        jobs = account_jobs(data)
    except BadPayload:
        return
    for job in jobs:
        if isinstance(job, dict):
            assert_well_typed(WorkableJob(job, "x").to_posting())
