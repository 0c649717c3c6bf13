"""A posting's duties: split the description into statements and match them to O*NET tasks."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

MIN_WORDS, MAX_WORDS, MAX_DUTIES = 4, 60, 40
MATCH_MIN = 0.3  # cosine below this: the duty is scored by the task model instead
SAME_OCCUPATION_BONUS = 0.05
SPLIT = re.compile(r"\n+|(?<=[.!?;])\s+|\s*[\u2022\u25cf\u25aa\u2023\u2043*]\s+|\s+-\s+(?=[A-Z])")
SKIP = re.compile(r"\b(equal opportunity|benefits?|salary|compensation|401\(?k|pto|paid time|"
                  r"apply|applicants?|we are|we're|our (company|mission|team)|about us|visa|"
                  r"dental|insurance|holidays?|perks?|eeo|disabilit|veteran)\b", re.I)


@dataclass
class Duty:
    text: str
    task: str | None  # the matched O*NET task statement
    task_code: str | None
    similarity: float
    label: str  # E0|E1|E2
    score: float  # rubric weight (E1 = 1, E2 = 0.5, E0 = 0), or the model's expected weight
    source: str  # "task" (matched, task label) or "model"


def split_duties(description: str | None) -> list[str]:
    """Duty-like statements: 4-60 words, not benefits or hiring boilerplate."""
    out = []
    for part in SPLIT.split((description or "")[:50_000]):
        s = part.strip(" -\t\u2013:")
        n = len(s.split())
        if MIN_WORDS <= n <= MAX_WORDS and not SKIP.search(s):
            out.append(s)
        if len(out) >= MAX_DUTIES:
            break
    return out


def match_duties(duties: list[str], tasks, code: str | None) -> list[Duty]:
    """Match each duty to its nearest task (own occupation preferred); else the task model."""
    if not duties:
        return []
    sims = (tasks.vec.transform(duties) @ tasks.matrix_t).toarray()
    if code is not None:
        sims[:, tasks.code_mask(code)] += SAME_OCCUPATION_BONUS
    best = sims.argmax(axis=1)
    predicted = tasks.model.predict(duties)
    out = []
    for i, duty in enumerate(duties):
        j, s = int(best[i]), float(sims[i, best[i]])
        if s >= MATCH_MIN:
            label = tasks.labels[j]
            out.append(Duty(duty, tasks.texts[j], tasks.codes[j], round(s, 3), label, tasks.weights[label], "task"))
        else:
            label, score = predicted[i]
            out.append(Duty(duty, None, None, round(s, 3), label, score, "model"))
    return out


def occupation_affinity(description: str, tasks) -> dict[str, float]:
    """Cosine of the whole description with each occupation's task profile (top 10)."""
    v = tasks.vec.transform([description[:50_000]])
    sims = np.asarray((v @ tasks.profiles_t).todense()).ravel()
    top = np.argsort(-sims)[:10]
    return {tasks.profile_codes[i]: float(sims[i]) for i in top if sims[i] > 0}
