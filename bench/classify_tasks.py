"""Task exposure (E0|E1|E2) agreement with the human labels of Eloundou et al., on held-out occupations.

    .venv/bin/python bench/classify_tasks.py [--test-share 0.2] [--seed 0]

Split by occupation: 20% of O*NET-SOC codes (all their tasks) are held out. Printed beside
the model (the same training code as the bundle, on the training occupations only): the
majority class of the training labels, and the GPT-4 labels of the same tasks (a published
rating, not a baseline we trained). Cohen's kappa is scikit-learn's.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import numpy as np
from sklearn.metrics import cohen_kappa_score, confusion_matrix

from tracker.classify import reference
from tracker.classify.tasks import LABELS, TaskModel, train_task_model


def line(name: str, pred, gold) -> str:
    acc = np.mean([p == g for p, g in zip(pred, gold)])
    return f"{name:28} accuracy {100 * acc:5.1f}%  kappa {cohen_kappa_score(pred, gold):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--test-share", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rows = reference.labelled_tasks(reference.reference_dir())
    occs = sorted({r["code"] for r in rows})
    random.Random(args.seed).shuffle(occs)
    held = set(occs[: int(len(occs) * args.test_share)])
    train = [r for r in rows if r["code"] not in held]
    test = [r for r in rows if r["code"] in held]
    gold = [r["human"] for r in test]
    print(f"train: {len(train)} tasks / {len(occs) - len(held)} occupations; "
          f"test: {len(test)} tasks / {len(held)} occupations; test labels {dict(Counter(gold))}")
    model = TaskModel(train_task_model([r["text"] for r in train], [r["human"] for r in train]))
    pred = [label for label, _ in model.predict([r["text"] for r in test])]
    majority = Counter(r["human"] for r in train).most_common(1)[0][0]
    print(line("task model (text only)", pred, gold))
    print(line(f"majority class ({majority})", [majority] * len(gold), gold))
    print(line("GPT-4 labels (published)", [r["gpt4"] for r in test], gold))
    print("confusion (rows human E0/E1/E2, cols model):")
    print(confusion_matrix(gold, pred, labels=list(LABELS)))
    beta_gold = {}
    beta_pred = {}
    weights = {"E0": 0.0, "E1": 1.0, "E2": 0.5}
    for r, p in zip(test, pred):
        beta_gold.setdefault(r["code"], []).append(weights[r["human"]])
        beta_pred.setdefault(r["code"], []).append(weights[p])
    g = np.array([np.mean(v) for v in beta_gold.values()])
    p = np.array([np.mean(beta_pred[c]) for c in beta_gold])
    print(f"occupation beta from predicted labels vs human: r = {np.corrcoef(g, p)[0, 1]:.3f}, "
          f"mean abs error {np.mean(np.abs(g - p)):.3f} (N={len(g)} held-out occupations)")


if __name__ == "__main__":
    main()
