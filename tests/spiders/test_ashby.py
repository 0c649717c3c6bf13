"""Ashby end to end: recorded job boards on a local mirror -> scrapy crawl -> SQLite."""

from __future__ import annotations

import json

from tests.conftest import crawl, recorded, route, rows
from spiders.ashby import AshbySpider

BOARDS = ["highlightta", "Lambda", "kraken", "truelogic", "firecrawl"]


def test_board_url_asks_for_compensation_and_quotes_the_name():
    assert AshbySpider.board_url("https://api.ashbyhq.com", "Hippocratic AI") == \
        "https://api.ashbyhq.com/posting-api/job-board/Hippocratic%20AI?includeCompensation=true"


def test_boards_then_a_removed_job_and_faults_closing_nothing_else(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    crawl("ashby", db, mirror, bundle, boards=BOARDS)
    assert "GET /ashby/posting-api/job-board/Lambda?includeCompensation=true" in mirror.requests
    expected = sum(len(recorded(bundle, "ashby", b)["jobs"]) for b in BOARDS)
    assert len(rows(db, "select id from postings")) == expected == 99
    runs = {r["board"]: r for r in rows(db, "select board, status, items from crawl_runs")}
    assert {b: (r["status"], r["items"]) for b, r in runs.items()} == {
        "highlightta": ("ok", 2), "Lambda": ("ok", 88), "kraken": ("ok", 0), "truelogic": ("ok", 3),
        "firecrawl": ("ok", 6)}

    job = rows(db, "select * from postings where id = ?", ["ashby:Lambda:d72f03c3-9fe2-4959-8b00-3fb09d19ff82"])[0]
    assert job["company"] == "Lambda"  # the registry's: Ashby jobs carry no employer name
    assert job["location_raw"] == "Berlin, Germany; Amsterdam, Netherlands; London, England"
    assert (job["salary_min"], job["salary_max"], job["salary_currency"], job["salary_period"]) == (
        161000, 310000, "EUR", "year")
    assert (job["workplace"], job["employment_type"], job["posted_at"]) == ("remote", "full-time",
                                                                            "2025-10-09T20:10:00Z")  # .355+00:00
    hybrid = rows(db, "select * from postings where board = 'highlightta' and salary_min is not null")[0]
    assert (hybrid["workplace"], hybrid["city"], hybrid["salary_currency"]) == ("hybrid", "Toronto", "CAD")
    paid = rows(db, "select count(*) n from postings where board = 'firecrawl' and salary_annual_min_usd > 0")[0]
    assert paid["n"] == 6  # PROVENANCE: all 6 firecrawl jobs have USD salary tiers (and equity, not stored)

    lam = recorded(bundle, "ashby", "Lambda")
    gone = lam["jobs"].pop(0)
    mirror.set(route("ashby", "Lambda"), json.dumps(lam))
    mirror.set(route("ashby", "firecrawl"), "<html>Internal error</html>", status=500, content_type="text/html")
    truelogic = recorded(bundle, "ashby", "truelogic")
    del truelogic["jobs"][0]["id"]
    truelogic["jobs"][1] = "not an object"
    mirror.set(route("ashby", "truelogic"), json.dumps(truelogic))
    mirror.set(route("ashby", "highlightta"), '{"jobs": null, "apiVersion": "1"}')
    crawl("ashby", db, mirror, bundle, boards=BOARDS, RETRY_TIMES=0)

    closed = rows(db, "select id from postings where closed_at is not null")
    assert closed == [{"id": f"ashby:Lambda:{gone['id']}"}]
    last = {r["board"]: r for r in rows(db, "select * from crawl_runs where id > ?", [len(BOARDS)])}
    assert {b: r["status"] for b, r in last.items()} == {
        "highlightta": "failed", "Lambda": "ok", "kraken": "ok", "truelogic": "partial", "firecrawl": "failed"}
    assert last["firecrawl"]["error"] == "HTTP 500"
    assert last["highlightta"]["error"].startswith("unexpected payload")
    reasons = sorted(r["reason"] for r in rows(db, "select reason from rejects where board = 'truelogic'"))
    assert reasons == ["invalid record: not a JSON object", "missing field: external_id"]
    assert len(rows(db, "select id from postings where board = 'truelogic' and closed_at is null")) == 3
