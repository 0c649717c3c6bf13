"""Read WARN tables by meaning: find the header row by known header names, map columns to
canonical fields, and turn each row into a ``LayoffNotice`` or a reject with its reason.

A state is described by a ``WarnSpec`` (mostly data, as in warn-transformer): extra header
names, date formats, known corrections and, rarely, a function for its flags.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable

from tracker.extract.warn import values
from tracker.extract.warn.readers import Table
from tracker.layoffs import LayoffNotice

HEADERS: dict[str, tuple[str, ...]] = {
    "company": ("company", "company name", "employer", "employer name", "business legal name", "job site name",
                "name of company", "organization name", "affected company", "warn notice name",
                "warn notice: warn notice name",
                "company: company name", "business name", "layoff name"),
    "notice_date": ("notice date", "date of notice", "warn date", "date of warn notice", "notice dated",
                    "warn dated", "notification date", "initial report date", "warn document date"),
    "received_date": ("received date", "date received", "warn received date", "wfdd received date", "received",
                      "processed date", "date received by nc", "state notification date", "noticercvd",
                      "submitted date", "date posted", "date of posting", "warn document received date"),
    "effective_date": ("effective date", "layoff date", "layoff start date", "date layoff/closure starts",
                       "date of impact", "projected date", "first layoff date", "dates of layoffs", "layoff start",
                       "lo/cl date", "planned starting date", "effective layoff date", "date of layoff/closure",
                       "layoff/closure date", "closure/layoff date", "layoff dates", "layoffbegindate",
                       "date of action", "impact date", "layoff date", "closing dates"),
    "jobs": ("no. of employees", "number of employees", "employees affected", "total layoff number",
             "# workers affected", "emp #", "number affected", "number of affected workers",
             "number of employees affected", "# employees impacted", "affected total", "affected workers",
             "laid off", "count", "jobs affected", "workforce affected", "impacted",
             "number affected at this location", "total employees", "planned # of affected emp.",
             "potential number affected", "# of workers", "# affected", "affectedworkers",
             "number laid off/affected", "number to employees affected", "total number of affected employees",
             "layoff total", "number of impacted workers"),
    "address": ("address", "address line 1", "company address", "impacted site address", "address 1"),
    "city": ("city", "city name", "city/town", "city, state, zip", "city/county"),
    "location": ("location", "location of layoffs", "location", "layoff locations"),
    "county": ("county", "county name", "county/parish", "impacted site county"),
    "kind": ("layoff/closure", "layoff or closure?", "closure or layoff?", "layoff/closure type", "notice type",
             "type", "type of event", "type of layoff", "layoff type", "closing yes/no", "closure layoff",
             "closing or layoff", "code type", "warn notice type", "type of layoff or closure",
             "permanent or temporary layoff?", "noticetype", "notice/type", "warn act", "notification"),
    "reason": ("reason for layoff/closure", "event causes", "reason", "reason for layoff"),
    "industry": ("related industry", "industry", "type of company", "description of work/industry",
                 "naicsdescription", "company naics", "naics", "naics code"),
    "notice_id": ("warn#", "warn number", "notice: notice number", "track #", "event number", "ga warn id"),
    "notice_url": ("notice url", "noticelink", "notice", "warn notice", "pdf"),
}
MULTI = {"kind"}  # fields that gather every matching column
MAX_HEADER_SCAN = 40


def norm_header(cell) -> str:
    text = str(cell or "").casefold().replace("_", " ")
    text = re.sub(r"\(s\)", "s", text)
    text = re.sub(r"\([^)]*\)|sort (?:a|de)scending", " ", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return re.sub(r"\s+", " ", text).strip(" :*\t")


@dataclass(frozen=True)
class WarnSpec:
    state: str
    headers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # extra names, tried first
    date_formats: tuple[str, ...] = ()
    corrections: dict[str, dict] = field(default_factory=dict)  # field -> {raw text: fixed value}
    flags: Callable[[dict, dict], dict] | None = None  # (cells, default flags) -> flags
    notice_from_received: bool = False  # the state's "notice date" is when it received the notice
    amendment_columns: tuple[str, ...] = ()  # a row under one of these headers is an amendment
    count: Callable | None = None  # cell -> count, or (count, note kept in raw_json); default values.parse_count

    @property
    def source(self) -> str:
        return f"warn-{self.state.lower()}"

    def names(self) -> dict[str, list[str]]:
        merged = {}  # the state's own fields first: a header it names is its, whatever HEADERS says
        for name in list(self.headers) + [n for n in HEADERS if n not in self.headers]:
            merged[name] = [norm_header(h) for h in self.headers.get(name, ()) + HEADERS.get(name, ())]
        return merged


@dataclass
class BadRow:
    reason: str
    ref: str
    raw: str | None = None


@dataclass
class Parsed:
    notices: list[LayoffNotice] = field(default_factory=list)
    rejects: list[BadRow] = field(default_factory=list)
    stats: dict = field(default_factory=lambda: {"tables": 0, "tables_read": 0, "rows": 0, "blank": 0})


def find_header(rows: list[list], names: dict[str, list[str]]) -> tuple[int, dict[str, list[int]]] | None:
    """The first row naming a company column and at least one other known field, with its map."""
    for index, row in enumerate(rows[:MAX_HEADER_SCAN]):
        columns = map_columns(row, names)
        if "company" in columns and len(columns) >= 3:
            return index, columns
    return None


def map_columns(row: list, names: dict[str, list[str]]) -> dict[str, list[int]]:
    cells = [norm_header(c) for c in row]
    columns: dict[str, list[int]] = {}
    taken: set[int] = set()
    for name, wanted in names.items():
        for synonym in wanted:
            hits = [i for i, c in enumerate(cells) if c == synonym and i not in taken]
            if hits:
                columns.setdefault(name, []).extend(hits if name in MULTI else hits[:1])
                taken.update(columns[name])
                if name not in MULTI:
                    break
    for name, test in BY_WORDS:  # a header no list names ("Workers Affected", "Layoff Effective Date")
        if name not in columns:
            hit = next((i for i, c in enumerate(cells) if i not in taken and test(c)), None)
            if hit is not None:
                columns[name] = [hit]
                taken.add(hit)
    return columns


def _has(pattern):
    return re.compile(pattern).search


_DATE = _has(r"\bdates?\b")
_NOT_SITE = _has(r"address|phone|contact|e-?mail|city|county|naics|industry|\bid\b|url|type")
_LAYOFF_WORDS = _has(r"layoff|lay off|effective|separation|closure|closing|impact|start|begin|termination|shutdown")
_RECEIVED_WORDS = _has(r"received|rec'd|filed|filing|posted")
_NOTICE_WORDS = _has(r"notice|warn|notification|report")
_COUNT_ALONE = _has(r"^(?:total|number|#|no) (?:of )?(?:affected|impacted)$")
_PEOPLE = _has(r"employ|worker|\bjobs?\b|positions?|headcount|layoffs|laid off")
_HOW_MANY = _has(r"#|\bno\b|number|total|count|affected|impacted|laid off|lost|losses|layoffs|est")
_EMPLOYER = _has(r"\b(?:company|employer|business|organi[sz]ation|firm)\b")
BY_WORDS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("effective_date", lambda c: bool(_DATE(c) and _LAYOFF_WORDS(c))),
    ("received_date", lambda c: bool(_DATE(c) and _RECEIVED_WORDS(c))),
    ("notice_date", lambda c: bool(_DATE(c) and _NOTICE_WORDS(c))),
    ("jobs", lambda c: not _DATE(c) and bool(_COUNT_ALONE(c) or (_PEOPLE(c) and _HOW_MANY(c)))),
    ("company", lambda c: bool(_EMPLOYER(c)) and not _DATE(c) and not _NOT_SITE(c)),
)


def read_tables(tables: list[Table], spec: WarnSpec, url: str | None) -> Parsed:
    out, names = Parsed(), spec.names()
    header = columns = None
    for table_name, rows in tables:
        out.stats["tables"] += 1
        found = find_header(rows, names)
        if found:
            start, columns = found
            header = rows[start]
            rows = rows[start + 1:]
        elif not (columns and rows and len(rows[0]) == len(header)):  # not a continuation page
            columns = None
            continue
        out.stats["tables_read"] += 1
        offset = start + 1 if found else 0
        for number, row in enumerate(rows, start=1):
            ref = f"{table_name} row {number + offset}"
            company_col = columns["company"][0]
            if company_col < len(row) and norm_header(row[company_col]) in names["company"]:
                again = map_columns(row, names)  # a new section (supplemental notices) or a repeated header
                if "company" in again and len(again) >= 3:
                    header, columns = row, again
                continue
            result = read_row(row, header, columns, spec, url, ref, out.stats)
            if result is None:
                out.stats["blank"] += 1
            elif isinstance(result, BadRow):
                out.stats["rows"] += 1
                out.rejects.append(result)
            else:
                out.stats["rows"] += 1
                out.notices.append(result)
    return out


def _jsonable(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value if isinstance(value, (int, float, bool)) or value is None else str(value)


def read_row(row, header, columns, spec: WarnSpec, url, ref,
             stats: dict | None = None) -> LayoffNotice | BadRow | None:
    """One row: a notice, a ``BadRow`` with the reason, or None for a blank row. ``stats`` counts
    the effective dates taken as the first date of a range or list ("effective_date_ranges")."""
    def cell(name, index=0):
        idx = columns.get(name, [])
        return row[idx[index]] if len(idx) > index and idx[index] < len(row) else None

    raw = {str(header[i]).strip(): _jsonable(row[i]) for idxs in columns.values() for i in idxs
           if i < len(row) and not values.is_empty(row[i])}
    if not raw:
        return None
    raw_text = json.dumps(raw, ensure_ascii=False, sort_keys=True)
    company = values.text(cell("company"))
    dated = any(not values.is_empty(cell(n)) for n in ("notice_date", "received_date", "effective_date"))
    if not company and not dated:
        return None  # a totals line or the overflow of a merged cell, not a notice
    if not company:
        return BadRow("missing company", ref, raw_text)
    fixes = spec.corrections
    try:
        formats = spec.date_formats + values.DEFAULT_FORMATS
        notice_cell = cell("received_date") if spec.notice_from_received or "notice_date" not in columns \
            else cell("notice_date")
        notice_cell = fixes.get("notice_date", {}).get(values.text(notice_cell), notice_cell)
        effective_cell = fixes.get("effective_date", {}).get(values.text(cell("effective_date")),
                                                            cell("effective_date"))
        jobs_cell = fixes.get("jobs", {}).get(values.text(cell("jobs")), cell("jobs"))
        notice_date = _field("notice_date", values.parse_date, notice_cell, formats, future_days=400)
        effective_date = _field("effective_date", values.parse_date, effective_cell, formats)
        jobs = _field("jobs", spec.count or values.parse_count, jobs_cell)
    except values.BadValue as exc:
        return BadRow(str(exc), ref, raw_text)
    if notice_date is None and effective_date is None:
        return BadRow("missing date", ref, raw_text)
    if stats is not None and effective_date and _is_range(effective_cell, formats):
        stats["effective_date_ranges"] = stats.get("effective_date_ranges", 0) + 1
    if isinstance(jobs, tuple):  # a count read by the state's own rule, with a note saying how
        jobs, raw["note"] = jobs
        raw_text = json.dumps(raw, ensure_ascii=False, sort_keys=True)
    kinds = [_kind_words(header[i], row[i]) for i in columns.get("kind", []) if i < len(row)]
    found = values.flags(" ".join(k for k in kinds if k) + " " + company)
    if any(norm_header(header[i]) in spec.amendment_columns for idxs in columns.values() for i in idxs):
        found["is_amendment"] = True
    if spec.flags:
        found = spec.flags({k: cell(k) for k in columns}, found)
    place = [values.text(cell(n)) for n in ("address", "city")]
    location = ", ".join(p for p in place if p) or values.text(cell("location")) or values.text(cell("county"))
    link = getattr(cell("notice_url"), "href", None) or getattr(cell("company"), "href", None)
    typed = values.text(cell("notice_url")) or ""
    if not link and typed.startswith(("https://", "http://")):  # a CSV column of links
        link = typed.replace(" ", "%20")
    return LayoffNotice(
        source=spec.source, state=spec.state, company_raw=company, location=location,
        county=values.text(cell("county")), country="US", notice_date=notice_date,
        effective_date=effective_date, jobs_affected=jobs, url=_absolute(link, url) or url,
        reason=values.text(cell("reason")), industry=values.text(cell("industry")),
        raw_json=raw_text, row_ref=ref, **found)


def _field(name, parse, value, *args, **kwargs):
    try:
        return parse(value, *args, **kwargs)
    except values.BadValue as exc:
        raise values.BadValue(f"{name}: {exc}") from None


def _is_range(value, formats) -> bool:
    try:
        values.parse_date(value, formats, first_of_range=False, future_days=10 * 365)
    except values.BadValue:
        return True
    return False


def _kind_words(header, value) -> str | None:
    """A type cell as words; a bare yes/no takes its meaning from the header ("Closing Yes/No")."""
    text = values.text(value) or ""
    answer = text.casefold()
    if answer in ("yes", "y", "no", "n"):
        head = norm_header(header)
        yes = answer.startswith("y")
        if "clos" in head:
            return "closure" if yes else "layoff"
        if "temp" in head:
            return "temporary" if yes else "permanent"
        return None
    return text


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link or link.startswith(("javascript:", "#")):
        return None
    from urllib.parse import urljoin

    return urljoin(base or "", link)
