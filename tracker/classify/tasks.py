"""Task statement -> exposure label (E0|E1|E2, the GPTs-are-GPTs rubric).

A multinomial logistic regression over TF-IDF words and word pairs, trained at build time
on the human labels of Eloundou et al. (2023); the bundle keeps only its vocabulary, IDF,
coefficients and intercepts, so prediction is numpy only. ``score`` is the beta weight of
the rubric: P(E1) + 0.5 * P(E2).
"""

from __future__ import annotations

import numpy as np

from tracker.classify.vectors import Vectorizer, task_features

LABELS = ("E0", "E1", "E2")
WEIGHT = {"E0": 0.0, "E1": 1.0, "E2": 0.5}
C, MIN_DF = 4.0, 2


def train_task_model(texts: list[str], labels: list[str]) -> dict:
    """Fit the model (scikit-learn, build time only) and return its serializable form."""
    from sklearn.linear_model import LogisticRegression

    vec = Vectorizer.fit(texts, task_features, min_df=MIN_DF)
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(vec.transform(texts), labels)
    order = [list(model.classes_).index(label) for label in LABELS]
    return {"vectorizer": vec.to_json(),
            "coef": np.round(model.coef_[order], 4).tolist(),
            "intercept": np.round(model.intercept_[order], 4).tolist()}


class TaskModel:
    def __init__(self, data: dict):
        self.vec = Vectorizer.from_json(data["vectorizer"], task_features)
        self.coef = np.asarray(data["coef"], dtype=np.float32).T  # features x 3
        self.intercept = np.asarray(data["intercept"], dtype=np.float32)

    def proba(self, texts: list[str]) -> np.ndarray:
        """Rows of P(E0), P(E1), P(E2)."""
        if not texts:
            return np.zeros((0, 3), dtype=np.float32)
        z = self.vec.transform(texts) @ self.coef + self.intercept
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """(label, score) per text; score = P(E1) + 0.5 P(E2)."""
        p = self.proba(texts)
        return [(LABELS[int(row.argmax())], round(float(row[1] + 0.5 * row[2]), 4)) for row in p]
