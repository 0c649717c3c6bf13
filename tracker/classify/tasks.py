"""Task statement -> exposure label (E0|E1|E2, the GPTs-are-GPTs rubric).

Two multinomial logistic regressions over TF-IDF words and word pairs, trained at build
time on the human labels of Eloundou et al. (2023):

- the *text* model sees the statement only. It is shipped (vocabulary, IDF, coefficients,
  intercepts; prediction is numpy only) and labels free text: ``tracker classify --tasks``
  and posting duties that match no O*NET task.
- the *O*NET* model also sees the task's detailed work activities (DWA and IWA titles from
  O*NET Tasks to DWAs). The human labels follow DWAs closely (tasks sharing a DWA carry the
  same label ~87% of the time), so this model is much better (about 86% vs 74% on held-out
  occupations, bench/classify_tasks.py). It only applies to O*NET tasks, so it is used at
  build time to label the O*NET tasks that have no human label; it is not shipped.

``score`` is the beta weight of the rubric: P(E1) + 0.5 * P(E2).
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import hstack

from tracker.classify.normalize import singular
from tracker.classify.vectors import STOP, WORD, Vectorizer, task_features

LABELS = ("E0", "E1", "E2")
WEIGHT = {"E0": 0.0, "E1": 1.0, "E2": 0.5}
C_TEXT, C_ONET, MIN_DF = 2.0, 4.0, 2  # C chosen on held-out occupations (bench/classify_tasks.py)


def dwa_text(activities: list[str] | None) -> str:
    """The O*NET model's second input: a task's DWA and IWA titles in one string."""
    return " . ".join(activities or [])


def verb_features(text: str) -> tuple[str, ...]:
    """A statement's opening verb ("v:answer"), the verb with its first content word
    ("vo:answer_customer") and the second verb of "Direct or coordinate ..." openings: the verb says
    much of the rubric (answering, writing and analysing are exposed; operating, repairing are not)."""
    words = WORD.findall(text.lower())
    if not words:
        return ()
    out = ["v:" + words[0]]
    content = [singular(w) for w in words[1:] if w not in STOP]
    if content:
        out.append(f"vo:{words[0]}_{content[0]}")
    if len(words) > 2 and words[1] in ("or", "and"):
        out.append("v:" + words[2])
    return tuple(out)


def train_task_model(texts: list[str], labels: list[str], dwa_texts: list[str] | None = None) -> dict:
    """Fit the model (scikit-learn, build time only) and return its serializable form.

    With ``dwa_texts`` (one per text, see ``dwa_text``) it is the O*NET model; without, the text model,
    which also reads the opening verb (``verb_features``: +0.6 points on held-out occupations)."""
    from sklearn.linear_model import LogisticRegression

    vec = Vectorizer.fit(texts, task_features, min_df=MIN_DF)
    x = vec.transform(texts)
    data = {"vectorizer": vec.to_json()}
    if dwa_texts is not None:
        dvec = Vectorizer.fit(dwa_texts, task_features, min_df=MIN_DF)
        x = hstack([x, dvec.transform(dwa_texts)]).tocsr()
        data["dwa_vectorizer"] = dvec.to_json()
    else:
        vvec = Vectorizer.fit(texts, verb_features, min_df=MIN_DF)
        x = hstack([x, vvec.transform(texts)]).tocsr()
        data["verb_vectorizer"] = vvec.to_json()
    model = LogisticRegression(C=C_ONET if dwa_texts is not None else C_TEXT, max_iter=3000)
    model.fit(x, labels)
    order = [list(model.classes_).index(label) for label in LABELS]
    data.update(coef=np.round(model.coef_[order], 4).tolist(), intercept=np.round(model.intercept_[order], 4).tolist())
    return data


class TaskModel:
    def __init__(self, data: dict):
        self.vec = Vectorizer.from_json(data["vectorizer"], task_features)
        dwa, verb = data.get("dwa_vectorizer"), data.get("verb_vectorizer")
        self.dwa_vec = Vectorizer.from_json(dwa, task_features) if dwa else None
        self.verb_vec = Vectorizer.from_json(verb, verb_features) if verb else None
        self.coef = np.ascontiguousarray(np.asarray(data["coef"], dtype=np.float32).T)  # features x 3 (C order:
        # scipy would copy a transposed view on every product)
        self.intercept = np.asarray(data["intercept"], dtype=np.float32)

    def proba(self, texts: list[str], dwa_texts: list[str] | None = None) -> np.ndarray:
        """Rows of P(E0), P(E1), P(E2). An O*NET model needs ``dwa_texts`` (may be empty strings)."""
        if not texts:
            return np.zeros((0, 3), dtype=np.float32)
        x = self.vec.transform(texts)
        if self.dwa_vec is not None:
            x = hstack([x, self.dwa_vec.transform(dwa_texts or [""] * len(texts))]).tocsr()
        if self.verb_vec is not None:
            x = hstack([x, self.verb_vec.transform(texts)]).tocsr()
        z = x @ self.coef + self.intercept
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    def predict(self, texts: list[str], dwa_texts: list[str] | None = None) -> list[tuple[str, float]]:
        """(label, score) per text; score = P(E1) + 0.5 P(E2)."""
        p = self.proba(texts, dwa_texts)
        return [(LABELS[int(row.argmax())], round(float(row[1] + 0.5 * row[2]), 4)) for row in p]
