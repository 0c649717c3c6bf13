"""Minnesota DEED plant closings/mass layoffs report: the state's monthly PDF (a ruled header
over rows laid out as text, read by column position) or warn-notice-register's raw CSV of it.
It lists non-WARN layoffs too ("WARN Act" YES/NO). A layoff's "WARN Received" (or "RR Start
Date") is its notice date; the PDF writes it without a year ("5/13"): the year comes from the
report's title ("... REPORT – MAY 2025"), the year before for a month after the report's."""

from __future__ import annotations

import io
import re
from datetime import datetime

from tracker.extract.warn.readers import pdf_text_under_header, read_tables, sniff
from tracker.extract.warn.table import WarnSpec, find_header, norm_header

SPEC = WarnSpec("MN", headers={"notice_date": ("warn received full date", "warn received", "rr start date"),
                               "kind": ("layoff type",)})
TITLE = re.compile(r"REPORT\s*[–-]\s*([A-Z]+)\s+(\d{4})", re.I)
DAY = re.compile(r"(\d{1,2})/(\d{1,2})")


def tables(body: bytes):
    if sniff(body) != "pdf":
        return read_tables(body)
    found = pdf_text_under_header(body, lambda names: find_header([names], SPEC.names()) is not None)
    month = _report_month(body)
    return [(name, _with_years(rows, month)) for name, rows in found]


def _report_month(body: bytes) -> datetime | None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(body), pages=[1]) as doc:
        title = TITLE.search(doc.pages[0].extract_text() or "")
    try:
        return datetime.strptime(f"{title.group(1)} {title.group(2)}", "%B %Y") if title else None
    except ValueError:
        return None


def _with_years(rows: list[list], month: datetime | None) -> list[list]:
    """A "WARN Received Full Date" column: "WARN Received" day and month in the report's year."""
    if not rows or month is None or "warn received" not in [norm_header(c) for c in rows[0]]:
        return rows
    col = [norm_header(c) for c in rows[0]].index("warn received")
    out = [rows[0] + ["WARN Received Full Date"]]
    for row in rows[1:]:
        day = DAY.fullmatch((row[col] or "").strip())
        year = month.year - (int(day.group(1)) > month.month) if day else None
        out.append(row + [f"{day.group(1)}/{day.group(2)}/{year}" if day else ""])
    return out
