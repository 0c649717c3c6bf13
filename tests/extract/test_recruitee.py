"""Recruitee careers-site offers -> Posting, on the recordings in ../shared/data/jobs/recruitee."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from tests.conftest import JOBS
from tests.extract.json_strategies import assert_well_typed, records
from tracker.extract import BadPayload
from tracker.extract.recruitee import RecruiteeOffer, board_offers
from tracker.normalize import normalize_posting

RECRUITEE = JOBS / "recruitee"


def load(name: str) -> list:
    return board_offers(json.loads((RECRUITEE / name).read_text()))


ACME = load("careerkit_offers_sanitized.json")
AIKIDO = load("dinhmai_aikidosecurity_offers_trimmed.json")
CHANNABLE = load("ergon_channable_offers_field-subset.json")


def extract(offer, board="x"):
    return normalize_posting(RecruiteeOffer(offer, board).to_posting())


def test_hybrid_offer_with_a_yearly_salary_given_as_strings():
    p = extract(ACME[0], "acme")
    assert p.id == "recruitee:acme:2700825"
    assert p.title == "(Senior) Financial Accountant (f/m/d) - Berlin/Brandenburg Region, Germany"
    assert (p.company, p.department, p.workplace, p.employment_type) == ("Acme", "Finance", "hybrid", "full-time")
    assert (p.location_raw, p.city, p.region, p.country) == ("Berlin, Germany", "Berlin", "DE-BE", "DE")
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (60000.0, 75000.0, "EUR", "year")
    assert p.posted_at == "2026-08-05T10:10:39Z"  # "2026-08-05 10:10:39 UTC", published_at
    assert p.url == "https://jobs.acme.com/o/senior-financial-accountant-fmd-berlinbrandenburg-region-germany"
    assert p.apply_url == p.url + "/c/new"
    text = p.description_text
    assert text.index("How you will make an impact") < text.index("What we expect from you")  # + requirements


def test_remote_offer_with_empty_salary_and_onsite_offer():
    remote = extract(AIKIDO[0], "aikidosecurity")
    assert AIKIDO[0]["location"] == "Remote job"
    assert (remote.workplace, remote.location_raw, remote.country) == ("remote", "Tel Aviv, Israel", "IL")
    assert (remote.salary_min, remote.salary_max, remote.salary_currency, remote.salary_period) == (
        None, None, None, None)  # every salary value null
    office = extract(AIKIDO[2], "aikidosecurity")
    assert (office.workplace, office.location_raw) == ("onsite", "Chicago, Illinois, United States")
    assert (office.salary_min, office.salary_max, office.salary_currency) == (75.0, 95.0, "USD")  # as served


def test_monthly_salary_and_fixed_term_offer():
    p = extract(CHANNABLE[0], "channable")
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (5253.0, 6152.0, "EUR", "month")
    assert (p.employment_type_raw, p.employment_type) == ("fulltime_fixed_term", "temporary")
    assert (p.company, p.url) == ("Channable", "https://jobs.channable.com/o/account-executive-france-2028")
    assert p.posted_at == "2026-06-08T13:03:54Z"
    assert extract(CHANNABLE[1]).employment_type == "full-time"  # fulltime_permanent


def test_offer_without_locations_list_and_dates():
    offer = {k: v for k, v in CHANNABLE[0].items() if k not in ("locations", "published_at")}
    p = extract(offer)
    assert (p.location_raw, p.city, p.region, p.country) == ("Utrecht, Netherlands", "Utrecht", "NL-UT", "NL")
    assert p.posted_at == "2026-06-08T09:42:35Z"  # created_at
    bare = extract({"id": 1, "title": "t", "location": "Remote job"})
    assert (bare.location_raw, bare.workplace, bare.posted_at) == ("Remote job", "remote", None)


def test_several_locations():
    offer = {**ACME[0], "locations": ACME[0]["locations"] + AIKIDO[0]["locations"]}
    p = extract(offer)
    assert (p.location_raw, p.city, p.country) == ("Berlin, Germany; Tel Aviv, Israel", None, None)


@pytest.mark.parametrize("bad", [[], {"offers": None}, {"offer": []}, "offers", None])
def test_bad_shapes(bad):
    with pytest.raises(BadPayload):
        board_offers(bad)


KEYS = ["id", "slug", "title", "company_name", "department", "description", "requirements", "location",
        "locations", "city", "state", "state_name", "country", "country_code", "name", "remote", "hybrid",
        "on_site", "employment_type_code", "published_at", "created_at", "careers_url", "careers_apply_url",
        "salary", "min", "max", "currency", "period"]


@settings(deadline=None)
@given(records(KEYS))
def test_any_record_gives_a_well_typed_posting(record):
    assert_well_typed(RecruiteeOffer(record, "x").to_posting())
