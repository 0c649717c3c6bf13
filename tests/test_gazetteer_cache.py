"""tracker.gazetteer keeps its built tables in the user's cache directory."""

from __future__ import annotations

import os

from tracker import gazetteer as gz


def test_tables_are_read_back_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("JOBTRACKER_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"cities": {"springfield": [("Springfield", "US-IL", "US", 114_394, "city")]}, "codes": {"GB"}}

    first = gz._cached("probe", build)
    (cached,) = tmp_path.glob("probe-*.marshal")
    second = gz._cached("probe", build)
    assert first == second and len(calls) == 1  # the second process-worth of work came from the file
    cached.write_bytes(b"\x00not marshal")  # a corrupt file is rebuilt, not trusted
    assert gz._cached("probe", build) == first and len(calls) == 2
    assert not list(tmp_path.glob("*.tmp"))


def test_an_unwritable_cache_only_means_building(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("JOBTRACKER_CACHE_DIR", str(blocked / "sub"))
    assert gz._cached("probe", lambda: {"a": (1, None)}) == {"a": (1, None)}


def test_the_cached_gazetteer_reads_like_a_fresh_one(tmp_path, monkeypatch):
    monkeypatch.setenv("JOBTRACKER_CACHE_DIR", str(tmp_path))
    fresh = gz._tables()
    gz._cached("gazetteer", gz._tables)
    assert gz._cached("gazetteer", lambda: {}) == fresh  # read from the file written above
    assert any(name.startswith("gazetteer-") for name in os.listdir(tmp_path))
