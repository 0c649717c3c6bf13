"""Precision and recall of the duplicate linker on the labelled real pairs.

    .venv/bin/python bench/duplicates.py              # crawl every recording, then link
    .venv/bin/python bench/duplicates.py --db X.db    # link a database built before (a copy of it)

The database is crawled from the recorded responses (../shared/data/jobs) through the local
mirror, as ``tracker demo`` does. ``tracker.duplicates.link_duplicates`` then links it; a
labelled pair counts as found when its copy points at its target. The baseline links a
posting to one of another board with the same employer and the same title (case and spaces
aside). Links made outside the labelled pairs are listed: each needs a look.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from tracker.duplicates import link_duplicates  # noqa: E402

PAIRS = ROOT / "tests" / "cases" / "duplicates" / "pairs.jsonl"
JOBS = ROOT.parent / "shared" / "data" / "jobs"


def read_pairs(path: Path = PAIRS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sample_boards(pairs: list[dict]) -> set[tuple[str, str]]:
    """The (source, board) of every posting in the pairs (ids are source:board:external_id)."""
    return {tuple(pid.split(":", 2)[:2]) for p in pairs for pid in (p["copy"], p["target"])}


def sample_comments(pairs: list[dict]) -> set[int]:
    """The HN comments of the pairs (an HN posting id is hn_hiring:<thread>:<comment>[-<role>])."""
    return {int(pid.split(":")[2].split("-")[0]) for p in pairs for pid in (p["copy"], p["target"])
            if pid.startswith("hn_hiring:")}


def crawl_recordings(bundle: Path, db_path: Path, boards: set[tuple[str, str]] | None = None,
                     hn_comments: set[int] | None = None) -> None:
    """Crawl the recorded boards (all, or only ``boards``) of a built bundle into ``db_path``;
    ``hn_comments`` serves each recorded HN thread with only those comments (a fast test)."""
    from tracker.mirror import Mirror
    from tracker.sources import all_sources

    with open(bundle / "boards.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rows = [r for r in rows if boards is None or (r["source"], r["board"]) in boards]
    registry = db_path.parent / "dedupe_boards.csv"
    with open(registry, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    spiders = sorted({r["source"] for r in rows})
    with Mirror.from_bundle(bundle) as mirror:
        for row in rows:
            if row["source"] == "hn_hiring" and hn_comments is not None:
                story = json.loads((bundle / "recordings" / "hn_hiring" / f"{row['board']}.json").read_text())
                story["kids"] = [k for k in story.get("kids", []) if k in hn_comments]
                mirror.set(all_sources()["hn_hiring"].spider.board_url("/hn_hiring", row["board"]), json.dumps(story))
        sets = {s.base_url_setting: f"{mirror.url}/{name}" for name, s in all_sources().items()}
        sets.update(AUTOTHROTTLE_ENABLED="False", ROBOTSTXT_OBEY="False", CLASSIFY_ENABLED="False",
                    CONCURRENT_REQUESTS="32", CONCURRENT_REQUESTS_PER_DOMAIN="32")
        args = [sys.executable, "-m", "tracker", "crawl", *spiders, "--db", str(db_path), "--registry", str(registry)]
        for key, value in sets.items():
            args += ["-s", f"{key}={value}"]
        result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if result.returncode != 0 or "Traceback" in result.stderr:
        raise RuntimeError("crawl failed:\n" + result.stderr[-3000:])
    db = Database(db_path)
    try:
        failed = db.execute("SELECT spider, board, error FROM crawl_runs WHERE status = 'failed'").fetchall()
    finally:
        db.close()
    if failed:
        raise RuntimeError(f"boards failed: {failed}")


def links(db_path: Path) -> dict[str, str]:
    db = Database(db_path)
    try:
        return dict(db.execute("SELECT id, duplicate_of FROM postings WHERE duplicate_of IS NOT NULL").fetchall())
    finally:
        db.close()


def baseline_links(db_path: Path) -> set[tuple[str, str]]:
    """Pairs on two boards with the same employer row and the same title."""
    db = Database(db_path)
    try:
        rows = db.execute(
            "SELECT a.id, b.id FROM postings a JOIN postings b ON a.company_id = b.company_id "
            "AND lower(trim(a.title)) = lower(trim(b.title)) AND a.id != b.id "
            "AND (a.source != b.source OR a.board != b.board) "
            "WHERE a.closed_at IS NULL AND b.closed_at IS NULL").fetchall()
    finally:
        db.close()
    return {tuple(r) for r in rows}


def measure(pairs: list[dict], predicted) -> dict:
    """``predicted(copy, target) -> bool``: precision, recall and the errors over the pairs."""
    tp = fp = fn = 0
    errors = []
    for p in pairs:
        got, want = predicted(p["copy"], p["target"]), bool(p["label"])
        tp += got and want
        fp += got and not want
        fn += want and not got
        if got != want:
            errors.append(("false link" if got else "missed", p["copy_title"], p["target_title"]))
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0, "errors": errors}


def pair_scores(db_path: Path, pairs: list[dict]) -> list[tuple[float, int]]:
    """(score, label) of each labelled pair as the linker scores it (0 when never compared)."""
    from tracker import duplicates as d

    db = Database(db_path)
    try:
        jobs = d.load_jobs(db)
        candidates, linked = d.candidate_pairs(jobs, d.Index(jobs))
        idf = d.idf_table(j.tokens for j in jobs)
        texts = d.text_similarities(db, candidates)
    finally:
        db.close()
    by_ids = {(c.id, t.id): (c, t) for c, t in candidates}
    out = []
    for p in pairs:
        pair = by_ids.get((p["copy"], p["target"])) or by_ids.get((p["target"], p["copy"]))
        s = d.pair_score(*pair, idf, texts, linked) if pair else 0.0
        out.append((s, p["label"]))
    return out


def sweep(scored: list[tuple[float, int]], thresholds=(0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0)) -> list[tuple]:
    """(threshold, precision, recall) of pair scores alone (before one-target-per-copy)."""
    rows = []
    for t in thresholds:
        tp = sum(1 for s, label in scored if s >= t and label)
        fp = sum(1 for s, label in scored if s >= t and not label)
        positives = sum(label for _, label in scored)
        rows.append((t, tp / (tp + fp) if tp + fp else 1.0, tp / positives if positives else 1.0))
    return rows


def evaluate(db_path: Path, pairs: list[dict]) -> dict:
    """Link ``db_path`` (in place) and measure the linker and the baseline."""
    db = Database(db_path)
    try:
        stats = link_duplicates(db)
    finally:
        db.close()
    found = links(db_path)
    base = baseline_links(db_path)
    labelled = {(p["copy"], p["target"]) for p in pairs} | {(p["target"], p["copy"]) for p in pairs}
    return {"stats": stats,
            "linker": measure(pairs, lambda a, b: found.get(a) == b or found.get(b) == a),
            "baseline": measure(pairs, lambda a, b: (a, b) in base),
            "unlabelled": sorted((a, b) for a, b in found.items() if (a, b) not in labelled)}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="a database crawled from the recordings (linked on a copy)")
    args = parser.parse_args(argv)
    pairs = read_pairs()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "jobs.db"
        started = time.perf_counter()
        if args.db:
            shutil.copy(args.db, db_path)
        else:
            from tracker.recordings import build

            build(JOBS, Path(tmp) / "bundle")
            crawl_recordings(Path(tmp) / "bundle", db_path)
        built = time.perf_counter() - started
        scored = pair_scores(db_path, pairs)
        started = time.perf_counter()
        result = evaluate(db_path, pairs)
        took = time.perf_counter() - started
    positives = sum(p["label"] for p in pairs)
    print(f"{len(pairs)} labelled pairs ({positives} duplicates, {len(pairs) - positives} not); "
          f"database {built:.1f} s, linking {took:.1f} s")
    print("dedupe:", json.dumps(result["stats"]))
    print(f"{'':10} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for name in ("linker", "baseline"):
        m = result[name]
        print(f"{name:10} {m['precision']:9.3f} {m['recall']:7.3f} {m['tp']:4} {m['fp']:4} {m['fn']:4}")
    for name in ("linker", "baseline"):
        for kind, a, b in result[name]["errors"]:
            print(f"  {name} {kind}: {a!r} / {b!r}")
    negatives = [s for s, label in scored if not label]
    print(f"pair scores: lowest duplicate {min(s for s, label in scored if label):.3f}, "
          f"highest non-duplicate {max(negatives, default=0):.3f}; by threshold (pairs alone):")
    for t, precision, recall in sweep(scored):
        print(f"  >= {t:.2f}: precision {precision:.3f} recall {recall:.3f}")
    print(f"links outside the labelled pairs: {len(result['unlabelled'])}")
    for a, b in result["unlabelled"]:
        print(f"  {a} -> {b}")


if __name__ == "__main__":
    main()
