"""Recorded real responses, arranged so the local mirror can serve them as the APIs would.

``build(shared_jobs_dir, out_dir)`` reads ../shared/data/jobs, turns each recording into
the body its API returns (unwrapping scrapers' envelopes, never editing items), and writes
``manifest.json`` (origin, licence, route per file) and ``boards.csv`` (a registry of the
recorded boards). The demo bundle in ``tracker/demo`` is built with ``shippable_only``:
files whose licence is "none found" are used by tests, never shipped.

    python -m tracker.recordings ../shared/data/jobs tracker/demo --shippable-only
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from tracker.registry import COLUMNS, load_boards
from tracker.sources import all_sources

NO_LICENCE = "none found"


def _from_filename(path: Path) -> str:
    """``techjobshub_stripe_jobs-list_wrapped.json`` -> ``stripe``."""
    return path.name.split("_")[1]


def _from_cassette(path: Path) -> str | None:
    """The board token in the request URI of the VCR cassette beside a ``.body.json``."""
    cassette = path.with_name(path.name.replace(".body.json", ".yml"))
    match = re.search(r"/v1/boards/([^/?]+)/", cassette.read_text()) if cassette.exists() else None
    return match.group(1) if match else None


def _from_hosted_url(path: Path) -> str | None:
    data = json.loads(path.read_text())
    url = next((p.get("hostedUrl") for p in data if isinstance(p, dict) and p.get("hostedUrl")), None)
    return urlsplit(url).path.strip("/").split("/")[0] if url else None


def _unwrap_jobs(data: dict) -> dict:
    """A scraper's ``{company, fetched_at, job_count, jobs}`` envelope -> the API's ``{jobs, meta}``."""
    return {"jobs": data["jobs"], "meta": {"total": len(data["jobs"])}}


# (source, glob under the jobs folder, board token from the file, body transform or None)
RULES = (
    ("greenhouse", "greenhouse/*_jobs-content_*.json", _from_filename, None),
    ("greenhouse", "greenhouse/*/jobs_with_content.body.json", _from_cassette, None),
    ("greenhouse", "greenhouse/*_jobs-list_wrapped.json", _from_filename, _unwrap_jobs),
    ("lever", "lever/*_postings_*.json", _from_hosted_url, None),
    ("lever", "lever/*/list_all_mode-json.json", _from_hosted_url, None),
)


def licences(jobs_dir: Path) -> dict[str, str]:
    """File -> licence, from the table in PROVENANCE.md."""
    table = {}
    for line in (jobs_dir / "PROVENANCE.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 8 and cells[0].startswith("`"):
            table[cells[0].strip("`")] = cells[-1]
    return table


def _company(source: str, board: str, body, known: dict) -> str:
    if (source, board) in known:
        return known[(source, board)]
    jobs = body.get("jobs") if isinstance(body, dict) else None
    name = next((j.get("company_name") for j in jobs or [] if j.get("company_name")), None)
    return (name or board).strip()


def build(jobs_dir: str | Path, out_dir: str | Path, shippable_only: bool = False) -> dict:
    """Write the servable bundle; return its manifest."""
    jobs_dir, out_dir = Path(jobs_dir), Path(out_dir)
    lic, sources = licences(jobs_dir), all_sources()
    known = {(b.source, b.board): b.company for b in load_boards() if b.company}
    entries, taken = [], set()
    for source, pattern, token_of, transform in RULES:
        for path in sorted(jobs_dir.glob(pattern)):
            origin = path.relative_to(jobs_dir).as_posix()
            licence = lic.get(origin, NO_LICENCE)
            board = token_of(path)
            if not board or (source, board) in taken or (shippable_only and licence == NO_LICENCE):
                continue
            taken.add((source, board))
            body = json.loads(path.read_text())
            if transform:
                body = transform(body)
            data = (json.dumps(body, ensure_ascii=False) if transform else path.read_text()).encode()
            target = out_dir / "recordings" / source / f"{board}.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            route = urlsplit(sources[source].spider.board_url("/" + source, board)).path
            entries.append({
                "source": source, "board": board, "company": _company(source, board, body, known),
                "route": route, "file": target.relative_to(out_dir).as_posix(),
                "origin": f"shared/data/jobs/{origin}", "licence": licence,
                "transform": transform.__name__.lstrip("_") if transform else "verbatim",
                "sha256": hashlib.sha256(data).hexdigest()[:16],
            })
    manifest = {"about": "Real recorded API responses; provenance in shared/data/jobs/PROVENANCE.md.",
                "recordings": entries}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    with (out_dir / "boards.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for e in entries:
            writer.writerow([e["source"], e["board"], e["company"], "", f"recorded: {e['origin']}"])
    return manifest


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("jobs_dir")
    parser.add_argument("out_dir")
    parser.add_argument("--shippable-only", action="store_true")
    args = parser.parse_args(argv)
    manifest = build(args.jobs_dir, args.out_dir, args.shippable_only)
    print(f"{len(manifest['recordings'])} recordings written to {args.out_dir}")


if __name__ == "__main__":
    main()
