"""``tracker demo``: build a database offline from the bundled recordings of real responses."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from tracker.cli_common import DEMO_DIR, _fail, _print_summary, console, db_option


@click.command()
@db_option
@click.option("--layoffs-fyi", "layoffs_fyi", metavar="PATH_OR_URL",
              help="A layoffs.fyi CSV export to import as well (its data is not ours to ship).")
@click.option("--bundle", type=click.Path(exists=True, file_okay=False),
              help="Recordings bundle to serve (default: the shipped one; build others with "
                   "python -m tracker.recordings).")
def demo(db_path, layoffs_fyi, bundle):
    """Build a database offline from the bundled recordings of real responses.

    A local mirror on 127.0.0.1 serves the recordings; the same spiders and pipelines
    crawl it as they would the real APIs: the job boards and each layoff source's
    recorded files (state WARN notices); then layoff notices are linked to employers.
    """
    from tracker.crawl import CrawlError, job_summary, run_crawl
    from tracker.passes_cli import after_crawl
    from tracker.mirror import Mirror
    from tracker.sources import all_sources

    bundle, sources = Path(bundle or DEMO_DIR), all_sources()
    layoff_boards = json.loads((bundle / "manifest.json").read_text()).get("layoffs", {}).get("boards", {})
    layoff_boards = {name: boards for name, boards in layoff_boards.items() if name in sources}
    with Mirror.from_bundle(bundle) as mirror:
        overrides = {s.base_url_setting: f"{mirror.url}/{name}" for name, s in sources.items()}
        overrides.update(REGISTRY_PATH=str(bundle / "boards.csv"), AUTOTHROTTLE_ENABLED=False,
                         ROBOTSTXT_OBEY=False, PROGRESS_ENABLED=True, LOG_LEVEL="WARNING")
        jobs = [name for name in mirror.sources if name in sources and sources[name].kind != "layoffs"]
        if jobs or layoff_boards:  # (no names would mean every source)
            boards = {name: {"boards": ",".join(b)} for name, b in layoff_boards.items() if b}
            try:
                job = run_crawl(jobs + list(layoff_boards), db_path, overrides, per_spider=boards)
            except CrawlError as exc:
                _fail(str(exc))
            _print_summary("demo", job_summary(db_path, job, jobs))
            for name in layoff_boards:
                _print_layoffs(name, job_summary(db_path, job, [name]))
    if layoffs_fyi:  # a second crawl: this process's reactor has run and cannot start again
        _crawl_child("layoffs-fyi", db_path, {"url": layoffs_fyi})
    else:
        console.print("layoffs-fyi: skipped (supply --layoffs-fyi FILE; its data is not ours to ship)")
    after_crawl(db_path)
    console.print(f"Database written to {db_path}")


def _print_layoffs(source: str, summary: dict) -> None:
    console.print(f"demo {source}: {summary['boards']} boards ({summary['ok']} ok, {summary['partial']} partial, "
                  f"{summary['failed']} failed); notices {summary['items']} seen, {summary['new']} new; "
                  f"{summary['rejects']} rejected", soft_wrap=True)


def _crawl_child(source: str, db_path, spider_args: dict) -> None:
    """Crawl one source in a child ``tracker crawl`` and print what it stored."""
    import subprocess

    from tracker.crawl import job_summary
    from tracker.storage import Store

    command = [sys.executable, "-m", "tracker", "crawl", source, "--db", str(db_path), "-s", "LOG_LEVEL=ERROR"]
    for name, value in spider_args.items():
        command += ["-a", f"{name}={value}"]
    store = Store(db_path)
    try:
        before = store.db.execute("SELECT coalesce(max(id), 0) FROM crawl_runs").fetchone()[0]
        error = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
        job = store.db.execute("SELECT job FROM crawl_runs WHERE id > ? AND spider = ?", [before, source]).fetchone()
    finally:
        store.close()
    if not job:
        _fail(f"{source}: the crawl did not run: {error.strip()[-500:]}")
    _print_layoffs(source, job_summary(db_path, job[0], [source]))
