"""Posting lifecycle in the store, on real postings from the Lever recordings."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.conftest import JOBS
from tracker.extract.lever import LeverPosting
from tracker.items import FAILED, OK, BoardSnapshot
from tracker.normalize import normalize_posting
from db.migrations import migrations
from tracker.storage import Store

RECORDING = JOBS / "lever" / "otelic_vcr_2015_leverdemo" / "list_all_mode-json.json"
T0, T1, T2 = "2026-01-01T00:00:00.000000Z", "2026-01-01T01:00:00.000000Z", "2026-01-02T06:00:00.000000Z"


def snapshot(records, status=OK):
    snap = BoardSnapshot("lever", "leverdemo", "Lever Demo", status=status)
    snap.postings = [normalize_posting(LeverPosting(r, "leverdemo").to_posting()) for r in records]
    return snap


@pytest.fixture
def records():
    return json.loads(RECORDING.read_text())


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "jobs.db")
    yield s
    s.close()


def count(store, sql):
    return store.db.execute(sql).fetchone()[0]


def test_new_postings_are_inserted_with_company(store, records):
    result = store.apply(snapshot(records), now=T0)
    assert result["new"] == len(records) == 28
    assert count(store, "select count(*) from postings where first_seen = last_seen") == 28
    assert count(store, "select count(distinct company_id) from postings") == 1
    assert store.db["companies"].get(1)["normalized_name"] == "lever demo"


def test_unchanged_recrawl_writes_nothing(store, records):
    store.apply(snapshot(records), now=T0)
    before = store.db.conn.total_changes
    result = store.apply(snapshot(records), now=T1)
    assert result["unchanged"] == 28 and result["new"] == result["updated"] == result["closed"] == 0
    # the only write is the crawl_runs row of the second fetch
    assert store.db.conn.total_changes - before == 1
    assert count(store, "select count(*) from posting_changes") == 0


def test_last_seen_is_refreshed_after_the_interval(store, records):
    store.apply(snapshot(records), now=T0)
    store.apply(snapshot(records), now=T2)
    assert count(store, f"select count(*) from postings where last_seen = '{T2}'") == 28
    assert count(store, f"select count(*) from postings where first_seen = '{T0}'") == 28


def test_changed_field_is_updated_and_recorded(store, records):
    store.apply(snapshot(records), now=T0)
    records[0]["text"] = "Senior Account Executive"
    result = store.apply(snapshot(records), now=T1)
    assert result["updated"] == 1 and result["unchanged"] == 27
    change = store.db.execute("select field, old_value, new_value from posting_changes").fetchall()
    assert change == [("title", "Account Executive", "Senior Account Executive"), ("seniority", None, "senior")]
    assert list(store.db.query("select rowid from postings_fts where postings_fts match 'senior'"))


def test_missing_posting_closed_only_after_successful_fetch(store, records):
    store.apply(snapshot(records), now=T0)
    gone = records.pop(3)
    assert store.apply(snapshot(records, status=FAILED), now=T1)["closed"] == 0
    partial = snapshot(records)
    partial.reject("missing field: title")
    assert store.apply(partial, now=T1)["closed"] == 0
    assert count(store, "select count(*) from postings where closed_at is not null") == 0
    assert store.apply(snapshot(records), now=T1)["closed"] == 1
    closed = store.db["postings"].get(f"lever:leverdemo:{gone['id']}")
    assert closed["closed_at"] == T1
    # reappears -> reopened, with both status changes in the history
    result = store.apply(snapshot(records + [gone]), now=T2)
    assert result["reopened"] == 1 and result["closed"] == 0
    assert store.db["postings"].get(f"lever:leverdemo:{gone['id']}")["closed_at"] is None
    history = store.db.execute("select old_value, new_value from posting_changes where field = 'status' "
                               "order by id").fetchall()
    assert history == [("open", "closed"), ("closed", "open")]


def test_failed_fetch_with_no_postings_changes_nothing(store, records):
    store.apply(snapshot(records), now=T0)
    failed = BoardSnapshot("lever", "leverdemo", None, url="http://x")
    failed.fail("HTTP 500", raw="<html>oops</html>")
    store.apply(failed, now=T1)
    assert count(store, "select count(*) from postings where closed_at is null") == 28
    run = store.db.execute("select status, error from crawl_runs order by id desc limit 1").fetchone()
    assert run == ("failed", "HTTP 500")
    assert store.db.execute("select reason, raw from rejects").fetchone() == ("HTTP 500", "<html>oops</html>")


def test_duplicate_id_in_one_fetch_is_rejected(store, records):
    result = store.apply(snapshot(records + [records[0]]), now=T0)
    assert result["new"] == 28 and result["rejects"] == 1
    assert store.db.execute("select status from crawl_runs").fetchone()[0] == "partial"


def test_empty_board_closes_everything_only_when_empty_twice(store, records):
    store.apply(snapshot(records), now=T0)
    first = snapshot([])
    assert store.apply(first, now=T1)["closed"] == 0
    assert first.status == "partial" and first.rejects[0].reason.startswith("collapse:")
    assert store.apply(snapshot([]), now=T2)["closed"] == 28


def test_small_board_that_empties_closes_at_once(store, records):
    store.apply(snapshot(records[:3]), now=T0)
    assert store.apply(snapshot([]), now=T1)["closed"] == 3


def test_windowed_feed_closes_only_after_days_unseen(store, records):
    def feed(recs):
        snap = snapshot(recs)
        snap.window_days = 1
        return snap

    store.apply(feed(records), now=T0)
    assert store.apply(feed(records[1:]), now=T1)["closed"] == 0  # one hour later: maybe just off the window
    assert store.apply(feed(records[1:]), now=T2)["closed"] == 1  # 30 hours unseen


def test_posting_without_employer_on_multi_employer_board(store, records):
    snap = snapshot(records[:2])
    snap.employer_per_posting, snap.company, snap.postings[0].company = True, None, "Acme"
    store.apply(snap, now=T0)
    ids = [r[0] for r in store.db.execute("select company_id from postings order by rowid")]
    assert ids[0] is not None and ids[1] is None
    assert [r["name"] for r in store.db["companies"].rows] == ["Acme"]


def test_wal_and_migrations(store, tmp_path):
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    again = Store(tmp_path / "jobs.db", last_seen_interval=timedelta(hours=1))
    names = [r["name"] for r in again.db["_sqlite_migrations"].rows]
    assert names[:2] == ["m001_contract_tables", "m002_postings_fts"]
    assert names == [m.name for m in migrations._migrations]
    again.close()


def test_each_posting_links_its_own_employer_on_multi_employer_boards(store, records):
    snap = snapshot(records[:3])
    snap.company = None
    snap.postings[0].company, snap.postings[1].company = "Acme, Inc.", "ACME Inc"
    store.apply(snap, now=T0)
    linked = store.db.execute(
        "select p.external_id, c.name from postings p join companies c on c.id = p.company_id "
        "order by p.rowid").fetchall()
    assert [name for _, name in linked] == ["Acme, Inc.", "Acme, Inc."]  # the third has no known employer
    assert store.db.execute("select count(*) from postings where company_id is null").fetchone()[0] == 1
    assert store.db.execute("select count(*) from company_boards").fetchone()[0] == 0


def test_classification_written_only_when_it_changes(store, records):
    def tagged(version, exposure):
        snap = snapshot(records[:2])
        for p in snap.postings:
            p.soc_code, p.ai_exposure, p.classifier_version = "41-3091.00", exposure, version
        return snap

    store.apply(tagged("1", 0.4), now=T0)
    assert store.apply(snapshot(records[:2]), now=T1)["reclassified"] == 0  # untagged keeps tags
    before = store.db.conn.total_changes
    assert store.apply(tagged("1", 0.4), now=T1)["reclassified"] == 0
    assert store.db.conn.total_changes - before == 1  # the crawl_runs row only
    result = store.apply(tagged("2", 0.5), now=T1)
    assert result["reclassified"] == 2 and result["updated"] == 0
    assert {r["ai_exposure"] for r in store.db["postings"].rows} == {0.5}
    assert store.db.execute("select count(*) from posting_changes").fetchone()[0] == 0
