"""Layoff spiders end to end: real state files on the local mirror -> scrapy crawl -> SQLite."""

from __future__ import annotations

import json

from tests.conftest import crawl, route, rows
from tests.layoffs.conftest import FYI, state_file

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CA_XLSX = "ca/ca_edd_warn_report_FY2025-26_thru_2026-04-06.xlsx"


def notices(db, source):
    return rows(db, "select * from layoff_notices where source = ? order by id", [source])


def test_california_two_formats_recrawl_and_failures(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    mirror.set(route("warn-ca", "current"), state_file(CA_XLSX), content_type=XLSX)
    mirror.set(route("warn-ca", "7-1-19-to-6-30-20"), b"<html>Not found</html>", status=404,
               content_type="text/html")
    crawl("warn-ca", db, mirror, bundle, boards=["current", "7-1-19-to-6-30-20"], RETRY_TIMES=0)
    runs = {r["board"]: r for r in rows(db, "select * from crawl_runs")}
    assert {b: r["status"] for b, r in runs.items()} == {"current": "ok", "7-1-19-to-6-30-20": "failed"}
    assert runs["7-1-19-to-6-30-20"]["error"] == "HTTP 404"
    stored = notices(db, "warn-ca")
    assert runs["current"]["items"] == runs["current"]["new"] == len(stored) == 1219
    assert json.loads(runs["current"]["stats_json"])["tables_read"] == 2  # the detailed and call-centre sheets
    phases = [n for n in stored if n["company_raw"] == "Endologix LLC"]
    assert sorted((n["effective_date"], n["jobs_affected"]) for n in phases) == [
        ("2026-05-06", 23), ("2026-05-15", 6), ("2026-05-29", 2)]
    republic = [n for n in stored if n["company_raw"] == "Republic National Distributing Company"
                and n["notice_date"] == "2025-07-01"][0]
    assert republic["state"] == "CA" and republic["jobs_affected"] == 104 and republic["is_closure"] == 1
    assert republic["effective_date"] == "2025-09-02" and "Hayward" in republic["location"]
    assert republic["url"].endswith("/warn_report1.xlsx") and republic["first_seen"]

    crawl("warn-ca", db, mirror, bundle, boards=["current"])
    assert notices(db, "warn-ca") == stored  # nothing added twice, nothing rewritten
    again = rows(db, "select new, updated, status from crawl_runs order by id desc limit 1")
    assert again == [{"new": 0, "updated": 0, "status": "ok"}]

    mirror.set(route("warn-ca", "current"), state_file(CA_XLSX)[:4000], content_type=XLSX)  # truncated
    mirror.set(route("warn-ca", "7-1-20-to-6-30-21"), b"", status=503)
    crawl("warn-ca", db, mirror, bundle, boards=["current", "7-1-20-to-6-30-21"], RETRY_TIMES=0)  # PDF board fails
    assert notices(db, "warn-ca") == stored
    failed = rows(db, "select board, status, error from crawl_runs order by id desc limit 2")
    assert {r["board"]: r["status"] for r in failed} == {"current": "failed", "7-1-20-to-6-30-21": "failed"}
    assert {r["board"]: r["error"] for r in failed}["current"].startswith("unexpected payload: unreadable xlsx")


def test_texas_years_with_rejected_rows_and_an_html_page(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    for year in ("2020", "2021", "2022"):
        mirror.set(route("warn-tx", year), state_file(f"tx/warn-act-listings-{year}.xlsx"), content_type=XLSX)
    mirror.set(route("warn-tx", "2023"), b"<!DOCTYPE html><html><body>Just a moment...</body></html>",
               content_type="text/html")
    crawl("warn-tx", db, mirror, bundle, boards=["2020", "2021", "2022", "2023"])
    runs = {r["board"]: r for r in rows(db, "select * from crawl_runs")}
    assert {b: (r["status"], r["items"]) for b, r in runs.items()} == {
        "2020": ("partial", 1207), "2021": ("ok", 123), "2022": ("ok", 86), "2023": ("failed", 0)}
    assert runs["2023"]["error"].startswith("unexpected payload: no notices found")
    rejects = rows(db, "select board, external_id, reason, raw from rejects where board = '2020' order by id")
    assert [r["reason"] for r in rejects] == ["effective_date: implausible date 1930-03-30",
                                              "effective_date: implausible date 1930-03-31"]
    assert "EMI Industries" in rejects[0]["raw"] and rejects[0]["external_id"].endswith("row 634")
    stored = notices(db, "warn-tx")  # three rows of 2020 repeat earlier rows verbatim: stored once
    assert len(stored) == sum(r["new"] for r in runs.values()) == 1207 + 123 + 86 - 3


def test_layoffs_fyi_export_is_imported_once(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    mirror.set("/layoffs-fyi/layoffs.csv", FYI.read_bytes(), content_type="text/csv")
    crawl("layoffs-fyi", db, mirror, bundle, boards=["layoffs"])
    crawl("layoffs-fyi", db, mirror, bundle, boards=["layoffs"])
    runs = rows(db, "select status, items, new from crawl_runs order by id")
    assert runs == [{"status": "ok", "items": 4277, "new": 4277}, {"status": "ok", "items": 4277, "new": 0}]
    amazon = rows(db, "select * from layoff_notices where company_raw = 'Amazon' and notice_date = '2026-01-28'")
    assert len(amazon) == 1 and amazon[0]["jobs_affected"] == 16000 and amazon[0]["state"] is None
    assert amazon[0]["url"].startswith("https://www.aboutamazon.com/") and amazon[0]["country"] == "United States"
