"""``tracker sources list|add|check``: the registry from the command line, checked against a mirror."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from tests.conftest import route
from tracker.cli import cli
from tracker.registry import load_boards
from tracker.sources import all_sources


def invoke(*args):
    return CliRunner().invoke(cli, ["sources", *args], terminal_width=250)


def test_list_counts_boards_and_unknown_employers(tmp_path):
    registry = tmp_path / "boards.csv"
    registry.write_text("source,board,company,careers_url,note\ngreenhouse,stripe,Stripe,,\n"
                        "lever,plaid,Plaid,,\nunknown,,Apple,,own careers site\n")
    result = invoke("list", "--registry", str(registry))
    assert result.exit_code == 0
    assert "stripe" in result.output and "Apple" in result.output and "own careers site" in result.output
    assert "2 boards (greenhouse 1, lever 1); 1 employers with no known board (not crawled)" in result.output
    only = invoke("list", "--registry", str(registry), "--source", "lever")
    assert "plaid" in only.output and "stripe" not in only.output and "1 boards (lever 1)" in only.output
    shipped = invoke("list")
    assert shipped.exit_code == 0 and "openai" in shipped.output and "Microsoft" in shipped.output


def test_add_recognizes_the_url_and_refuses_duplicates(tmp_path):
    registry = tmp_path / "boards.csv"
    registry.write_text("source,board,company,careers_url,note\ngreenhouse,stripe,Stripe,,\n")
    url = "https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA/Engineer_JR1"
    added = invoke("add", url, "--company", "NVIDIA", "--registry", str(registry))
    assert added.exit_code == 0, added.output
    assert "Added workday nvidia/wd5/NVIDIAExternalCareerSite (NVIDIA)" in added.output
    again = invoke("add", "https://boards-api.greenhouse.io/v1/boards/Stripe/jobs", "--registry", str(registry))
    assert again.exit_code == 0 and "Already in the registry: greenhouse stripe (Stripe)" in again.output
    boards = load_boards(registry)
    assert [(b.source, b.board, b.company, b.careers_url) for b in boards] == [
        ("greenhouse", "stripe", "Stripe", None), ("workday", "nvidia/wd5/NVIDIAExternalCareerSite", "NVIDIA", url)]
    assert "sources add" in boards[-1].note

    unknown = invoke("add", "https://www.apple.com/careers/us/", "--registry", str(registry))
    assert unknown.exit_code == 1 and "not a recognized job-board URL" in unknown.output
    assert unknown.exception is None or isinstance(unknown.exception, SystemExit)
    assert len(load_boards(registry)) == 2


def test_check_reports_dead_boards_against_the_mirror(tmp_path, mirror, bundle):
    registry = tmp_path / "boards.csv"
    shutil.copy(bundle / "boards.csv", registry)
    with registry.open("a") as handle:
        handle.write("greenhouse,nosuchboard,Nobody,,\nunknown,,Apple,,own careers site\n")
    mirror.set(route("greenhouse", "axios"), "<!DOCTYPE html><html><body>Sign in</body></html>", content_type="text/html")
    mirror.set(route("greenhouse", "brex"), '{"status":500}', status=500)
    sets = [arg for name, s in all_sources().items() for arg in ("-s", f"{s.base_url_setting}={mirror.url}/{name}")]
    total = len(load_boards(registry, source="greenhouse"))

    result = invoke("check", "--source", "greenhouse", "--registry", str(registry), *sets)
    assert result.exit_code == 0, result.output
    dead = {line.split("│")[2].strip(): line for line in result.output.splitlines() if line.count("│") > 3}
    assert set(dead) == {"axios", "brex", "nosuchboard"}
    assert "not JSON (text/html)" in dead["axios"] and "HTTP 500" in dead["brex"] and "HTTP 404" in dead["nosuchboard"]
    assert f"checked {total} boards: {total - 3} ok, 3 dead" in result.output
    greenhouse_requests = [r for r in mirror.requests if r.startswith("GET /greenhouse/")]
    assert len(greenhouse_requests) == total  # each board once, no retries

    limited = invoke("check", "--source", "lever", "--limit", "2", "--registry", str(registry), *sets)
    assert limited.exit_code == 0 and "checked 2 boards: 2 ok, 0 dead" in limited.output
    bad = invoke("check", "--source", "nosuchsource")
    assert bad.exit_code == 1 and "unknown source" in bad.output
