"""layoffs.fyi exports (CSV): tech layoffs reported in the press, worldwide.

Community exports rename the Airtable columns (``# Laid Off`` / ``total_laid_off`` /
``Laid_Off_Count``...), so columns are found by meaning. ``percentage`` is 0-1 and often the
only figure; 1 means the company shut down. Not authoritative: the Source URL is kept.
"""

from __future__ import annotations

import json

from tracker.extract import BadPayload
from tracker.extract.warn import values
from tracker.extract.warn.readers import delimited, sniff
from tracker.extract.warn.table import BadRow, Parsed, norm_header
from tracker.layoffs import LayoffNotice

SOURCE_NAME = "layoffs-fyi"
COLUMNS = {
    "company": ("company",),
    "location": ("location hq", "location", "location_hq"),
    "jobs": ("# laid off", "total laid off", "laid off count", "laid off"),
    "date": ("date",),
    "percentage": ("%", "percentage laid off", "percentage"),
    "industry": ("industry",),
    "url": ("source",),
    "stage": ("stage",),
    "funds": ("$ raised", "funds raised", "funds raised millions"),
    "country": ("country",),
    "date_added": ("date added",),
}


def columns_of(header: list[str]) -> dict[str, int]:
    cells = [norm_header(h) for h in header]
    found = {}
    for name, wanted in COLUMNS.items():
        for synonym in wanted:
            if synonym in cells:
                found[name] = cells.index(synonym)
                break
    return found


def parse(body: bytes, url: str | None = None) -> Parsed:
    """Every layoff in an export, bad rows as ``BadRow``s; ``BadPayload`` if it is not one."""
    if sniff(body) != "csv":
        raise BadPayload(f"not a CSV export ({sniff(body)})")
    rows = delimited(body)[0][1]
    cols = columns_of(rows[0]) if rows else {}
    if not {"company", "date"} <= cols.keys() or not {"jobs", "percentage"} & cols.keys():
        raise BadPayload("no layoffs.fyi header (company, date, laid off or percentage)")
    out = Parsed()
    header = rows[0]
    for number, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            out.stats["blank"] += 1
            continue
        out.stats["rows"] += 1
        result = read_row(row, header, cols, f"row {number}", url)
        (out.rejects if isinstance(result, BadRow) else out.notices).append(result)
    return out


def read_row(row, header, cols, ref, url) -> LayoffNotice | BadRow:
    def cell(name):
        i = cols.get(name)
        return row[i] if i is not None and i < len(row) else None

    raw = {header[i].strip(): row[i] for i in cols.values() if i < len(row) and row[i].strip()}
    raw_text = json.dumps(raw, ensure_ascii=False, sort_keys=True)
    company = values.text(cell("company"))
    if not company:
        return BadRow("missing company", ref, raw_text)
    try:
        when = values.parse_date(cell("date"), ("%m/%d/%Y", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S.%fZ"),
                                 future_days=31, first_of_range=False)
        jobs = values.parse_count(cell("jobs"))
        share = _percentage(cell("percentage"))
    except values.BadValue as exc:
        return BadRow(str(exc), ref, raw_text)
    if when is None:
        return BadRow("missing date", ref, raw_text)
    country = values.text(cell("country"))
    return LayoffNotice(
        source=SOURCE_NAME, company_raw=company, state=None, location=values.text(cell("location")),
        country=country, notice_date=when, jobs_affected=jobs, is_closure=True if share == 1 else None,
        url=values.text(cell("url")) or url, industry=values.text(cell("industry")), raw_json=raw_text,
        row_ref=ref)


def _percentage(value) -> float | None:
    if values.is_empty(value):
        return None
    text = str(value).strip().rstrip("%")
    try:
        share = float(text)
    except ValueError:
        raise values.BadValue(f"unreadable percentage {text[:40]!r}") from None
    share = share / 100 if str(value).strip().endswith("%") or share > 1 else share
    if not 0 <= share <= 1:
        raise values.BadValue(f"implausible percentage {text[:40]!r}")
    return share
