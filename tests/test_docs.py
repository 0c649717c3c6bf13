"""The README is generated where it can be, and documents every command and source."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT
from tracker.cli import cli
from tracker.sources import all_sources

README = (ROOT / "README.md").read_text()


def test_readme_cog_blocks_are_current():
    result = subprocess.run([sys.executable, "-m", "cogapp", "--check", "README.md"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_source_is_listed():
    for name, source in all_sources().items():
        assert f"| `{name}` |" in README
        assert source.base_url_setting in README


def test_every_command_is_documented():
    def walk(group, prefix):
        for name, command in group.commands.items():
            yield " ".join(prefix + [name])
            if hasattr(command, "commands"):
                yield from walk(command, prefix + [name])

    for path in walk(cli, []):
        assert f"### tracker {path}\n" in README, path


def test_readme_states_the_two_commands_and_ci_runs_the_test_one():
    assert "script/run" in README and "script/test" in README
    ci = (ROOT / ".ci" / "run").read_text()
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == ["script/test"]
