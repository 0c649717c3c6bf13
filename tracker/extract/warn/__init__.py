"""WARN Act notices from state labour departments: one module per state, mostly data.

Each state module has a ``SPEC`` (``tracker.extract.warn.table.WarnSpec``) and may define
``tables(body)`` when its files are not plain tables (Connecticut's JSON). ``parse(state,
body, url)`` reads any file of that state (xlsx, xls, csv, html or pdf) by meaning.
"""

from __future__ import annotations

import importlib

from tracker.extract.warn.readers import read_tables
from tracker.extract.warn.table import Parsed, WarnSpec, read_tables as read_rows

STATES = ("ca", "ct", "ia", "il", "ky", "ma", "mn", "mt", "nc", "nv", "ny", "or", "ri", "tx")
STATES += ("ak", "al", "de", "in", "md", "ne", "nj", "oh", "sd", "tn", "ut", "va", "wa")  # issue 5


def state_module(state: str):
    if state.lower() not in STATES:
        raise KeyError(f"no WARN parser for state {state!r}")
    return importlib.import_module(f"tracker.extract.warn.{state.lower()}")


def parse(state: str, body: bytes, url: str | None = None) -> Parsed:
    """Every notice and rejected row in one file of a state (``BadPayload`` if unreadable)."""
    module = state_module(state)
    tables = module.tables(body) if hasattr(module, "tables") else read_tables(body)
    return read_rows(tables, module.SPEC, url)


__all__ = ["STATES", "Parsed", "WarnSpec", "parse", "state_module"]
