"""Workday CXS list items and details -> Posting, on the recordings in ../shared/data/jobs/workday."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import JOBS
from tracker.extract import BadPayload
from tracker.extract.workday import (InvalidToken, WorkdayJob, api_root, job_detail, list_page, parse_token,
                                     posting_key, public_url, workplace)
from tracker.normalize import normalize_posting


def load(name):
    return json.loads((JOBS / "workday" / name).read_text())


WORKDAY_LIST = load("candidatezero_workday_cxs-jobs-list_trimmed.json")
HITACHI_LIST = load("isradari_hitachi_cxs-jobs-list.json")


def job(detail, board, listing=None):
    return normalize_posting(WorkdayJob(job_detail(detail), board, listing=listing).to_posting())


def test_token_and_urls():
    assert parse_token("nvidia/wd5/NVIDIAExternalCareerSite") == ("nvidia", "wd5", "NVIDIAExternalCareerSite")
    real = "https://{tenant}.{dc}.myworkdayjobs.com"
    assert api_root(real, "nvidia/wd5/NVIDIAExternalCareerSite") == \
        "https://nvidia.wd5.myworkdayjobs.com/wday/cxs/nvidia/NVIDIAExternalCareerSite"
    assert api_root("http://127.0.0.1:9/workday", "hitachi/wd1/hitachi") == \
        "http://127.0.0.1:9/workday/hitachi/wd1/wday/cxs/hitachi/hitachi"
    assert public_url("workday/wd5/Workday", "/job/X/Y_JR-1") == \
        "https://workday.wd5.myworkdayjobs.com/Workday/job/X/Y_JR-1"
    for bad in ("nvidia", "nvidia/wd5", "a/b/c/d", "a//c", "a/b/c?x=1", "../wd1/x"):
        with pytest.raises(InvalidToken):
            parse_token(bad)


def test_detail_paired_with_its_list_item():
    listing = WORKDAY_LIST["jobPostings"][1]
    p = job(load("candidatezero_workday_cxs-job-detail_trimmed.json"), "workday/wd5/Workday", listing)
    assert p.external_id == "Sr-Site-Reliability-Engineer--US-Federal-_JR-0105486" == posting_key(listing)
    assert p.title == "Sr. Site Reliability Engineer (US Federal)"
    assert p.company == "Workday Government, LLC"
    assert p.url == p.apply_url == ("https://workday.wd5.myworkdayjobs.com/Workday/job/USAVAReston/"
                                    "Sr-Site-Reliability-Engineer--US-Federal-_JR-0105486")
    assert (p.location_raw, p.country, p.workplace) == ("USA.VA.Reston", "US", "onsite")
    assert p.employment_type == "full-time"
    assert p.posted_at == "2026-07-25T00:00:00Z"  # startDate; the list only says "Posted Yesterday"
    assert "Base Pay Range" in p.description_text and "<p>" in p.description_html


def test_details_of_other_tenants():
    hitachi = job(load("isradari_hitachi_cxs-job-detail.json"), "hitachi/wd1/hitachi", HITACHI_LIST["jobPostings"][0])
    assert hitachi.external_id == "Maintenance-Worker_R0119001"
    assert hitachi.company == "HITACHI ENERGY TURKEY ELEKTRIK SANAYI ANONIM SIRKETI"
    assert (hitachi.country, hitachi.posted_at) == ("TR", "2026-01-30T00:00:00Z")
    assert "Mekanik Bakımcı" in hitachi.description_text
    assert "type=I+have+a+General+question" in hitachi.description_html  # &#61; &#43; decoded by sanitizing

    msd = job(load("aerjobs_msd_cxs-job-detail_redacted.json"), "msd/wd5/SearchJobs")  # no list item recorded
    assert msd.external_id.endswith("_R418677")  # from the detail's jobPostingId
    assert msd.company == "Merck Sharp & Dohme LLC"  # Workday's company code "1000 " dropped
    assert msd.location_raw == "USA - Pennsylvania - West Point; USA - New Jersey - Rahway"
    assert (msd.workplace, msd.employment_type, msd.posted_at) == ("hybrid", "full-time", "2026-09-23T00:00:00Z")

    nvidia = job(load("clepine_nvidia_cxs-job-detail_trimmed.json"), "nvidia/wd5/NVIDIAExternalCareerSite")
    assert nvidia.company is None  # no hiringOrganization: the spider falls back to the registry's company
    assert nvidia.external_id == "Senior-AI-Security-Researcher_JR2017578"
    assert nvidia.location_raw.startswith("US, NC, Durham; US, NC, Remote")
    assert nvidia.workplace == "remote"  # no remoteType: normalize reads the location words


def test_list_item_fields_fill_gaps_but_postedon_is_not_a_date():
    listing = {"title": "T", "externalPath": "/job/Somewhere/T_R1", "locationsText": "3 Locations",
               "postedOn": "Posted 30+ Days Ago", "remoteType": "Flex"}
    p = job({"jobPostingInfo": {}}, "workday/wd5/Workday", listing)
    assert (p.external_id, p.title, p.workplace) == ("T_R1", "T", "hybrid")
    assert p.location_raw is None  # "3 Locations" is a count, not a place
    assert p.posted_at is None
    assert p.url == "https://workday.wd5.myworkdayjobs.com/Workday/job/Somewhere/T_R1"


def test_list_pages_and_bad_payloads():
    postings, total = list_page(WORKDAY_LIST)
    assert (len(postings), total) == (4, 347)
    later = load("clepine_analogdevices_cxs-jobs-list-laterpage_total0.json")
    assert list_page(later)[1] == 0 and len(list_page(later)[0]) == 20
    assert list_page({"total": 0}) == ([], 0)
    for bad in ([], {"errorCode": "HTTP_400"}, {"jobPostings": {}}, "x"):
        with pytest.raises(BadPayload):
            list_page(bad)
    for bad in ({}, {"jobPostingInfo": []}, [], None):
        with pytest.raises(BadPayload):
            job_detail(bad)
    assert [posting_key(i) for i in ({"externalPath": "job/x"}, {}, {"externalPath": 5})] == [None, None, None]


def test_workplace_words():
    assert [workplace(w) for w in ("Onsite", "On-site", "Hybrid", "Remote", "Flex", None, "Other")] == \
        ["onsite", "onsite", "hybrid", "remote", "hybrid", "unknown", "unknown"]


LEAF = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
JSONISH = st.recursive(LEAF, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                                           max_size=3), max_leaves=8)
INFO_KEYS = st.sampled_from(["title", "jobDescription", "location", "additionalLocations", "startDate", "timeType",
                             "remoteType", "externalUrl", "jobPostingId", "jobRequisitionLocation", "country"])


@settings(deadline=None)
@given(info=st.dictionaries(INFO_KEYS, JSONISH), org=JSONISH,
       listing=st.dictionaries(st.sampled_from(["title", "externalPath", "locationsText", "remoteType"]), JSONISH))
def test_any_field_shape_gives_well_typed_fields(info, org, listing):
    p = WorkdayJob({"jobPostingInfo": info, "hiringOrganization": org}, "a/wd1/b", listing).to_posting()
    assert p.workplace in ("onsite", "hybrid", "remote", "unknown")
    for name in ("external_id", "title", "company", "location_raw", "country", "url", "posted_at",
                 "description_html", "employment_type_raw"):
        assert getattr(p, name) is None or isinstance(getattr(p, name), str)
