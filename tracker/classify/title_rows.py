"""TF-IDF rows of many cleaned titles at once, as CSR arrays (the run-time side of ``titles``).

The features are those of ``vectors.title_features`` (words, word pairs, the head word, letter
4-grams). Each distinct word is read once per process: it gets an id, and arrays indexed by id
keep its word and letter-gram feature ids, its head feature id, and (as sorted keys
``first id << 32 | second id``) the word-pair features it starts, found from its run of
``"b:<word>_"`` terms in the sorted vocabulary. A batch is then one dict lookup per word and a
few array operations, however many words and pairs it has.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import chain, compress, repeat

import numpy as np

from tracker.classify.csr import Rows, ranges, unit
from tracker.classify.vectors import letter_grams


def _grow(a: np.ndarray, size: int, fill: int = 0) -> np.ndarray:
    """``a`` with room for ``size`` items (doubling, so appends stay amortized O(1))."""
    if size <= len(a):
        return a
    out = np.full(max(size, 2 * len(a)), fill, a.dtype)
    out[:len(a)] = a
    return out


class TitleRows:
    def __init__(self, terms: list[str], vocab: dict[str, int], idf: np.ndarray):
        """``terms``: the vocabulary in id order (sorted, as ``Vectorizer.fit`` leaves it)."""
        self.terms, self.vocab, self.idf = terms, vocab, idf
        self.ids: dict[str, int] = {}  # word -> id
        self.words: list[str] = []  # id -> word
        self.count = np.zeros(0, np.int64)  # id -> number of word and letter-gram features, -1 until read
        self.start = np.zeros(0, np.int64)  # id -> where they start in self.feats
        self.head = np.zeros(0, np.int64)  # id -> head feature, or -1
        self.feats, self.n_feats = np.zeros(0, np.int32), 0
        self.pair_keys, self.pair_feats = np.zeros(0, np.int64), np.zeros(0, np.int32)  # sorted by key

    def transform(self, queries: list[str]) -> Rows:
        """CSR (indptr, feature ids, L2-normalized sublinear TF-IDF) of the queries: the same
        numbers as ``Vectorizer.transform`` gives (up to the last bit of the L2 norm)."""
        n = len(queries)
        split = [q.split() for q in queries]
        words = list(chain.from_iterable(split))
        ids = self._ids(words)
        per_query = np.fromiter(map(len, split), np.int64, n)
        ends = np.cumsum(per_query)
        query = np.repeat(np.arange(n), per_query)  # of each word
        count = self.count[ids]
        # features: each word's words and letter grams, each pair's feature, each query's head
        feats = [self.feats[ranges(self.start[ids], count)]]
        feat_rows = [np.repeat(query, count)]
        if len(self.pair_keys) and len(ids) > 1:
            keys = ids[:-1] << 32 | ids[1:]
            at = np.minimum(np.searchsorted(self.pair_keys, keys), len(self.pair_keys) - 1)
            hit = (self.pair_keys[at] == keys) & (query[:-1] == query[1:])
            feats.append(self.pair_feats[at[hit]])
            feat_rows.append(query[:-1][hit])
        last = ends[per_query > 0] - 1
        head = self.head[ids[last]]
        feats.append(head[head >= 0])
        feat_rows.append(query[last][head >= 0])
        # counts: one sort of the (query, feature) keys, then the runs of equal keys
        n_feat = len(self.terms)
        keys = np.sort(np.concatenate([r * n_feat + f for r, f in zip(feat_rows, feats)]))
        new = np.ones(len(keys), bool)
        np.not_equal(keys[1:], keys[:-1], out=new[1:])
        at = np.flatnonzero(new)
        counts = np.diff(np.append(at, len(keys))).astype(np.float32)
        rows, cols = np.divmod(keys[at], n_feat)
        ptr = np.searchsorted(rows, np.arange(n + 1)).astype(np.int32)
        cols = cols.astype(np.int32)
        return ptr, cols, unit(ptr, (1.0 + np.log(counts)) * self.idf[cols])

    def _ids(self, words: list[str]) -> np.ndarray:
        """The id of each word, reading the words not read before."""
        ids = np.fromiter(map(self.ids.get, words, repeat(-1)), np.int64, len(words))
        if (ids < 0).any():
            self._add(dict.fromkeys(compress(words, ids < 0)))
            ids = np.fromiter(map(self.ids.__getitem__, words), np.int64, len(words))
        todo = np.unique(ids[self.count[ids] < 0])  # new, or so far only the second word of a pair
        if len(todo):
            self._read(todo)
        return ids

    def _add(self, words) -> None:
        """Ids for new words (their features not read yet)."""
        self.ids.update(zip(words, range(len(self.words), len(self.words) + len(words))))
        self.words += words
        self.count, self.start, self.head = (_grow(a, len(self.words), -1) for a in (self.count, self.start, self.head))

    def _read(self, todo: np.ndarray) -> None:
        """Look up the features of these words and the word-pair features they start."""
        vocab, terms = self.vocab, self.terms
        words = [self.words[i] for i in todo.tolist()]
        feats = [[f for f in map(vocab.get, ["w:" + w] + letter_grams(w)) if f is not None] for w in words]
        count = np.fromiter(map(len, feats), np.int64, len(feats))
        self.feats = _grow(self.feats, self.n_feats + count.sum())
        self.feats[self.n_feats:self.n_feats + count.sum()] = list(chain.from_iterable(feats))
        self.start[todo] = self.n_feats + np.cumsum(count) - count
        self.count[todo], self.n_feats = count, self.n_feats + count.sum()
        self.head[todo] = [vocab.get("h:" + w, -1) for w in words]
        # the pairs "w x" are the run of sorted terms from "b:w_" up to "b:w`" ("`" follows "_")
        lo = np.fromiter((bisect_left(terms, f"b:{w}_") for w in words), np.int64, len(words))
        hi = np.fromiter((bisect_left(terms, f"b:{w}`") for w in words), np.int64, len(words))
        if not (hi > lo).any():
            return
        seconds = [terms[f][len(w) + 3:] for w, a, b in zip(words, lo.tolist(), hi.tolist()) for f in range(a, b)]
        self._add([w for w in dict.fromkeys(seconds) if w not in self.ids])
        keys = np.repeat(todo, hi - lo) << 32 | np.fromiter(map(self.ids.__getitem__, seconds), np.int64, len(seconds))
        keys = np.concatenate([self.pair_keys, keys])
        order = np.argsort(keys, kind="stable")
        self.pair_keys = keys[order]
        self.pair_feats = np.concatenate([self.pair_feats, ranges(lo, hi - lo).astype(np.int32)])[order]
