"""Recorded real responses, arranged so the local mirror can serve them as the APIs would.

``build(shared_jobs_dir, out_dir)`` reads ../shared/data/jobs, turns each recording into
the body its API returns (unwrapping scrapers' envelopes, never editing items), and writes
``manifest.json`` (origin, licence, route per file) and ``boards.csv`` (a registry of the
recorded boards). The demo bundle in ``tracker/demo`` is built with ``shippable_only``:
files without a licence ("none found") are used by tests, never shipped. Which file goes
where is in ``tracker.recording_rules``.

    python -m tracker.recordings ../shared/data/jobs tracker/demo --shippable-only --max-bytes 500000
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit

from tracker.layoff_recordings import build_layoffs
from tracker.recording_rules import DETAIL_ROUTES, RULES
from tracker.registry import COLUMNS, load_boards
from tracker.sources import all_sources

NO_LICENCE = "none found"
JSON, HTML = "application/json; charset=utf-8", "text/html; charset=utf-8"


def licences(jobs_dir: Path) -> dict[str, str]:
    """File -> licence, from the table in PROVENANCE.md."""
    table = {}
    for line in (jobs_dir / "PROVENANCE.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 8 and cells[0].startswith("`"):
            table[cells[0].strip("`")] = cells[-1]
    return table


def _shippable(licence: str) -> bool:
    return not licence.lower().startswith("none")


def _company(source: str, board: str, body, known: dict) -> str:
    """The recorded board's employer: the registry's name, else what the response says."""
    if (source, board.casefold()) in known:
        return known[(source, board.casefold())]
    if all_sources()[source].kind == "board":
        return ""  # a board of many employers has no company of its own
    if not isinstance(body, dict):
        return board
    records = [r for r in body.get("jobs") or body.get("offers") or body.get("content") or [] if isinstance(r, dict)]
    name = next((n for n in map(_record_company, records) if n), None)
    name = name or body.get("name") or (body.get("title") if "items" in body else None)  # Workable; JSON Feed
    return (name or board).strip()


def _record_company(record: dict) -> str | None:
    company = record.get("company")
    return record.get("company_name") or (company.get("name") if isinstance(company, dict) else None)


def _write(out_dir: Path, relative: str, data: bytes) -> str:
    target = out_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return relative


def _entry(source, route, file, origin, licence, data, content_type, **extra) -> dict:
    return {"source": source, **extra, "route": route, "file": file, "content_type": content_type,
            "origin": f"shared/data/jobs/{origin}", "licence": licence,
            "sha256": hashlib.sha256(data).hexdigest()[:16]}


def build(jobs_dir: str | Path, out_dir: str | Path, shippable_only: bool = False,
          max_bytes: int | None = None, layoffs_dir: str | Path | None = None) -> dict:
    """Write the servable bundle; return its manifest. ``max_bytes`` leaves out larger files
    (the demo ships a small excerpt). Layoff files (``layoffs_dir``, by default ``layoffs``
    beside the jobs folder) are added by ``tracker.layoff_recordings``."""
    jobs_dir, out_dir = Path(jobs_dir), Path(out_dir)
    lic, sources = licences(jobs_dir), all_sources()
    known = {(b.source, b.board.casefold()): b.company for b in load_boards() if b.company}
    entries, taken = [], set()

    def allowed(origin: str) -> bool:
        if max_bytes and (jobs_dir / origin).stat().st_size > max_bytes:
            return False
        return _shippable(lic.get(origin, NO_LICENCE)) or not shippable_only

    for source, pattern, token_of, transform in RULES:
        for path in sorted(jobs_dir.glob(pattern)):
            origin = path.relative_to(jobs_dir).as_posix()
            board = token_of(path)
            if not board or (source, board) in taken or not allowed(origin):
                continue
            taken.add((source, board))
            text = path.read_text()
            body = json.loads(text) if path.suffix == ".json" else text  # pages (HTML) as they are
            if transform:
                body = transform(body)
            if isinstance(body, str):  # served as text: a page, verbatim or made by a transform
                data, kind, suffix = body.encode(), HTML, ".html"
            else:
                data = (json.dumps(body, ensure_ascii=False) if transform else text).encode()
                kind, suffix = JSON, ".json"
            file = _write(out_dir, f"recordings/{source}/{board}{suffix}", data)
            route = urlsplit(sources[source].spider.board_url("/" + source, board)).path
            licence = lic.get(origin, NO_LICENCE)
            entries.append(_entry(source, route, file, origin, licence, data, kind, board=board,
                                  company=_company(source, board, body, known),
                                  transform=transform.__name__.lstrip("_") if transform else "verbatim"))
            for extra_route, extra_body in getattr(body, "routes", {}).items():
                extra = json.dumps(extra_body, ensure_ascii=False).encode()
                name = extra_route.removeprefix(f"/{source}/")
                extra_file = _write(out_dir, f"recordings/{source}/{board}/{name}", extra)
                entries.append(_entry(source, extra_route, extra_file, origin, licence, extra, JSON))
    for source, pattern, route_of in DETAIL_ROUTES:
        for path in sorted(jobs_dir.glob(pattern)):
            origin = path.relative_to(jobs_dir).as_posix()
            route = route_of(path)
            if route and allowed(origin):
                data = path.read_bytes()
                file = _write(out_dir, f"recordings/{source}/detail/{path.name}", data)
                entries.append(_entry(source, route, file, origin, lic.get(origin, NO_LICENCE), data, JSON))
    layoffs_dir = Path(layoffs_dir) if layoffs_dir else jobs_dir.parent / "layoffs"
    layoff_entries, layoffs = build_layoffs(layoffs_dir, out_dir, shippable_only, max_bytes) \
        if layoffs_dir.exists() else ([], {})
    manifest = {"about": "Real recorded API responses; provenance in shared/data/jobs/PROVENANCE.md.",
                "built_with": {"shippable_only": shippable_only, "max_bytes": max_bytes},
                "recordings": entries + layoff_entries, "layoffs": layoffs}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    with (out_dir / "boards.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for e in entries:
            if e.get("board"):
                writer.writerow([e["source"], e["board"], e["company"], "", f"recorded: {e['origin']}"])
    return manifest


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("jobs_dir")
    parser.add_argument("out_dir")
    parser.add_argument("--shippable-only", action="store_true", help="leave out files without a licence")
    parser.add_argument("--max-bytes", type=int, help="leave out recordings larger than this")
    parser.add_argument("--layoffs-dir", help="recorded layoff files (default: layoffs beside JOBS_DIR)")
    args = parser.parse_args(argv)
    manifest = build(args.jobs_dir, args.out_dir, args.shippable_only, args.max_bytes, args.layoffs_dir)
    print(f"{len(manifest['recordings'])} recordings written to {args.out_dir}")


if __name__ == "__main__":
    main()
