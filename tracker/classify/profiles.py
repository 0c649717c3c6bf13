"""Occupation profiles: which occupations a posting's description reads like.

Each O*NET occupation is one document: its title, O*NET description, task statements and every
title O*NET lists for it (alternate and reported titles). Descriptions name their job and its
neighbours ("originate mortgage loans", "our litigation practice"), which task statements alone
seldom do: with the titles in, a bare "Officer" or "Analyst" with a description is coded right
three times as often (bench/classify_real_titles.py, tests/classify/test_profiles.py).

Words only (singular, no stop words), sublinear TF-IDF, L2-normalized; an affinity is the
cosine of the description with each profile.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

from tracker.classify.vectors import Vectorizer, content_words

TOP = 10  # occupations an affinity keeps
MAX_CHARS = 50_000


def build_profiles(occupations: dict[str, dict], tasks: list[dict], titles: list[tuple[str, str]]) -> dict:
    """The arrays of profiles.npz from O*NET occupations ({code: {title, description}}), task
    statements ({code, text}) and (title, code) pairs."""
    parts: dict[str, list[str]] = defaultdict(list)
    for code, o in occupations.items():
        parts[code] += [o["title"], o["description"]]
    for t in tasks:
        parts[t["code"]].append(t["text"])
    for title, code in titles:
        parts[code].append(title)
    codes = sorted(parts)
    docs = [" . ".join(parts[c]) for c in codes]
    vec = Vectorizer.fit(docs, content_words)
    m = vec.transform(docs).T.tocsr()  # terms x occupations: a description's row times this
    return {"terms": np.asarray(vec.terms()), "idf": vec.idf, "codes": np.asarray(codes),
            "indptr": m.indptr.astype(np.int32), "indices": m.indices.astype(np.uint16),  # < 65,536 codes
            "data": m.data.astype(np.float16)}  # half the bytes; cosines move by < 0.001


class Profiles:
    def __init__(self, arrays):
        terms = arrays["terms"].tolist()
        self.vec = Vectorizer({t: i for i, t in enumerate(terms)}, arrays["idf"], content_words)
        self.codes = arrays["codes"].tolist()
        self.matrix = csr_matrix((arrays["data"].astype(np.float32), arrays["indices"].astype(np.int32),
                                  arrays["indptr"]), shape=(len(terms), len(self.codes)))

    @classmethod
    def load(cls, path: Path) -> Profiles:
        with np.load(path, allow_pickle=False) as a:
            return cls(a)

    def affinity(self, description: str) -> dict[str, float]:
        """Cosine of the description with the TOP closest occupation profiles, by code."""
        sims = (self.vec.transform([description[:MAX_CHARS]]) @ self.matrix).toarray().ravel()
        top = np.argsort(-sims, kind="stable")[:TOP]
        return {self.codes[i]: float(sims[i]) for i in top if sims[i] > 0}
