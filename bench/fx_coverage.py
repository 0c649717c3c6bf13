"""How many recorded postings get an annual USD figure, before and after ECB rate conversion.

Crawls every recording in ../shared/data/jobs through the local mirror (the same spiders and
pipelines as a live crawl, classification off), then counts postings with pay by currency:
"before" applies the former USD-only rule to the stored amounts, "after" is what was stored.

    .venv/bin/python -m bench.fx_coverage [--db FILE]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

from tracker.crawl import run_crawl
from tracker.fx import ANNUAL_FACTOR, PLAUSIBLE_ANNUAL
from tracker.mirror import Mirror
from tracker.recordings import build
from tracker.sources import all_sources

JOBS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "jobs"


def usd_only(amount, currency, period):
    """The rule before tracker.fx: USD amounts only."""
    if amount is None or (currency or "").upper() != "USD" or period not in ANNUAL_FACTOR:
        return None
    annual = round(amount * ANNUAL_FACTOR[period], 2)
    return annual if PLAUSIBLE_ANNUAL[0] <= annual <= PLAUSIBLE_ANNUAL[1] else None


def crawl_recordings(db: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        build(JOBS, tmp)
        with Mirror.from_bundle(Path(tmp)) as mirror:
            settings = {s.base_url_setting: f"{mirror.url}/{name}" for name, s in all_sources().items()}
            settings.update(REGISTRY_PATH=str(Path(tmp) / "boards.csv"), AUTOTHROTTLE_ENABLED=False,
                            ROBOTSTXT_OBEY=False, CLASSIFY_ENABLED=False, LOG_LEVEL="ERROR")
            run_crawl(list(mirror.sources), db, settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="Reuse a database of the crawled recordings.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "jobs.db"
        if not db.exists():
            crawl_recordings(db)
        conn = sqlite3.connect(db)
        rows = conn.execute("select salary_min, salary_max, salary_currency, salary_period, "
                            "salary_annual_min_usd, salary_annual_max_usd from postings "
                            "where salary_min is not null or salary_max is not null").fetchall()
        total = conn.execute("select count(*) from postings").fetchone()[0]
        conn.close()
    paid, before, after = Counter(), Counter(), Counter()
    for lo, hi, cur, period, amin, amax in rows:
        key = cur or "(none)"
        paid[key] += 1
        before[key] += any(usd_only(v, cur, period) is not None for v in (lo, hi))
        after[key] += amin is not None or amax is not None
    print(f"{total} postings, {len(rows)} with pay; with an annual USD figure: "
          f"{sum(before.values())} before, {sum(after.values())} after")
    print(f"{'currency':10} {'with pay':>9} {'before':>7} {'after':>7}")
    for cur, n in paid.most_common():
        print(f"{cur:10} {n:9} {before[cur]:7} {after[cur]:7}")


if __name__ == "__main__":
    main()
