"""Title -> O*NET-SOC code: weighted k-nearest neighbours over O*NET titles.

The index is the distinct normalized O*NET titles (occupation, alternate, short and
reported titles), each with the codes it names. A query title is cleaned
(``normalize.clean_title``), vectorized (``vectors.title_features``) and compared with
every index title by cosine; the top ``K`` neighbours vote for their codes with weight
``cos ** POWER``. An exact match has cosine 1 and so dominates the vote.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from tracker.classify.normalize import basic, clean_title
from tracker.classify.vectors import Vectorizer, title_features

K, POWER = 20, 4
MAX_DF = 1500


@dataclass
class TitleMatch:
    code: str | None
    confidence: float
    query: str  # the cleaned title
    matched: str | None  # the nearest index title naming ``code``
    similarity: float
    scores: dict[str, float] = field(default_factory=dict)  # code -> share of the vote


def build_title_data(pairs) -> dict:
    """Serializable index data from (title, code) pairs."""
    by_title: dict[str, set[str]] = defaultdict(set)
    for title, code in pairs:
        key = basic(title)
        if key:
            by_title[key].add(code)
    titles = sorted(by_title)
    codes = sorted({c for cs in by_title.values() for c in cs})
    index = {c: i for i, c in enumerate(codes)}
    vec = Vectorizer.fit(titles, title_features)
    return {"titles": titles, "codes": codes,
            "title_codes": [sorted(index[c] for c in by_title[t]) for t in titles],
            "vectorizer": vec.to_json()}


class TitleIndex:
    def __init__(self, data: dict):
        self.titles, self.codes = data["titles"], data["codes"]
        self.title_codes = data["title_codes"]
        self.vec = Vectorizer.from_json(data["vectorizer"], title_features)
        matrix_t = self.vec.transform(self.titles).T.tocsr()  # features x titles
        # features naming more than MAX_DF titles ("engineer", "-ist") add little to a cosine
        # but make every query touch thousands of titles: they are left out of the match
        df = np.diff(matrix_t.indptr)
        keep = np.repeat(df <= MAX_DF, df)
        matrix_t.data[~keep] = 0
        matrix_t.eliminate_zeros()
        self.matrix_t = matrix_t
        self.heads = {t.split()[-1] for t in self.titles}
        self.exact = {t: i for i, t in enumerate(self.titles)}
        self._cache: dict[str, TitleMatch] = {}

    def known_head(self, word: str) -> bool:
        return word in self.heads

    def clean(self, title: str) -> str:
        return basic(clean_title(title, known=self.known_head))

    def match(self, title: str) -> TitleMatch:
        return self.match_many([title])[0]

    def match_many(self, titles: list[str]) -> list[TitleMatch]:
        queries = [self.clean(t or "") for t in titles]
        todo = sorted({q for q in queries if q not in self._cache})
        if todo:
            sims = (self.vec.transform(todo) @ self.matrix_t).tocsr()
            for i, q in enumerate(todo):
                lo, hi = sims.indptr[i], sims.indptr[i + 1]
                self._cache[q] = self._vote(q, sims.indices[lo:hi], sims.data[lo:hi])
            if len(self._cache) > 200_000:
                self._cache.clear()
        return [self._cache[q] for q in queries]

    def _vote(self, query: str, idx: np.ndarray, sim: np.ndarray) -> TitleMatch:
        if not len(idx):
            return TitleMatch(None, 0.0, query, None, 0.0)
        top = np.argpartition(-sim, K)[:K] if len(sim) > K else np.arange(len(sim))
        votes: dict[int, float] = defaultdict(float)
        best: dict[int, tuple[float, int]] = {}
        for j in top:
            t, s = int(idx[j]), float(sim[j])
            cs = self.title_codes[t]
            for c in cs:
                votes[c] += s ** POWER / len(cs)
                if c not in best or s > best[c][0]:
                    best[c] = (s, t)
        total = sum(votes.values())
        exact = self.exact.get(query)
        if exact is not None:  # an O*NET title itself: only its own codes may win
            for c in self.title_codes[exact]:
                if c not in votes:
                    votes[c], best[c] = 1.0 / len(self.title_codes[exact]), (1.0, exact)
                    total += votes[c]
            winner = max(self.title_codes[exact], key=lambda c: votes[c])
        else:
            winner = max(votes, key=lambda c: (votes[c], best[c][0]))
        share, (s, t) = votes[winner] / total, best[winner]
        scores = {self.codes[c]: round(v / total, 4) for c, v in sorted(votes.items(), key=lambda kv: -kv[1])[:5]}
        return TitleMatch(self.codes[winner], round(min(1.0, share * s ** 0.5), 3), query,
                          self.titles[t], round(s, 3), scores)
