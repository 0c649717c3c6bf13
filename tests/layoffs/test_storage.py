"""The layoff store: stable ids, updates in place, amendment links, failed fetches write nothing."""

from __future__ import annotations

import dataclasses

from tests.conftest import rows
from tests.layoffs.conftest import state_file
from tracker.extract.warn import parse
from tracker.layoff_storage import LayoffStore, company_key
from tracker.layoffs import LayoffNotice, LayoffSnapshot
from tracker.storage import Store


def snapshot(notices, board="2018", **kwargs):
    return LayoffSnapshot(source="warn-ia", board=board, notices=list(notices), **kwargs)


def test_recrawl_adds_nothing_and_amendments_link_to_the_notice_they_amend(tmp_path):
    db = tmp_path / "jobs.db"
    parsed = parse("ia", state_file("ia/WARN_20180503.xlsx"))
    store = LayoffStore(db)
    first = store.apply(snapshot(parsed.notices), job="a")
    assert first["new"] == len(rows(db, "select id from layoff_notices")) == 339 - first["duplicates"]
    before = rows(db, "select * from layoff_notices order by id")
    second = store.apply(snapshot(parse("ia", state_file("ia/WARN_20180503.xlsx")).notices), job="b")
    assert (second["new"], second["updated"]) == (0, 0)
    assert rows(db, "select * from layoff_notices order by id") == before

    links = rows(db, "select a.company_key ak, t.company_key tk, a.notice_date ad, t.notice_date td, "
                     "t.is_amendment t_amends from layoff_notices a join layoff_notices t on a.amends_id = t.id")
    assert links and all(r["ak"] == r["tk"] and r["td"] <= r["ad"] for r in links)
    assert any(not r["t_amends"] for r in links)  # most point at an original notice...
    chain = rows(db, "select notice_date, amends_id from layoff_notices where company_raw = 'Electrolux' "
                     "order by notice_date")  # ...Electrolux's original predates this log: amendments chain
    assert chain[0]["amends_id"] is None and chain[1]["amends_id"] is not None
    linked = rows(db, "select count(*) n from layoff_notices where is_amendment = 1 and amends_id is not null")
    assert linked[0]["n"] == first["linked"] > 10
    store.close()


def test_a_changed_row_is_updated_in_place_and_a_failed_fetch_changes_nothing(tmp_path):
    db = tmp_path / "jobs.db"
    Store(db).company_id("Wells Fargo", "2026-01-01T00:00:00Z")  # an employer already known from postings
    notice = LayoffNotice(source="warn-ia", state="IA", company_raw="Wells Fargo", location="Des Moines",
                          notice_date="2011-01-14", effective_date="2011-02-13", jobs_affected=32)
    store = LayoffStore(db)
    store.apply(snapshot([notice]), now="2026-01-02T00:00:00Z")
    corrected = dataclasses.replace(notice, jobs_affected=35)
    assert corrected.id == notice.id
    result = store.apply(snapshot([corrected]), now="2026-01-03T00:00:00Z")
    assert (result["new"], result["updated"]) == (0, 1)
    stored = rows(db, "select * from layoff_notices")
    assert len(stored) == 1 and stored[0]["jobs_affected"] == 35 and stored[0]["company_id"] == 1
    assert (stored[0]["first_seen"], stored[0]["last_changed"]) == ("2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z")

    failed = snapshot([dataclasses.replace(notice, jobs_affected=1)])
    failed.fail("HTTP 500")
    store.apply(failed)
    assert rows(db, "select * from layoff_notices") == stored
    run = rows(db, "select status, error, items, new from crawl_runs order by id desc limit 1")[0]
    assert run == {"status": "failed", "error": "HTTP 500", "items": 0, "new": 0}
    assert rows(db, "select reason from rejects") == [{"reason": "HTTP 500"}]
    store.close()


def test_company_key_ignores_amendment_markers():
    assert company_key("*Updated* WestRock Services, LLC") == company_key("WestRock Services, LLC")
    assert company_key("Catholic Guardian Services (Rescission)") == company_key("Catholic Guardian Services")


def test_a_notice_in_two_files_is_one_row_that_stays_put(tmp_path, iowa_2022):
    """Iowa's 2022 log repeats notices of the 2018 log (same facts, other file, other date spelling):
    crawling both files again and again writes nothing after the first time."""
    db = tmp_path / "jobs.db"
    store = LayoffStore(db)
    old = parse("ia", state_file("ia/WARN_20180503.xlsx"), "https://x/WARN_20180503.xlsx").notices
    new = parse("ia", iowa_2022, "https://x/WARN_20220210.xlsx").notices
    shared = {n.id for n in old} & {n.id for n in new}
    assert len(shared) >= 20
    store.apply(snapshot(old, board="2018"), job="a")
    assert store.apply(snapshot(new, board="2022"), job="a")["updated"] == 0
    before = rows(db, "select * from layoff_notices order by id")
    for job in ("b", "c"):
        assert store.apply(snapshot(old, board="2018"), job=job)["updated"] == 0
        assert store.apply(snapshot(new, board="2022"), job=job)["updated"] == 0
    assert rows(db, "select * from layoff_notices order by id") == before
    store.close()
