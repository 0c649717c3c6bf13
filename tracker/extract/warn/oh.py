"""Ohio JFS WARN notices in two formats: the yearly CSV (a row of type hints "s,h,s,...", an
empty row, then a header with "Company" twice and empty columns; "Unknown" counts; ranges
"12/31/2023 to 08/24/2024" and lists "01/02/2024 & 01/23/2024", whose first date is the
effective date) and the current-notices page (an HTML table, filled by JavaScript on the live
site). "Phone Number" and "Union" are never read."""

from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("OH", headers={"notice_url": ("url",), "notice_id": ("notice id",)})
