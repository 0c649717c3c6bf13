"""The ``tracker`` command: crawl, demo, serve, status, migrate, sources, run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

DEFAULT_DB = "db/jobs.db"
DEMO_DIR = Path(__file__).parent / "demo"
console = Console(stderr=True, highlight=False)
db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False), help="SQLite database file.")


def _stdout() -> Console:
    """Tables on stdout; wide enough not to truncate when piped."""
    return Console(width=None if sys.stdout.isatty() else 200, highlight=False)


def _fail(message: str) -> None:
    console.print(f"[red]Error:[/red] {message}")
    sys.exit(1)


def _print_summary(title: str, summary: dict) -> None:
    console.print(
        f"{title}: {summary['boards']} boards ({summary['ok']} ok, {summary['partial']} partial, "
        f"{summary['failed']} failed); postings {summary['items']} seen, {summary['new']} new, "
        f"{summary['updated']} updated, {summary['closed']} closed, {summary['reopened']} reopened; "
        f"{summary['rejects']} rejected")


def _crawl(spiders, db_path, overrides=None, spider_args=None, title="crawl") -> dict:
    from tracker.crawl import CrawlError, job_summary, run_crawl
    from tracker.registry import RegistryError

    settings = {"PROGRESS_ENABLED": True, "LOG_LEVEL": "WARNING", **(overrides or {})}
    try:
        job = run_crawl(list(spiders), db_path, settings, spider_args)
    except (CrawlError, RegistryError) as exc:
        _fail(str(exc))
    summary = job_summary(db_path, job)
    _print_summary(title, summary)
    return summary


@click.group()
@click.version_option(package_name="jobtracker")
def cli():
    """jobtracker: public job postings, stored in SQLite and published with Datasette."""


@cli.command()
@click.argument("spiders", nargs=-1)
@db_option
@click.option("--boards", help="Comma-separated board tokens (default: every board in the registry).")
@click.option("--registry", type=click.Path(exists=True, dir_okay=False), help="Registry CSV to read boards from.")
@click.option("-s", "--set", "sets", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
def crawl(spiders, db_path, boards, registry, sets):
    """Crawl SPIDERS (default: all) into the database.

    \b
    Examples:
      tracker crawl
      tracker crawl greenhouse --boards stripe,airbnb --db db/jobs.db
      tracker crawl lever -s DOWNLOAD_TIMEOUT=10
    """
    overrides = {}
    for item in sets:
        name, sep, value = item.partition("=")
        if not sep:
            _fail(f"-s expects NAME=VALUE, got {item!r}")
        overrides[name] = value
    if registry:
        overrides["REGISTRY_PATH"] = registry
    summary = _crawl(spiders, db_path, overrides, {"boards": boards} if boards else None)
    if summary["boards"] and summary["failed"] == summary["boards"]:
        sys.exit(1)


@cli.command()
@db_option
def demo(db_path):
    """Build a database offline from the bundled recordings of real responses.

    A local mirror on 127.0.0.1 serves the recordings; the same spiders and pipelines
    crawl it as they would the real APIs.
    """
    from tracker.mirror import Mirror
    from tracker.sources import all_sources

    with Mirror.from_bundle(DEMO_DIR) as mirror:
        overrides = {s.base_url_setting: f"{mirror.url}/{name}" for name, s in all_sources().items()}
        overrides.update(REGISTRY_PATH=str(DEMO_DIR / "boards.csv"), AUTOTHROTTLE_ENABLED=False,
                         ROBOTSTXT_OBEY=False)
        _crawl([], db_path, overrides, title="demo")
    console.print(f"Database written to {db_path}")


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path, host, port):
    """Publish the database with Datasette (read-only)."""
    from tracker.publish import serve as run_server

    if not Path(db_path).exists():
        _fail(f"no database at {db_path}: run 'tracker crawl' or 'tracker demo --db {db_path}' first")
    console.print(f"Serving {db_path} at http://{host}:{port}/ (Ctrl+C to stop)")
    sys.exit(run_server(db_path, host, port))


@cli.command()
@db_option
@click.option("--boards", "per_board", is_flag=True, help="One line per board instead of per source.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def status(db_path, per_board, as_json):
    """The last run of each source: when, status, new/updated/closed, errors."""
    from tracker.status import board_runs, last_runs

    if not Path(db_path).exists():
        _fail(f"no database at {db_path}")
    if per_board:
        rows = board_runs(db_path)
        columns = ("spider", "board", "finished_at", "status", "items", "new", "updated", "closed", "errors", "error")
    else:
        rows = last_runs(db_path)
        columns = ("spider", "finished_at", "status", "boards", "failed", "items", "new", "updated",
                   "closed", "errors")
    if as_json:
        click.echo(json.dumps([{c: row[c] for c in columns} for row in rows], indent=2))
        return
    if not rows:
        console.print("No crawls recorded yet.")
        return
    table = Table(*columns)
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    _stdout().print(table)


@cli.command()
@db_option
def migrate(db_path):
    """Create the database or bring its schema up to date."""
    from db.migrations import migrate as apply
    from sqlite_utils import Database

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    applied = apply(Database(db_path))
    console.print(f"Applied {len(applied)} migration(s): {', '.join(applied) or 'none pending'}")


@cli.group()
def sources():
    """The sources and the boards registry."""


@sources.command("list")
@click.option("--registry", type=click.Path(exists=True, dir_okay=False))
def sources_list(registry):
    """Every board in the registry, by source."""
    from tracker.registry import load_boards

    table = Table("source", "board", "company", "note")
    for b in load_boards(registry):
        table.add_row(b.source, b.board, b.company or "", b.note or "")
    _stdout().print(table)


@cli.command()
@db_option
@click.option("--demo", "use_demo", is_flag=True, help="Crawl the bundled recordings, not the live sources.")
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Stop after crawling.")
@click.pass_context
def run(ctx, db_path, use_demo, port, no_serve):
    """The main job: crawl (live, or the recordings offline), then serve on 127.0.0.1."""
    from tracker.crawl import network_available

    if not use_demo and not network_available():
        console.print("[yellow]The live sources are not reachable: crawling the bundled recordings.[/yellow]")
        use_demo = True
    ctx.invoke(demo if use_demo else crawl, db_path=db_path)
    if not no_serve:
        ctx.invoke(serve, db_path=db_path, port=port)
