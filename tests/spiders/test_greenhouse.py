"""Greenhouse end to end: recorded responses on a local mirror -> scrapy crawl -> SQLite."""

from __future__ import annotations

import json

from tests.conftest import crawl, recorded, route, rows


def test_crawl_stores_every_posting_with_its_fields(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    crawl("greenhouse", db, mirror, bundle, boards=["amplitude", "stripe"])
    stored = {r["id"]: r for r in rows(db, "select * from postings")}
    expected = len(recorded(bundle, "greenhouse", "amplitude")["jobs"]) + len(
        recorded(bundle, "greenhouse", "stripe")["jobs"])
    assert len(stored) == expected == 578
    job = stored["greenhouse:amplitude:8636903002"]
    assert job["title"] == "Customer Data Scientist - Experimentation"
    assert job["company"] == "Amplitude"
    assert job["location_raw"] == "London, UK"
    assert job["posted_at"] == "2026-07-16T15:55:32Z"  # -04:00 in the source
    assert job["url"] == "https://job-boards.greenhouse.io/amplitude/jobs/8636903002"
    assert "Customer Data Scientist" in job["description_text"]
    assert "&lt;" not in job["description_html"] and "<p>" in job["description_html"]
    assert job["closed_at"] is None and job["content_hash"]
    companies = {r["name"] for r in rows(db, "select name from companies")}
    assert companies == {"Amplitude", "Stripe"}
    runs = rows(db, "select board, status, items, new from crawl_runs order by board")
    assert [(r["board"], r["status"], r["new"]) for r in runs] == [("amplitude", "ok", 2), ("stripe", "ok", 576)]


def test_lifecycle_unchanged_removed_failed_returned(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    board = recorded(bundle, "greenhouse", "airtable")
    crawl("greenhouse", db, mirror, bundle, boards=["airtable"])
    before = rows(db, "select * from postings order by id")
    assert len(before) == len(board["jobs"]) == 16

    crawl("greenhouse", db, mirror, bundle, boards=["airtable"])
    assert rows(db, "select * from postings order by id") == before  # zero writes, last_seen included
    last = rows(db, "select new, updated, closed from crawl_runs order by id desc limit 1")[0]
    assert last == {"new": 0, "updated": 0, "closed": 0}

    gone = board["jobs"].pop(0)
    gone_id = f"greenhouse:airtable:{gone['id']}"
    mirror.set(route("greenhouse", "airtable"), json.dumps(board))
    crawl("greenhouse", db, mirror, bundle, boards=["airtable"])
    closed = rows(db, "select id from postings where closed_at is not null")
    assert [r["id"] for r in closed] == [gone_id]

    mirror.set(route("greenhouse", "airtable"), "<html><body>Service unavailable</body></html>",
               status=500, content_type="text/html")
    crawl("greenhouse", db, mirror, bundle, boards=["airtable"], RETRY_TIMES=0)
    assert len(rows(db, "select id from postings where closed_at is not null")) == 1
    failed = rows(db, "select status, error from crawl_runs order by id desc limit 1")[0]
    assert failed == {"status": "failed", "error": "HTTP 500"}

    board["jobs"].append(gone)
    mirror.set(route("greenhouse", "airtable"), json.dumps(board))
    crawl("greenhouse", db, mirror, bundle, boards=["airtable"])
    assert rows(db, "select closed_at from postings where id = ?", [gone_id]) == [{"closed_at": None}]
    history = rows(db, "select field, old_value, new_value from posting_changes where posting_id = ?", [gone_id])
    assert [(h["old_value"], h["new_value"]) for h in history] == [("open", "closed"), ("closed", "open")]


def test_bad_responses_and_records_are_rejected_without_touching_stored_rows(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    boards = ["airtable", "axios", "benchling", "brex", "chime", "clarifai"]
    crawl("greenhouse", db, mirror, bundle, boards=boards)
    before = rows(db, "select * from postings order by id")

    truncated = (bundle / "recordings/greenhouse/airtable.json").read_bytes()[:5000]
    mirror.set(route("greenhouse", "airtable"), truncated)
    mirror.set(route("greenhouse", "axios"), "<!DOCTYPE html><html><body>Sign in</body></html>",
               content_type="text/html")
    mirror.set(route("greenhouse", "benchling"), '{"status":404,"error":"Job not found"}', status=404)
    mirror.set(route("greenhouse", "brex"), json.dumps(recorded(bundle, "greenhouse", "brex")), delay=3)
    chime = recorded(bundle, "greenhouse", "chime")
    del chime["jobs"][0]["title"]
    chime["jobs"][1] = "not an object"
    chime["jobs"][2]["metadata"] = 7  # a shape no parser foresaw: that record only, not the board
    mirror.set(route("greenhouse", "chime"), json.dumps(chime))
    mirror.set(route("greenhouse", "clarifai"), '{"meta": {"total": 0}}')
    crawl("greenhouse", db, mirror, bundle, boards=boards, DOWNLOAD_TIMEOUT=1, RETRY_TIMES=0)

    assert rows(db, "select * from postings order by id") == before
    runs = {r["board"]: r for r in rows(db, "select * from crawl_runs where id > ?", [len(boards)])}
    assert {b: r["status"] for b, r in runs.items()} == {
        "airtable": "failed", "axios": "failed", "benchling": "failed", "brex": "failed",
        "chime": "partial", "clarifai": "failed"}
    assert runs["airtable"]["error"].startswith("malformed JSON")
    assert runs["axios"]["error"].startswith("malformed JSON (text/html)")
    assert runs["benchling"]["error"] == "HTTP 404"
    assert runs["brex"]["error"] == "timeout"
    assert runs["clarifai"]["error"].startswith("unexpected payload")
    reasons = sorted(r["reason"] for r in rows(db, "select reason from rejects where board = 'chime'"))
    assert reasons[1:] == ["invalid record: not a JSON object", "missing field: title"]
    assert reasons[0].startswith("extract error: TypeError")
    assert runs["chime"]["items"] == len(chime["jobs"]) - 3
