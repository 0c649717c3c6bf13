"""Workable end to end: recorded account job lists on a local mirror -> scrapy crawl -> SQLite."""

from __future__ import annotations

import json

from tests.conftest import crawl, recorded, route, rows

BOARDS = ["crewai", "zaelab", "vasion", "zego"]


def test_accounts_then_a_removed_job_and_faults_closing_nothing_else(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    vasion = recorded(bundle, "workable", "vasion")
    mirror.set(route("workable", "unregistered"), json.dumps(vasion))  # an account the registry lacks
    crawl("workable", db, mirror, bundle, boards=BOARDS + ["unregistered"])
    assert "GET /workable/api/v1/widget/accounts/crewai?details=true" in mirror.requests
    runs = {r["board"]: (r["status"], r["items"]) for r in rows(db, "select board, status, items from crawl_runs")}
    # zaelab lists its one job twice (Spain, Portugal): one posting, and the board is not partial
    assert runs == {"crewai": ("ok", 4), "zaelab": ("ok", 1), "vasion": ("ok", 2), "zego": ("ok", 3),
                    "unregistered": ("ok", 2)}
    zaelab = rows(db, "select * from postings where board = 'zaelab'")[0]
    assert (zaelab["id"], zaelab["location_raw"], zaelab["workplace"]) == (
        "workable:zaelab:DD136DD7E7", "Spain; Portugal", "remote")
    job = rows(db, "select * from postings where id = 'workable:crewai:0AB5665160'")[0]
    assert (job["title"], job["company"], job["city"], job["country"]) == (
        "Full-Stack Engineer, Agent Management Platform", "CrewAI", "San Francisco", "US")
    assert (job["employment_type"], job["department"], job["posted_at"]) == ("full-time", "Engineering",
                                                                             "2026-06-26T00:00:00Z")
    assert job["description_text"].startswith("About CrewAI")
    assert job["apply_url"] == "https://apply.workable.com/j/0AB5665160/apply"
    employers = {r["company"] for r in rows(db, "select company from postings where board = 'unregistered'")}
    assert employers == {"Vasion"}  # the account's name
    assert rows(db, "select count(*) n from postings where board = 'zego' and description_html is null")[0]["n"] == 3

    crewai = recorded(bundle, "workable", "crewai")
    gone = crewai["jobs"].pop()
    mirror.set(route("workable", "crewai"), json.dumps(crewai))
    mirror.set(route("workable", "vasion"), '{"error":"Not found"}', status=404)
    mirror.set(route("workable", "zego"), "<!DOCTYPE html><html><body>Careers</body></html>",
               content_type="text/html")
    mirror.set(route("workable", "zaelab"), '{"name": "Zaelab"}')
    crawl("workable", db, mirror, bundle, boards=BOARDS, RETRY_TIMES=0)

    closed = rows(db, "select id from postings where closed_at is not null")
    assert closed == [{"id": f"workable:crewai:{gone['shortcode']}"}]
    last = {r["board"]: r for r in rows(db, "select * from crawl_runs where id > 5")}
    assert {b: r["status"] for b, r in last.items()} == {
        "crewai": "ok", "zaelab": "failed", "vasion": "failed", "zego": "failed"}
    assert last["vasion"]["error"] == "HTTP 404"
    assert last["zego"]["error"].startswith("malformed JSON (text/html")
    assert last["zaelab"]["error"].startswith("unexpected payload")
