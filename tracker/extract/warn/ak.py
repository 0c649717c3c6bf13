"""Alaska DOLWD WARN notices page (jobs.alaska.gov/rr/WARN_notices.htm): one table, header row
in ``<td>``s, a blank first and last row. Layoff dates are often words around dates ("Begins
7/7/25 and will be staggered until ... 11/30/25"): the first date is the effective date; month
spans ("June-August 2023") are rejected. "Notes" says closure or the cause."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("AK", headers={"kind": ("notes",)})
