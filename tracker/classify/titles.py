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
sparse products; an exact O*NET title only ever gets one of its own codes. At run time the
neighbours below PRUNE x the best cosine are dropped (their cosine ** 8 votes are noise), and
only codes with a vote or a posterior share above TINY are ranked (the winner always is one),
so no step sorts a dense queries x codes array.
"""

from __future__ import annotations

import io
from bisect import bisect_left
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

from tracker.classify.normalize import MAX_CHARS, basic, clean_title, title_segments
from tracker.classify.vectors import Vectorizer, title_features

POWER = 8  # neighbour weight = cosine ** POWER
MAX_DF = 1500  # features naming more titles than this are left out of the neighbour match
ALPHA = 0.01  # naive Bayes smoothing
BLEND = 0.5  # weight of the neighbour vote against the naive Bayes posterior
CHUNK = 2048
PRUNE = 0.25  # neighbours below PRUNE x the best cosine are dropped (0.25 ** POWER ~ 1.5e-5)
TOP = 5  # candidates kept per title in TitleMatch.scores
TINY = 1e-5  # posterior shares below this are not candidates unless voted for
EMPLOYMENT_PRIOR = 0.5  # weight of log employment share in the naive Bayes prior (else title counts)
EMPLOYMENT_FLOOR = 1000.0  # jobs assumed for a code without a published count
HEAD_MIN = 10  # index titles a head word must end to mark a segment as the job
DENSE_ABOVE = 32  # naive Bayes features seen with more codes than this are kept dense in memory
ARRAYS = ("m_data", "m_indices", "m_indptr", "m_shape", "nb_data", "nb_indices", "nb_indptr", "nb_shape",
          "nb_floor", "nb_prior", "title_code_ptr", "title_code_idx")


@dataclass(slots=True)
class TitleMatch:
    code: str | None
    confidence: float
    query: str  # the cleaned title
    matched: str | None  # the nearest index title naming ``code``
    similarity: float
    scores: dict[str, float] = field(default_factory=dict)  # code -> share of the blended score
    qualified: str | None = None  # set when the title read with its other segments chose ``code``


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


def employment_prior(codes: list[str], employment: dict[str, float]) -> np.ndarray:
    """Each code's share of US employment (O*NET sub-codes split their SOC's count; a code
    without a count gets EMPLOYMENT_FLOOR)."""
    soc = [c[:7] for c in codes]
    per_soc = Counter(soc)
    emp = np.asarray([max(employment.get(s, employment.get(s[:6] + "0", 0.0)), EMPLOYMENT_FLOOR) / per_soc[s]
                      for s in soc])
    return emp / emp.sum()


def build_title_data(pairs, employment: dict[str, float] | None = None) -> tuple[dict, dict[str, np.ndarray]]:
    """(JSON part, arrays) of the title model from (title, code) pairs; with ``employment`` (6-digit
    SOC -> US jobs) the naive Bayes prior mixes in each occupation's share of jobs (EMPLOYMENT_PRIOR)."""
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
    if employment:
        prior = (1 - EMPLOYMENT_PRIOR) * prior + EMPLOYMENT_PRIOR * np.log(employment_prior(codes, employment))
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
        terms = data["vectorizer"]["terms"]  # sorted: the "c:" letter grams and "h:" heads are runs
        self.grams = np.zeros(len(terms), bool)
        self.grams[bisect_left(terms, "c:"):bisect_left(terms, "c;")] = True
        ptr, idx = a["title_code_ptr"].astype(np.int64), a["title_code_idx"].astype(np.int32)
        self.title_code_ptr, self.title_code_idx = ptr, idx
        per_title = np.diff(ptr)
        title_of = np.repeat(np.arange(len(self.titles)), per_title)
        self.title_code_m = csr_matrix((np.repeat(1.0 / np.maximum(per_title, 1), per_title).astype(np.float32),
                                        idx, ptr), shape=(len(self.titles), len(self.codes)))
        self.matrix_t = csr_matrix((a["m_data"].astype(np.float32), a["m_indices"], a["m_indptr"]),
                                   shape=tuple(a["m_shape"]))  # features x titles (see build_title_data)
        nb = csr_matrix((a["nb_data"].astype(np.float32), a["nb_indices"].astype(np.int32), a["nb_indptr"]),
                        shape=tuple(a["nb_shape"]))  # features x codes
        # features seen with many codes (common words, letter 4-grams) go in a dense block:
        # sparse x dense is much faster than a sparse product with a nearly dense result
        per = np.diff(nb.indptr)
        self.nb_common = np.flatnonzero(per > DENSE_ABOVE)
        self.nb_dense = np.vstack([nb[self.nb_common].toarray(), a["nb_floor"], a["nb_prior"]]).astype(np.float32)
        self.nb_pos = np.full(nb.shape[0], -1, np.int64)
        self.nb_pos[self.nb_common] = np.arange(len(self.nb_common))
        nb.data[np.repeat(per > DENSE_ABOVE, per)] = 0
        nb.eliminate_zeros()
        self.nb = nb
        self.nb_floor, self.nb_prior = a["nb_floor"], a["nb_prior"]
        self.title_code_keys = np.sort(title_of * len(self.codes) + idx)  # title * n_codes + code, sorted
        self.first_code, self.multi = idx[ptr[:-1]], per_title > 1
        self.code_array = np.asarray(self.codes, dtype=object)
        first_codes, first_at = np.unique(idx, return_index=True)
        self.code_title = dict(zip(first_codes.tolist(), title_of[first_at].tolist()))  # code -> first title naming it
        # words that end at least HEAD_MIN index titles: a segment ending in one names a job ("Program
        # Manager"); rarer heads ("operations", "systems") are more often a team than a job
        head_terms = range(bisect_left(terms, "h:"), bisect_left(terms, "h;"))
        idf, n_titles = self.vec.idf, len(self.titles)
        self.heads = {terms[i][2:] for i in head_terms if round(_df(idf[i], n_titles)) >= HEAD_MIN}  # float32 IDF
        self.exact = dict(zip(self.titles, range(len(self.titles))))
        self._cache: dict[str, TitleMatch] = {}  # cleaned title -> match
        self._raw: dict[str, TitleMatch] = {}  # title as given -> match
        self._word_ids: dict[str, tuple[list[int], int | None]] = {}

    def title_codes(self, t: int) -> list[int]:
        """The code indices an index title names."""
        return self.title_code_idx[self.title_code_ptr[t]:self.title_code_ptr[t + 1]].tolist()

    def pair(self, a: str, b: str) -> bool:
        """Whether "a b" stands in an index title (a word-pair feature)."""
        return f"b:{a}_{b}" in self.vec.vocab

    def qualified(self, title: str, query: str) -> str | None:
        """The cleaned title with the title's other segments in front ("Project Manager -
        Construction" -> "construction project manager"), or None when it has none."""
        others = [s for s in title_segments(title, self.exact.__contains__, self.pair) if s and s != query]
        return " ".join(others + [query]) if others and query else None

    def clean(self, title: str) -> str:
        # already folded and singular
        cleaned = clean_title(title, known=self.heads.__contains__, exact=self.exact.__contains__, pair=self.pair)
        return cleaned if len(cleaned) <= MAX_CHARS else basic(cleaned)

    def match(self, title: str) -> TitleMatch:
        return self.match_many([title])[0]

    def match_many(self, titles: list[str]) -> list[TitleMatch]:
        raw = self._raw
        fresh = {t for t in titles if t not in raw}
        if fresh:
            queries = {t: self.clean(t or "") for t in fresh}
            todo = [q for q in dict.fromkeys(queries.values()) if q not in self._cache]
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
        features looked up once per process and the matrix built straight from the id lists."""
        vocab, words_ids = self.vec.vocab, self._word_ids
        cols: list[int] = []
        indptr = [0]
        for q in queries:
            words = q.split()
            for w in words:
                wi = words_ids.get(w)
                if wi is None:  # the word and letter-gram ids, and the id of the word as a head
                    wi = words_ids[w] = ([vocab[f] for f in title_features(w) if f in vocab and f[0] in "wc"],
                                         vocab.get("h:" + w))
                cols += wi[0]
            for a, b in zip(words, words[1:]):
                f = vocab.get(f"b:{a}_{b}")
                if f is not None:
                    cols.append(f)
            if words and wi[1] is not None:
                cols.append(wi[1])
            indptr.append(len(cols))
        m = csr_matrix((np.ones(len(cols), np.float32), np.asarray(cols, np.int32), np.asarray(indptr, np.int64)),
                       shape=(len(queries), len(vocab)))
        m.sum_duplicates()  # duplicates summed: counts
        m.data = (1.0 + np.log(m.data)) * self.vec.idf[m.indices]
        return _unit_rows(m)

    def _score(self, queries: list[str]) -> list[TitleMatch]:
        q = self.vectorize(queries)
        n, n_codes = len(queries), len(self.codes)
        words = q.copy()
        words.data[self.grams[words.indices]] = 0
        sims = _prune((_unit_rows(words) @ self.matrix_t).tocsr())  # queries x titles, cosine over words
        powered = csr_matrix((sims.data ** POWER, sims.indices, sims.indptr), shape=sims.shape)
        vs = (powered @ self.title_code_m).tocsr()  # queries x codes, few entries a row
        vote_rows = np.repeat(np.arange(n), np.diff(vs.indptr))
        vs.data *= (BLEND / np.maximum(np.bincount(vote_rows, vs.data, minlength=n), 1e-30))[vote_rows]
        votes = vs.toarray()
        # naive Bayes: common features against a dense block, the rest sparse
        pos = self.nb_pos[q.indices]
        common = pos >= 0
        # two more columns carry the per-code floor (x the query's feature mass) and the prior
        q_rows = np.repeat(np.arange(n), np.diff(q.indptr))
        rows = np.concatenate([q_rows[common], np.arange(n), np.arange(n)])
        cols = np.concatenate([pos[common], np.full(n, len(self.nb_common)), np.full(n, len(self.nb_common) + 1)])
        data = np.concatenate([q.data[common], np.bincount(q_rows, q.data, minlength=n).astype(np.float32),
                               np.ones(n, np.float32)])
        order = np.argsort(rows, kind="stable")
        qc = csr_matrix((data[order], cols[order], np.searchsorted(rows[order], np.arange(n + 1))),
                        shape=(n, len(self.nb_common) + 2))
        logits = qc @ self.nb_dense
        rare = (q @ self.nb).tocoo()  # one entry per (query, code): a plain fancy-index add is exact
        logits.ravel()[rare.row * n_codes + rare.col] += rare.data
        logits -= logits.max(axis=1, keepdims=True)
        np.maximum(logits, -80.0, out=logits)  # exp(-80) is 0 here, and exp of a denormal result is slow
        post = np.exp(logits, out=logits)
        scale = (1 - BLEND) / post.sum(axis=1)
        # candidates: every code with a vote or a posterior share above TINY (the argmax always is)
        mark = post > (TINY / scale)[:, None]
        mark[vote_rows, vs.indices] = True
        exact = np.asarray([self.exact.get(x, -1) for x in queries], np.int64)
        exact_rows = np.flatnonzero(exact >= 0)
        own_codes = self.title_code_m[exact[exact_rows]]  # an O*NET title's own codes are always candidates
        mark[np.repeat(exact_rows, np.diff(own_codes.indptr)), own_codes.indices] = True
        flat = np.flatnonzero(mark)
        r, c = np.divmod(flat, n_codes)
        vals = post.ravel()[flat] * scale[r] + votes.ravel()[flat]
        # an O*NET title itself: only its own codes may win
        ex = exact[r] >= 0
        if ex.any():
            own = self._names(exact[r[ex]], c[ex])
            vals[ex] = np.where(own, vals[ex] + 1e-6, 0)
        live = vals > 0
        r, c, vals = r[live], c[live], vals[live]
        order = np.argsort(r * 4.0 - vals, kind="stable")  # by query, best first (vals < 2)
        r, c, vals = r[order], c[order], vals[order]
        starts = np.searchsorted(r, np.arange(n))
        rank = np.arange(len(r)) - starts[r]
        keep = rank < TOP
        r, c, vals, first = r[keep], c[keep], vals[keep], rank[keep] == 0
        winners, top = np.zeros(n, np.int64), np.zeros(n)
        has = np.zeros(n, bool)
        winners[r[first]], top[r[first]], has[r] = c[first], vals[first], True
        near, near_sim = self._nearest(sims, winners)
        near_sim = near_sim.astype(np.float64)
        confidence = np.round(np.minimum(1.0, top * np.sqrt(np.maximum(near_sim, 0.25))), 3).tolist()
        empty = ((np.diff(q.indptr) == 0) | ~has).tolist()
        bounds = np.searchsorted(r, np.arange(n + 1)).tolist()
        code_l, rounded = self.code_array[c].tolist(), np.round(vals.astype(np.float64), 4).tolist()
        titles, code_title = self.titles, self.code_title
        out = []
        for i, (query, w, near_t, sim, sim_3) in enumerate(zip(queries, winners.tolist(), near.tolist(),
                                                               near_sim.tolist(), np.round(near_sim, 3).tolist())):
            if empty[i]:
                out.append(TitleMatch(None, 0.0, query, None, 0.0))
                continue
            a, b = bounds[i], bounds[i + 1]
            matched = titles[near_t] if sim > 0 else titles[code_title[w]]
            out.append(TitleMatch(code_l[a], confidence[i], query, matched, sim_3,
                                  dict(zip(code_l[a:b], rounded[a:b]))))
        return out

    def _names(self, titles: np.ndarray, codes: np.ndarray) -> np.ndarray:
        """Whether each index title names the code beside it."""
        out = self.first_code[titles] == codes  # most titles name one code: no search needed
        other = np.flatnonzero(~out & self.multi[titles])
        if len(other):
            keys = titles[other].astype(np.int64) * len(self.codes) + codes[other]
            at = np.minimum(np.searchsorted(self.title_code_keys, keys), len(self.title_code_keys) - 1)
            out[other] = self.title_code_keys[at] == keys
        return out

    def _nearest(self, sims: csr_matrix, winners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per query, the most similar index title naming its winning code, and its cosine."""
        n = sims.shape[0]
        row_of = np.repeat(np.arange(n), np.diff(sims.indptr))
        names = self._names(sims.indices, winners[row_of])
        data = np.where(names, sims.data, 0)
        near = np.zeros(n, np.int64)
        best = np.zeros(n, np.float32)
        rows = np.flatnonzero(np.diff(sims.indptr))
        if len(rows):
            best[rows] = np.maximum.reduceat(data, sims.indptr[rows])
            first = names & (data == best[row_of]) & (data > 0)
            near[row_of[first][::-1]] = sims.indices[first][::-1]  # the first maximum of each row
        return near, best


def _df(idf: float, n: int) -> float:
    """A feature's document frequency back from its smoothed IDF (log((1 + n) / (1 + df)) + 1)."""
    return (1 + n) / np.exp(idf - 1) - 1


def _prune(sims: csr_matrix) -> csr_matrix:
    """Drop cosines below PRUNE x the row's best: at POWER 8 their votes are negligible."""
    counts = np.diff(sims.indptr)
    rows = np.flatnonzero(counts)
    if not len(rows):
        return sims
    best = np.zeros(sims.shape[0], np.float32)
    best[rows] = np.maximum.reduceat(sims.data, sims.indptr[rows])
    sims.data[sims.data < np.repeat(best * np.float32(PRUNE), counts)] = 0
    sims.eliminate_zeros()
    return sims
