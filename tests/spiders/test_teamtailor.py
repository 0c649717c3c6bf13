"""Teamtailor end to end: recorded JSON Feeds on a local mirror -> scrapy crawl -> SQLite."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from tests.conftest import crawl, recorded, route, rows
from spiders.teamtailor import TeamtailorSpider

PAGE2 = "https://career.teamtailor.com/jobs.json?page=2"  # a real-host next_url: followed on the mirror


def split_feed(bundle, board: str, next_url: str) -> tuple[dict, dict]:
    """The recorded feed as two pages: the first item, then the rest."""
    feed = recorded(bundle, "teamtailor", board)
    return {**feed, "items": feed["items"][:1], "next_url": next_url}, {**feed, "items": feed["items"][1:]}


def test_board_url_template():
    assert TeamtailorSpider.board_url("https://{board}.teamtailor.com", "career") == \
        "https://career.teamtailor.com/jobs.json"
    assert TeamtailorSpider.board_url("http://127.0.0.1:9/teamtailor", "1komma5") == \
        "http://127.0.0.1:9/teamtailor/1komma5/jobs.json"
    odd = TeamtailorSpider.board_url("https://{board}.teamtailor.com", "evil.example/x?#")
    assert urlsplit(odd).hostname.endswith(".teamtailor.com")


def test_sites_pages_faults_and_a_partial_site_closing_nothing(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    first_career, rest = split_feed(bundle, "career", PAGE2)
    mirror.set(route("teamtailor", "career"), json.dumps(first_career))
    mirror.set(route("teamtailor", "career") + "?page=2", json.dumps(rest))
    first, _ = split_feed(bundle, "1komma5", "jobs.json?page=2")  # relative link; page 2 fails
    mirror.set(route("teamtailor", "1komma5"), json.dumps(first))
    mirror.set(route("teamtailor", "1komma5") + "?page=2", "<html>Bad gateway</html>", status=502,
               content_type="text/html")
    komma5 = recorded(bundle, "teamtailor", "1komma5")
    mirror.set("/teamtailor/capped/jobs.json", json.dumps({**komma5, "next_url": "?page=2"}))
    mirror.set("/teamtailor/capped/jobs.json?page=2", json.dumps({**komma5, "next_url": "?page=3"}))
    mirror.set("/teamtailor/looped/jobs.json", json.dumps({**komma5, "next_url": "jobs.json"}))
    crawl("teamtailor", db, mirror, bundle, boards=["career", "1komma5", "capped", "looped", "gone"],
          RETRY_TIMES=0, TEAMTAILOR_MAX_PAGES=2)

    assert "GET /teamtailor/career/jobs.json?page=2" in mirror.requests
    assert not any("page=3" in r for r in mirror.requests)
    runs = {r["board"]: r for r in rows(db, "select board, status, items, error from crawl_runs")}
    assert {b: (r["status"], r["items"]) for b, r in runs.items()} == {
        "career": ("ok", 2), "1komma5": ("partial", 1), "capped": ("partial", 2), "looped": ("partial", 2),
        "gone": ("failed", 0)}
    assert runs["gone"]["error"] == "HTTP 404"
    reasons = {r["board"]: r["reason"] for r in rows(db, "select board, reason from rejects")}
    assert reasons["1komma5"] == "HTTP 502"
    assert reasons["capped"] == "page cap: stopped after 2 pages (TEAMTAILOR_MAX_PAGES)"
    assert reasons["looped"] == "page loop: the next link points back to this page"

    job = rows(db, "select * from postings where id = 'teamtailor:1komma5:7793185'")[0]
    assert job["title"] == "Utesäljare energilösningar till 1KOMMA5° i Stockholm"
    assert job["company"] == "1KOMMA5° Sverige"
    assert (job["location_raw"], job["city"], job["country"]) == ("Stockholm, Mälardalen, SE", "Stockholm", "SE")
    assert job["posted_at"] == "2026-05-26T06:33:05Z"
    assert job["url"] == (
        "https://1komma5.teamtailor.com/jobs/7793185-utesaljare-energilosningar-till-1komma5-i-stockholm")
    assert job["description_text"].startswith("Vi driver visionen")
    career = rows(db, "select id, company from postings where board = 'career' order by id")
    assert career == [{"id": "teamtailor:career:7069633", "company": "Teamtailor"},
                      {"id": "teamtailor:career:7167985", "company": "Teamtailor"}]

    # career again: page 2 unreadable -> partial, its posting is not closed; then one page -> closed
    mirror.set(route("teamtailor", "career") + "?page=2", '{"items": "oops"}')
    crawl("teamtailor", db, mirror, bundle, boards=["career"], RETRY_TIMES=0)
    last = rows(db, "select status, items, closed from crawl_runs order by id desc limit 1")[0]
    assert last == {"status": "partial", "items": 1, "closed": 0}
    mirror.set(route("teamtailor", "career"), json.dumps({**first_career, "next_url": None}))
    crawl("teamtailor", db, mirror, bundle, boards=["career"])
    closed = rows(db, "select id from postings where closed_at is not null")
    assert closed == [{"id": "teamtailor:career:7069633"}]
