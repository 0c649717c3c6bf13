"""Shared fixtures: the recorded data, a local mirror of it, and a crawl runner."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.mirror import Mirror
from tracker.recordings import build
from tracker.sources import all_sources

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
JOBS = SHARED / "jobs"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """Every recording in ../shared/data/jobs, arranged as the APIs serve them."""
    if not JOBS.exists():
        pytest.fail(f"recorded data not found at {JOBS}")
    out = tmp_path_factory.mktemp("recordings")
    build(JOBS, out)
    return out


@pytest.fixture
def mirror(bundle):
    with Mirror.from_bundle(bundle) as server:
        yield server


def recorded(bundle: Path, source: str, board: str) -> dict | list:
    return json.loads((bundle / "recordings" / source / f"{board}.json").read_text())


def route(source: str, board: str) -> str:
    return all_sources()[source].spider.board_url("/" + source, board).split("?")[0]


def crawl(spider: str, db: Path, mirror: Mirror, bundle: Path, boards: list[str] | None = None,
          **settings) -> subprocess.CompletedProcess:
    """``scrapy crawl`` in a subprocess against the mirror (a reactor cannot restart in-process)."""
    source = all_sources()[spider]
    merged = {source.base_url_setting: f"{mirror.url}/{spider}", "STORE_DB_PATH": str(db),
              "REGISTRY_PATH": str(bundle / "boards.csv"), "AUTOTHROTTLE_ENABLED": "False",
              "LOG_LEVEL": "INFO", **settings}
    args = [sys.executable, "-m", "scrapy", "crawl", spider]
    for key, value in merged.items():
        args += ["-s", f"{key}={value}"]
    if boards:
        args += ["-a", "boards=" + ",".join(boards)]
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "SCRAPY_SETTINGS_MODULE": "tracker.settings"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def rows(db: Path, sql: str, params=()) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()
