"""Sparse TF-IDF in a few lines, the same at build and run time (no fitted model to pickle).

``Vectorizer.fit(docs, features)`` keeps a vocabulary and IDF weights that serialize to JSON;
``transform`` gives an L2-normalized CSR matrix (sublinear TF, smoothed IDF as in
scikit-learn's ``TfidfVectorizer``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from collections.abc import Callable, Iterable

import numpy as np
from scipy.sparse import csr_matrix

from tracker.classify.normalize import singular

STOP = set("""a an and are as at be by for from in into is it of on or such that the their these this those to
with within using use as well other others including include includes related may via per all any""".split())
WORD = re.compile(r"[a-z][a-z0-9+]*")


def task_features(text: str) -> tuple[str, ...]:
    """Words (singular, no stop words) and adjacent word pairs of a task or duty statement."""
    return _statement_features(text) if len(text) <= 600 else _features(text)


def content_words(text: str) -> list[str]:
    """A text's words, singular, without stop words."""
    return [singular(w) for w in WORD.findall(text.lower()) if w not in STOP]


def _features(text: str) -> tuple[str, ...]:
    words = content_words(text)
    return tuple(words + [f"{a} {b}" for a, b in zip(words, words[1:])])


# statements repeat (one employer's duties across its postings; a duty read by both task models
# and then checked against its matched task): short texts are cached, whole descriptions are not
_statement_features = lru_cache(maxsize=32768)(_features)


def title_features(title: str) -> list[str]:
    """Words, word pairs, the head (last) word and letter 4-grams of a title's words."""
    words = title.split()
    feats = ["w:" + w for w in words]
    feats += ["b:" + a + "_" + b for a, b in zip(words, words[1:])]
    if words:
        feats.append("h:" + words[-1])
    for w in words:
        feats += letter_grams(w)
    return feats


def letter_grams(word: str) -> list[str]:
    """The letter 4-gram features of one word, with ``<`` and ``>`` marking its ends."""
    w = f"<{word}>"
    return ["c:" + w[i:i + 4] for i in range(len(w) - 3)]


class Vectorizer:
    def __init__(self, vocab: dict[str, int], idf: list[float], features: Callable[[str], list[str]]):
        self.vocab, self.features = vocab, features
        self.idf = np.asarray(idf, dtype=np.float32)

    @classmethod
    def fit(cls, docs: Iterable[str], features, min_df: int = 1) -> Vectorizer:
        docs = list(docs)
        df = Counter(f for d in docs for f in set(features(d)))
        terms = sorted(t for t, c in df.items() if c >= min_df)
        n = len(docs)
        idf = [math.log((1 + n) / (1 + df[t])) + 1 for t in terms]
        return cls({t: i for i, t in enumerate(terms)}, idf, features)

    def terms(self) -> list[str]:
        return sorted(self.vocab, key=self.vocab.get)

    def to_json(self) -> dict:
        terms = sorted(self.vocab, key=self.vocab.get)
        return {"terms": terms, "idf": [round(float(x), 4) for x in self.idf]}

    @classmethod
    def from_json(cls, data: dict, features) -> Vectorizer:
        return cls({t: i for i, t in enumerate(data["terms"])}, data["idf"], features)

    def transform(self, docs: Iterable[str]) -> csr_matrix:
        indptr, indices, values = [0], [], []
        vocab = self.vocab
        for doc in docs:
            counts = Counter(vocab[f] for f in self.features(doc) if f in vocab)
            indices.extend(counts)
            values.extend(1.0 + math.log(c) for c in counts.values())
            indptr.append(len(indices))
        idx = np.asarray(indices, dtype=np.int32)
        data = np.asarray(values, dtype=np.float32) * self.idf[idx] if len(idx) else np.zeros(0, np.float32)
        ptr = np.asarray(indptr, dtype=np.int64)
        per_row = np.diff(ptr)
        rows = np.repeat(np.arange(len(per_row)), per_row)
        norms = np.sqrt(np.bincount(rows, data * data, minlength=len(per_row))).astype(np.float32)
        norms[norms == 0] = 1.0
        data /= norms[rows]
        return csr_matrix((data, idx, ptr), shape=(len(per_row), len(vocab)))
