"""Remote OK, Remotive, Arbeitnow, Jobicy end to end: one feed each (board ``all``), many employers."""

from __future__ import annotations

import json

import pytest

from tests.conftest import crawl, recorded, route, rows
from tracker.feeds import next_page_url

# source -> (jobs in the recording, one posting's id, fields expected on it)
EXPECTED = {
    "remoteok": (4, "remoteok:all:1135929", {
        "title": "Compatibility", "company": "DanielTems", "workplace": "remote", "location_raw": "How",
        "posted_at": "2026-08-02T21:05:22Z", "salary_min": None,
        "url": "https://remoteOK.com/remote-jobs/remote-compatibility-danieltems-1135929"}),
    "remotive": (5, "remotive:all:2091075", {
        "title": "Business Development Representative", "company": "Outsite", "department": "Sales",
        "employment_type": "full-time", "workplace": "remote",
        # Remotive's salary is free text ("$45,000 - $50,000"), read by the salary parser
        "salary_min": 45000, "salary_max": 50000, "salary_currency": "USD", "salary_period": "year",
        "location_raw": "Northern America, Europe, UK, France, European timezones"}),
    "arbeitnow": (5, "arbeitnow:all:director-of-data-berlin-456700", {
        "title": "Director of Data (m/f/d)", "company": "Moonfare", "location_raw": "Berlin",
        "department": "Engineering", "posted_at": "2026-08-03T21:16:18Z"}),
    "jobicy": (5, "jobicy:all:150169", {
        "title": "Care Manager", "company": "Centene Corporation", "salary_min": 56200, "salary_max": 101000,
        "salary_currency": "USD", "salary_period": "year", "salary_annual_max_usd": 101000,
        "seniority": "mid", "department": "Healthcare & Medical", "location_raw": "USA"}),
}


@pytest.mark.parametrize("source", list(EXPECTED))
def test_feed_stores_each_posting_with_its_own_employer(tmp_path, mirror, bundle, source):
    db = tmp_path / "jobs.db"
    crawl(source, db, mirror, bundle)  # the registry's row for the feed: board "all"
    count, posting_id, fields = EXPECTED[source]
    runs = rows(db, "select board, status, items, errors from crawl_runs")
    assert runs == [{"board": "all", "status": "ok", "items": count, "errors": 0}]  # no notice reject
    job = rows(db, "select * from postings where id = ?", [posting_id])[0]
    assert {k: job[k] for k in fields} == fields
    employers = rows(db, "select p.company, c.name from postings p join companies c on c.id = p.company_id")
    assert len(employers) == count and all(e["company"] == e["name"] for e in employers)
    assert {r["name"] for r in rows(db, "select name from companies")} == {e["company"] for e in employers}
    assert rows(db, "select * from company_boards") == []  # the feed belongs to no one employer


def test_arbeitnow_follows_links_next_and_a_cut_feed_closes_nothing(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    jobs = recorded(bundle, "arbeitnow", "all")["data"]
    path = route("arbeitnow", "all")
    mirror.set(path, json.dumps({"data": jobs[:3], "links": {
        "next": "https://www.arbeitnow.com/api/job-board-api?page=2"}}))  # the live host: followed on the mirror
    mirror.set(path + "?page=2", json.dumps({"data": jobs[2:], "links": {"next": None}}))  # jobs[2] again
    crawl("arbeitnow", db, mirror, bundle)
    assert f"GET {path}?page=2" in mirror.requests
    run = rows(db, "select status, items, errors from crawl_runs")[0]
    assert run == {"status": "ok", "items": 5, "errors": 0}  # the repeated job counted once, no duplicate reject

    crawl("arbeitnow", db, mirror, bundle, ARBEITNOW_MAX_PAGES=1)
    last = rows(db, "select status, items, closed from crawl_runs order by id desc limit 1")[0]
    assert last == {"status": "partial", "items": 3, "closed": 0}
    assert rows(db, "select reason from rejects") == [
        {"reason": "page cap: stopped after 1 pages (ARBEITNOW_MAX_PAGES)"}]
    assert rows(db, "select count(*) n from postings where closed_at is null") == [{"n": 5}]


def test_next_page_url_stays_on_the_serving_host():
    here = "http://127.0.0.1:8000/arbeitnow/api/job-board-api"
    assert next_page_url("https://www.arbeitnow.com/api/job-board-api?page=2", here) == here + "?page=2"
    assert next_page_url("?page=3", here + "?page=2") == here + "?page=3"
    live = "https://www.arbeitnow.com/api/job-board-api"
    assert next_page_url(live + "?page=2", live) == live + "?page=2"
    assert next_page_url("https://arbeitnow.com/api/job-board-api?page=2", live) == live + "?page=2"
