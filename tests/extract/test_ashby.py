"""Ashby Job Postings API items -> Posting, on the recorded boards (../shared/data/jobs/ashby)."""

from __future__ import annotations

import copy
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import JOBS
from tests.extract.json_strategies import assert_well_typed, records
from tracker import fx
from tracker.extract import BadPayload
from tracker.salary import best_base
from tracker.extract.ashby import AshbyJob, board_jobs
from tracker.items import Posting
from tracker.normalize import normalize_posting

ASHBY = JOBS / "ashby"
DUMPS = sorted(ASHBY.glob("stapply_*_job-board_includeCompensation.json"))
UTC_ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
PERIODS = {None, "hour", "day", "week", "month", "year"}
JSON_NUMBERS = st.none() | st.integers() | st.floats() | st.text(max_size=8) | st.booleans()


def load(name: str) -> list:
    return board_jobs(json.loads((ASHBY / name).read_text()))


def board(token: str) -> list:
    return load(f"stapply_{token}_job-board_includeCompensation.json")


def job(jobs: list, job_id: str) -> dict:
    return next(j for j in jobs if j["id"] == job_id)


def extract(item, token="x") -> Posting:
    return normalize_posting(AshbyJob(item, token).to_posting())


HIGHLIGHT = load("careerkit_highlightta_job-board_trimmed.json")
LAMBDA = board("Lambda")


def test_hybrid_job_with_a_cad_salary_tier():
    p = extract(HIGHLIGHT[1], "highlightta")
    assert p.id == "ashby:highlightta:fc2f1f85-46a0-4a31-b165-683e39c07c04"
    assert p.title == "Senior Site Reliability Engineer"  # trailing space in the payload
    assert p.workplace == "hybrid"  # workplaceType wins over isRemote: true
    assert (p.location_raw, p.city, p.region, p.country) == ("Toronto, Ontario", "Toronto", "CA-ON", "CA")  # ISO code after normalize
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (102800.0, 137000.0, "CAD", "year")
    assert p.salary_annual_min_usd == round(102_800 * fx.usd_per_unit("CAD", p.posted_at)[0], 2)
    assert (p.department, p.employment_type, p.posted_at) == ("HighlightTA Confidential", "full-time",
                                                              "2026-07-08T19:48:19Z")
    assert p.url == "https://jobs.ashbyhq.com/HighlightTA/fc2f1f85-46a0-4a31-b165-683e39c07c04"
    assert p.apply_url == p.url + "/application"


def test_remote_job_with_empty_compensation():
    p = extract(HIGHLIGHT[0])
    assert HIGHLIGHT[0]["compensation"]["compensationTiers"] == []
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (None, None, None, None)
    assert (p.workplace, p.location_raw, p.city, p.country) == ("remote", "Canada", None, "CA")
    assert p.description_text.startswith("About HighlightTA")
    assert "style=" not in p.description_html  # sanitized


def test_several_locations_and_tiers_in_two_currencies():
    item = job(LAMBDA, "d72f03c3-9fe2-4959-8b00-3fb09d19ff82")
    p = extract(item)
    assert p.location_raw == "Berlin, Germany; Amsterdam, Netherlands; London, England"
    assert (p.city, p.region, p.country) == (None, None, None)  # three countries
    # the summary's EUR range; the GBP tier is another currency, not a wider range
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (161000.0, 310000.0, "EUR", "year")
    without_summary = copy.deepcopy(item)
    without_summary["compensation"]["summaryComponents"] = []
    q = extract(without_summary)
    assert (q.salary_min, q.salary_max, q.salary_currency, q.salary_period) == (161000.0, 310000.0, "EUR", "year")


def test_locations_of_one_country_keep_it():
    items = [j for j in LAMBDA if len(j["secondaryLocations"]) == 2 and j["location"] == "San Francisco Office"]
    p = extract(items[0])
    assert p.location_raw.count("; ") == 2 and p.country == "US" and p.city is None


def test_equity_and_bonus_are_not_salary():
    harvey = board("harvey")
    p = extract(job(harvey, "50a8df2a-c50e-4326-ae90-0c9f8ee0cf1d"))  # EquityPercentage listed first
    assert (p.salary_min, p.salary_max, p.salary_currency) == (215000.0, 250000.0, "USD")
    assert p.salary_annual_max_usd == 250000.0
    assert p.workplace == "unknown"  # isRemote: false says only "not remote"
    hourly = extract(job(harvey, "45d27138-8f23-40aa-ad69-51d61ccf4e23"))
    assert (hourly.salary_min, hourly.salary_max, hourly.salary_period) == (35.0, 50.0, "hour")
    assert (hourly.salary_annual_min_usd, hourly.employment_type) == (72800.0, "contract")
    monthly = extract(job(board("sully-ai"), "4f2375ef-b50a-4c4d-a2d5-a7d44a589463"))
    assert (monthly.salary_min, monthly.salary_max, monthly.salary_currency, monthly.salary_period) == (
        70000.0, 100000.0, "SAR", "month")


def test_remote_flag_missing_and_plain_description_fallback():
    anyscale = board("anyscale")[0]
    assert anyscale["isRemote"] is None and anyscale["address"] is None
    p = extract(anyscale)
    assert (p.location_raw, p.workplace, p.country, p.region) == ("San Francisco or Palo Alto, CA", "unknown", "US", "US-CA")
    truelogic = load("lcarlini_truelogic_job-board_trimmed.json")[0]
    assert "compensation" not in truelogic
    plain = extract({**truelogic, "descriptionHtml": None})
    assert plain.description_html.startswith("<p>ABOUT TRUELOGIC</p>")
    assert extract(truelogic).workplace == "remote" and extract(truelogic).salary_min is None


def test_dumps_are_found():
    assert len(DUMPS) >= 30


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: p.name.split("_")[1])
def test_every_recorded_board(path):
    data = json.loads(path.read_text())
    for item in board_jobs(data):
        p = extract(item, "b")
        assert p.external_id == item["id"] and p.title
        assert UTC_ISO.match(p.posted_at)
        assert p.salary_period in PERIODS
        assert p.salary_min is None or p.salary_max is None or p.salary_min <= p.salary_max
        summary = (item.get("compensation") or {}).get("summaryComponents") or []
        if any(c["compensationType"] == "Salary" for c in summary):  # structured pay wins
            assert p.salary_currency is not None
        else:  # otherwise pay comes only from what the description states
            assert ((p.salary_min, p.salary_max) != (None, None)) == (best_base(p.description_text or "") is not None)
        assert p.url.startswith("https://jobs.ashbyhq.com/")


def test_empty_board_and_bad_shapes():
    assert board("kraken") == []
    for bad in ([], {"apiVersion": "1"}, {"jobs": None}, {"jobs": {}}, "jobs", None):
        with pytest.raises(BadPayload):
            board_jobs(bad)


KEYS = ["id", "title", "department", "team", "employmentType", "location", "secondaryLocations", "publishedAt",
        "isRemote", "workplaceType", "address", "postalAddress", "addressCountry", "addressLocality", "jobUrl",
        "applyUrl", "descriptionHtml", "descriptionPlain", "compensation", "summaryComponents",
        "compensationTiers", "components", "compensationType", "interval", "currencyCode", "minValue", "maxValue"]


@settings(deadline=None)
@given(records(KEYS))
def test_any_record_gives_a_well_typed_posting(record):
    assert_well_typed(AshbyJob(record, "x").to_posting())


COMPONENT = st.fixed_dictionaries({
    "compensationType": st.sampled_from(["Salary", "salary", "Bonus", "EquityPercentage", None]),
    "interval": st.sampled_from(["1 YEAR", "1 HOUR", "1 MONTH", "NONE", "2 WEEK", None, 7]),
    "currencyCode": st.sampled_from(["USD", "EUR", None, "", 3]),
    "minValue": JSON_NUMBERS, "maxValue": JSON_NUMBERS})


@settings(deadline=None)
@given(summary=st.lists(COMPONENT, max_size=3), tiers=st.lists(st.lists(COMPONENT, max_size=3), max_size=3))
def test_any_compensation_gives_a_salary_or_none(summary, tiers):
    item = {"id": "x", "title": "t", "compensation": {
        "summaryComponents": summary, "compensationTiers": [{"components": c} for c in tiers]}}
    p = AshbyJob(item, "x").to_posting()
    assert_well_typed(p)
    assert p.salary_period in PERIODS
    if p.salary_min is None and p.salary_max is None:
        assert p.salary_currency is None and p.salary_period is None
