"""Lever end to end: recorded responses on a local mirror -> scrapy crawl -> SQLite."""

from __future__ import annotations

import json

from tests.conftest import crawl, recorded, route, rows


def test_crawl_all_lever_boards(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    crawl("lever", db, mirror, bundle)
    boards = ["outreach", "idealistconsulting", "jumpcloud", "spotify", "leverdemo"]
    expected = sum(len(recorded(bundle, "lever", b)) for b in boards)
    assert len(rows(db, "select id from postings")) == expected
    outreach = rows(db, "select * from postings where id = ?",
                    ["lever:outreach:a60fb104-ce93-4ba0-8763-ffb075b3eed1"])[0]
    assert outreach["title"] == "Account Executive, Commercial"
    assert outreach["company"] == "Outreach"  # from the registry: Lever gives no company name
    assert (outreach["salary_min"], outreach["salary_max"], outreach["salary_currency"],
            outreach["salary_period"]) == (140000, 160000, "USD", "year")
    assert outreach["salary_annual_min_usd"] == 140000
    assert outreach["workplace"] == "remote" and outreach["country"] == "US"
    assert outreach["employment_type"] == "full-time" and outreach["department"] == "Sales"
    assert outreach["posted_at"] == "2026-06-29T17:15:06Z"
    assert outreach["apply_url"].endswith("/apply")
    statuses = {r["board"]: r["status"] for r in rows(db, "select board, status from crawl_runs")}
    assert statuses == dict.fromkeys(boards, "ok")


def test_unknown_site_and_removed_posting(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    crawl("lever", db, mirror, bundle, boards=["leverdemo", "spotify"])
    spotify = recorded(bundle, "lever", "spotify")
    # Lever's own answer for an unknown site, recorded in 2015
    mirror.set(route("lever", "leverdemo"), '{"ok":false,"error":"Document not found"}', status=404)
    gone = spotify.pop()
    mirror.set(route("lever", "spotify"), json.dumps(spotify))
    crawl("lever", db, mirror, bundle, boards=["leverdemo", "spotify"], RETRY_TIMES=0)
    closed = [r["id"] for r in rows(db, "select id from postings where closed_at is not null")]
    assert closed == [f"lever:spotify:{gone['id']}"]
    failed = rows(db, "select board, status, error from crawl_runs where status != 'ok'")
    assert failed == [{"board": "leverdemo", "status": "failed", "error": "HTTP 404"}]
    reject = rows(db, "select reason, raw from rejects")[0]
    assert reject["reason"] == "HTTP 404" and "Document not found" in reject["raw"]
