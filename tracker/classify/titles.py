"""Title -> O*NET-SOC code: a naive Bayes model and a nearest-title vote, blended.

The index is the distinct normalized O*NET titles (occupation, alternate, short and
reported titles), each with the codes it names. A query title is cleaned
(``normalize.clean_title``) and vectorized (``vectors.title_features``: words, word
pairs, head word, letter 4-grams; TF-IDF). Two scores per code are mixed:

* a multinomial naive Bayes posterior trained on the (title, code) rows (it learns which
  words and word pieces go with an occupation, so unseen titles generalize);
* a vote of every index title by cosine ** POWER (a soft nearest-neighbour vote that
  dominates when the query is, or nearly is, an O*NET title).

Everything is precomputed at build time into ``titles.npz`` (title matrix, title->code
matrix, NB log-probabilities as a sparse delta over a per-code floor), so a batch is a few
sparse products; an exact O*NET title only ever gets one of its own codes.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix

from tracker.classify.normalize import basic, clean_title
from tracker.classify.vectors import Vectorizer, title_features

POWER = 8  # neighbour weight = cosine ** POWER
MAX_DF = 1500  # features naming more titles than this are left out of the neighbour match
ALPHA = 0.01  # naive Bayes smoothing
BLEND = 0.5  # weight of the neighbour vote against the naive Bayes posterior
CHUNK = 2048
DENSE_ABOVE = 32  # naive Bayes features seen with more codes than this are kept dense in memory
ARRAYS = ("m_data", "m_indices", "m_indptr", "m_shape", "nb_data", "nb_indices", "nb_indptr", "nb_shape",
          "nb_floor", "nb_prior", "title_code_ptr", "title_code_idx")


@dataclass
class TitleMatch:
    code: str | None
    confidence: float
    query: str  # the cleaned title
    matched: str | None  # the nearest index title naming ``code``
    similarity: float
    scores: dict[str, float] = field(default_factory=dict)  # code -> share of the blended score


def _title_code_matrix(title_codes: list[list[int]], n_codes: int) -> csr_matrix:
    rows = np.repeat(np.arange(len(title_codes)), [len(c) for c in title_codes])
    cols = np.fromiter((c for cs in title_codes for c in cs), dtype=np.int32)
    vals = np.repeat([1.0 / len(c) for c in title_codes], [len(c) for c in title_codes])
    return csr_matrix((vals.astype(np.float32), (rows, cols)), shape=(len(title_codes), n_codes))


def _grams(vec: Vectorizer) -> np.ndarray:
    return np.asarray([t.startswith("c:") for t in vec.terms()])


def _unit_rows(m: csr_matrix) -> csr_matrix:
    m = csr_matrix(m, dtype=np.float32)
    m.eliminate_zeros()
    norms = np.sqrt(np.add.reduceat(np.append(m.data ** 2, 0), m.indptr[:-1]))  # 0 appended: empty last rows
    norms[np.diff(m.indptr) == 0] = 1.0
    m.data /= np.repeat(norms, np.diff(m.indptr)).astype(np.float32)
    return m


def build_title_data(pairs) -> tuple[dict, dict[str, np.ndarray]]:
    """(JSON part, arrays) of the title model from (title, code) pairs."""
    by_title: dict[str, set[str]] = defaultdict(set)
    for title, code in pairs:
        key = basic(title)
        if key:
            by_title[key].add(code)
    titles = sorted(by_title)
    codes = sorted({c for cs in by_title.values() for c in cs})
    index = {c: i for i, c in enumerate(codes)}
    title_codes = [sorted(index[c] for c in by_title[t]) for t in titles]
    vec = Vectorizer.fit(titles, title_features)
    m = vec.transform(titles)  # titles x features
    tc = _title_code_matrix(title_codes, len(codes))
    # naive Bayes: one row per (title, code), i.e. the title->code matrix with unit weights
    counts = (csr_matrix((np.ones_like(tc.data), tc.indices, tc.indptr), shape=tc.shape).T @ m).tocsr()
    n_feat = m.shape[1]
    totals = np.asarray(counts.sum(axis=1)).ravel() + ALPHA * n_feat
    floor = np.log(ALPHA / totals)  # log p(feature | code) of a feature never seen with the code
    rows = np.repeat(np.arange(len(codes)), np.diff(counts.indptr))
    delta = csr_matrix((np.log((counts.data + ALPHA) / totals[rows]) - floor[rows], counts.indices, counts.indptr),
                       shape=counts.shape).T.tocsr()  # features x codes
    n_rows = np.asarray([len(cs) for cs in title_codes])
    prior = np.log(np.bincount(np.concatenate([np.asarray(c) for c in title_codes]), minlength=len(codes))
                   / n_rows.sum())
    # the vote compares word features only (letter 4-grams feed naive Bayes: in the vote they
    # would make every query touch thousands of titles), re-normalized so an exact title has
    # cosine 1; features naming more than MAX_DF titles ("engineer") are then left out
    words = csr_matrix(m)
    words.data[_grams(vec)[words.indices]] = 0
    mt = _unit_rows(words).T.tocsr()  # features x titles
    df = np.diff(mt.indptr)
    mt.data[np.repeat(df > MAX_DF, df)] = 0
    mt.eliminate_zeros()
    arrays = {"m_data": mt.data.astype(np.float16), "m_indices": mt.indices.astype(np.int32),
              "m_indptr": mt.indptr.astype(np.int32), "m_shape": np.asarray(mt.shape),
              "nb_data": delta.data.astype(np.float16), "nb_indices": delta.indices.astype(np.int16),
              "nb_indptr": delta.indptr.astype(np.int32), "nb_shape": np.asarray(delta.shape),
              "nb_floor": floor.astype(np.float32), "nb_prior": prior.astype(np.float32),
              "title_code_ptr": np.cumsum([0] + [len(c) for c in title_codes]).astype(np.int32),
              "title_code_idx": np.fromiter((c for cs in title_codes for c in cs), dtype=np.int16)}
    return {"titles": titles, "codes": codes, "vectorizer": vec.to_json()}, arrays


def write_arrays(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """An .npz with fixed timestamps, so the same input gives the same bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ARRAYS:
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue(), compresslevel=9)


class TitleIndex:
    def __init__(self, data: dict, arrays):
        self.titles, self.codes = data["titles"], data["codes"]
        a = {k: arrays[k] for k in ARRAYS}
        self.vec = Vectorizer.from_json(data["vectorizer"], title_features)
        self.grams = _grams(self.vec)
        ptr, idx = a["title_code_ptr"], a["title_code_idx"].astype(np.int32)
        self.title_codes = [idx[ptr[i]:ptr[i + 1]] for i in range(len(self.titles))]
        self.title_code_m = _title_code_matrix(self.title_codes, len(self.codes))
        self.matrix_t = csr_matrix((a["m_data"].astype(np.float32), a["m_indices"], a["m_indptr"]),
                                   shape=tuple(a["m_shape"]))  # features x titles (see build_title_data)
        nb = csr_matrix((a["nb_data"].astype(np.float32), a["nb_indices"].astype(np.int32), a["nb_indptr"]),
                        shape=tuple(a["nb_shape"]))  # features x codes
        # features seen with many codes (common words, letter 4-grams) go in a dense block:
        # sparse x dense is much faster than a sparse product with a nearly dense result
        per = np.diff(nb.indptr)
        self.nb_common = np.flatnonzero(per > DENSE_ABOVE)
        self.nb_dense = nb[self.nb_common].toarray()
        nb.data[np.repeat(per > DENSE_ABOVE, per)] = 0
        nb.eliminate_zeros()
        self.nb = nb
        self.nb_floor, self.nb_prior = a["nb_floor"], a["nb_prior"]
        self.code_titles = self.title_code_m.T.tocsr()  # codes x titles
        self.code_titles.data[:] = 1
        self.code_title = {}  # code -> the first index title naming it
        for t, cs in enumerate(self.title_codes):
            for c in cs:
                self.code_title.setdefault(int(c), t)
        self.heads = {t.rsplit(" ", 1)[-1] for t in self.titles}
        self.exact = {t: i for i, t in enumerate(self.titles)}
        self._cache: dict[str, TitleMatch] = {}  # cleaned title -> match
        self._raw: dict[str, TitleMatch] = {}  # title as given -> match
        self._word_ids: dict[str, list[int]] = {}

    def known_head(self, word: str) -> bool:
        return word in self.heads

    def clean(self, title: str) -> str:
        return basic(clean_title(title, known=self.known_head))

    def match(self, title: str) -> TitleMatch:
        return self.match_many([title])[0]

    def match_many(self, titles: list[str]) -> list[TitleMatch]:
        raw = self._raw
        fresh = {t for t in titles if t not in raw}
        if fresh:
            queries = {t: self.clean(t or "") for t in fresh}
            todo = sorted({q for q in queries.values() if q not in self._cache})
            for start in range(0, len(todo), CHUNK):
                chunk = todo[start:start + CHUNK]
                self._cache.update(zip(chunk, self._score(chunk)))
            raw.update((t, self._cache[q]) for t, q in queries.items())
        out = [raw[t] for t in titles]
        if len(raw) > 200_000:
            self.clear_cache()
        return out

    def clear_cache(self) -> None:
        self._cache.clear()
        self._raw.clear()

    def vectorize(self, queries: list[str]) -> csr_matrix:
        """Same as ``self.vec.transform`` (title_features, sublinear TF-IDF, L2), with each word's
        features looked up once per process."""
        vocab, words_ids = self.vec.vocab, self._word_ids
        rows, cols = [], []
        for i, q in enumerate(queries):
            words = q.split()
            ids = []
            for w in words:
                wi = words_ids.get(w)
                if wi is None:
                    wi = words_ids[w] = [vocab[f] for f in title_features(w) if f in vocab and f[0] in "wc"]
                ids += wi
            ids += [vocab[f] for f in ["b:" + a + "_" + b for a, b in zip(words, words[1:])]
                    + (["h:" + words[-1]] if words else []) if f in vocab]
            rows += [i] * len(ids)
            cols += ids
        m = coo_matrix((np.ones(len(cols), np.float32), (rows, cols)),
                       shape=(len(queries), len(vocab))).tocsr()  # duplicates summed: counts
        m.data = (1.0 + np.log(m.data)) * self.vec.idf[m.indices]
        return _unit_rows(m)

    def _score(self, queries: list[str]) -> list[TitleMatch]:
        q = self.vectorize(queries)
        words = q.copy()
        words.data[self.grams[words.indices]] = 0
        sims = (_unit_rows(words) @ self.matrix_t).tocsr()  # queries x titles, cosine over words
        powered = sims.copy()
        powered.data **= POWER
        votes = (powered @ self.title_code_m).toarray()
        votes /= np.maximum(votes.sum(axis=1, keepdims=True), 1e-30)
        logits = q[:, self.nb_common] @ self.nb_dense
        logits += (q @ self.nb).toarray()
        logits += np.asarray(q.sum(axis=1), np.float32) * self.nb_floor + self.nb_prior
        logits -= logits.max(axis=1, keepdims=True)
        post = np.exp(logits, out=logits)
        post *= (1 - BLEND) / post.sum(axis=1, keepdims=True)
        score = votes
        score *= BLEND
        score += post
        # an O*NET title itself: only its own codes may win
        exact = [(i, self.exact.get(x)) for i, x in enumerate(queries)]
        exact = np.asarray([(i, t) for i, t in exact if t is not None], np.int64).reshape(-1, 2)
        if len(exact):
            own = self.title_code_m[exact[:, 1]].toarray() > 0
            score[exact[:, 0]] = np.where(own, score[exact[:, 0]] + 1e-6, 0)
        top5 = np.argpartition(-score, 5, axis=1)[:, :5]
        top5 = np.take_along_axis(top5, np.argsort(-np.take_along_axis(score, top5, 1), axis=1), 1)
        top5_score = np.take_along_axis(score, top5, 1)
        winners = top5[:, 0]
        near, near_sim = self._nearest(sims, winners)
        empty = (np.diff(q.indptr) == 0).tolist()
        codes, titles = self.codes, self.titles
        out = []
        for i, (query, w, near_t, sim, cs, ss) in enumerate(zip(queries, winners.tolist(), near.tolist(),
                                                                 near_sim.tolist(), top5.tolist(),
                                                                 top5_score.tolist())):
            if empty[i]:
                out.append(TitleMatch(None, 0.0, query, None, 0.0))
                continue
            matched = titles[near_t] if sim > 0 else titles[self.code_title[w]]
            scores = {codes[c]: round(x, 4) for c, x in zip(cs, ss) if x > 0}
            out.append(TitleMatch(codes[w], round(min(1.0, ss[0] * max(sim, 0.25) ** 0.5), 3),
                                  query, matched, round(sim, 3), scores))
        return out

    def _nearest(self, sims: csr_matrix, winners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per query, the most similar index title naming its winning code, and its cosine."""
        own = self.code_titles[winners]  # queries x titles: 1 where the title names the winner
        hits = sims.multiply(own).tocsr()
        hits.eliminate_zeros()
        near = np.zeros(sims.shape[0], np.int64)
        best = np.zeros(sims.shape[0], np.float32)
        rows = np.flatnonzero(np.diff(hits.indptr))
        if len(rows):
            starts = hits.indptr[rows]
            best[rows] = np.maximum.reduceat(hits.data, starts)
            first = np.repeat(best[rows], np.diff(hits.indptr)[rows]) == hits.data
            row_of = np.repeat(rows, np.diff(hits.indptr)[rows])
            near[row_of[first][::-1]] = hits.indices[first][::-1]  # the first maximum of each row
        return near, best
