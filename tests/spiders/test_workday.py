"""Workday end to end: recorded CXS lists and details on a local mirror -> scrapy crawl -> SQLite.

Lists are POSTed and paged by the body's offset, so paged boards get a callable route.
Details are served only where the recordings hold the detail of a listed posting (paired
by externalPath); every other detail request gets the mirror's 404.
"""

from __future__ import annotations

import json

from tests.conftest import JOBS, crawl, route, rows
from tracker.extract.workday import api_root
from tracker.mirror import Route

WORKDAY, HITACHI = "workday/wd5/Workday", "hitachi/wd1/hitachi"
ANALOG, NVIDIA = "analogdevices/wd1/External", "nvidia/wd5/NVIDIAExternalCareerSite"
SALESFORCE = "salesforce/wd12/External_Career_Site"


def load(name) -> dict:
    return json.loads((JOBS / "workday" / name).read_text())


def detail_route(token, listing) -> str:
    return api_root("/workday", token) + listing["externalPath"]


def paged(pages: dict, asked: list):
    """A list route serving ``pages`` by the POSTed offset; records each request body."""
    def serve(method, query, body):
        request = json.loads(body)
        asked.append(request)
        page = pages.get(request["offset"])
        return Route(body=json.dumps(page).encode()) if page else Route(500, b"<html>no such page</html>")
    return serve


def test_boards_pages_details_and_faults(tmp_path, mirror, bundle):
    workday = load("candidatezero_workday_cxs-jobs-list_trimmed.json")  # in the bundle: served as is
    paired = workday["jobPostings"][1]
    mirror.set(detail_route(WORKDAY, paired), (JOBS / "workday/candidatezero_workday_cxs-job-detail_trimmed.json")
               .read_text())
    mirror.set(detail_route(WORKDAY, workday["jobPostings"][3]), "<html>Sign in</html>", content_type="text/html")

    # Analog Devices: page 0 says total 1025, the next page says 0, then the list runs dry.
    # Three postings of each recorded page keep the crawl short (offsets follow what was served).
    page0, later = load("clepine_analogdevices_cxs-jobs-list-page0.json"), load(
        "clepine_analogdevices_cxs-jobs-list-laterpage_total0.json")
    asked = []
    mirror.routes[route("workday", ANALOG)] = paged({
        0: {**page0, "jobPostings": page0["jobPostings"][:3]}, 3: {**later, "jobPostings": later["jobPostings"][:3]},
        6: {"total": 0, "jobPostings": []}}, asked)
    mirror.set(route("workday", NVIDIA), (JOBS / "workday/hunt_nvidia_cxs-jobs-list_trimmed.json").read_text())
    mirror.set(route("workday", SALESFORCE), "<html>Service unavailable</html>", status=500, content_type="text/html")

    db = tmp_path / "jobs.db"
    boards = [WORKDAY, ANALOG, NVIDIA, SALESFORCE, "nvidia"]
    # retries stay on: the mirror answers HTTP/1.0 without "Connection: close", so a POST may go out
    # on a pooled connection the mirror already closed (Twisted retries only GETs by itself)
    crawl("workday", db, mirror, bundle, boards=boards)

    assert [a["offset"] for a in asked] == [0, 3, 6]  # the later page's total of 0 was not believed
    assert asked[0] == {"appliedFacets": {}, "limit": 20, "offset": 0, "searchText": ""}
    runs = {r["board"]: r for r in rows(db, "select * from crawl_runs")}
    assert {b: r["status"] for b, r in runs.items()} == {
        WORKDAY: "partial", ANALOG: "partial", NVIDIA: "partial", SALESFORCE: "failed", "nvidia": "failed"}
    assert runs[SALESFORCE]["error"] == "HTTP 500"
    assert runs["nvidia"]["error"].startswith("invalid board token 'nvidia': expected tenant/dc/site")

    reasons = {}
    for r in rows(db, "select board, reason from rejects"):
        reasons.setdefault(r["board"], []).append(r["reason"])
    assert sorted(reasons[WORKDAY]) == ["HTTP 404", "HTTP 404",
                                        "list ended at offset 8 with 4 of its total 347 postings",
                                        "malformed JSON (text/html): Expecting value: line 1 column 1 (char 0)"]
    assert sorted(set(reasons[ANALOG])) == ["HTTP 404", "list ended at offset 6 with 6 of its total 1025 postings"]
    assert reasons[ANALOG].count("HTTP 404") == 6  # one detail request per posting of both pages
    assert "list truncated: total 2000 is the API's cap of 2000 results, later postings are unseen" in reasons[NVIDIA]

    stored = rows(db, "select * from postings")
    assert [p["id"] for p in stored] == [
        "workday:workday/wd5/Workday:Sr-Site-Reliability-Engineer--US-Federal-_JR-0105486"]
    job = stored[0]
    assert (job["title"], job["company"]) == ("Sr. Site Reliability Engineer (US Federal)", "Workday Government, LLC")
    assert (job["posted_at"], job["workplace"], job["employment_type"]) == (
        "2026-07-25T00:00:00Z", "onsite", "full-time")
    assert job["url"].startswith("https://workday.wd5.myworkdayjobs.com/Workday/job/USAVAReston/")
    assert "Base Pay Range" in job["description_text"]


def test_lifecycle_a_failed_detail_keeps_the_stored_posting(tmp_path, mirror, bundle):
    hitachi = load("isradari_hitachi_cxs-jobs-list.json")
    first = hitachi["jobPostings"][0]  # the one posting of this list whose detail is recorded
    list_route, one_detail = route("workday", HITACHI), detail_route(HITACHI, first)
    mirror.set(list_route, json.dumps({**hitachi, "total": 1, "jobPostings": [first]}))
    mirror.set(one_detail, (JOBS / "workday/isradari_hitachi_cxs-job-detail.json").read_text())
    db = tmp_path / "jobs.db"
    crawl("workday", db, mirror, bundle, boards=[HITACHI])
    before = rows(db, "select * from postings")
    assert [(p["external_id"], p["country"], p["closed_at"]) for p in before] == [
        ("Maintenance-Worker_R0119001", "TR", None)]
    assert rows(db, "select status, new from crawl_runs") == [{"status": "ok", "new": 1}]

    mirror.set(one_detail, '{"errorCode":"HTTP_503"}', status=503)
    crawl("workday", db, mirror, bundle, boards=[HITACHI])
    assert rows(db, "select * from postings") == before  # not blanked from list data, not closed
    assert rows(db, "select status, closed from crawl_runs order by id desc limit 1") == [
        {"status": "partial", "closed": 0}]

    mirror.set(list_route, '{"total": 0, "jobPostings": []}')
    crawl("workday", db, mirror, bundle, boards=[HITACHI])
    assert rows(db, "select status, closed from crawl_runs order by id desc limit 1") == [{"status": "ok", "closed": 1}]
    assert rows(db, "select closed_at is not null as closed from postings") == [{"closed": 1}]
