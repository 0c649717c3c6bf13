"""HN "Who is hiring?" end to end: the recorded thread as Firebase items on the mirror -> SQLite."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from tests.conftest import JOBS, crawl, rows
from tracker.extract.hn_hiring import HNComment
from tracker.recording_rules import _hn_firebase_items

RECORDING = JOBS / "hn/gantryops_2026-05-05_who-is-hiring_firebase-items-subset.json"
THREAD = 47975571
SERVED = _hn_firebase_items(json.loads(RECORDING.read_text()))
COMMENTS = [body for path, body in SERVED.routes.items() if "/item/" in path]
EXPECTED = sum(len(HNComment(c, "b").postings()) for c in COMMENTS)


def serve_thread(mirror, **changes):
    """The story comes from the bundle; its comments and the whoishiring user are the transform's extra
    routes, which ``build`` does not serve yet (see the proposed patch), so they are set here."""
    for path, body in SERVED.routes.items():
        mirror.set(path, json.dumps(body))
    for path, body in changes.items():
        mirror.set(path, body if isinstance(body, str) else json.dumps(body))


def test_latest_thread_is_found_and_every_role_stored(tmp_path, mirror, bundle):
    wanted = {"id": 1, "type": "story", "title": "Ask HN: Who wants to be hired? (May 2026)", "kids": []}
    serve_thread(mirror, **{"/hn_hiring/v0/user/whoishiring.json": {"id": "whoishiring", "submitted": [1, THREAD]},
                            "/hn_hiring/v0/item/1.json": wanted})
    db = tmp_path / "jobs.db"
    crawl("hn_hiring", db, mirror, bundle, boards=["latest", "999"], CONCURRENT_REQUESTS_PER_DOMAIN=16)
    runs = {r["board"]: r for r in rows(db, "select * from crawl_runs")}
    assert runs["latest"]["status"] == "ok" and runs["latest"]["items"] == EXPECTED > 400
    assert (runs["999"]["status"], runs["999"]["error"]) == ("failed", "HTTP 404")
    river = rows(db, "select * from postings where id = 'hn_hiring:latest:47977581-2'")[0]
    assert (river["title"], river["company"], river["workplace"]) == (
        "Senior Software Engineer (React, Full-stack)", "River", "remote")
    assert (river["salary_min"], river["salary_max"], river["salary_annual_max_usd"]) == (150000, 220000, 220000)
    assert river["url"] == "https://news.ycombinator.com/item?id=47977581"
    epoch = next(c["time"] for c in COMMENTS if c["id"] == 47977581)
    assert river["posted_at"] == datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "Bitcoin" in river["description_text"]
    companies = {r["name"] for r in rows(db, "select name from companies")}
    assert {"River", "Cloudflare", "Nylas"} <= companies and "latest" not in companies
    assert rows(db, "select count(*) n from rejects where board = 'latest'") == [{"n": 0}]  # skips are not rejects
    fetched = [r for r in mirror.requests if "/hn_hiring/v0/item/" in r]
    assert len(fetched) == 3 + len(COMMENTS)  # 999, the wrong story, the thread, each comment


def test_failed_comment_makes_the_thread_partial_and_a_deleted_one_closes(tmp_path, mirror, bundle):
    few = [c for c in COMMENTS if c["id"] in (47977581, 47976189)] + COMMENTS[:10]  # River, Join, and ten more
    story = {**SERVED, "kids": [c["id"] for c in few]}
    serve_thread(mirror, **{f"/hn_hiring/v0/item/{THREAD}.json": story})
    db = tmp_path / "jobs.db"
    board = str(THREAD)
    crawl("hn_hiring", db, mirror, bundle, boards=[board])
    expected = sum(len(HNComment(c, "b").postings()) for c in few)
    assert rows(db, "select status, items from crawl_runs") == [{"status": "ok", "items": expected}]

    river = "/hn_hiring/v0/item/47977581.json"
    mirror.set(river, json.dumps({"id": 47977581, "deleted": True, "type": "comment", "parent": THREAD}))
    mirror.set("/hn_hiring/v0/item/47976189.json", "<html>oops</html>", status=500, content_type="text/html")
    crawl("hn_hiring", db, mirror, bundle, boards=[board], RETRY_TIMES=0)
    last = rows(db, "select status, closed from crawl_runs order by id desc limit 1")[0]
    assert last == {"status": "partial", "closed": 0}
    assert rows(db, "select reason, url from rejects") == [
        {"reason": "HTTP 500", "url": mirror.url + "/hn_hiring/v0/item/47976189.json"}]

    serve_thread(mirror, **{river: {"id": 47977581, "deleted": True, "type": "comment"},
                            f"/hn_hiring/v0/item/{THREAD}.json": story})
    crawl("hn_hiring", db, mirror, bundle, boards=[board])
    closed = rows(db, "select id from postings where closed_at is not null order by id")
    assert [r["id"] for r in closed] == [f"hn_hiring:{board}:47977581-{n}" for n in (1, 2, 3)]


def test_algolia_tree_in_one_request_gives_the_same_postings(tmp_path, mirror, bundle):
    tree = {"id": THREAD, "type": "story", "children": [
        {"id": c["id"], "author": c["by"], "created_at_i": c["time"], "text": c["text"], "type": "comment",
         "parent_id": THREAD, "children": []} for c in COMMENTS]}
    mirror.set(f"/algolia/api/v1/items/{THREAD}", json.dumps(tree))
    mirror.set("/hn_hiring/v0/user/whoishiring.json", json.dumps({"id": "whoishiring", "submitted": [5, 6]}))
    mirror.set("/hn_hiring/v0/item/5.json", "null")
    mirror.set("/hn_hiring/v0/item/6.json", json.dumps({"id": 6, "type": "comment"}))
    db = tmp_path / "jobs.db"
    crawl("hn_hiring", db, mirror, bundle, boards=[str(THREAD), "latest"], HN_HIRING_API="algolia",
          HN_HIRING_ALGOLIA_BASE_URL=mirror.url + "/algolia")
    runs = {r["board"]: r for r in rows(db, "select * from crawl_runs")}
    assert (runs[str(THREAD)]["status"], runs[str(THREAD)]["items"]) == ("ok", EXPECTED)
    assert runs["latest"]["status"] == "failed"
    assert runs["latest"]["error"] == "unexpected payload: no 'Ask HN: Who is hiring?' story among whoishiring's recent submissions"
    assert not [r for r in mirror.requests if f"/item/{COMMENTS[0]['id']}" in r]
