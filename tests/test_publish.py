"""The demo database published by Datasette on a local port, queried over HTTP."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import httpx
import pytest
import yaml

from tests.conftest import ROOT, rows
from tracker.cli_common import DEMO_DIR as DEMO
from tracker.publish import METADATA_PATH
from tracker.sources import all_sources

TRACKER = [sys.executable, "-m", "tracker"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "jobs.db"
    result = subprocess.run(TRACKER + ["demo", "--db", str(db)], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    boards = sum(1 for e in json.loads((DEMO / "manifest.json").read_text())["recordings"] if e.get("board"))
    summary = " ".join(result.stderr.split())
    # trimmed recordings lack some pages and details: those boards are partial, none may fail
    assert f"demo: {boards} boards (" in summary and " partial, 0 failed)" in summary
    return db


@pytest.fixture(scope="module")
def server(demo_db):
    port = free_port()
    proc = subprocess.Popen(TRACKER + ["serve", "--db", str(demo_db), "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(base + "/-/versions.json", timeout=1)
            break
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("Datasette did not start: " + proc.stderr.read().decode()[-2000:])
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10  # stopping `tracker serve` stops Datasette: the port is free again
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/-/versions.json", timeout=1)
        except httpx.TransportError:
            break
        time.sleep(0.2)
    else:
        pytest.fail("Datasette kept running after `tracker serve` was stopped")


def test_demo_builds_postings_from_every_source(demo_db):
    counts = {r["source"]: r["n"] for r in rows(demo_db, "select source, count(*) n from postings group by source")}
    job_sources = {name for name, s in all_sources().items() if s.kind in ("ats", "board")}
    assert set(counts) == job_sources and all(counts.values())


def test_search_box_finds_postings(server, demo_db):
    data = httpx.get(server + "/jobs/postings.json",
                     params={"_search": "account executive", "_shape": "array", "_col": "title", "_size": "max"}).json()
    titles = sorted(r["title"] for r in data)
    expected = sorted(r["title"] for r in rows(
        demo_db, "select title from postings where rowid in "
                 "(select rowid from postings_fts where postings_fts match 'account executive')"))
    assert titles == expected and len(titles) >= 3
    assert {"Account Executive, Commercial", "Emerging Account Executive (India)"} <= set(titles)
    by_company = httpx.get(server + "/jobs/postings.json",
                           params={"_search": "Spotify", "_shape": "array", "_size": "max"}).json()
    spotify = {r["id"] for r in rows(demo_db, "select id from postings where company = 'Spotify'")}
    assert spotify and spotify <= {r["id"] for r in by_company}  # the company column is searched too


def test_metadata_lists_each_source_and_its_terms(server):
    meta = httpx.get(server + "/-/metadata.json").json()
    assert meta["title"] == "jobtracker"
    for source in all_sources().values():
        assert source.docs_url in meta["description_html"]
        assert source.terms in meta["description_html"]


def test_every_canned_query_runs(server, demo_db):
    queries = yaml.safe_load(METADATA_PATH.read_text())["databases"]["jobs"]["queries"]
    assert queries
    for name in queries:
        response = httpx.get(f"{server}/jobs/{name}.json", params={"_shape": "array", "days": "30"})
        assert response.status_code == 200, (name, response.text[:500])
    top = httpx.get(f"{server}/jobs/open_postings_by_company.json", params={"_shape": "array"}).json()
    biggest = rows(demo_db, "select c.name, count(*) n from postings p join companies c on c.id = p.company_id "
                            "group by c.id order by n desc limit 1")[0]
    assert (top[0]["company"], top[0]["open_postings"]) == (biggest["name"], biggest["n"])


def test_database_is_read_only(server, demo_db):
    before = rows(demo_db, "select count(*) n from postings")[0]["n"]
    response = httpx.get(server + "/jobs.json", params={"sql": "delete from postings"})
    assert response.status_code == 400
    assert rows(demo_db, "select count(*) n from postings")[0]["n"] == before
