"""Field helpers shared by the feed sources (Teamtailor, Remote OK, Remotive, Arbeitnow, Jobicy)."""

from __future__ import annotations

import html
import re

from tracker.extract import as_str
from tracker.normalize import employment_type
from tracker.salary import parse_amount

PERIODS = {
    "hour": "hour", "hourly": "hour", "day": "day", "daily": "day", "week": "week", "weekly": "week",
    "month": "month", "monthly": "month", "year": "year", "yearly": "year", "annual": "year",
    "annually": "year",
}
_ESCAPED_TAG = re.compile(r"&lt;/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^&]*?)?/?&gt;")


def text(value) -> str | None:
    """A scalar as stripped text; None for empty, for booleans and for lists or objects."""
    return None if isinstance(value, (bool, list, dict)) else as_str(value)


def plain(value) -> str | None:
    """A text field that may carry HTML entities (``Project &amp; Program``) -> plain text."""
    value = text(value)
    return as_str(html.unescape(value)) if value else None


def joined(values, sep: str = ", ") -> str | None:
    """A list of words (or one word) as one string; entities decoded, blanks dropped."""
    if isinstance(values, (list, tuple)):
        return sep.join(w for w in map(plain, values) if w) or None
    return plain(values)


def html_fragment(value) -> str | None:
    """Description HTML; decoded first when it opens with entity-escaped markup (``&lt;p&gt;``),
    as Arbeitnow serves some employers' postings. Escaped tags inside real HTML (a code
    sample) are left alone."""
    fragment = text(value)
    if fragment and _ESCAPED_TAG.match(fragment):
        fragment = as_str(html.unescape(fragment))
    return fragment


def amount(value) -> float | None:
    """A positive amount (these feeds write 0 for "not given"), else None; strings in any
    grouping ("3.500", "3.500,00", "120'000") read as ``tracker.salary.parse_amount`` does."""
    return parse_amount(value)


def period(word) -> str | None:
    """``yearly``, ``YEAR``, ``hourly`` ... -> the contract's hour|day|week|month|year."""
    return PERIODS.get(str(word or "").strip().lower())


def employment(raw: str | None) -> str | None:
    """``full_time``, ``FULL_TIME``, ``Full-Time`` -> ``full-time`` (normalize's vocabulary); of a
    comma-separated list (``Associate, full time``), the first word that maps."""
    for part in (raw or "").split(","):
        mapped = employment_type(part.replace("_", " "))
        if mapped:
            return mapped
    return None
