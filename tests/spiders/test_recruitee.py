"""Recruitee end to end: recorded careers-site offers on a local mirror -> scrapy crawl -> SQLite."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from tests.conftest import crawl, recorded, route, rows
from spiders.recruitee import RecruiteeSpider

BOARDS = ["acme", "aikidosecurity", "channable"]


def test_board_url_from_a_template_or_a_plain_base():
    assert RecruiteeSpider.board_url("https://{board}.recruitee.com", "aikidosecurity") == \
        "https://aikidosecurity.recruitee.com/api/offers/"
    assert RecruiteeSpider.board_url("http://127.0.0.1:9/recruitee/{board}", "acme") == \
        "http://127.0.0.1:9/recruitee/acme/api/offers/"
    assert RecruiteeSpider.board_url("http://127.0.0.1:9/recruitee", "acme") == \
        "http://127.0.0.1:9/recruitee/acme/api/offers/"
    odd = RecruiteeSpider.board_url("https://{board}.recruitee.com", "evil.example/x?#")
    assert urlsplit(odd).hostname.endswith(".recruitee.com") and urlsplit(odd).path == "/api/offers/"


def test_sites_then_a_removed_offer_and_faults_with_a_template_base(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    crawl("recruitee", db, mirror, bundle, boards=BOARDS)  # plain base: <mirror>/recruitee
    runs = {r["board"]: (r["status"], r["items"]) for r in rows(db, "select board, status, items from crawl_runs")}
    assert runs == {"acme": ("ok", 2), "aikidosecurity": ("ok", 3), "channable": ("ok", 2)}
    offer = rows(db, "select * from postings where id = 'recruitee:channable:2631774'")[0]
    assert (offer["title"], offer["company"], offer["location_raw"], offer["country"]) == (
        "Account Executive France", "Channable", "Utrecht, Netherlands", "NL")
    assert (offer["salary_min"], offer["salary_max"], offer["salary_currency"], offer["salary_period"]) == (
        5253, 6152, "EUR", "month")  # "5253", "6152" in the payload
    assert (offer["workplace"], offer["employment_type"], offer["posted_at"]) == (
        "hybrid", "temporary", "2026-06-08T13:03:54Z")
    workplaces = [r["workplace"] for r in rows(db, "select workplace from postings where board = 'aikidosecurity' "
                                                   "order by id")]
    assert workplaces == ["onsite", "remote", "remote"]

    aikido = recorded(bundle, "recruitee", "aikidosecurity")
    gone = aikido["offers"].pop()
    mirror.set(route("recruitee", "aikidosecurity"), json.dumps(aikido))
    mirror.set(route("recruitee", "channable"), "<html>Not found</html>", status=404, content_type="text/html")
    mirror.set(route("recruitee", "acme"), '{"offers": "none"}')
    template = f"{mirror.url}/recruitee/{{board}}"
    crawl("recruitee", db, mirror, bundle, boards=BOARDS, RETRY_TIMES=0, RECRUITEE_BASE_URL=template)

    assert mirror.requests.count("GET /recruitee/aikidosecurity/api/offers/") == 2
    closed = rows(db, "select id from postings where closed_at is not null")
    assert closed == [{"id": f"recruitee:aikidosecurity:{gone['id']}"}]
    last = {r["board"]: r for r in rows(db, "select * from crawl_runs where id > 3")}
    assert {b: r["status"] for b, r in last.items()} == {
        "acme": "failed", "aikidosecurity": "ok", "channable": "failed"}
    assert last["channable"]["error"] == "HTTP 404"
    assert last["acme"]["error"].startswith("unexpected payload")
