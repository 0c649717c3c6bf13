"""schema.org JobPosting extraction: the recorded ATS pages, the mapping rules, sitemaps, bad input."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import JOBS
from tracker.extract.jsonld import JsonLdJob, page_jobs, sitemap_urls
from tracker.normalize import normalize_posting

PAGES = {p.name.split("_")[1]: p.read_bytes() for p in (JOBS / "jsonld").glob("*.html")}


def posting(name: str, url="https://example.org/page"):
    jobs = page_jobs(PAGES[name], url)
    assert len(jobs) == 1
    return JsonLdJob(jobs[0], name, url)


def test_breezy_page():
    job = posting("breezy-highlightshealthcare")
    p = normalize_posting(job.to_posting())
    assert p.title.startswith("BILINGUAL Board Certified Behavior Analyst")
    assert (p.company, p.location_raw, p.city, p.region, p.country) == (
        "Highlights Healthcare", "Raleigh, NC, US", "Raleigh", "US-NC", "US")
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (95000, 115000, "USD", "year")
    assert p.salary_annual_max_usd == 115000 and p.employment_type == "full-time"
    assert p.posted_at == "2023-06-14T00:00:00Z" and p.workplace == "unknown"
    assert p.external_id == p.url == "https://highlights-healthcare.breezy.hr/p/9b5dbab30b78-bilingual-board-" \
        "certified-behavior-analyst-bcba-lba-sign-on-relocation-ral?source=GoogleJobs"
    assert "<strong>" in p.description_html and "Raleigh, NC." in p.description_text


def test_icims_page_with_placeholder_address_parts():
    job = posting("icims-fujifilm")
    p = normalize_posting(job.to_posting())
    assert (p.title, p.company, p.country, p.city, p.region) == ("National Security Manager", "Fujifilm", "US", None, None)
    assert p.location_raw == "Remote, US" and p.workplace == "remote"  # "UNAVAILABLE" parts dropped
    assert job.valid_through() == "2027-09-23T04:00:00Z" and p.employment_type is None  # "OTHER"
    assert job.expired(datetime(2027, 9, 24, tzinfo=timezone.utc)) and not job.expired(datetime(2027, 9, 1))


def test_jazzhr_employer_is_the_pages_organization_block():
    p = posting("jazzhr-paradromics").to_posting()
    assert (p.title, p.company, p.location_raw) == ("Field Clinical Specialist/Engineer", "Paradromics, Inc.", "Austin, TX")
    assert p.external_id == "https://paradromicsinc.applytojob.com/apply/ujxQN2lhPz/Field-Clinical-SpecialistEngineer"


def _variant(**fields) -> dict:
    """The recorded Breezy JobPosting with some properties replaced (shapes the recordings lack)."""
    base = page_jobs(PAGES["breezy-highlightshealthcare"])[0]
    return {**base, **fields}


def test_remote_several_places_hourly_pay_and_identifier():
    job = JsonLdJob(_variant(
        identifier={"@type": "PropertyValue", "name": "Highlights", "value": "BCBA-17"},
        jobLocationType="TELECOMMUTE",
        applicantLocationRequirements=[{"@type": "Country", "name": "USA"}, {"@type": "Country", "name": "Canada"}],
        jobLocation=[{"@type": "Place", "address": {"addressLocality": "Raleigh", "addressRegion": "NC"}},
                     {"@type": "Place", "address": {"addressLocality": "Austin", "addressRegion": "TX"}}],
        baseSalary={"@type": "MonetaryAmount", "currency": "usd",
                    "value": {"@type": "QuantitativeValue", "value": "48.50", "unitText": "HOUR"}},
        employmentType=["PART_TIME", "TEMPORARY"]), "b")
    p = job.to_posting()
    assert p.external_id == "BCBA-17" and p.workplace == "remote"
    assert p.location_raw == "Remote (USA, Canada); Raleigh, NC; Austin, TX" and p.city is None
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (48.5, 48.5, "USD", "hour")
    assert normalize_posting(p).employment_type == "temporary" and p.employment_type_raw == "PART-TIME, TEMPORARY"


def test_pay_without_amounts_and_odd_values_give_nothing():
    assert JsonLdJob(_variant(baseSalary={"@type": "MonetaryAmount", "currency": "USD"}), "b").salary() == {}
    assert JsonLdJob(_variant(baseSalary="competitive"), "b").salary() == {}
    month = JsonLdJob(_variant(baseSalary={"currency": "EUR", "value": {"minValue": "4.000,50", "unitText": "MONTH"}}),
                      "b").salary()
    assert month["salary_period"] == "month" and month["salary_currency"] == "EUR"


@pytest.mark.parametrize("value, ends", [("100000-120000", (100000, 120000)), ("$120k - $100k", (100000, 120000)),
                                         ("85,000", (85000, 85000)), ("3.500,00", (3500, 3500)),
                                         ("60000 for 12 months", (60000, 60000))])  # two figures, no range
def test_a_range_written_as_one_value_gives_both_ends(value, ends):
    pay = JsonLdJob(_variant(baseSalary={"currency": "USD", "value": {"value": value, "unitText": "YEAR"}}),
                    "b").salary()
    assert (pay["salary_min"], pay["salary_max"]) == ends


def test_several_postings_graph_broken_block_and_microdata():
    one = json.dumps(_variant(title="First"))
    two = json.dumps({"@context": "https://schema.org", "@graph": [_variant(title="Second")]})
    page = (f'<html><head><script type="application/ld+json">{{"broken": </script>'
            f'<script type="application/ld+json">{one}</script>'
            f'<script type="application/ld+json">{two}</script></head><body>'
            '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Third</h1>'
            '<div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">'
            '<span itemprop="name">Acme</span></div></div></body></html>')
    jobs = [JsonLdJob(j, "b", "https://example.org/careers").to_posting() for j in page_jobs(page)]
    assert [(p.title, p.company) for p in jobs] == [
        ("First", "Highlights Healthcare"), ("Second", "Highlights Healthcare"), ("Third", "Acme")]
    assert jobs[2].external_id == jobs[2].url == "https://example.org/careers"


def test_pages_without_postings():
    assert page_jobs(b"") == [] and page_jobs("<html><body>Careers</body></html>") == []
    website = PAGES["breezy-highlightshealthcare"].split(b'<script type="application/ld+json">{"@context": ')[0]
    assert page_jobs(website + b"</head></html>") == []  # only the WebSite block


def test_sitemaps():
    urlset = (b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              b"<url><loc>https://a.example/jobs/1</loc></url><url><loc> https://a.example/about </loc></url></urlset>")
    assert sitemap_urls(urlset) == ("urlset", ["https://a.example/jobs/1", "https://a.example/about"])
    assert sitemap_urls(gzip.compress(urlset)) == sitemap_urls(urlset)
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
             b"<loc>https://a.example/jobs.xml</loc></sitemap></sitemapindex>")
    assert sitemap_urls(index) == ("sitemapindex", ["https://a.example/jobs.xml"])
    assert sitemap_urls(PAGES["icims-fujifilm"]) is None and sitemap_urls(b"\x1f\x8bnot gzip") is None


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_bytes_are_a_page_or_not(body):
    assert isinstance(page_jobs(body), list)
    assert sitemap_urls(body) is None or isinstance(sitemap_urls(body)[1], list)


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                           st.sampled_from(["name", "value", "minValue", "maxValue", "unitText", "currency", "address",
                                            "addressLocality", "@type"]), inner, max_size=4), max_leaves=12)


@settings(max_examples=80, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "url", "identifier", "hiringOrganization", "jobLocation",
                                        "jobLocationType", "baseSalary", "employmentType", "datePosted",
                                        "validThrough", "description", "applicantLocationRequirements"]),
                       JSONISH, max_size=8))
def test_any_jobposting_shape_maps_to_plain_fields(payload):
    job = JsonLdJob(payload, "b", "https://example.org/p")
    row = job.to_posting().to_row()
    assert all(v is None or isinstance(v, (str, int, float)) for v in row.values())
    assert isinstance(job.expired(), bool)


def test_one_job_in_two_forms_on_a_page_counts_once():
    job = _variant(title="Data Engineer", identifier={"@type": "PropertyValue", "name": "Acme", "value": "123"})
    micro = ('<div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Data Engineer</h1>'
             '<span itemprop="identifier" itemscope itemtype="http://schema.org/PropertyValue">'
             '<meta itemprop="value" content="123"></span></div>')
    block = f'<script type="application/ld+json">{json.dumps(job)}</script>'
    page = f"<html><head>{block}{block}</head><body>{micro}</body></html>"  # a theme's copy, a plugin's, microdata
    assert len(page_jobs(page)) == 1


def test_an_identifier_naming_the_employer_is_not_an_id():
    job = _variant(identifier={"@type": "PropertyValue", "name": "Highlights Healthcare"})
    posting = JsonLdJob(job, "b", "https://example.org/jobs/7").to_posting()
    assert posting.external_id == posting.url and posting.url.startswith("https://")  # the job's own address
