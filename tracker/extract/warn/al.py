"""Alabama Department of Workforce WARN list (workforce.alabama.gov/warn-list/): one table
1998 onwards; "Closing or Layoff" values carry a "*" marker on older rows (kept in raw_json)."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("AL", headers={"jobs": ("planned # of affected employees",)})
