"""Cell values of WARN files: dates, head counts and yes/no flags, read strictly.

Each parser returns a clean value or ``None`` for a blank/"unknown" cell, and raises
``BadValue`` (a ``ValueError``) for text it cannot read with confidence: the row is then
rejected with that reason instead of guessed.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta

EMPTY = {"", "-", "--", "n/a", "na", "n.a.", "none", "null", "tbd", "tba", "unknown", "not provided",
         "not indicated", "not known", "not available", "pending", "see notice", "?", "0000"}
EXCEL_EPOCH = date(1899, 12, 30)
MIN_YEAR = 1988  # the WARN Act took effect in 1989; warn-transformer's floor
MAX_COUNT = 100_000
RANGE_SPLIT = re.compile(r"\s+-\s*|\s*-\s+|(?<=/\d\d)-(?=\d{1,2}/)|(?<=/\d{4})-(?=\d{1,2}/)|"
                         r"\s*(?:–|—|\bto\b|\bthru\b|\bthrough\b|&|\band\b|,|;|/\s+|\(|\))\s*", re.I)
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
DEFAULT_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %I:%M:%S %p",
                   "%m-%d-%Y", "%m-%d-%y", "%Y%m%d", "%Y/%m/%d", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d-%b-%y")


class BadValue(ValueError):
    """A cell that cannot be read without guessing."""


def is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip().strip(".").casefold() in EMPTY
    return False


def _check_year(d: date, today: date, future_days: int) -> date:
    if d.year < MIN_YEAR or d > today + timedelta(days=future_days):
        raise BadValue(f"implausible date {d.isoformat()}")
    return d


def parse_date(value, formats=DEFAULT_FORMATS, *, today: date | None = None, future_days: int = 3 * 365,
               first_of_range: bool = True) -> str | None:
    """An ISO date from a cell: a date/datetime, an Excel serial, or text in one of ``formats``.

    A range or list ("7/20/2026 - 8/31/2026", "5/22/2025, 5/29/2025") gives its first date when
    ``first_of_range``. Excel's zero date (1899-12-30/29) is blank.
    """
    today = today or date.today()
    if isinstance(value, bool):
        raise BadValue(f"not a date: {value!r}")
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if value <= date(1900, 1, 1):  # Excel's empty date
            return None
        return _check_year(value, today, future_days).isoformat()
    if isinstance(value, (int, float)):
        if not 20000 < value < 80000:  # NaN fails too  # NaN or not a plausible Excel serial
            raise BadValue(f"not a date: {value!r}")
        return _check_year(EXCEL_EPOCH + timedelta(days=int(value)), today, future_days).isoformat()
    if is_empty(value):
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    found = _from_text(text, formats)
    if found is None and first_of_range:
        for part in RANGE_SPLIT.split(text):
            if part and (found := _from_text(part.strip(), formats)):
                break
    if found is None and first_of_range:
        found = _first_embedded(text, formats)
    if found is None:
        raise BadValue(f"unreadable date {text[:60]!r}")
    if found <= date(1900, 1, 1):
        return None
    return _check_year(found, today, future_days).isoformat()


EMBEDDED = re.compile(r"(?<![\d/.-])\d{1,2}([/-])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/.-])")


def _first_embedded(text: str, formats) -> date | None:
    """The first full date in words around dates ("Begins 7/7/25 and ... until 11/30/25", "9/30/20*");
    None when other numbers are left over ("LO-1/14/2011 CL-End of 2012")."""
    dates = [m.group(0) for m in EMBEDDED.finditer(text)]
    if not dates or re.search(r"\d", EMBEDDED.sub(" ", text)):
        return None
    return _from_text(dates[0], formats)


_TIME = re.compile(r"(?:[ T]\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:\s*[AP]M)?(?:Z|[+-]\d\d:?\d\d)?)$", re.I)


def _from_text(text: str, formats) -> date | None:
    if _TIME.search(text):  # "3/5/2024 0:00", "2024-03-05T00:00:00.000": a date-time at midnight or any time
        return _from_text(_TIME.sub("", text), formats)
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if re.search(r"[a-z]{3}", text, re.I) and re.search(r"\d{4}", text) and len(text) < 40:
        return _dateparser(text)
    return None


def _dateparser(text: str) -> date | None:
    """Month names in free text ("August 24, 2024", "Oct 28, 2008"), full dates only."""
    import dateparser

    try:
        found = dateparser.parse(text, languages=["en"], settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "MDY"})
    except Exception:  # dateparser raises assorted errors on odd text
        return None
    return found.date() if found else None


def parse_count(value, *, max_count: int = MAX_COUNT) -> int | None:
    """A head count: a number, or text holding exactly one number ("207 total locations",
    "66; #CT workers not indicated"). Several numbers ("80 - 100") or a negative are rejected."""
    if isinstance(value, bool):
        raise BadValue(f"not a count: {value!r}")
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or value < 0 or value != int(value):
            raise BadValue(f"not a count: {value!r}")
        count = int(value)
    elif is_empty(value):
        return None
    else:
        text = str(value).strip()
        if re.fullmatch(r"\d[\d,]*\.\d+", text):  # "16000.0" from a float column
            return parse_count(float(text.replace(",", "")), max_count=max_count)
        if re.search(r"(?<![\w])-\s*\d", text):
            raise BadValue(f"negative or range count {text[:60]!r}")
        numbers = NUMBER.findall(text)
        if not numbers:
            if re.search(r"unknown|not (?:known|provided|indicated|available)|tbd|n/a", text, re.I):
                return None
            raise BadValue(f"unreadable count {text[:60]!r}")
        if len(numbers) > 1:
            raise BadValue(f"ambiguous count {text[:60]!r}")
        count = int(numbers[0].replace(",", ""))
    if count > max_count:
        raise BadValue(f"implausible count {count}")
    return count


def text(value) -> str | None:
    """A cell as clean one-line text, or None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    out = re.sub(r"\s+", " ", str(value)).strip()
    return out or None


CLOSURE = re.compile(r"clos|shut ?down|cease|\bcl\b", re.I)
LAYOFF = re.compile(r"lay ?off|reduction|\bwr\b|\blo\b|downsiz|furlough|relocat", re.I)
TEMPORARY = re.compile(r"\btemp", re.I)
PERMANENT = re.compile(r"perm", re.I)
AMENDMENT = re.compile(r"amend|update|revis|rescind|rescission|\brev\b|supplement|correction", re.I)


def flags(kind_text: str | None) -> dict:
    """is_closure / is_temporary / is_amendment from the words of a notice's type columns."""
    words = kind_text or ""
    closure = True if CLOSURE.search(words) else (False if LAYOFF.search(words) else None)
    temporary = True if TEMPORARY.search(words) else (False if PERMANENT.search(words) else None)
    return {"is_closure": closure, "is_temporary": temporary, "is_amendment": bool(AMENDMENT.search(words))}
