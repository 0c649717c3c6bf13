"""SmartRecruiters list items and details -> Posting, on the recordings in ../shared/data/jobs/smartrecruiters."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import JOBS
from tracker.extract import BadPayload
from tracker.extract.smartrecruiters import SmartRecruitersPosting, list_page, merge
from tracker.normalize import normalize_posting


def load(name):
    return json.loads((JOBS / "smartrecruiters" / name).read_text())


HIREVUE = load("candidatezero_hirevue_postings-list_trimmed.json")


def posting(record, board):
    return normalize_posting(SmartRecruitersPosting(record, board).to_posting())


def test_list_item_with_its_detail():
    listing = HIREVUE["content"][0]
    p = posting(merge(listing, load("candidatezero_hirevue_posting-detail_trimmed.json")), "hirevue")
    assert (p.external_id, p.title, p.company) == ("744000138728139", "Data Science Intern | Fully Remote US",
                                                   "HireVue Inc")
    assert (p.location_raw, p.city, p.region, p.country) == ("Sandy, UT, United States", "Sandy", "US-UT", "US")
    assert (p.workplace, p.employment_type, p.department, p.seniority) == (
        "remote", "part-time", "Data Science", "intern")
    assert p.posted_at == "2026-07-20T20:54:18Z"
    assert p.url == "https://jobs.smartrecruiters.com/HireVue/744000138728139-data-science-intern-fully-remote-us"
    assert p.apply_url == p.url + "?oga=true"
    sections = [line for line in p.description_text.splitlines() if line in (
        "Company Description", "Job Description", "Qualifications", "Additional Information")]
    assert sections == ["Company Description", "Job Description", "Qualifications", "Additional Information"]
    assert "As a Data Science Intern" in p.description_text


def test_detail_alone_and_jobad_only_detail():
    bosch = posting(merge({"id": "744000151640889"}, load("isradari_boschgroup_posting-detail.json")), "BoschGroup")
    assert (bosch.company, bosch.location_raw, bosch.country) == ("Bosch Group", "Bursa, Nilüfer, Turkey", "TR")
    assert (bosch.workplace, bosch.employment_type, bosch.seniority) == ("onsite", "full-time", "manager")  # "Logistics Section Manager"
    assert bosch.department is None and "Logistics Section Manager" in bosch.description_text
    assert "Kişisel Verilerin" in bosch.description_text and "&#xa0;" not in bosch.description_text

    page0 = load("dinhmai_automationanywhere_postings-page0_trimmed.json")
    pricing = posting(merge(page0["content"][0], load("dinhmai_automationanywhere_posting-detail_jobad-only.json")),
                      "AutomationAnywhere1")
    assert (pricing.external_id, pricing.title) == ("743999706414750", "Pricing Analyst")
    assert "Qualifications" not in pricing.description_text  # served empty: no empty heading
    # no postingUrl in a jobAd-only detail: the public page is built from the company identifier
    assert pricing.url == "https://jobs.smartrecruiters.com/AutomationAnywhere1/743999706414750"


def test_list_only_fields():
    warsaw = posting(HIREVUE["content"][1], "hirevue")
    assert warsaw.location_raw == "Warsaw, Poland"  # served as "Warsaw, , Poland"
    assert (warsaw.employment_type, warsaw.description_html) == ("full-time", None)  # "permanent" / "Full-time"
    visa = load("ergon_visa_postings-limit2.json")["content"]
    assert [posting(v, "Visa").workplace for v in visa] == ["onsite", "hybrid"]
    knight = posting(load("careerkit_knight_postings_trimmed.json")["content"][0], "knight")
    assert (knight.seniority, knight.department) == (None, None)  # "Not Applicable", {} as served


def test_pages_and_bad_payloads():
    assert [len(list_page(HIREVUE)[0]), list_page(HIREVUE)[1]] == [3, 5]  # totalFound above what is served
    for bad in ({"totalFound": 3}, {"content": {}}, [], "x"):
        with pytest.raises(BadPayload):
            list_page(bad)
    for bad in ({"id": "1"}, [], None, {"jobAd": "x"}):
        with pytest.raises(BadPayload):
            merge({"id": "1"}, bad)


LEAF = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
JSONISH = st.recursive(LEAF, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["id", "label", "name", "identifier", "text", "title", "city", "region", "country", "remote",
                     "hybrid", "fullLocation", "sections", "jobDescription"]), inner, max_size=4), max_leaves=10)
KEYS = st.sampled_from(["id", "name", "company", "location", "releasedDate", "typeOfEmployment", "department",
                        "experienceLevel", "postingUrl", "applyUrl", "jobAd"])


@settings(deadline=None)
@given(record=st.dictionaries(KEYS, JSONISH))
def test_any_field_shape_gives_well_typed_fields(record):
    p = SmartRecruitersPosting(record, "x").to_posting()
    assert p.workplace in ("onsite", "hybrid", "remote", "unknown")
    for name in ("external_id", "title", "company", "location_raw", "city", "region", "country", "url",
                 "apply_url", "description_html", "department", "seniority", "employment_type_raw", "posted_at"):
        assert getattr(p, name) is None or isinstance(getattr(p, name), str)
