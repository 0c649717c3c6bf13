"""The tracker command: crawl with progress, status, and clear errors instead of tracebacks."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from click.testing import CliRunner

from tests.conftest import ROOT
from db.migrations import migrations
from tracker.cli import cli


def tracker(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def test_crawl_shows_progress_and_status_reports_it(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    mirror.set("/greenhouse/v1/boards/nosuchboard/jobs", '{"status":404,"error":"Not found"}', status=404)
    result = tracker("crawl", "greenhouse", "--db", str(db), "--boards", "amplitude,nosuchboard",
                     "--registry", str(bundle / "boards.csv"), "-s", f"GREENHOUSE_BASE_URL={mirror.url}/greenhouse",
                     "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0")
    err = " ".join(result.stderr.split())
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "amplitude: ok 2 postings: 2 new, 0 updated, 0 closed" in err
    assert "nosuchboard: failed HTTP 404" in err
    assert "crawl: 2 boards (1 ok, 0 partial, 1 failed); postings 2 seen, 2 new" in err

    status = CliRunner().invoke(cli, ["status", "--db", str(db)], terminal_width=200)
    assert status.exit_code == 0
    line = next(line for line in status.output.splitlines() if "greenhouse" in line)
    assert "partial" in line and " 2 " in line
    boards = CliRunner().invoke(cli, ["status", "--db", str(db), "--boards"], terminal_width=200)
    assert "nosuchboard" in boards.output and "HTTP 404" in boards.output


def test_crawl_exits_non_zero_when_every_board_failed(tmp_path):
    result = tracker("crawl", "lever", "--db", str(tmp_path / "jobs.db"), "--boards", "x",
                     "-s", "LEVER_BASE_URL=http://127.0.0.1:9/lever", "-s", "RETRY_TIMES=0")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "x: failed fetch error" in " ".join(result.stderr.split())


def test_errors_are_messages_not_tracebacks(tmp_path):
    runner = CliRunner()
    unknown = runner.invoke(cli, ["crawl", "nosuchspider", "--db", str(tmp_path / "a.db")])
    assert unknown.exit_code == 1 and "unknown spider(s): nosuchspider" in unknown.output
    bad = tmp_path / "bad.csv"
    bad.write_text("source,board\ngreenhouse,\n")
    registry = runner.invoke(cli, ["crawl", "--registry", str(bad), "--db", str(tmp_path / "a.db")])
    assert registry.exit_code == 1 and "needs 'source' and 'board'" in registry.output
    missing = runner.invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no database at" in missing.output
    setting = runner.invoke(cli, ["crawl", "-s", "NOVALUE"])
    assert setting.exit_code == 1 and "NAME=VALUE" in setting.output
    for result in (unknown, registry, missing, setting):
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_migrate_and_empty_status(tmp_path):
    db = tmp_path / "new.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["migrate", "--db", str(db)])
    assert f"Applied {len(migrations._migrations)} migration(s)" in first.output
    assert "none pending" in runner.invoke(cli, ["migrate", "--db", str(db)]).output
    assert "No crawls recorded yet" in runner.invoke(cli, ["status", "--db", str(db)]).output


def test_sources_list_reads_the_registry():
    result = CliRunner().invoke(cli, ["sources", "list"], terminal_width=200)
    assert result.exit_code == 0
    assert "stripe" in result.output and "anthropic" in result.output


def test_crawl_passes_spider_arguments(tmp_path):
    export = next((ROOT.parent / "shared" / "data" / "layoffs" / "layoffs-fyi").glob("*.csv"))
    db = tmp_path / "jobs.db"
    result = tracker("crawl", "layoffs-fyi", "--db", str(db), "-a", f"url={export}")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from layoff_notices where source = 'layoffs-fyi'").fetchone()[0] > 1000


def test_reclassify_rewrites_only_changed_rows(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    tracker("crawl", "lever", "--db", str(db), "--boards", "spotify", "--registry", str(bundle / "boards.csv"),
            "-s", f"LEVER_BASE_URL={mirror.url}/lever", "-s", "AUTOTHROTTLE_ENABLED=False")
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from postings where soc_code is not null").fetchone()[0] == 2
        conn.execute("update postings set ai_exposure = 0.999 where rowid = 1")
    result = CliRunner().invoke(cli, ["reclassify", "--db", str(db)])
    assert result.exit_code == 0 and "2 postings, 1 changed, 1 unchanged" in result.output
