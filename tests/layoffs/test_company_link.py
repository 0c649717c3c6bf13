"""Notice -> employer linking: keys, guards, the labelled real pairs, relinking, and the
"laying off and hiring" canned query on a database built from recorded postings and notices."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone

import pytest
import yaml

from bench.company_link import baseline_fn, linker_fn, read_pairs, score
from tests.conftest import JOBS, ROOT, rows
from tests.layoffs.conftest import FYI, state_file
from tracker.company_link import Linker, link_key, link_notices, load_aliases
from tracker.extract import layoffs_fyi
from tracker.extract import ashby, greenhouse
from tracker.extract.warn import parse
from tracker.items import BoardSnapshot
from tracker.layoff_storage import LayoffStore
from tracker.layoffs import LayoffSnapshot
from tracker.normalize import normalize_posting
from tracker.storage import Store

CA_XLSX = "ca/ca_edd_warn_report_FY2025-26_thru_2026-04-06.xlsx"
T0, T1 = "2026-06-01T00:00:00.000000Z", "2026-06-03T00:00:00.000000Z"


@pytest.mark.parametrize("name, key", [
    ("Amazon.com Services LLC", "amazon"),
    ("Meta Platforms, Inc. (1 Hacker Way)", "meta platforms"),
    ("Intel Corporation (SC-9)", "intel"),
    ("Google -1160", "google"),
    ("Walmart #5931", "walmart"),
    ("Amazon SNA19", "amazon"),
    ("Magic Leap, LLC-Austin", "magic leap"),
    ("UPS (updated from previous)", "ups"),
    ("Twelve Benefit Corporation (1135 Atlantic Ave)", "twelve"),
    ("Wal-Mart Stores, Inc.", "wal mart stores"),
    ("Hewlett-Packard Company", "hewlett packard"),
])
def test_link_key_drops_legal_forms_sites_and_descriptors(name, key):
    assert link_key(name) == key


def test_aliases_table_is_well_formed():
    aliases = load_aliases()
    assert aliases["alphabet"] == "google" and aliases["meta platforms"] == "meta"
    assert aliases["amazon"] == "amazon" and aliases["twitter"] == "x"
    assert all(k and v for k, v in aliases.items())


def test_guards_keep_uncertain_and_common_names_unlinked():
    linker = Linker({1: "American Express", 2: "Services", 3: "Intel", 4: "Block", 5: "Google", 6: "Meta",
                     7: "Amazon", 8: "Hewlett Packard Enterprise", 9: "Microsoft", 10: "LinkedIn", 11: "Dell",
                     12: "Lucid Software"})
    for name in ["American", "Services, Inc.", "American Services", "Intelsat", "Blockchain.com", "BlockFi",
                 "Gooogle", "Lucid Group, Inc.", "Amazon LAX 35"]:
        assert linker.link(name).company_id is None, name
    assert linker.link("Alphabet Inc.") == (5, 1.0, "alias")
    assert linker.link("Meta Platforms, Inc. - 1 Hacker")[::2] == (6, "alias")
    assert linker.link("Amazon.com Services LLC")[::2] == (7, "exact")
    assert linker.link("GitHub").company_id == 9  # a unit links to its parent...
    assert Linker({10: "LinkedIn"}).link("Microsoft").company_id is None  # ...never the parent to a unit
    typo = linker.link("Hewlett Packard Enterprize")
    assert typo.company_id == 8 and typo.method == "fuzzy" and 0.92 <= typo.score < 1
    assert linker.link("Dell Technologies").method == "fuzzy"
    near = linker.link("Gooogle")
    assert near.method is None and 0.8 < near.score < 0.92  # a near miss stays visible, unlinked


def test_precision_and_recall_on_the_labelled_real_pairs():
    pairs = read_pairs()
    assert len(pairs) >= 200 and len({(p["notice_company"], p["employer"]) for p in pairs}) == len(pairs)
    assert {p["match"] for p in pairs} == {"0", "1"} and all(p["decided"] for p in pairs)
    assert 0.3 < sum(p["match"] == "1" for p in pairs) / len(pairs) < 0.7
    linker, baseline = score(pairs, linker_fn(pairs)), score(pairs, baseline_fn(pairs))
    assert linker["precision"] >= 0.99, linker["errors"]
    assert linker["recall"] >= 0.95, linker["errors"]
    assert baseline["recall"] < 0.6 and linker["f1"] > baseline["f1"] + 0.2


def postings(board: str, company: str, keep: int | None = None) -> BoardSnapshot:
    """A recorded Greenhouse board list, or an Ashby board with pay ("stapply_..." recordings)."""
    gh = JOBS / "greenhouse" / f"techjobshub_{board}_jobs-list_wrapped.json"
    source, module = ("greenhouse", greenhouse) if gh.exists() else ("ashby", ashby)
    path = gh if gh.exists() else JOBS / "ashby" / f"stapply_{board}_job-board_includeCompensation.json"
    jobs = module.board_jobs(json.loads(path.read_text()))[:keep]
    job = greenhouse.GreenhouseJob if source == "greenhouse" else ashby.AshbyJob
    snap = BoardSnapshot(source, board, company)
    snap.postings = [normalize_posting(job(j, board).to_posting()) for j in jobs]
    return snap


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Recorded Greenhouse boards, the layoffs.fyi export and California's WARN workbook."""
    path = tmp_path_factory.mktemp("link") / "jobs.db"
    store = Store(path)
    for board, company in [("pinterest", "Pinterest"), ("okta", "Okta"), ("stripe", "Stripe"),
                           ("lyft", "Lyft"), ("asana", "Asana"), ("discord", "Discord"), ("replit", "Replit"),
                           ("Lambda", "Lambda")]:
        store.apply(postings(board, company), now=T0)
    store.apply(postings("okta", "Okta", keep=300), now=T1)  # a later fetch no longer lists 35 Okta jobs
    store.db.execute("UPDATE postings SET ai_role = 'builds_ai' WHERE title LIKE '%machine learning%'")
    store.db.conn.commit()
    store.close()
    layoffs = LayoffStore(path)
    applied = [  # the layoff store links what it stores
        layoffs.apply(LayoffSnapshot("layoffs-fyi", "all", notices=layoffs_fyi.parse(FYI.read_bytes()).notices),
                      now=T0),
        layoffs.apply(LayoffSnapshot("warn-ca", "FY2025-26", notices=parse("ca", state_file(CA_XLSX)).notices),
                      now=T0)]
    first = link_notices(layoffs.db)
    second = link_notices(layoffs.db)
    layoffs.close()
    first["changed_on_apply"] = sum(result["links_changed"] for result in applied)
    return path, first, second


def test_link_notices_links_more_than_exact_and_writes_only_changes(db):
    path, first, second = db
    assert second["changed"] == 0 and second["exact"] == first["exact"]
    assert first["changed_on_apply"] > 0 and first["changed"] == 0  # linked when stored; relinking writes nothing
    assert first["exact"] + first["alias"] + first["fuzzy"] > 0
    linked = rows(path, "select company_raw, companies.name company, link_method, link_score from layoff_notices "
                        "join companies on companies.id = layoff_notices.company_id")
    assert {r["company"] for r in linked} == {"Pinterest", "Okta", "Stripe", "Lyft", "Asana", "Discord", "Replit"}
    assert not [r for r in linked if "Lambda" in r["company_raw"]]  # "Lambda School" is not Lambda
    assert all(r["link_score"] >= 0.92 and r["link_method"] in {"exact", "alias", "fuzzy"} for r in linked)
    ca = {r["company_raw"] for r in linked if r["company_raw"].startswith("Pinterest Inc.")}
    assert ca >= {"Pinterest Inc. (San Francisco)", "Pinterest Inc. (Palo Alto)"}  # WARN sites, not exact names
    unlinked = rows(path, "select count(*) n from layoff_notices where company_id is null and link_method is null")
    assert unlinked[0]["n"] > 4000  # every other employer stays unlinked


def test_laying_off_and_hiring_query(db):
    path, _, _ = db
    meta = yaml.safe_load((ROOT / "db" / "metadata.yml").read_text())
    sql = meta["databases"]["jobs"]["queries"]["laying_off_and_hiring"]["sql"]
    since = date(2024, 5, 1)
    days = (datetime.now(timezone.utc).date() - since).days
    got = {r["company"]: r for r in rows(path, sql, {"days": days})}
    # expected, from the rows themselves
    notices = rows(path, "select c.name, n.notice_date, n.jobs_affected from layoff_notices n "
                         "join companies c on c.id = n.company_id where n.amends_id is null")
    recent = {}
    for n in notices:
        if n["notice_date"] and n["notice_date"] >= since.isoformat():
            recent.setdefault(n["name"], []).append(n["jobs_affected"] or 0)
    assert set(got) == set(recent) == {"Pinterest", "Okta", "Stripe", "Asana", "Lyft", "Replit"}
    assert got["Lyft"]["notices"] == 1  # its 2022-2023 notices are older; Discord's (2023-2024) all are
    for name, r in got.items():
        assert (r["notices"], r["jobs_affected"] or 0) == (len(recent[name]), sum(recent[name]))
        open_ = rows(path, "select title, ai_role, salary_annual_max_usd pay from postings p join companies c "
                           "on c.id = p.company_id where c.name = ? and p.closed_at is null", [name])
        assert r["open_roles"] == len(open_)
        assert r["builds_ai_roles"] == sum(p["ai_role"] == "builds_ai" for p in open_)
        pays = [p["pay"] for p in open_ if p["pay"] is not None]
        assert r["top_annual_usd"] == (max(pays) if pays else None)
    assert got["Okta"]["open_roles"] == 300
    assert got["Pinterest"]["jobs_affected"] >= 700 and sum(r["builds_ai_roles"] for r in got.values()) > 0
    assert got["Replit"]["top_annual_usd"] == 375000 and got["Pinterest"]["top_annual_usd"] is None
    order = [(r["builds_ai_roles"], r["jobs_affected"] or 0) for r in got.values()]
    assert order == sorted(order, reverse=True)
    assert re.search(r"closed_at is null", sql)
