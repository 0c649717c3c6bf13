"""Store throughput on the recorded Greenhouse and Lever boards.

Prints postings per second for: a first crawl (all new), an unchanged re-crawl, and a
baseline that writes one row per transaction with sqlite-utils (what "no commit per
row" saves), all in this process on the same data.

    .venv/bin/python bench/store.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from db.migrations import migrate  # noqa: E402
from tracker.extract.greenhouse import GreenhouseJob, board_jobs  # noqa: E402
from tracker.extract.lever import LeverPosting, board_postings  # noqa: E402
from tracker.items import BoardSnapshot  # noqa: E402
from tracker.normalize import normalize_posting  # noqa: E402
from tracker.recordings import build  # noqa: E402
from tracker.storage import Store, content_hash  # noqa: E402

import json  # noqa: E402


def snapshots(bundle: Path, copies: int) -> list[BoardSnapshot]:
    manifest = json.loads((bundle / "manifest.json").read_text())
    snaps = []
    for copy in range(copies):
        for e in manifest["recordings"]:
            data = json.loads((bundle / e["file"]).read_text())
            records, page = ((board_jobs(data), GreenhouseJob) if e["source"] == "greenhouse"
                             else (board_postings(data), LeverPosting))
            board = f"{e['board']}-{copy}"
            snap = BoardSnapshot(e["source"], board, e["company"])
            snap.postings = [normalize_posting(page(r, board).to_posting()) for r in records]
            snaps.append(snap)
    return snaps


def per_row_baseline(path: Path, snaps: list[BoardSnapshot]) -> None:
    db = Database(path)
    db.enable_wal()
    migrate(db)
    for snap in snaps:
        for posting in snap.postings:
            row = posting.to_row()
            row["content_hash"] = content_hash(row)
            with db.atomic():
                db["postings"].insert(row, replace=True)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=2, help="copies of every recorded board")
    parser.add_argument("--jobs-dir", default=str(ROOT.parent / "shared" / "data" / "jobs"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build(args.jobs_dir, tmp / "bundle")
        snaps = snapshots(tmp / "bundle", args.copies)
        n = sum(len(s.postings) for s in snaps)
        store = Store(tmp / "batched.db")
        first = timed(lambda: [store.apply(s) for s in snaps])
        again = timed(lambda: [store.apply(s) for s in snaps])
        store.close()
        baseline = timed(lambda: per_row_baseline(tmp / "baseline.db", snaps))
    print(f"postings: {n} on {len(snaps)} boards")
    print(f"first crawl, batched per board:   {n / first:10.0f} postings/s  ({first:.2f} s)")
    print(f"unchanged re-crawl (no writes):   {n / again:10.0f} postings/s  ({again:.2f} s)")
    print(f"baseline, one transaction a row:  {n / baseline:10.0f} postings/s  ({baseline:.2f} s)")
    print(f"ratio first crawl / baseline: {baseline / first:.1f}x; re-crawl / baseline: {baseline / again:.1f}x")


if __name__ == "__main__":
    main()
