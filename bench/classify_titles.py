"""Title -> SOC accuracy on held-out O*NET titles, against a plain fuzzy lookup.

    .venv/bin/python -m bench.classify_titles [--test-share 0.1] [--seed 0]

Split: 10% of the distinct normalized titles of O*NET Alternate + Sample of Reported Titles are
held out *by title*, drawn by a hash of the title's text and the seed (every row of a held-out
title, under every code, leaves the index; the occupation titles always stay in and are never
held out). The draw does not depend on the cleaning under test, so versions compare on the same
titles.
"close" titles have a training title with rapidfuzz token_sort_ratio >= 90; "hard" ones do
not. "noisy" adds posting noise (seniority, levels, "- Remote", "(Contract)", team and
location) to every held-out title. "known+noise" is the other reading of a title close to an
O*NET title: 3,000 titles of the index itself with the same posting noise (a posting that uses
an O*NET title, dressed as postings are).

Scoring at 2/3/5/6 SOC digits (2 = major "15", 3 = minor "15-1", 5 = broad "15-125",
6 = detailed "15-1252"). 15% of held-out titles are listed by O*NET under several codes, so
two figures: "any" counts a prediction right when it agrees with any listed code; "strict"
gives the share of the title's listed codes it agrees with (per (title, code) row, titles
weighted equally). The strict ceiling (best single answer per title) is printed too.
Baseline: rapidfuzz token_sort_ratio nearest training title (lowercased), same process.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from collections import Counter, defaultdict

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
    """'any listed code' accuracy (strict share of listed codes) at each digit level."""
    out = []
    for n, k in DIGITS.items():
        rows = [(p, gs) for p, gs, m in zip(pred, gold, mask) if m]
        any_ = np.mean([any(p and p[:k] == g[:k] for g in gs) for p, gs in rows])
        strict = np.mean([sum(bool(p) and p[:k] == g[:k] for g in gs) / len(gs) for p, gs in rows])
        out.append(f"{n}d {100 * any_:5.1f}% ({100 * strict:4.1f})")
    return out


def ceiling(gold, mask) -> list[str]:
    """Share of titles listed under several codes, and the best possible strict score."""
    out = []
    for n, k in DIGITS.items():
        rows = [gs for gs, m in zip(gold, mask) if m]
        multi = np.mean([len({g[:k] for g in gs}) > 1 for gs in rows])
        best = np.mean([max(Counter(g[:k] for g in gs).values()) / len(gs) for gs in rows])
        out.append(f"{n}d multi {100 * multi:4.1f}% ceiling {100 * best:5.1f}")
    return out


def known(index: TitleIndex, train, fuzzy, rng: random.Random, size: int = 3000) -> None:
    """Titles close to an O*NET title: index titles (alternate and reported) with posting noise."""
    codes: dict[str, set[str]] = defaultdict(set)
    raw: dict[str, str] = {}
    for title, code in train:
        codes[basic(title)].add(code)
        raw.setdefault(basic(title), title)
    keys = rng.sample(sorted(codes), size)
    queries, gold = [noisy(raw[k], rng) for k in keys], [codes[k] for k in keys]
    index.clear_cache()
    ours = [m.code for m in index.match_many(queries)]
    base, _ = fuzzy(queries)
    mask = np.ones(size, bool)
    print(f"known O*NET titles with posting noise ({size} index titles, e.g. {queries[0]!r}):")
    print(f"ambiguity   {'known+noise':12} " + "  ".join(ceiling(gold, mask)))
    print(f"classifier  {'known+noise':12} " + "  ".join(accuracy(ours, gold, mask)))
    print(f"fuzzy base  {'known+noise':12} " + "  ".join(accuracy(base, gold, mask)))


def held_out(title: str, seed: int, share: float) -> bool:
    """A title's draw, from a hash of its own text: a change to the cleaning under test (which groups
    titles by their cleaned form) moves only the titles it re-groups, not the whole split."""
    digest = hashlib.sha1(f"{seed}:{title.lower()}".encode()).digest()
    return int.from_bytes(digest[:8], "big") < share * 2 ** 64


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--test-share", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    ref = reference.reference_dir()
    occ = reference.occupation_titles(ref)
    pairs = reference.alternate_titles(ref) + reference.reported_titles(ref)
    by_key: dict[str, set[str]] = defaultdict(set)
    raw: dict[str, str] = {}
    for title, code in pairs:
        k = basic(title)
        if k:
            by_key[k].add(code)
            raw.setdefault(k, title)
    own = {basic(o["title"]) for o in reference.occupations(ref).values()}
    heads = {basic(t) for t, _ in occ} - own  # "Dispatchers" of "Dispatchers, Except Police...": always in
    test = [k for k in sorted(by_key) if k not in own and k not in heads and held_out(raw[k], args.seed, args.test_share)]
    held = set(test)
    train = occ + [(t, c) for t, c in pairs if basic(t) not in held]
    gold = [by_key[k] for k in test]
    queries = [raw[k] for k in test]
    rng = random.Random(args.seed + 1)
    noisy_queries = [noisy(q, rng) for q in queries]
    print(f"index: {len(train)} (title, code) rows; held out: {len(test)} distinct titles")

    t0 = time.perf_counter()
    index = TitleIndex(*build_title_data(train, reference.employment(ref)))  # as the bundle is built
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
    index.clear_cache()
    ours_noisy = [m.code for m in index.match_many(noisy_queries)]
    everything = np.ones(len(test), bool)
    print(f"close: {close.sum()} titles, hard: {(~close).sum()} titles; figures: any listed code (strict)")
    for name, mask in [("close", close), ("hard", ~close), ("all", everything)]:
        print(f"ambiguity   {name:12} " + "  ".join(ceiling(gold, mask)))
    for name, pred, mask in [("close", ours, close), ("hard", ours, ~close), ("all", ours, everything),
                             ("noisy (all)", ours_noisy, everything)]:
        print(f"classifier  {name:12} " + "  ".join(accuracy(pred, gold, mask)))
    for name, pred, mask in [("close", base, close), ("hard", base, ~close), ("all", base, everything),
                             ("noisy (all)", base_noisy, everything)]:
        print(f"fuzzy base  {name:12} " + "  ".join(accuracy(pred, gold, mask)))
    print(f"time for {len(test)} titles: classifier {t_ours:.2f}s, fuzzy baseline {t_fuzzy:.2f}s")
    known(index, train, fuzzy, random.Random(args.seed + 2))
    print("examples (noisy query -> cleaned -> predicted | gold):")
    occupations = reference.occupations(ref)
    for i in range(0, len(test), max(1, len(test) // 8))[:8]:
        m = index.match(noisy_queries[i])
        print(f"  {noisy_queries[i][:50]!r} -> {m.query!r} -> {occupations.get(m.code, {}).get('title')} "
              f"| {', '.join(occupations[g]['title'] for g in sorted(gold[i]))[:60]}")


if __name__ == "__main__":
    main()
