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
so no step sorts a dense queries x codes array. Queries are vectorized by ``title_rows`` (each
word read once per process) and multiplied as plain arrays by scipy's own kernels (``csr``);
the naive Bayes steps run a block of BLOCK queries at a time, small enough to stay in cache.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

from tracker.classify.bundle import write_npz
from tracker.classify.csr import Right, Rows, lengths, matmat, matvecs, prune, ranges, row_of, select, unit
from tracker.classify.normalize import MAX_CHARS, basic, clean_title, title_segments
from tracker.classify.title_rows import TitleRows
from tracker.classify.title_words import LANGUAGES, TEACHING
from tracker.classify.vectors import Vectorizer, title_features

POWER = 8  # neighbour weight = cosine ** POWER
MAX_DF = 1500  # features naming more titles than this are left out of the neighbour match
ALPHA = 0.01  # naive Bayes smoothing
BLEND = 0.5  # weight of the neighbour vote against the naive Bayes posterior
CHUNK = 2048  # queries scored together
BLOCK = 128  # queries whose naive Bayes posteriors are computed together (about 0.5 MB)
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
    m.data = unit(m.indptr, m.data)
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
    """The title model's arrays as an .npz, in ARRAYS order (the same input gives the same bytes)."""
    write_npz(path, {name: arrays[name] for name in ARRAYS})


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
        self.code_title = np.zeros(len(self.codes), np.int64)  # code -> first title naming it
        self.code_title[first_codes] = title_of[first_at]
        self.title_array = np.asarray(self.titles, dtype=object)
        # the right-hand sides of the products, as arrays for csr.matmat
        self._matrix_t, self._title_code, self._nb = Right(self.matrix_t), Right(self.title_code_m), Right(nb)
        # words that end at least HEAD_MIN index titles: a segment ending in one names a job ("Program
        # Manager"); rarer heads ("operations", "systems") are more often a team than a job
        head_terms = range(bisect_left(terms, "h:"), bisect_left(terms, "h;"))
        idf, n_titles = self.vec.idf, len(self.titles)
        self.heads = {terms[i][2:] for i in head_terms if round(_df(idf[i], n_titles)) >= HEAD_MIN}  # float32 IDF
        self.exact = dict(zip(self.titles, range(len(self.titles))))
        self._cache: dict[str, TitleMatch] = {}  # cleaned title -> match
        self._raw: dict[str, TitleMatch] = {}  # title as given -> match
        self._qualified: dict[tuple[str, str], str | None] = {}
        self.query_rows = TitleRows(terms, self.vec.vocab, self.vec.idf)  # vectorizes queries

    def title_codes(self, t: int) -> list[int]:
        """The code indices an index title names."""
        return self.title_code_idx[self.title_code_ptr[t]:self.title_code_ptr[t + 1]].tolist()

    def pair(self, a: str, b: str) -> bool:
        """Whether "a b" stands in an index title (a word-pair feature); with b empty, whether a does."""
        return f"b:{a}_{b}" in self.vec.vocab if b else f"w:{a}" in self.vec.vocab

    def qualified(self, title: str, query: str) -> str | None:
        """The cleaned title with the title's other segments in front ("Project Manager -
        Construction" -> "construction project manager"), or None when it has none (kept: priming asks
        first, then coding)."""
        if (title, query) in self._qualified:
            return self._qualified[title, query]
        segments = [self._known_end(s) for s in title_segments(title, self.exact.__contains__, self.pair)]
        # a segment none of whose words an index title has ("Munich") says nothing but its letter shapes; one
        # that only names a language is what the job needs ("Localization Lead, Polish"), unless it is taught
        teaches = query.rsplit(" ", 1)[-1] in TEACHING
        others = [s for s in segments if s and s != query and any("w:" + w in self.vec.vocab for w in s.split())
                  and (teaches or not LANGUAGES.issuperset(s.split()))]
        out = self._qualified[title, query] = " ".join(others + [query]) if others and query else None
        return out

    def clean(self, title: str) -> str:
        # already folded and singular
        cleaned = clean_title(title, known=self.heads.__contains__, exact=self.exact.__contains__, pair=self.pair)
        return self._known_end(cleaned) if len(cleaned) <= MAX_CHARS else basic(cleaned)

    def _known_end(self, cleaned: str) -> str:
        """Without words after the job that no index title has ("account executive france", "office
        manager chicago": a place left without a separator); the rules read a title's last word."""
        words = cleaned.split()
        end = len(words)
        while end > 1 and "w:" + words[end - 1] not in self.vec.vocab:
            end -= 1
        if end == len(words) or words[end - 1] not in self.heads:
            return cleaned
        # cleaned again: the whole-segment rewrites ("automotive technician", "growth manager") now apply
        return clean_title(" ".join(words[:end]), known=self.heads.__contains__, exact=self.exact.__contains__,
                           pair=self.pair)

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
        self._qualified.clear()

    def vectorize(self, queries: list[str]) -> csr_matrix:
        """Same as ``self.vec.transform`` (title_features, sublinear TF-IDF, L2)."""
        ptr, idx, data = self.query_rows.transform(queries)
        return csr_matrix((data, idx, ptr), shape=(len(queries), len(self.vec.vocab)))

    def _score(self, queries: list[str]) -> list[TitleMatch]:
        n, n_codes = len(queries), len(self.codes)
        if not n:
            return []
        q = q_ptr, q_idx, q_data = self.query_rows.transform(queries)
        # the vote: cosine over the word features (letter grams left out, the rest re-normalized)
        w_ptr, w_idx, w_data = select(q, ~self.grams[q_idx])
        sims = prune(matmat((w_ptr, w_idx, unit(w_ptr, w_data)), self._matrix_t), PRUNE)  # queries x titles
        v_ptr, v_idx, v_data = matmat((sims[0], sims[1], sims[2] ** POWER), self._title_code)  # queries x codes
        vote_rows = row_of(v_ptr)
        v_data *= (BLEND / np.maximum(np.bincount(vote_rows, v_data, minlength=n), 1e-30))[vote_rows]
        # candidates: every code with a vote or a posterior share above TINY (the argmax always
        # is); an O*NET title's own codes always are
        exact = np.fromiter(map(self.exact.get, queries, repeat(-1)), np.int64, n)
        exact_rows = np.flatnonzero(exact >= 0)
        own_ptr = self.title_code_ptr[exact[exact_rows]]
        own_n = self.title_code_ptr[exact[exact_rows] + 1] - own_ptr
        voted = vote_rows * n_codes + v_idx
        own = np.repeat(exact_rows, own_n) * n_codes + self.title_code_idx[ranges(own_ptr, own_n)]  # sorted
        own_at = np.searchsorted(own, np.arange(n + 1) * n_codes)  # where each query's own codes start
        nb_rows, rare = self._nb_rows(q), matmat(q, self._nb)
        # a block of queries at a time: the dense steps then stay in the CPU cache
        parts = [self._blend(nb_rows, rare, (voted[v_ptr[lo]:v_ptr[hi]], v_data[v_ptr[lo]:v_ptr[hi]]),
                             own[own_at[lo]:own_at[hi]], exact[lo:hi] >= 0, lo, hi)
                 for lo, hi in zip(range(0, n, BLOCK), [*range(BLOCK, n, BLOCK), n])]
        flat = np.concatenate([p[0] for p in parts])  # query * n_codes + code, sorted
        vals = np.concatenate([p[1] for p in parts])
        r, c = np.divmod(flat, n_codes)
        vals[exact[r] >= 0] += 1e-6  # an O*NET title itself: only its own codes may win (its only candidates)
        live = vals > 0
        r, c, vals = r[live], c[live], vals[live]
        order = np.argsort(r * 4.0 - vals, kind="stable")  # by query, best first (vals < 2)
        r, c, vals = r[order], c[order], vals[order]
        starts = np.searchsorted(r, np.arange(n + 1))
        rank = np.arange(len(r)) - starts[r]
        keep = rank < TOP
        r, c, vals, first = r[keep], c[keep], vals[keep], rank[keep] == 0
        winners, top = np.zeros(n, np.int64), np.zeros(n)
        has = np.zeros(n, bool)
        winners[r[first]], top[r[first]], has[r] = c[first], vals[first], True
        near, near_sim = self._nearest(sims, winners)
        near_sim = near_sim.astype(np.float64)
        return self._matches(queries, (lengths(q_ptr) == 0) | ~has, winners, top, near, near_sim, r, c, vals)

    def _nb_rows(self, q: Rows) -> Rows:
        """The queries' rows against ``nb_dense``: their common features, then the per-code floor
        (x the query's feature mass), then the prior (the last two rows of nb_dense)."""
        q_ptr, q_idx, q_data = q
        n = len(q_ptr) - 1
        pos = self.nb_pos[q_idx]
        common = pos >= 0
        q_rows = row_of(q_ptr)
        c_rows = q_rows[common]
        ptr = np.zeros(n + 1, np.int32)
        np.cumsum(np.bincount(c_rows, minlength=n) + 2, out=ptr[1:])
        idx, data = np.empty(ptr[-1], np.int32), np.empty(ptr[-1], np.float32)
        at = np.arange(len(c_rows)) + 2 * c_rows  # each earlier query adds its two entries
        idx[at], data[at] = pos[common], q_data[common]
        idx[ptr[1:] - 2], data[ptr[1:] - 2] = len(self.nb_common), np.bincount(q_rows, q_data, minlength=n)
        idx[ptr[1:] - 1], data[ptr[1:] - 1] = len(self.nb_common) + 1, 1.0
        return ptr, idx, data

    def _blend(self, nb_rows: Rows, rare: Rows, votes: tuple[np.ndarray, np.ndarray], own: np.ndarray,
               exact: np.ndarray, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """For queries lo..hi: the candidates (keys query * n_codes + code, sorted) and their
        blended scores. ``votes``: keys and votes (x BLEND); ``own``: keys of the own codes of
        O*NET titles (``exact`` marks them): their only candidates, whatever their score."""
        n_codes = len(self.codes)
        ptr, idx, data = nb_rows
        a, b = ptr[lo], ptr[hi]
        logits = matvecs((ptr[lo:hi + 1] - a, idx[a:b], data[a:b]), self.nb_dense)
        ptr, idx, data = rare  # one entry per (query, code): a plain fancy-index add is exact
        a, b = ptr[lo], ptr[hi]
        logits.ravel()[(row_of(ptr[lo:hi + 1]) * n_codes + idx[a:b])] += data[a:b]
        logits -= logits.max(axis=1, keepdims=True)
        np.maximum(logits, -80.0, out=logits)  # exp(-80) is 0 here, and exp of a denormal result is slow
        post = np.exp(logits, out=logits)
        scale = (1 - BLEND) / post.sum(axis=1)
        mark = post > (TINY / scale)[:, None]
        voted = votes[0] - lo * n_codes
        mark.ravel()[voted] = True
        mark[exact] = False  # an O*NET title's other codes could not win: no step below need carry them
        mark.ravel()[own - lo * n_codes] = True
        flat = np.flatnonzero(mark)
        vote = np.zeros_like(post)
        vote.ravel()[voted] = votes[1]
        return flat + lo * n_codes, post.ravel()[flat] * scale[flat // n_codes] + vote.ravel()[flat]

    def _matches(self, queries, empty, winners, top, near, near_sim, r, c, vals) -> list[TitleMatch]:
        """The TitleMatch of each query from the per-query arrays and its (r, c, vals) candidates, best first."""
        n = len(queries)
        confidence = np.round(np.minimum(1.0, top * np.sqrt(np.maximum(near_sim, 0.25))), 3)
        matched = self.title_array[np.where(near_sim > 0, near, self.code_title[winners])]
        code = self.code_array[winners]
        code[empty] = matched[empty] = None
        starts = np.searchsorted(r, np.arange(n + 1))
        ends = starts[1:].tolist()
        starts = np.where(empty, starts[1:], starts[:-1]).tolist()  # no candidates for an empty query
        pairs = list(zip(self.code_array[c].tolist(), np.round(vals.astype(np.float64), 4).tolist()))
        scores = [dict(pairs[a:b]) for a, b in zip(starts, ends)]
        return list(map(TitleMatch, code.tolist(), np.where(empty, 0.0, confidence).tolist(), queries,
                        matched.tolist(), np.where(empty, 0.0, np.round(near_sim, 3)).tolist(), scores))

    def _names(self, titles: np.ndarray, codes: np.ndarray) -> np.ndarray:
        """Whether each index title names the code beside it."""
        out = self.first_code[titles] == codes  # most titles name one code: no search needed
        other = np.flatnonzero(~out & self.multi[titles])
        if len(other):
            keys = titles[other].astype(np.int64) * len(self.codes) + codes[other]
            at = np.minimum(np.searchsorted(self.title_code_keys, keys), len(self.title_code_keys) - 1)
            out[other] = self.title_code_keys[at] == keys
        return out

    def _nearest(self, sims: Rows, winners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per query, the most similar index title naming its winning code, and its cosine."""
        ptr, idx, data = sims
        n = len(ptr) - 1
        row = row_of(ptr)
        names = self._names(idx, winners[row])
        data = np.where(names, data, 0)
        near = np.zeros(n, np.int64)
        best = np.zeros(n, np.float32)
        rows = np.flatnonzero(lengths(ptr))
        if len(rows):
            best[rows] = np.maximum.reduceat(data, ptr[rows])
            first = names & (data == best[row]) & (data > 0)
            near[row[first][::-1]] = idx[first][::-1]  # the first maximum of each row
        return near, best


def _df(idf: float, n: int) -> float:
    """A feature's document frequency back from its smoothed IDF (log((1 + n) / (1 + df)) + 1)."""
    return (1 + n) / np.exp(idf - 1) - 1
