"""Iowa Workforce Development WARN log (xlsx): "State" became "St" and dates turned from
Excel dates into text between the 2018 and 2022 files; "Notice Type: Amendment" rows amend
an earlier notice of the same employer."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("IA")
