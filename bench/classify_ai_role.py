"""AI role (builds_ai / uses_ai / none) against 160 postings labelled blind, beside two baselines.

    .venv/bin/python -m bench.classify_ai_role --db jobs.db [--errors]

Cases: tests/cases/ai_role/postings.jsonl (a helper read each posting's title and description
and labelled it without the classifier's output; see the README beside it). The postings' text
comes from a database built by ``tracker demo`` (the case ids are its posting ids).
Baselines, in the same process: "majority" (every posting ``none``) and "keyword" (any AI term
in the title or description is ``builds_ai``: what a plain keyword tagger reports).
Figures: accuracy, Cohen's kappa, and precision / recall of each label; "firm" leaves out the
cases the labeller marked borderline; "design" / "holdout" are halves by sha1 of the posting id
(rules may be checked against the design half's misses only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
from pathlib import Path

from tracker.classify.airole import ai_role

CASES = Path(__file__).resolve().parent.parent / "tests" / "cases" / "ai_role" / "postings.jsonl"
LABELS = ("builds_ai", "uses_ai", "none")
AI_TERM = re.compile(r"\b(ai|a\.i\.|artificial intelligence|machine learning|ml|llms?|genai|generative|gpt|"
                     r"deep learning|neural|nlp|computer vision)\b", re.I)


def kappa(gold: list[str], pred: list[str]) -> float:
    n = len(gold)
    seen = sum(g == p for g, p in zip(gold, pred)) / n
    chance = sum((gold.count(x) / n) * (pred.count(x) / n) for x in LABELS)
    return (seen - chance) / (1 - chance) if chance < 1 else 0.0


def report(name: str, gold: list[str], pred: list[str]) -> str:
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    parts = []
    for x in LABELS:
        tp = sum(g == p == x for g, p in zip(gold, pred))
        predicted, actual = pred.count(x), gold.count(x)
        parts.append(f"{x} P {tp / predicted if predicted else 0:4.2f} R {tp / actual if actual else 0:4.2f}")
    return f"{name:22} accuracy {100 * acc:5.1f}%  kappa {kappa(gold, pred):5.2f}   " + "   ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True, help="a database from `tracker demo` (the postings' text)")
    ap.add_argument("--errors", action="store_true", help="list the design half's disagreements")
    args = ap.parse_args()
    cases = [json.loads(line) for line in CASES.read_text().splitlines() if line.strip()]
    with sqlite3.connect(args.db) as db:
        text = {pid: (title, desc) for pid, title, desc in db.execute("select id, title, description_text from postings")}
    cases = [c for c in cases if c["id"] in text]
    if not cases:
        raise SystemExit(f"none of the {CASES.name} postings is in {args.db}: build it with `tracker demo`")
    ours = [ai_role(*text[c["id"]])[0] for c in cases]
    keyword = ["builds_ai" if AI_TERM.search(" ".join(x or "" for x in text[c["id"]])) else "none" for c in cases]
    print(f"{len(cases)} labelled postings ({sum(not c['borderline'] for c in cases)} firm); "
          + ", ".join(f"{x} {sum(c['label'] == x for c in cases)}" for x in LABELS))
    for c in cases:
        c["half"] = "holdout" if hashlib.sha1(c["id"].encode()).digest()[-1] % 2 else "design"
    for subset, keep in (("all", lambda c: True), ("firm", lambda c: not c["borderline"]),
                         ("design", lambda c: c["half"] == "design"), ("holdout", lambda c: c["half"] == "holdout")):
        idx = [i for i, c in enumerate(cases) if keep(c)]
        gold = [cases[i]["label"] for i in idx]
        for name, pred in (("classifier", ours), ("majority (none)", ["none"] * len(cases)), ("keyword", keyword)):
            print(report(f"{subset} {name}", gold, [pred[i] for i in idx]))
    if args.errors:
        for c, p in zip(cases, ours):
            if p != c["label"] and c["half"] == "design":
                print(f"  {c['label']:9} -> {p:9} {'(borderline) ' if c['borderline'] else ''}{c['title'][:60]!r}")


if __name__ == "__main__":
    main()
