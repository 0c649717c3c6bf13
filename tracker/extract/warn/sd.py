"""South Dakota DLR WARN notices page: one table 2007 onwards (Company, Location, Date Received,
Employees Affected), header row in ``<td>``s; counts with a second number ("324 (11 reside in
South Dakota)") are rejected, one number with words ("173 (nationwide)") is read."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("SD")
