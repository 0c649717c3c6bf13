"""Lever Postings API items -> Posting, on the recorded sites (../shared/data/jobs/lever)."""

from __future__ import annotations

from html import escape as html_escape

import copy
import json

import pytest

from tests.conftest import JOBS
from tracker.extract import BadPayload
from tracker.extract.lever import LeverPosting, board_postings
from tracker.items import Posting
from tracker.normalize import normalize_posting

LEVER = JOBS / "lever"
VCR_2015 = LEVER / "otelic_vcr_2015_leverdemo"


def load(name: str) -> list:
    return board_postings(json.loads((LEVER / name).read_text()))


OUTREACH = load("candidatezero_outreach_postings_trimmed.json")
SPOTIFY = load("ergon_spotify_postings_field-subset.json")
JUMPCLOUD = load("dinhmai_jumpcloud_postings_trimmed.json")
IDEALIST = load("careerkit_idealist_postings_trimmed.json")
DEMO_2015 = load("otelic_vcr_2015_leverdemo/list_all_mode-json.json")


def extract(payload, board) -> Posting:
    return LeverPosting(payload, board).to_posting()


def test_outreach_posting_with_salary_range():
    job = extract(OUTREACH[0], "outreach")
    assert job.id == "lever:outreach:a60fb104-ce93-4ba0-8763-ffb075b3eed1"
    assert job.title == "Account Executive, Commercial"
    assert job.url == "https://jobs.lever.co/outreach/a60fb104-ce93-4ba0-8763-ffb075b3eed1"
    assert job.apply_url == job.url + "/apply"
    assert (job.salary_min, job.salary_max) == (140000.0, 160000.0)
    assert (job.salary_currency, job.salary_period) == ("USD", "year")
    assert job.workplace == "remote"
    assert job.country == "US"
    assert job.location_raw == "United States"
    assert job.department == "Sales"  # categories.department wins over categories.team
    assert job.employment_type_raw == "Full-Time"
    assert job.posted_at == 1782753306506  # raw epoch ms; normalize converts it


def test_outreach_description_built_from_plain_text():
    job = extract(OUTREACH[0], "outreach")  # descriptionPlain and additionalPlain only
    assert job.description_html.startswith("<p>About Outreach</p><p>Outreach, founded in 2014")
    assert "#LIRemote" in job.description_html  # additionalPlain appended


def test_outreach_after_normalize():
    job = normalize_posting(extract(OUTREACH[0], "outreach"))
    assert job.posted_at == "2026-06-29T17:15:06Z"
    assert job.employment_type == "full-time"
    assert (job.salary_annual_min_usd, job.salary_annual_max_usd) == (140000.0, 160000.0)
    assert job.description_text.startswith("About Outreach")


def test_outreach_posting_without_salary_range():
    job = extract(OUTREACH[1], "outreach")
    assert job.external_id == "f9e62dad-44bf-4e52-88ca-854a2b26fa58"
    assert "salaryRange" not in OUTREACH[1]
    assert (job.salary_min, job.salary_max, job.salary_currency, job.salary_period) == (None, None, None, None)
    assert (job.workplace, job.country, job.location_raw) == ("hybrid", "GB", "London")


def test_spotify_field_subset():
    first, second = (extract(p, "spotify") for p in SPOTIFY)
    assert first.title == "Accounts Payable Analyst"
    assert (first.salary_min, first.salary_max, first.salary_period) == (66189.0, 94556.0, "year")
    assert first.description_html == SPOTIFY[0]["description"]  # HTML description used as is
    assert (first.department, first.location_raw, first.workplace) == ("Finance", "New York, NY", "hybrid")
    # descriptionPlain is "" here: the HTML description is still used
    assert second.description_html == SPOTIFY[1]["description"]
    assert second.salary_min is None and second.salary_currency is None
    assert normalize_posting(first).employment_type == "full-time"  # "Permanent"


def test_jumpcloud_description_and_additional_html():
    payload = JUMPCLOUD[0]
    job = extract(payload, "jumpcloud")
    # "description" is preferred over opening + descriptionBody; "additional" (HTML) over additionalPlain
    assert job.description_html == payload["description"] + "\n" + payload["additional"]
    assert (job.location_raw, job.country, job.workplace) == ("Bangalore, India - Remote", "IN", "remote")
    assert job.employment_type_raw == "Full Time"
    assert normalize_posting(job).posted_at == "2026-07-29T15:44:26Z"


def test_jumpcloud_opening_and_body_when_no_description():
    payload = {k: v for k, v in JUMPCLOUD[0].items() if k != "description"}
    html = extract(payload, "jumpcloud").description_html
    assert html.startswith(payload["opening"] + payload["descriptionBody"])


def test_idealist_lists_and_team():
    payload = IDEALIST[0]
    job = extract(payload, "idealistconsulting")
    assert job.department == "Services Team"  # no categories.department: falls back to team
    assert job.employment_type_raw == "Contract"
    assert job.description_html.startswith(payload["description"])
    assert job.description_html.count("<h3>") == len(payload["lists"]) == 2
    assert "<h3>How You&#x27;ll Contribute</h3><ul>\n<li>Guide full project life cycle" in job.description_html
    assert job.description_html.endswith(payload["additional"])
    assert normalize_posting(job).employment_type == "contract"


def test_demo_2015_field_set():
    assert len(DEMO_2015) == 28
    jobs = [normalize_posting(extract(p, "leverdemo")) for p in DEMO_2015]
    assert all(job.workplace == "unknown" for job in jobs)  # no workplaceType in 2015
    assert all(job.salary_min is None for job in jobs)
    assert {(j.location_raw, j.country) for j in jobs if j.location_raw == "Mountain View"} == {("Mountain View", "US")}
    assert all(job.external_id and job.title for job in jobs)
    assert all(job.posted_at.startswith(("2013-", "2014-", "2015-")) for job in jobs)


def test_demo_2015_lists_become_headed_bullet_lists():
    payload = DEMO_2015[0]
    job = extract(payload, "leverdemo")
    assert job.title == "Account Executive"
    assert (job.location_raw, job.department, job.employment_type_raw) == ("Mountain View", "Sales", "Full-time")
    html = job.description_html
    # the 2015 description is plain text: its paragraphs become <p> blocks, not one run-on line
    paragraphs = [para.strip() for para in payload["description"].split("\n\n") if para.strip()]
    assert "<" not in payload["description"] and len(paragraphs) > 1
    assert html.startswith("<p>" + html_escape(paragraphs[0]).replace("\n", "<br>") + "</p><p>")
    for block in payload["lists"]:
        assert f"<h3>{block['text']}</h3><ul>{block['content']}</ul>" in html
    positions = [html.index(f"<h3>{block['text']}</h3>") for block in payload["lists"]]
    assert positions == sorted(positions)  # in the payload's order
    assert normalize_posting(job).posted_at == "2013-10-04T20:14:27Z"


def test_demo_2015_posting_without_description_or_location():
    intern = next(p for p in DEMO_2015 if p["text"] == "Product Marketing Intern")
    job = normalize_posting(extract(intern, "leverdemo"))
    assert job.description_html is None and job.description_text is None
    assert job.employment_type == "internship"
    designer = next(p for p in DEMO_2015 if p["text"] == "UX Designer")
    assert extract(designer, "leverdemo").location_raw is None  # "location": null


def test_unknown_site_is_bad_payload():
    data = json.loads((VCR_2015 / "error_404_unknown_site.json").read_text())
    with pytest.raises(BadPayload, match="Document not found"):
        board_postings(data)


@pytest.mark.parametrize("bad", [{"foo": 1}, {"ok": False}, None, "postings"])
def test_bad_shapes(bad):
    with pytest.raises(BadPayload):
        board_postings(bad)


def test_empty_site_is_fine():
    assert board_postings([]) == []


def edited(payload, **categories):
    payload = copy.deepcopy(payload)
    payload["categories"].update(categories)
    return payload


def test_several_locations_are_joined():
    payload = edited(OUTREACH[3], allLocations=["Seattle, WA", " ", "New York, NY"])
    assert extract(payload, "outreach").location_raw == "Seattle, WA; New York, NY"


def test_single_entry_all_locations_uses_location():
    payload = edited(OUTREACH[3], location="Seattle, WA", allLocations=["Seattle"])
    assert extract(payload, "outreach").location_raw == "Seattle, WA"


def test_null_categories_do_not_crash():
    payload = copy.deepcopy(OUTREACH[0])
    payload["categories"] = None
    job = extract(payload, "outreach")
    assert job.location_raw is None and job.department is None and job.employment_type_raw is None
    assert job.external_id == OUTREACH[0]["id"]


@pytest.mark.parametrize("interval, period", [
    ("per-hour-wage", "hour"), ("per-month-salary", "month"), ("per-week-salary", "week"),
    ("per-day-wage", "day"), ("per-fortnight", None),
])
def test_salary_intervals(interval, period):
    payload = copy.deepcopy(OUTREACH[0])
    payload["salaryRange"] = {"min": "50", "max": None, "currency": "EUR", "interval": interval}
    job = extract(payload, "outreach")
    assert (job.salary_min, job.salary_max, job.salary_currency, job.salary_period) == (50.0, None, "EUR", period)


def test_hourly_usd_salary_is_annualized():
    payload = copy.deepcopy(OUTREACH[0])
    payload["salaryRange"] = {"min": 50, "max": 60, "currency": "USD", "interval": "per-hour-wage"}
    job = normalize_posting(extract(payload, "outreach"))
    assert (job.salary_annual_min_usd, job.salary_annual_max_usd) == (104000.0, 124800.0)


def test_pay_written_as_text_reaches_the_pay_parser():
    """Lever's salaryDescription (no salaryRange): a real posting with its range removed."""
    payload = copy.deepcopy(OUTREACH[0])
    payload.pop("salaryRange", None)
    payload["salaryDescription"] = "<div><b>Pay range</b><p>$140,000 - $175,000 USD per year</p></div>"
    job = normalize_posting(extract(payload, "outreach"))
    assert (job.salary_min, job.salary_max, job.salary_currency, job.salary_period) == (140000, 175000, "USD", "year")
    assert "Pay range" in job.description_text


def test_odd_field_types_do_not_break_a_posting():
    payload = copy.deepcopy(OUTREACH[0])
    payload.update(description=7, additional=["not", "text"], salaryRange={"min": "150,000", "max": 0})
    job = extract(payload, "outreach")
    assert job.title and job.salary_min == 150000 and job.salary_max is None
