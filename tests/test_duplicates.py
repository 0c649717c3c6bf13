"""Duplicates across sources: scoring, linking in a real database, the canned query, the labelled sample."""

from __future__ import annotations

import asyncio
import json

import pytest
from click.testing import CliRunner

from bench.duplicates import crawl_recordings, evaluate, read_pairs, sample_boards, sample_comments
from tests.conftest import rows
from tracker.duplicates import (THRESHOLD, Features, containment, idf_table, link_duplicates, score, shingles,
                                title_similarity, title_tokens)
from tracker.passes_cli import dedupe
from tracker.items import BoardSnapshot, Posting
from tracker.storage import Store

KINDS = {"greenhouse": "ats", "lever": "ats", "remotive": "board", "hn_hiring": "board"}
T0, T1 = "2026-04-01T00:00:00.000000Z", "2026-04-02T00:00:00.000000Z"


# -- scoring -----------------------------------------------------------------------------------
def test_titles_are_normalized():
    assert title_tokens("Sr. Backend Eng (Remote, m/f/d)") == ("senior", "backend", "engineer")
    assert title_tokens("Full-Stack Developer – Hybrid") == ("fullstack", "developer")
    assert title_tokens("Software Engineer II") != title_tokens("Software Engineer III")


def test_title_similarity_weighs_the_distinctive_words():
    corpus = [title_tokens(t) for t in ("Senior Systems Engineer", "Senior Systems Engineer, Workers AI",
                                        "Senior Systems Engineer, Workers Runtime", "Senior Data Engineer",
                                        "Senior Account Executive", "Systems Engineer")]
    idf = idf_table(corpus)
    same = title_similarity(title_tokens("Sr Systems Eng, Workers AI"), corpus[1], idf)
    broader = title_similarity(corpus[1], corpus[0], idf)
    sibling = title_similarity(corpus[1], corpus[2], idf)
    assert same == 1.0 and broader < 0.7 and sibling < 0.7
    words = title_tokens("Mid-Market Account Executive - Copenhagen")
    assert title_similarity(words, words[::-1], idf_table([words, ("account",)])) == 1.0  # exactly, any order
    # a place named in one title is left out when it is the posting's place
    assert title_similarity(title_tokens("Account Executive - Berlin"), title_tokens("Account Executive"),
                            drop={"berlin"}) == 1.0


def test_score_rules():
    assert score(Features(title=1.0)) >= THRESHOLD
    assert score(Features(title=1.0, country_conflict=True)) == 0.0
    assert score(Features(title=1.0, copy_first_days=60)) < THRESHOLD  # the ad came two months first
    assert score(Features(title=0.8)) < THRESHOLD <= score(Features(title=0.8, link=True))
    assert score(Features(title=0.2, link=True)) == 0.0  # a link never links unrelated titles
    assert score(Features(title=1.0, remote_conflict=True)) < THRESHOLD
    assert score(Features(title=1.0, city_conflict=True)) < THRESHOLD  # "Account Executive" in Chicago and in NYC
    assert score(Features(title=1.0, city_conflict=True, link=True)) >= THRESHOLD  # unless the ad names it


def test_shortened_description_still_contains():
    full = "We build payments infrastructure for marketplaces. You will own the ledger and payouts. " * 3
    short = "You will own the ledger and payouts."
    assert containment(shingles(short), shingles(full)) == 1.0
    assert containment(shingles("Design our brand and website."), shingles(full)) == 0.0


# -- linking in a real database ----------------------------------------------------------------
def posting(source, board, ext, title, company=None, **fields) -> Posting:
    return Posting(source=source, board=board, external_id=str(ext), title=title, company=company,
                   posted_at=fields.pop("posted_at", "2026-03-01T00:00:00Z"), **fields)


def ats_snapshot(source="greenhouse", drop=()):
    snap = BoardSnapshot(source, "acme", "Acme Inc.")
    postings = {
        "greenhouse": [
            posting("greenhouse", "acme", 1, "Senior Backend Engineer, Payments", city="Berlin", country="DE",
                    url="https://job-boards.greenhouse.io/acme/jobs/1001"),
            posting("greenhouse", "acme", 2, "Senior Backend Engineer, Search", city="Berlin", country="DE",
                    url="https://job-boards.greenhouse.io/acme/jobs/1002"),
            posting("greenhouse", "acme", 3, "Product Designer", city="London", country="GB"),
            posting("greenhouse", "acme", 5, "Account Executive", city="Austin", country="US"),
            posting("greenhouse", "acme", 6, "Account Executive", city="Austin", country="US"),
        ],
        "lever": [posting("lever", "acme", "b7", "Product Designer", city="London", country="GB",
                          posted_at="2026-03-20T00:00:00Z")],
    }[source]
    snap.postings = [p for p in postings if p.external_id not in drop]
    return snap


def board_snapshot():
    snap = BoardSnapshot("remotive", "all", None, employer_per_posting=True)
    snap.postings = [
        posting("remotive", "all", 11, "Sr. Backend Engineer - Payments (Remote)", "Acme", country="DE",
                workplace="remote", posted_at="2026-03-05T00:00:00Z"),
        posting("remotive", "all", 12, "Product Designer", "Acme", country="US", workplace="remote"),
        posting("remotive", "all", 13, "Senior Backend Engineer, Payments", "Acmeo", country="DE"),
    ]
    hn = BoardSnapshot("hn_hiring", "123", None, employer_per_posting=True)
    hn.postings = [
        posting("hn_hiring", "123", "c1", "Backend Engineer", "Acme, Inc.", posted_at="2026-03-10T00:00:00Z",
                apply_url="https://job-boards.greenhouse.io/acme/jobs/1002?gh_src=hn"),
        posting("hn_hiring", "123", "c2", "Senior Backend Engineer, Search", "Acme", country="DE",
                posted_at="2025-12-01T00:00:00Z"),
    ]
    return [snap, hn]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "jobs.db")
    for snap in [ats_snapshot(), ats_snapshot("lever"), *board_snapshot()]:
        s.apply(snap, now=T0)
    yield s
    s.close()


def linked(store) -> dict:
    return dict(store.db.execute("SELECT id, duplicate_of FROM postings WHERE duplicate_of IS NOT NULL").fetchall())


def test_links_board_copies_to_the_ats_posting(store):
    stats = link_duplicates(store.db, KINDS)
    assert linked(store) == {
        "remotive:all:11": "greenhouse:acme:1",  # abbreviations, "(Remote)" and a remote-only board
        "hn_hiring:123:c1": "greenhouse:acme:2",  # the ad's apply link names the posting
        "lever:acme:b7": "greenhouse:acme:3",  # an employer on two ATSs: newer -> older
    }
    # not linked: another country (remotive 12), another employer (Acmeo), an ad two months older
    # than the posting (hn c2), and two postings of one board (greenhouse 5 and 6)
    assert stats["linked"] == stats["new"] == stats["written"] == 3 and stats["unlinked"] == 0
    scores = dict(store.db.execute("SELECT id, duplicate_score FROM postings WHERE duplicate_of IS NOT NULL"))
    assert all(THRESHOLD <= s <= 1 for s in scores.values())


def test_second_run_writes_nothing(store):
    link_duplicates(store.db, KINDS)
    before = store.db.conn.total_changes
    stats = link_duplicates(store.db, KINDS)
    assert store.db.conn.total_changes == before
    assert stats["written"] == stats["new"] == stats["unlinked"] == 0 and stats["linked"] == 3


def test_closed_target_unlinks(store):
    link_duplicates(store.db, KINDS)
    store.apply(ats_snapshot(drop={"1"}), now=T1)  # posting 1 is gone from a complete fetch: closed
    stats = link_duplicates(store.db, KINDS)
    assert "remotive:all:11" not in linked(store) and stats["unlinked"] == 1 and stats["written"] == 1
    row = store.db.execute("SELECT duplicate_of, duplicate_score FROM postings WHERE id = 'remotive:all:11'").fetchone()
    assert row == (None, None)


def test_same_board_never_links(tmp_path):
    store = Store(tmp_path / "jobs.db")
    snap = BoardSnapshot("remotive", "all", None, employer_per_posting=True)
    snap.postings = [posting("remotive", "all", i, "Data Engineer", "Acme", country="US") for i in (1, 2)]
    store.apply(snap, now=T0)
    assert link_duplicates(store.db, KINDS)["linked"] == 0
    store.close()


def test_dedupe_command_and_canned_query(store, tmp_path):
    store.close()
    result = CliRunner().invoke(dedupe, ["--db", str(tmp_path / "jobs.db")])
    assert result.exit_code == 0, result.stderr
    assert "candidate pairs" in result.stderr and "3 linked (3 new), 0 unlinked" in result.stderr
    assert json.loads(result.stdout)["linked"] == 3

    from datasette.app import Datasette

    from tracker.publish import build_metadata

    ds = Datasette([str(tmp_path / "jobs.db")], metadata=build_metadata("jobs"))
    response = asyncio.run(ds.client.get("/jobs/duplicates.json?_shape=array"))
    assert response.status_code == 200, response.text
    pairs = {(r["id"], r["copy_id"]) for r in response.json()}
    assert pairs == {("greenhouse:acme:1", "remotive:all:11"), ("greenhouse:acme:2", "hn_hiring:123:c1"),
                     ("greenhouse:acme:3", "lever:acme:b7")}


# -- the labelled sample of real pairs ---------------------------------------------------------
def test_precision_on_labelled_real_pairs(bundle, tmp_path):
    pairs = read_pairs()
    assert len(pairs) >= 100 and sum(p["label"] for p in pairs) >= 8
    db = tmp_path / "jobs.db"
    crawl_recordings(bundle, db, sample_boards(pairs), sample_comments(pairs))  # the thread's other ads left out
    assert rows(db, "select count(*) n from crawl_runs where status != 'ok'")[0]["n"] == 0
    result = evaluate(db, pairs)
    linker, baseline = result["linker"], result["baseline"]
    assert linker["precision"] >= 0.95, linker["errors"]
    assert linker["recall"] >= 0.85 > baseline["recall"], linker["errors"]
    assert result["unlabelled"] == []  # every link made in these boards is a labelled pair
