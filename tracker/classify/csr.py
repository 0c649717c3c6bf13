"""Sparse rows as plain (indptr, indices, data) arrays, multiplied by scipy's own kernels.

``A @ B`` on scipy matrices re-checks formats and index types on every call (~0.1 ms each, the
bulk of coding one title) and sizes its result with a full symbolic pass first. Here the same
compiled kernels (so the same sums in the same order, the same entry order) are called directly,
with the result sized from the row lengths of ``B``.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

try:  # scipy's private kernel module (stable for years); without it, plain scipy products
    from scipy.sparse._sparsetools import csr_matmat, csr_matvecs
except ImportError:  # pragma: no cover
    csr_matmat = csr_matvecs = None

Rows = tuple[np.ndarray, np.ndarray, np.ndarray]  # indptr, indices (int32), data (float32)


class Right:
    """A CSR matrix used on the right of products: its int32 arrays and row lengths, kept once."""

    def __init__(self, m: csr_matrix):
        self.m = m
        self.ptr, self.idx = m.indptr.astype(np.int32, copy=False), m.indices.astype(np.int32, copy=False)
        self.data, self.shape = m.data, m.shape
        self.row_nnz = np.diff(self.ptr)


def matmat(a: Rows, b: Right) -> Rows:
    """``a @ b`` (entries as scipy leaves them: zero sums dropped, indices unsorted)."""
    ptr, idx, data = a
    n = len(ptr) - 1
    if csr_matmat is None:  # pragma: no cover
        m = csr_matrix((data, idx, ptr), shape=(n, b.shape[0])) @ b.m
        return m.indptr, m.indices, m.data
    size = int(b.row_nnz[idx].sum())  # one product per (a entry, b entry): at least the result
    out_ptr, out_idx = np.empty(n + 1, np.int32), np.empty(size, np.int32)
    out = np.empty(size, np.result_type(data, b.data))
    csr_matmat(n, b.shape[1], ptr, idx, data, b.ptr, b.idx, b.data, out_ptr, out_idx, out)
    end = out_ptr[-1]
    return out_ptr, out_idx[:end], out[:end]


def matvecs(a: Rows, dense: np.ndarray) -> np.ndarray:
    """``a @ dense`` for a C-ordered dense matrix: row by row, a sum over a's entries in order."""
    ptr, idx, data = a
    n = len(ptr) - 1
    if csr_matvecs is None:  # pragma: no cover
        return csr_matrix((data, idx, ptr), shape=(n, dense.shape[0])) @ dense
    out = np.zeros((n, dense.shape[1]), np.result_type(data, dense))
    csr_matvecs(n, dense.shape[0], dense.shape[1], ptr, idx, data, dense.ravel(), out.ravel())
    return out


def lengths(ptr: np.ndarray) -> np.ndarray:
    """The number of entries of each row (``np.diff``, without its per-call overhead)."""
    return ptr[1:] - ptr[:-1]


def row_of(ptr: np.ndarray) -> np.ndarray:
    """The row of each entry."""
    return np.repeat(np.arange(len(ptr) - 1), ptr[1:] - ptr[:-1])


def unit(ptr: np.ndarray, data: np.ndarray) -> np.ndarray:
    """Each row's data divided by its L2 norm (empty rows stay empty)."""
    squares = np.zeros(len(data) + 1)  # float64 sums; the 0 at the end serves empty last rows
    squares[:-1] = data ** 2
    norms = np.sqrt(np.add.reduceat(squares, ptr[:-1]))
    counts = ptr[1:] - ptr[:-1]
    norms[counts == 0] = 1.0
    return data / np.repeat(norms, counts).astype(np.float32)


def select(a: Rows, keep: np.ndarray) -> Rows:
    """The entries where ``keep`` is true (the order kept)."""
    ptr, idx, data = a
    at = np.flatnonzero(keep)
    return np.searchsorted(at, ptr).astype(np.int32), idx[at], data[at]


def prune(a: Rows, fraction: float) -> Rows:
    """The entries at least ``fraction`` x the largest of their row (the order kept)."""
    ptr, _, data = a
    counts = lengths(ptr)
    rows = np.flatnonzero(counts)
    if not len(rows):
        return a
    best = np.zeros(len(counts), np.float32)
    best[rows] = np.maximum.reduceat(data, ptr[rows])
    return select(a, data >= np.repeat(best * np.float32(fraction), counts))


def ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The concatenated ranges ``starts[i] : starts[i] + lengths[i]``."""
    ends = np.cumsum(lengths)
    return np.arange(ends[-1] if len(ends) else 0) + np.repeat(starts - ends + lengths, lengths)


def _kernels_agree() -> bool:
    """Whether the private kernels, called as above, give what ``@`` gives (else they are not used)."""
    a = csr_matrix(np.asarray([[1, 0, 2], [0, 0, 0], [0, 3, 0]], np.float32))
    b = csr_matrix(np.asarray([[0, 1], [4, 0], [5, 6]], np.float32))
    try:
        ptr, idx, data = matmat((a.indptr, a.indices, a.data), Right(b))
        product = csr_matrix((data, idx, ptr), shape=(3, 2)).toarray()
        dense = matvecs((a.indptr, a.indices, a.data), b.toarray())
    except Exception:  # pragma: no cover - a scipy release changed the kernels' signature
        return False
    want = (a @ b).toarray()
    return bool(np.array_equal(product, want) and np.array_equal(dense, want))


if csr_matmat is not None and not _kernels_agree():  # pragma: no cover
    csr_matmat = csr_matvecs = None
