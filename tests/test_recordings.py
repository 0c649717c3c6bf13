"""The demo bundle is what the build script makes from ../shared/data, and ships no unlicensed file."""

from __future__ import annotations

import json

from tests.conftest import JOBS, ROOT
from tracker.recordings import build
from tracker.registry import load_boards

DEMO = ROOT / "tracker" / "demo"


def test_demo_bundle_is_reproducible(tmp_path):
    shipped = json.loads((DEMO / "manifest.json").read_text())
    assert shipped["built_with"]["shippable_only"] is True
    manifest = build(JOBS, tmp_path, **shipped["built_with"])
    assert manifest == shipped
    for entry in manifest["recordings"]:
        assert (tmp_path / entry["file"]).read_bytes() == (DEMO / entry["file"]).read_bytes()
    assert (tmp_path / "boards.csv").read_text() == (DEMO / "boards.csv").read_text()


def test_demo_ships_only_licensed_files():
    manifest = json.loads((DEMO / "manifest.json").read_text())
    assert manifest["recordings"]
    assert all(not e["licence"].lower().startswith("none") for e in manifest["recordings"])
    shipped = {p.relative_to(DEMO).as_posix() for p in (DEMO / "recordings").rglob("*") if p.is_file()}
    assert shipped == {e["file"] for e in manifest["recordings"]}


def test_unwrapped_recordings_keep_items_verbatim(bundle):
    original = json.loads((JOBS / "greenhouse/techjobshub_stripe_jobs-list_wrapped.json").read_text())
    served = json.loads((bundle / "recordings/greenhouse/stripe.json").read_text())
    assert served["jobs"] == original["jobs"] and served["meta"] == {"total": len(original["jobs"])}


def test_registry_has_the_recorded_boards_and_real_ones():
    boards = {(b.source, b.board) for b in load_boards()}
    assert ("greenhouse", "stripe") in boards and ("lever", "outreach") in boards
    assert ("greenhouse", "anthropic") in boards
    assert len(boards) >= 70
