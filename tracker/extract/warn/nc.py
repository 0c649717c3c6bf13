"""North Carolina Commerce WARN summary list (HTML table; the same columns in
warn-notice-register's raw CSV): one row per location of a notice."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("NC")
