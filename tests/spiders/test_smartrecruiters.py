"""SmartRecruiters end to end: recorded lists and details on a local mirror -> scrapy crawl -> SQLite.

The bundle serves each recorded list at its path (any offset); a test sets ``path?query``
routes for real page sequences and ``.../postings/{id}`` routes for the recorded details.
Details that are not recorded get the mirror's 404.
"""

from __future__ import annotations

import json

from tests.conftest import JOBS, crawl, route, rows

AA = "AutomationAnywhere1"


def text(name) -> str:
    return (JOBS / "smartrecruiters" / name).read_text()


def page(company, offset) -> str:
    return f"{route('smartrecruiters', company)}?limit=100&offset={offset}"


def detail(company, posting_id) -> str:
    return f"{route('smartrecruiters', company)}/{posting_id}"


def test_boards_pages_details_and_faults(tmp_path, mirror, bundle):
    # Automation Anywhere: two recorded pages; page 1 repeats page 0's first posting (totalFound 4)
    mirror.set(page(AA, 0), text("dinhmai_automationanywhere_postings-page0_trimmed.json"))
    mirror.set(page(AA, 3), text("dinhmai_automationanywhere_postings-page1.json"))
    # the jobAd-only detail is the Pricing Analyst's (its jobDescription is about pricing analysts)
    mirror.set(detail(AA, "743999706414750"), text("dinhmai_automationanywhere_posting-detail_jobad-only.json"))
    mirror.set(detail("hirevue", "744000138728139"), text("candidatezero_hirevue_posting-detail_trimmed.json"))
    mirror.set(detail("knight", "743999671674844"), "<html>Sign in</html>", content_type="text/html")
    mirror.set(route("smartrecruiters", "Visa"), "{}", status=404)
    mirror.set(page("BoschGroup", 0), "<!DOCTYPE html><html><body>Maintenance</body></html>", content_type="text/html")

    db = tmp_path / "jobs.db"
    boards = [AA, "hirevue", "knight", "Visa", "BoschGroup"]
    crawl("smartrecruiters", db, mirror, bundle, boards=boards, RETRY_TIMES=0)

    listed = [r.split(" ")[1] for r in mirror.requests if "/postings?" in r]
    assert sorted(x for x in listed if AA in x) == [page(AA, 0), page(AA, 3)]
    runs = {r["board"]: r for r in rows(db, "select * from crawl_runs")}
    assert {b: r["status"] for b, r in runs.items()} == {
        AA: "partial", "hirevue": "partial", "knight": "partial", "Visa": "failed", "BoschGroup": "failed"}
    assert runs["Visa"]["error"] == "HTTP 404"
    assert runs["BoschGroup"]["error"].startswith("malformed JSON (text/html")

    reasons = {}
    for r in rows(db, "select board, reason from rejects"):
        reasons.setdefault(r["board"], []).append(r["reason"])
    # the repeated posting is neither fetched twice nor a duplicate; 3 distinct of totalFound 4 is not complete
    assert sorted(reasons[AA]) == ["HTTP 404", "HTTP 404", "list ended at offset 4 with 3 of its total 4 postings"]
    assert sum(r.endswith("/postings/743999706414750") for r in mirror.requests) == 1
    # hirevue's list is trimmed to 3 of its totalFound 5: the walk asks for offset 3, gets the same postings
    assert sorted(reasons["hirevue"]) == [
        "HTTP 404", "HTTP 404", "list ended at offset 6 with 3 of its total 5 postings"]
    assert reasons["knight"][0].startswith("malformed JSON (text/html)")

    stored = {r["id"]: r for r in rows(db, "select * from postings")}
    assert sorted(stored) == ["smartrecruiters:AutomationAnywhere1:743999706414750",
                              "smartrecruiters:hirevue:744000138728139"]
    intern = stored["smartrecruiters:hirevue:744000138728139"]
    assert (intern["title"], intern["company"], intern["workplace"]) == (
        "Data Science Intern | Fully Remote US", "HireVue Inc", "remote")
    assert (intern["city"], intern["region"], intern["country"], intern["department"]) == (
        "Sandy", "US-UT", "US", "Data Science")
    assert (intern["employment_type"], intern["seniority"]) == ("part-time", "intern")
    assert intern["posted_at"] == "2026-07-20T20:54:18Z"
    assert intern["apply_url"] == intern["url"] + "?oga=true"
    assert "Qualifications" in intern["description_text"] and "As a Data Science Intern" in intern["description_text"]
    pricing = stored["smartrecruiters:AutomationAnywhere1:743999706414750"]
    assert (pricing["title"], pricing["company"], pricing["location_raw"]) == (
        "Pricing Analyst", "Automation Anywhere", "San Jose, CA, United States")
    assert pricing["description_text"].startswith("Company Description")


def test_lifecycle_a_failed_detail_keeps_the_stored_posting(tmp_path, mirror, bundle):
    board = json.loads(text("candidatezero_hirevue_postings-list_trimmed.json"))
    first = board["content"][0]  # the posting whose detail is recorded
    mirror.set(route("smartrecruiters", "hirevue"), json.dumps({**board, "totalFound": 1, "content": [first]}))
    mirror.set(detail("hirevue", first["id"]), text("candidatezero_hirevue_posting-detail_trimmed.json"))
    db = tmp_path / "jobs.db"
    crawl("smartrecruiters", db, mirror, bundle, boards=["hirevue"])
    before = rows(db, "select * from postings")
    assert len(before) == 1 and before[0]["description_text"]
    assert rows(db, "select status, new from crawl_runs") == [{"status": "ok", "new": 1}]

    mirror.set(detail("hirevue", first["id"]), '{"message":"Internal error"}', status=500)
    crawl("smartrecruiters", db, mirror, bundle, boards=["hirevue"], RETRY_TIMES=0)
    assert rows(db, "select * from postings") == before  # kept whole: not rebuilt from the list item
    assert rows(db, "select status, closed from crawl_runs order by id desc limit 1") == [
        {"status": "partial", "closed": 0}]

    mirror.set(route("smartrecruiters", "hirevue"), json.dumps({**board, "totalFound": 0, "content": []}))
    crawl("smartrecruiters", db, mirror, bundle, boards=["hirevue"])
    assert rows(db, "select status, closed from crawl_runs order by id desc limit 1") == [{"status": "ok", "closed": 1}]
    assert rows(db, "select closed_at is not null as closed from postings") == [{"closed": 1}]
