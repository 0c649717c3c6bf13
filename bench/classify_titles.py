"""Title -> SOC accuracy on held-out O*NET titles, against a plain fuzzy lookup.

    .venv/bin/python bench/classify_titles.py [--test-share 0.1] [--seed 0]

Split: the distinct normalized titles of O*NET Alternate + Sample of Reported Titles are
shuffled and 10% held out *by title* (every row of a held-out title leaves the index; the
occupation titles always stay in). A held-out title is correct when the predicted code
agrees with any of its O*NET codes at that many SOC digits (2 = major "15", 3 = minor
"15-1", 5 = broad "15-125", 6 = detailed "15-1252"). "close" titles have a training
title with rapidfuzz token_sort_ratio >= 90; "hard" ones do not. "noisy" adds posting
noise (seniority, levels, "- Remote", "(Contract)", team and location) to every held-out title.
Baseline: rapidfuzz token_sort_ratio nearest training title (lowercased), same process.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict

import numpy as np
from rapidfuzz import fuzz, process

from tracker.classify import reference
from tracker.classify.normalize import basic
from tracker.classify.titles import TitleIndex, build_title_data

DIGITS = {2: 2, 3: 4, 5: 6, 6: 7}  # SOC digits -> code prefix length
PREFIX = ["Sr. ", "Senior ", "Junior ", "Lead ", "", "", "Staff "]
SUFFIX = [" II", " III", " - Remote", " (Contract)", ", Payments Team", " - New York, NY", " | Hybrid",
          " L5", " - Platform Team", " (m/f/d)", ", Night Shift", " - Full Time"]


def noisy(title: str, rng: random.Random) -> str:
    return rng.choice(PREFIX) + title + "".join(rng.sample(SUFFIX, rng.choice([1, 2])))


def accuracy(pred, gold, mask) -> list[str]:
    out = []
    for n, k in DIGITS.items():
        ok = [any(p and p[:k] == g[:k] for g in gs) for p, gs, m in zip(pred, gold, mask) if m]
        out.append(f"{n}d {100 * np.mean(ok):5.1f}%")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--test-share", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    ref = reference.reference_dir()
    occ = [(o["title"], c) for c, o in reference.occupations(ref).items()]
    pairs = reference.alternate_titles(ref) + reference.reported_titles(ref)
    by_key: dict[str, set[str]] = defaultdict(set)
    raw: dict[str, str] = {}
    for title, code in pairs:
        k = basic(title)
        if k:
            by_key[k].add(code)
            raw.setdefault(k, title)
    occ_keys = {basic(t) for t, _ in occ}
    keys = sorted(k for k in by_key if k not in occ_keys)
    random.Random(args.seed).shuffle(keys)
    test = keys[: int(len(keys) * args.test_share)]
    held = set(test)
    train = occ + [(t, c) for t, c in pairs if basic(t) not in held]
    gold = [by_key[k] for k in test]
    queries = [raw[k] for k in test]
    rng = random.Random(args.seed + 1)
    noisy_queries = [noisy(q, rng) for q in queries]
    print(f"index: {len(train)} (title, code) rows; held out: {len(test)} distinct titles")

    t0 = time.perf_counter()
    index = TitleIndex(build_title_data(train))
    print(f"index built in {time.perf_counter() - t0:.1f}s")
    train_titles = sorted({t.lower() for t, _ in train})
    codes_of: dict[str, str] = {}
    for t, c in sorted(train, key=lambda x: x[1]):
        codes_of.setdefault(t.lower(), c)

    def fuzzy(qs):
        m = process.cdist([q.lower() for q in qs], train_titles, scorer=fuzz.token_sort_ratio,
                          workers=1, dtype=np.uint8)
        return [codes_of[train_titles[j]] for j in m.argmax(1)], m.max(1)

    t0 = time.perf_counter()
    base, best = fuzzy(queries)
    t_fuzzy = time.perf_counter() - t0
    base_noisy, _ = fuzzy(noisy_queries)
    close = best >= 90
    t0 = time.perf_counter()
    ours = [m.code for m in index.match_many(queries)]
    t_ours = time.perf_counter() - t0
    index._cache.clear()
    ours_noisy = [m.code for m in index.match_many(noisy_queries)]
    everything = np.ones(len(test), bool)
    print(f"close: {close.sum()} titles, hard: {(~close).sum()} titles")
    for name, pred, mask in [("close", ours, close), ("hard", ours, ~close), ("all", ours, everything),
                             ("noisy (all)", ours_noisy, everything)]:
        print(f"classifier  {name:12} " + "  ".join(accuracy(pred, gold, mask)))
    for name, pred, mask in [("close", base, close), ("hard", base, ~close), ("all", base, everything),
                             ("noisy (all)", base_noisy, everything)]:
        print(f"fuzzy base  {name:12} " + "  ".join(accuracy(pred, gold, mask)))
    print(f"time for {len(test)} titles: classifier {t_ours:.2f}s, fuzzy baseline {t_fuzzy:.2f}s")
    print("examples (noisy query -> cleaned -> predicted | gold):")
    occupations = reference.occupations(ref)
    for i in range(0, len(test), max(1, len(test) // 8))[:8]:
        m = index.match(noisy_queries[i])
        print(f"  {noisy_queries[i][:50]!r} -> {m.query!r} -> {occupations.get(m.code, {}).get('title')} "
              f"| {', '.join(occupations[g]['title'] for g in sorted(gold[i]))[:60]}")


if __name__ == "__main__":
    main()
