"""Passes over the whole database after a crawl: link layoff notices to employers, link duplicates.

``tracker crawl`` and ``tracker demo`` run both (``after_crawl``); ``tracker link`` and
``tracker dedupe`` run one on demand. Each writes only rows whose link changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from tracker.cli_common import _fail, console, db_option


def _store(db_path):
    from tracker.storage import Store

    if not Path(db_path).exists():
        _fail(f"no database at {db_path}")
    return Store(db_path)


def link_pass(db_path) -> dict:
    from tracker.company_link import link_notices

    store = _store(db_path)
    try:
        counts = link_notices(store.db)
    finally:
        store.close()
    linked = counts["exact"] + counts["alias"] + counts["fuzzy"]
    console.print(f"link: {linked} layoff notices linked to employers (exact {counts['exact']}, alias "
                  f"{counts['alias']}, fuzzy {counts['fuzzy']}); {counts['unlinked']} unlinked", soft_wrap=True)
    return counts


def dedupe_pass(db_path, progress: bool = False) -> dict:
    from tracker.duplicates import link_duplicates

    store = _store(db_path)
    try:
        stats = link_duplicates(store.db, echo=(lambda line: console.print(line, soft_wrap=True)) if progress else None)
    finally:
        store.close()
    console.print(f"dedupe: {stats['compared']} pairs compared; {stats['linked']} linked ({stats['new']} new), "
                  f"{stats['unlinked']} unlinked; {stats['written']} rows written", soft_wrap=True)
    return stats


def after_crawl(db_path) -> None:
    """The passes a nightly crawl needs once its postings and notices are stored."""
    from tracker.storage import Store

    Store(db_path).close()  # a run that stored nothing still leaves a database, migrated
    link_pass(db_path)
    dedupe_pass(db_path)


@click.command()
@db_option
def link(db_path):
    """Link layoff notices to employers (exact, alias, then guarded fuzzy match), with a score.

    Writes only notices whose link changed; uncertain matches stay unlinked, with their score.
    Prints the counts as JSON.
    """
    click.echo(json.dumps(link_pass(db_path)))


@click.command()
@db_option
def dedupe(db_path):
    """Link the same job on two sources: a board's copy points at the employer's ATS posting.

    Compares open postings of one employer with similar titles (and links that name a
    posting); sets duplicate_of and duplicate_score, writing only rows whose link changed.
    Prints the counts as JSON.
    """
    click.echo(json.dumps(dedupe_pass(db_path, progress=True)))
