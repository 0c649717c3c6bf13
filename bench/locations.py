"""Location strings of the recordings, labelled by hand, against ``tracker.location``.

Usage: python -m bench.locations [--extract] [--speed]
``--extract`` crawls every recording (all sources, through the local mirror, about 90 s) and
writes tests/cases/locations/candidates.jsonl: a sample of distinct ``location_raw`` strings per
source with the parser's reading as ``proposed``; labels live in strings.jsonl (``expected``),
written by reading each string, not by copying ``proposed``.
The default run prints, over the labelled strings: exact match of the places (the set of
(city, region, country) of places that name anything), of the workplace, country accuracy
(the set of countries named), wrong-country guesses, and the same on the strings labelled
ambiguous. ``--speed`` times distinct strings per second after warm-up.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tracker.location import gazetteer, parse_locations

DATA = Path("/work/shared/data/jobs")
CASES = Path(__file__).resolve().parent.parent / "tests" / "cases" / "locations"
LABELS, CANDIDATES = CASES / "strings.jsonl", CASES / "candidates.jsonl"
PER_SOURCE = {"greenhouse": 80, "ashby": 55, "hn_hiring": 70}  # every string of the smaller sources


def crawl_all(db: Path) -> None:
    """Crawl every recording (not only the shippable demo ones) into ``db``."""
    from tracker.cli import _crawl
    from tracker.mirror import Mirror
    from tracker.recordings import build
    from tracker.sources import all_sources

    out = Path(tempfile.mkdtemp())
    build(DATA, out)
    with Mirror.from_bundle(out) as mirror:
        overrides = {s.base_url_setting: f"{mirror.url}/{name}" for name, s in all_sources().items()}
        overrides.update(REGISTRY_PATH=str(out / "boards.csv"), AUTOTHROTTLE_ENABLED=False, ROBOTSTXT_OBEY=False)
        _crawl(mirror.sources, str(db), overrides, title="locations")


def extract(db: Path | None = None) -> list[dict]:
    """A sample of distinct (source, location_raw, source country) with the parser's reading."""
    if db is None:
        db = Path(tempfile.mkdtemp()) / "all.db"
        crawl_all(db)
    con = sqlite3.connect(db)
    rows = con.execute("select source, location_raw, min(country) from postings where location_raw is not null "
                       "group by source, location_raw").fetchall()
    by_source = {}
    for source, text, country in rows:
        by_source.setdefault(source, []).append((hashlib.sha1(text.encode()).hexdigest(), text, country))
    out = []
    for source, found in sorted(by_source.items()):
        for _, text, country in sorted(found)[:PER_SOURCE.get(source, 10 ** 6)]:
            hint = country if country and len(country) == 2 else None
            out.append({"source": source, "text": text, "hint": hint, "proposed": reading(text, hint)})
    return out


def reading(text: str, hint: str | None) -> dict:
    parsed = parse_locations(text, country_hint=hint)
    return {"places": [[p.city, p.region, p.country] for p in parsed.places if p.city or p.region or p.country],
            "workplace": parsed.workplace}


def labelled() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(rows: list[dict]) -> dict:
    """Agreement of the parser with the labels."""
    n = len(rows)
    places = workplace = countries = wrong = ambiguous = ambiguous_wrong = 0
    misses = []
    for row in rows:
        got, want = reading(row["text"], row.get("hint")), row["expected"]
        same_places = {tuple(p) for p in got["places"]} == {tuple(p) for p in want["places"]}
        got_c, want_c = {p[2] for p in got["places"]} - {None}, {p[2] for p in want["places"]} - {None}
        places += same_places
        workplace += got["workplace"] == want["workplace"]
        countries += got_c == want_c
        wrong += bool(got_c - want_c)
        if row.get("ambiguous"):
            ambiguous += 1
            ambiguous_wrong += bool(got_c - want_c)
        if not same_places or got["workplace"] != want["workplace"]:
            misses.append((row["text"], got, want))
    return {"strings": n, "places_exact": places / n, "workplace_exact": workplace / n,
            "country_accuracy": countries / n, "wrong_country_strings": wrong, "ambiguous": ambiguous,
            "ambiguous_wrong_country": ambiguous_wrong, "misses": misses}


def speed(texts: list[str], rounds: int = 3) -> tuple[float, float]:
    """(CPU seconds to build the gazetteer, distinct strings parsed per CPU second after warm-up)."""
    from tracker.location import _parse

    start = time.process_time()
    gazetteer()
    load = time.process_time() - start
    best = 0.0
    for i in range(rounds):
        _parse.cache_clear()
        start = time.process_time()
        for text in texts:
            parse_locations(text)
        best = max(best, len(texts) / (time.process_time() - start))
    return load, best


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extract", action="store_true")
    ap.add_argument("--db", type=Path, help="with --extract: read this crawled database instead of crawling")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--misses", action="store_true", help="print every string read differently from its label")
    args = ap.parse_args(argv)
    if args.extract:
        rows = extract(args.db)
        CANDIDATES.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} candidate strings written to {CANDIDATES}")
        return
    rows = labelled()
    if args.speed:
        start = time.process_time()
        gazetteer()
        print(f"gazetteer built in {time.process_time() - start:.2f} CPU s")
    result = score(rows)
    print(f"{result['strings']} labelled location strings from {len({r['source'] for r in rows})} sources")
    print(f"places exact match: {result['places_exact']:.1%}; workplace exact: {result['workplace_exact']:.1%}; "
          f"country accuracy: {result['country_accuracy']:.1%}")
    print(f"strings with a wrong-country guess: {result['wrong_country_strings']}; "
          f"ambiguous strings: {result['ambiguous']}, with a wrong-country guess: {result['ambiguous_wrong_country']}")
    if args.misses:
        for text, got, want in result["misses"]:
            print(f"  {text!r}\n    got  {got}\n    want {want}")
    if args.speed:
        texts = [r["text"] for r in rows]
        texts = [f"{t} ({i})" if i else t for i in range(max(1, 6000 // len(texts))) for t in texts]
        _, rate = speed(texts)
        print(f"{rate:,.0f} distinct strings per CPU second after warm-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
