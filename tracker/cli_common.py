"""What the ``tracker`` commands share: the console, the ``--db`` option, errors, run summaries."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

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
