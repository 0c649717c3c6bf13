"""Virginia Works WARN notices (the HTML page, one table 2010 onwards). The Company cell holds
the employer's name and its mailing address on the following lines: the name is kept, the
address is not (the "Location" column is the impacted site). "Contact Person" and "Collective
Bargaining Unit" (union contacts' names, phones and e-mails) are never read."""

from __future__ import annotations

from tracker.extract.warn.readers import read_tables
from tracker.extract.warn.table import WarnSpec, find_header

SPEC = WarnSpec("VA")


def tables(body: bytes):
    """The page's tables with each company cell cut to its first line (the employer's name)."""
    out = []
    for name, rows in read_tables(body):  # the page, or a CSV/xlsx export of it
        found = find_header(rows, SPEC.names())
        if found:
            col = found[1]["company"][0]
            for row in rows[found[0] + 1:]:
                if col < len(row) and row[col]:
                    row[col] = str(row[col]).strip().split("\n")[0]
        out.append((name, rows))
    return out
