"""New Jersey DOL WARN notice archive: a yearly PDF printed from an xlsx (the header row is
one merged cell, split by column position in ``readers``). "Month Posted" has no year and is
kept as raw text only. Effective dates come as ranges and lists ("4/10/26 - 11/26/26",
"2/2/26 and 5/15/26"): the first date is the effective date, the full text stays in raw_json.
A count listed per county ("240 (Passaic), 417 (Bergen)") is summed, with a note."""

from __future__ import annotations

import re

from tracker.extract.warn import values
from tracker.extract.warn.table import WarnSpec

PER_COUNTY = re.compile(r"\s*(\d[\d,]*)\s*\(([^()\d]+)\)\s*(?:,|;|and|&)?", re.I)


def county_counts(cell):
    """The total of "N (Place)" parts when the whole cell is such a list, else one plain count."""
    text = values.text(cell) or ""
    parts = PER_COUNTY.findall(text)
    if len(parts) > 1 and PER_COUNTY.sub("", text).strip() == "":
        total = sum(int(n.replace(",", "")) for n, _ in parts)
        return values.parse_count(total), f"jobs: sum of {len(parts)} counts by place"
    return values.parse_count(cell)


SPEC = WarnSpec("NJ", headers={"posted_month": ("month posted",)}, count=county_counts)
