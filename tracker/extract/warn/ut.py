"""Utah DWS WARN notices page: one table per year 2009 onwards (Date of Notice "04/29/26",
Company Name, Location incl. "State of Utah", Affected Workers). Typos such as "08/31//2022"
and "09/31/10" are rejected, not repaired; "Updated"/"Revised" written next to a date or a
count ("03/05/14 Updated", "645 Revised") marks an amended notice."""

from tracker.extract.warn import values
from tracker.extract.warn.table import WarnSpec


def _flags(cells: dict, found: dict) -> dict:
    words = " ".join(values.text(cells.get(k)) or "" for k in ("notice_date", "jobs"))
    return {**found, "is_amendment": found["is_amendment"] or bool(values.AMENDMENT.search(words))}


SPEC = WarnSpec("UT", flags=_flags)
