"""``tracker demo`` crawls the bundle's layoff files next to the job boards, links the notices to
employers, and imports a layoffs.fyi export only when one is supplied."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from tests.conftest import JOBS, ROOT, rows
from tests.layoffs.conftest import FYI, LAYOFFS
from tracker.extract.warn import parse
from tracker.recordings import build

DEMO = ROOT / "tracker" / "demo"
SHIPPED = json.loads((DEMO / "manifest.json").read_text())


def demo(bundle, db, *options) -> str:
    result = subprocess.run([sys.executable, "-m", "tracker", "demo", "--bundle", str(bundle), "--db", str(db),
                             *options], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result.stderr


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """The demo's own build (shippable files only, the same size limit) of the Lever recordings and
    every layoff file: a few job boards whose employers are in layoffs.fyi, and the shipped layoffs."""
    jobs = tmp_path_factory.mktemp("jobs")
    for name in ("PROVENANCE.md", "lever"):
        (jobs / name).symlink_to(JOBS / name)
    out = tmp_path_factory.mktemp("bundle")
    build(jobs, out, layoffs_dir=LAYOFFS, **SHIPPED["built_with"])
    return out


@pytest.fixture(scope="module")
def crawled(bundle, tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "jobs.db"
    output = demo(bundle, db, "--layoffs-fyi", str(FYI))
    runs = rows(db, "select * from crawl_runs where spider not in ('lever') order by id")
    notices = {r["source"]: r["n"] for r in rows(db, "select source, count(*) n from layoff_notices group by 1")}
    return db, output, runs, notices


def test_the_bundle_carries_the_shipped_layoff_files(bundle):
    manifest = json.loads((bundle / "manifest.json").read_text())
    assert manifest["layoffs"] == SHIPPED["layoffs"]
    layoff_entries = [e for e in SHIPPED["recordings"] if "/layoffs/" in e["origin"]]
    assert layoff_entries and all(e in manifest["recordings"] for e in layoff_entries)


def test_demo_stores_notices_from_every_shipped_source(bundle, crawled):
    db, output, runs, notices = crawled
    boards = SHIPPED["layoffs"]["boards"]
    assert set(notices) == set(boards) | {"layoffs-fyi"}
    for source, tokens in boards.items():
        done = [r for r in runs if r["spider"] == source]
        assert sorted(r["board"] for r in done) == sorted(tokens) or not tokens and done, source
        assert all(r["status"] in ("ok", "partial") and r["items"] > 0 for r in done), done
        assert f"demo {source}: {len(done)} boards (" in output and notices[source] > 0
    rejects = {(r["source"], r["board"]): r["n"]
               for r in rows(db, "select source, board, count(*) n from rejects group by 1, 2")}
    for run in runs:  # partial exactly when a row (or a page not recorded) was rejected
        assert (run["status"] == "partial") == (run["errors"] > 0) == ((run["spider"], run["board"]) in rejects)


def test_each_board_stores_what_its_file_holds(bundle, crawled):
    _, _, runs, _ = crawled
    served = {(e["source"], e["token"]): e for e in SHIPPED["recordings"] if e.get("token")}
    for run in runs:
        entry = served.get((run["spider"], run["board"]))
        if entry and entry["source"].startswith("warn-") and "?" not in entry["route"]:  # one-file boards
            parsed = parse(entry["source"].removeprefix("warn-"), (bundle / entry["file"]).read_bytes())
            assert (run["items"], run["errors"]) == (len(parsed.notices), len(parsed.rejects)), run


def test_layoffs_fyi_export_is_imported_and_linked_to_employers_hiring(crawled):
    db, output, runs, notices = crawled
    assert "layoffs-fyi: skipped" not in output
    fyi = [r for r in runs if r["spider"] == "layoffs-fyi"]
    assert [(r["status"], r["items"]) for r in fyi] == [("ok", 4277)] and notices["layoffs-fyi"] == 4277
    spotify = rows(db, "select n.link_method, c.name from layoff_notices n "
                       "join companies c on c.id = n.company_id where n.company_raw = 'Spotify'")
    assert spotify and {r["name"] for r in spotify} == {"Spotify"}
    assert "link: " in output and " layoff notices linked to employers (exact " in output
    metadata = yaml.safe_load((ROOT / "db" / "metadata.yml").read_text())
    query = next(q for d in metadata["databases"].values() for name, q in d.get("queries", {}).items()
                 if name == "laying_off_and_hiring")
    hiring = {r["company"] for r in rows(db, query["sql"], {"days": 100000})}
    assert {"Spotify", "Outreach", "JumpCloud"} <= hiring  # Lever boards of employers with layoffs


def test_without_an_export_layoffs_fyi_is_skipped_and_an_empty_bundle_crawls_nothing(tmp_path):
    (tmp_path / "bundle").mkdir()
    (tmp_path / "bundle" / "manifest.json").write_text(json.dumps({"recordings": [], "layoffs": {"boards": {}}}))
    (tmp_path / "bundle" / "boards.csv").write_text("source,board,company,careers_url,note\n")
    output = demo(tmp_path / "bundle", tmp_path / "jobs.db")
    assert "layoffs-fyi: skipped (supply --layoffs-fyi FILE; its data is not ours to ship)" in output
    assert rows(tmp_path / "jobs.db", "select count(*) n from crawl_runs") == [{"n": 0}]
