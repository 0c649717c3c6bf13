"""Rhode Island DLT WARN report (xlsx): one sheet per recent year plus "Previous Years",
a title above the header on row 4, "Closing Yes/No"; union addresses are never read."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("RI")
