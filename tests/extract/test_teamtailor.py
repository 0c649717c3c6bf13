"""Teamtailor JSON Feed items -> Posting, on the recorded feeds (../shared/data/jobs/teamtailor)."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given

from tests.conftest import JOBS
from tests.extract.json_strategies import assert_well_typed, records
from tracker import fx
from tracker.extract import BadPayload
from tracker.extract.teamtailor import TeamtailorJob, feed_items, feed_next_url, feed_title
from tracker.items import Posting
from tracker.normalize import normalize_posting

KOMMA5 = json.loads((JOBS / "teamtailor/ergon_1komma5_jobs-jsonfeed_trimmed.json").read_text())
CAREER = json.loads((JOBS / "teamtailor/careerkit_teamtailor_jobs-jsonfeed_trimmed.json").read_text())


def posting(item, board="1komma5") -> Posting:
    return normalize_posting(TeamtailorJob(item, board).to_posting())


def test_item_with_hiring_organization_and_description():
    job = posting(feed_items(KOMMA5)[0])
    assert job.external_id == "7793185"  # _jobposting.identifier.value, not the item's uuid
    assert job.title == "Utesäljare energilösningar till 1KOMMA5° i Stockholm"
    assert job.company == "1KOMMA5° Sverige"
    assert job.url == job.apply_url == (
        "https://1komma5.teamtailor.com/jobs/7793185-utesaljare-energilosningar-till-1komma5-i-stockholm")
    assert job.location_raw == "Stockholm, Mälardalen, SE"
    assert (job.city, job.country) == ("Stockholm", "SE")
    assert job.posted_at == "2026-05-26T06:33:05Z"  # +02:00 in the feed
    assert job.description_text.startswith("Vi driver visionen om en klimatneutral villamarknad")
    assert job.workplace == "unknown" and job.salary_min is None and job.employment_type is None


def test_item_without_description_and_with_two_locations():
    first, second = (posting(i, "career") for i in feed_items(CAREER))
    assert first.company == second.company == "Teamtailor"  # identifier.name: no hiringOrganization here
    assert first.description_html is None and first.description_text is None
    assert second.location_raw == "Stockholm, Sweden, SE; København, Europe, DK"
    assert (second.city, second.country) == (None, None)  # two places: no single city
    assert second.external_id == "7069633"


def test_feed_envelope():
    assert feed_title(KOMMA5) == "1KOMMA5° Sverige" and feed_title(CAREER) == "Teamtailor"
    assert feed_next_url(KOMMA5) is None
    assert feed_next_url({**CAREER, "next_url": "https://career.teamtailor.com/jobs.json?page=2"}).endswith("page=2")
    for bad in ([], {"items": None}, {"title": "x"}, "items"):
        with pytest.raises(BadPayload):
            feed_items(bad)


# Branches the recordings do not reach. Input: a recorded item with schema.org JobPosting fields
# added in the shapes schema.org defines (baseSalary as MonetaryAmount, employmentType, jobLocationType).
def with_fields(**fields):
    item = copy.deepcopy(feed_items(KOMMA5)[1])
    item["_jobposting"].update(fields)
    return item


def test_schema_org_salary_employment_and_remote():
    job = posting(with_fields(
        employmentType=["FULL_TIME", "PART_TIME"], jobLocationType="TELECOMMUTE",
        baseSalary={"@type": "MonetaryAmount", "currency": "SEK",
                    "value": {"@type": "QuantitativeValue", "minValue": 30000, "maxValue": 38000,
                              "unitText": "MONTH"}}))
    assert (job.salary_min, job.salary_max, job.salary_currency, job.salary_period) == (30000, 38000, "SEK", "month")
    assert job.salary_annual_min_usd == round(30_000 * 12 * fx.usd_per_unit("SEK", job.posted_at)[0], 2)
    assert job.employment_type == "full-time" and job.employment_type_raw == "FULL_TIME, PART_TIME"
    assert job.workplace == "remote"
    single = posting(with_fields(baseSalary={"currency": "USD", "value": 55, "unitText": "HOUR"}))
    assert (single.salary_min, single.salary_max, single.salary_period) == (55, 55, "hour")
    assert single.salary_annual_min_usd == 55 * 2080


def test_falls_back_to_the_item_id_and_date():
    item = copy.deepcopy(feed_items(CAREER)[0])
    del item["_jobposting"]
    job = posting(item, "career")
    assert job.external_id == "20fafb7d-f013-4061-b6de-2894b3e0838b"
    assert job.posted_at == "2026-02-04T08:26:20Z" and job.title == "Account Executive - Italy (Madrid based)"
    assert job.company is None and job.location_raw is None


ITEMS = records(["id", "title", "url", "date_published", "content_html", "content_text", "_jobposting",
                 "identifier", "hiringOrganization", "jobLocation", "address", "addressLocality", "addressCountry",
                 "baseSalary", "value", "minValue", "maxValue", "unitText", "currency", "employmentType",
                 "jobLocationType", "datePosted", "description", "name"])


@given(ITEMS)
def test_any_item_gives_a_posting_or_a_clear_miss(item):
    job = TeamtailorJob(item, "1komma5").to_posting()  # extraction only: normalize has its own tests
    assert isinstance(job, Posting)
    assert_well_typed(job)
