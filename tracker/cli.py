"""The ``tracker`` command: crawl, demo, serve, status, migrate, sources, run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.table import Table

from tracker.cli_common import _fail, _print_summary, _stdout, console, db_option

def _pairs(items, flag: str) -> dict:
    """``NAME=VALUE`` options as a dict."""
    pairs = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep:
            _fail(f"{flag} expects NAME=VALUE, got {item!r}")
        pairs[name] = value
    return pairs


def _overrides(sets, registry=None) -> dict:
    """Scrapy settings from ``-s NAME=VALUE`` options (and ``--registry``)."""
    overrides = _pairs(sets, "-s")
    if registry:
        overrides["REGISTRY_PATH"] = registry
    return overrides


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
@click.option("-a", "--arg", "args", multiple=True, metavar="NAME=VALUE", help="Pass an argument to the spiders.")
def crawl(spiders, db_path, boards, registry, sets, args):
    """Crawl SPIDERS (default: all) into the database.

    \b
    Examples:
      tracker crawl
      tracker crawl greenhouse --boards stripe,airbnb --db db/jobs.db
      tracker crawl lever -s DOWNLOAD_TIMEOUT=10
      tracker crawl layoffs-fyi -a url=layoffs.csv
    """
    overrides = _overrides(sets, registry)
    spider_args = _pairs(args, "-a")
    if boards:
        spider_args["boards"] = boards
    summary = _crawl(spiders, db_path, overrides, spider_args or None)
    if summary["boards"] and summary["failed"] == summary["boards"]:
        sys.exit(1)
    from tracker.passes_cli import after_crawl

    after_crawl(db_path)


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


registry_option = click.option("--registry", type=click.Path(exists=True, dir_okay=False),
                               help="Registry CSV (default: the shipped tracker/data/boards.csv).")


def _load_registry(registry, source=None, include_unknown=True):
    from tracker.registry import RegistryError, load_boards

    try:
        return load_boards(registry, source=source, include_unknown=include_unknown)
    except RegistryError as exc:
        _fail(str(exc))


@sources.command("list")
@registry_option
@click.option("--source", help="Only this source's boards ('unknown': employers whose board is not known).")
def sources_list(registry, source):
    """Every board in the registry, by source, with a count."""
    from collections import Counter

    boards = _load_registry(registry, source)
    table = Table("source", "board", "company", "note")
    for b in boards:
        table.add_row(b.source, b.board or "", b.company or "", b.note or "")
    _stdout().print(table)
    counts = Counter(b.source for b in boards)
    unknown = counts.pop("unknown", 0)
    per_source = ", ".join(f"{name} {n}" for name, n in sorted(counts.items()))
    console.print(f"{len(boards) - unknown} boards ({per_source or 'none'}); "
                  f"{unknown} employers with no known board (not crawled)", soft_wrap=True)


@sources.command("add")
@click.argument("url")
@click.option("--company", help="The employer's name.")
@registry_option
def sources_add(url, company, registry):
    """Recognize the ATS and board token of a careers URL and add it to the registry.

    \b
    Examples:
      tracker sources add https://job-boards.greenhouse.io/stripe --company Stripe
      tracker sources add https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite
    """
    from tracker.ats_url import parse_careers_url
    from tracker.registry import DEFAULT_PATH, Board, append_board, find_board
    from tracker.sources import all_sources

    found = parse_careers_url(url)
    if not found:
        _fail(f"not a recognized job-board URL: {url!r} (known: Greenhouse, Lever, Ashby, Workday, "
              "SmartRecruiters, Workable, Recruitee and Teamtailor boards)")
    source, token = found
    existing = find_board(_load_registry(registry), source, token)
    if existing:
        console.print(f"Already in the registry: {source} {existing.board} ({existing.company or 'no company'})")
        return
    append_board(registry, Board(source, token, company, url, "added with tracker sources add"))
    console.print(f"Added {source} {token} ({company or 'no company'}) to {registry or DEFAULT_PATH}")
    if source not in all_sources():
        console.print(f"[yellow]No {source} spider yet: the board waits until one exists.[/yellow]")


@sources.command("check")
@click.option("--source", help="Only this source's boards.")
@click.option("--limit", type=click.IntRange(min=1), help="Check at most N boards.")
@registry_option
@click.option("-s", "--set", "sets", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
def sources_check(source, limit, registry, sets):
    """Fetch every board once and list the dead ones (HTTP error, timeout, not JSON).

    \b
    Examples:
      tracker sources check --source greenhouse --limit 20
      tracker sources check -s GREENHOUSE_BASE_URL=http://127.0.0.1:9000/greenhouse
    """
    from collections import Counter

    from tracker.boardcheck import board_probes, check_boards
    from tracker.crawl import project_settings
    from tracker.sources import all_sources

    if source and source not in all_sources():
        _fail(f"unknown source: {source}; known: {', '.join(all_sources())}")
    overrides = _overrides(sets, registry)
    settings = project_settings(overrides)
    _load_registry(settings.get("REGISTRY_PATH"))  # a bad registry is a message, not a traceback
    results = check_boards(board_probes(settings, source, limit), settings)
    dead = [r for r in results if not r.ok]
    if dead:
        table = Table("source", "board", "company", "problem", "url")
        for r in dead:
            table.add_row(r.probe.source, r.probe.board, r.probe.company or "", r.problem, r.probe.url)
        _stdout().print(table)
    kinds = Counter(r.problem.split(" (")[0].split(":")[0] for r in dead)
    detail = f" ({', '.join(f'{n} {k}' for k, n in kinds.most_common())})" if dead else ""
    console.print(f"checked {len(results)} boards: {len(results) - len(dead)} ok, {len(dead)} dead{detail}", soft_wrap=True)


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
    ctx.invoke(cli.get_command(ctx, "demo") if use_demo else crawl, db_path=db_path)
    if not no_serve:
        ctx.invoke(serve, db_path=db_path, port=port)


@cli.command()
@db_option
@click.option("--only-stale", is_flag=True, help="Only postings tagged by another classifier version.")
def reclassify(db_path, only_stale):
    """Classify stored postings again; rewrite only rows whose result changed."""
    from tracker.classify.reclassify import reclassify as run

    if not Path(db_path).exists():
        _fail(f"no database at {db_path}")
    counts = run(db_path, only_stale=only_stale)
    console.print(f"reclassify: {counts['seen']} postings, {counts['changed']} changed, "
                  f"{counts['unchanged']} unchanged")


def _register_subcommands() -> None:
    from tracker.classify.cli import classify as classify_command
    from tracker.demo_cli import demo as demo_command
    from tracker.fx_cli import fx as fx_command
    from tracker.parse_cli import parse as parse_command
    from tracker.passes_cli import dedupe as dedupe_command
    from tracker.passes_cli import link as link_command

    cli.add_command(classify_command, "classify")
    cli.add_command(demo_command, "demo")
    cli.add_command(dedupe_command, "dedupe")
    cli.add_command(fx_command, "fx")
    cli.add_command(link_command, "link")
    cli.add_command(parse_command, "parse")


_register_subcommands()
