"""New York DOL WARN export (CSV from the Tableau Public view): one row per impacted site,
a duplicated "Number of Affected Workers " column, "(Rescission)" rows with 0 workers."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("NY", headers={"notice_date": ("date of warn notice",)})
