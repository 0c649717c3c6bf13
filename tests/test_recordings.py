"""The demo bundle is what the build script makes from ../shared/data, and ships no unlicensed file."""

from __future__ import annotations

import json

from tests.conftest import JOBS, ROOT
from tests.layoffs.conftest import iowa_2022  # noqa: F401  (a fixture)
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


def test_demo_ships_licensed_layoff_files_and_says_why_others_were_left_out():
    manifest = json.loads((DEMO / "manifest.json").read_text())
    layoffs = [e for e in manifest["recordings"] if e["origin"].startswith("shared/data/layoffs/")]
    assert {e["source"] for e in layoffs} >= {"warn-ia", "warn-ma", "warn-nc"}
    assert {e["source"]: e["token"] for e in layoffs if e["source"] in ("warn-ma", "warn-nc")} == {
        "warn-ma": "warn-notice-register", "warn-nc": "2026"}  # warn-notice-register's raw state lists
    part = manifest["layoffs"]
    assert part["boards"]["warn-ia"] == ["WARN_20220210", "WARN_20180503"]  # both xlsx of the WS cassette
    why = {e["origin"]: e["why"] for e in part["left_out"]}
    assert why["layoffs-fyi/layoffs_2020-2026_databyab.csv"].startswith("layoffs-fyi: licence none")
    assert why["warn/state-sources/tx/warn-act-listings-2020.xlsx"] == \
        "warn-tx: licence none (MD): tests only, not shipped"
    assert why["warn/state-sources/ia/WARN_20180503.xlsx"].startswith("warn-ia: board WARN_20180503 already")
    assert "normalized export" in why["warn/warn-notice-register/export_ri.csv"]
    assert not set(why) & {e["origin"].removeprefix("shared/data/layoffs/") for e in layoffs}


def test_full_bundle_serves_every_state_file_verbatim(bundle):
    from tests.layoffs.conftest import LAYOFFS

    manifest = json.loads((bundle / "manifest.json").read_text())
    served = {(e["source"], e["token"]): e for e in manifest["recordings"] if "token" in e}
    assert {("warn-ca", "current"), ("warn-ca", "7-1-20-to-6-30-21"), ("warn-tx", "2020"), ("warn-tx", "2022"),
            ("warn-il", "April 2022 Monthly WARN Report"), ("warn-ny", "WARN"), ("warn-ri", "Warn Report"),
            ("layoffs-fyi", "layoffs_2020-2026_databyab")} <= set(served)
    assert served["warn-il", "April 2022 Monthly WARN Report"]["route"] == \
        "/warn-il/April%202022%20Monthly%20WARN%20Report.xlsx"  # as the spider's request arrives
    for entry in served.values():
        origin = LAYOFFS / entry["origin"].removeprefix("shared/data/layoffs/")
        if origin.suffix != ".yaml":
            assert (bundle / entry["file"]).read_bytes() == origin.read_bytes()


def test_iowa_cassette_bodies_are_the_recorded_xlsx(bundle, iowa_2022):
    assert (bundle / "recordings/warn-ia/WARN_20220210.xlsx").read_bytes() == iowa_2022


def fake_sec_routes(layoffs_dir):
    return {"/warn-ia/extra.xlsx": (b"PK", "application/zip"), "/no-such-source/x.json": ("{}", "application/json")}


def fake_unlicensed_routes(layoffs_dir):
    return {"/warn-nc/y.html": (b"<p>", "text/html", "warn/state-sources/ny/ny_tableau_sample.csv")}


def test_route_providers_are_added_or_skipped(tmp_path, monkeypatch):
    from tests.layoffs.conftest import LAYOFFS
    from tracker import layoff_recordings

    monkeypatch.setattr(layoff_recordings, "ROUTE_PROVIDERS", (
        ("tests.test_recordings", "fake_sec_routes", "sec-edgar/submissions_*.json"),
        ("tests.test_recordings", "fake_unlicensed_routes", "warn/state-sources/ny/*"),
        ("tracker.not_written_yet", "routes", "*")))
    entries, part = layoff_recordings.build_layoffs(LAYOFFS, tmp_path, shippable_only=True, max_bytes=None)
    provided = [e for e in entries if e["origin"] == "shared/data/layoffs/(tests.test_recordings)"]
    assert [(e["route"], e["licence"]) for e in provided] == [("/warn-ia/extra.xlsx", "MIT (ET)")]
    assert (tmp_path / provided[0]["file"]).read_bytes() == b"PK"
    assert not any(e["route"] == "/warn-nc/y.html" for e in entries)  # made from an unlicensed file
    why = {e["origin"]: e["why"] for e in part["left_out"]}
    assert why["(tracker.not_written_yet)"] == "not written yet"
    assert why["(tests.test_recordings) /no-such-source"] == "no no-such-source spider yet"
    assert "licence none" in why["warn/state-sources/ny/ny_tableau_sample.csv"]
    assert layoff_recordings.licences(LAYOFFS)("sec-edgar/8k_item_2.05_examples.md").startswith("public record")
