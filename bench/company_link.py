"""Precision and recall of the notice -> employer linker on the labelled real pairs.

    .venv/bin/python bench/company_link.py

Employers are every registry company (tracker/data/boards.csv) plus the pairs' employers,
one per normalized name as ``companies`` holds them. Each notice name is linked against all
of them: a labelled match counts as found only if linked to that employer; a link to the
labelled non-match, or to another employer for a labelled match, is a false link. The
baseline is what the layoff store does today: exact normalized-name equality.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.companies import normalize_company_name  # noqa: E402
from tracker.company_link import Linker  # noqa: E402
from tracker.layoff_storage import company_key  # noqa: E402

PAIRS = ROOT / "tests" / "layoffs" / "cases" / "company_pairs.csv"
BOARDS = ROOT / "tracker" / "data" / "boards.csv"


def read_pairs(path: Path = PAIRS) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def employers(pairs: list[dict]) -> dict[str, int]:
    """normalized name -> company id, first name wins (as ``Store.company_id`` does)."""
    with open(BOARDS, newline="", encoding="utf-8") as fh:
        names = [r["company"] for r in csv.DictReader(l for l in fh if not l.startswith("#")) if r["company"]]
    ids: dict[str, int] = {}
    firsts: dict[int, str] = {}
    for name in names + [p["employer"] for p in pairs]:
        key = normalize_company_name(name)
        if key and key not in ids:
            ids[key] = len(ids) + 1
            firsts[ids[key]] = name
    return ids, firsts


def score(pairs: list[dict], link) -> dict:
    """``link(name) -> company id | None``; precision, recall, F1 over the pairs."""
    ids, _ = employers(pairs)
    tp = fp = fn = 0
    errors = []
    for p in pairs:
        want = ids[normalize_company_name(p["employer"])]
        got = link(p["notice_company"])
        if p["match"] == "1":
            tp += got == want
            fn += got != want
            fp += got is not None and got != want
        else:
            fp += got == want
        if (got == want) != (p["match"] == "1"):
            errors.append((p["notice_company"], p["employer"], p["match"], got))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn, "errors": errors}


def linker_fn(pairs: list[dict]):
    _, firsts = employers(pairs)
    linker = Linker(firsts)
    return lambda name: linker.link(name).company_id


def baseline_fn(pairs: list[dict]):
    ids, _ = employers(pairs)
    return lambda name: ids.get(company_key(name))


def main() -> None:
    pairs = read_pairs()
    print(f"{len(pairs)} labelled pairs ({sum(p['match'] == '1' for p in pairs)} matches)")
    for label, make in [("linker", linker_fn), ("baseline (exact normalized name)", baseline_fn)]:
        t0 = time.perf_counter()
        r = score(pairs, make(pairs))
        print(f"{label:34} precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}  "
              f"(tp {r['tp']} fp {r['fp']} fn {r['fn']}, {time.perf_counter() - t0:.2f}s)")
        if "-v" in sys.argv:
            for e in r["errors"]:
                print("   ", e)


if __name__ == "__main__":
    main()
