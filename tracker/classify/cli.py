"""``tracker classify``: code titles to occupations and AI exposure, or label task statements."""

from __future__ import annotations

import json
import sys

import click

BATCH = 2000  # titles vectorized together


def _emit(obj: dict) -> None:
    try:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    except UnicodeEncodeError:  # a terminal that cannot show the text: JSON escapes instead
        sys.stdout.write(json.dumps(obj) + "\n")


def _lines():
    """stdin lines as text; bytes that are not UTF-8 become U+FFFD instead of an error."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield from sys.stdin
        return
    for raw in stream:
        yield raw.decode("utf-8", "replace")


def _record(r, explain: bool) -> dict:
    d = r.fields()
    if explain:
        d["details"] = r.details
    return d


@click.command()
@click.argument("title", required=False)
@click.option("--description", "description_file", type=click.File("r", encoding="utf-8", errors="replace"),
              help="File with the posting's description (plain text); '-' reads stdin.")
@click.option("--batch", is_flag=True, help="Read one title (or task, with --tasks) per stdin line.")
@click.option("--tasks", is_flag=True, help="Label task statements (E0|E1|E2) instead of titles.")
@click.option("--explain", is_flag=True, help="Show the matched title, candidates, indices and duties.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (always JSON lines with --batch).")
def classify(title, description_file, batch, tasks, explain, as_json):
    """Code a job TITLE to an O*NET-SOC occupation and its AI exposure.

    \b
    Examples:
      tracker classify "Sr. Data Analyst II - Remote"
      tracker classify "Associate" --description posting.txt --explain
      tracker classify --batch --json < titles.txt
      tracker classify --tasks --batch < tasks.txt
    """
    from tracker.classify.bundle import BundleMissing
    from tracker.classify.classifier import default_classifier

    try:
        clf = default_classifier()
        if batch:
            _batch(clf, tasks, explain)
            return
        if title is None or not title.strip():
            raise click.UsageError("give a TITLE (or --batch to read stdin)")
        if tasks:
            label, score = clf.classify_tasks([title])[0]
            _emit({"task": title, "exposure_label": label, "score": score})
            return
        description = description_file.read() if description_file else None
        r = clf.classify(title, description)
    except BundleMissing as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        _emit(_record(r, explain))
        return
    click.echo(f"{r.soc_code or '-'}  {r.soc_title or 'unclassified'}  (confidence {r.soc_confidence:.2f})")
    if r.ai_exposure is not None:
        click.echo(f"AI exposure {r.ai_exposure:.2f} ({r.ai_exposure_tier}); AI role {r.ai_role}")
    click.echo(r.exposure_rationale)
    if explain:
        click.echo(json.dumps(r.details, indent=1, ensure_ascii=False))


def _batch(clf, tasks: bool, explain: bool) -> None:
    chunk: list[str] = []
    for line in _lines():
        chunk.append(line.rstrip("\r\n"))
        if len(chunk) >= BATCH:
            _flush(clf, chunk, tasks, explain)
            chunk = []
    _flush(clf, chunk, tasks, explain)


def _flush(clf, lines: list[str], tasks: bool, explain: bool) -> None:
    if not lines:
        return
    if tasks:
        for text, (label, score) in zip(lines, clf.classify_tasks(lines)):
            _emit({"task": text, "exposure_label": label, "score": score})
        return
    for text, r in zip(lines, clf.classify_titles(lines)):
        _emit({"title": text, **_record(r, explain)})
