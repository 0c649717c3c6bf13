"""Montana DLI WARN notices (xlsx, 2015 on): Year is blank on old rows; dates and counts
are sometimes free text, which is rejected rather than guessed."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("MT")
