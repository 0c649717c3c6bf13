"""``python -m tracker`` is the ``tracker`` command."""

from tracker.cli import cli

cli(prog_name="tracker")
