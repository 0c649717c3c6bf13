"""Text basics shared by every source: HTML to text, safe HTML, dates to UTC."""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timezone

import html_text
import nh3

_SAFE_SCHEMES = {"http", "https", "mailto"}
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\u00a0]+")
MIN_YEAR, MAX_YEAR = 1990, 2100
_ASCII_DIGIT = re.compile(r"[0-9]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


def _valid_text(text: str) -> str:
    """Without lone surrogates (a cut emoji) and control characters, which parsers reject."""
    return _CONTROL.sub("", _SURROGATE.sub("", text))


def sanitize_html(fragment: str | None) -> str | None:
    """Keep formatting tags only: no script/style, no event handlers, no javascript: URLs."""
    if not fragment:
        return None
    cleaned = nh3.clean(_valid_text(fragment), url_schemes=_SAFE_SCHEMES, link_rel="noopener noreferrer nofollow")
    return cleaned.strip() or None


def html_to_text(fragment: str | None) -> str | None:
    """Readable plain text: block elements become line breaks, entities decoded."""
    if not fragment or not fragment.strip():
        return None
    text = html_text.extract_text(_valid_text(fragment), guess_layout=True)
    text = "\n".join(_SPACES.sub(" ", _INVISIBLE.sub("", line)).strip() for line in text.splitlines())
    text = _BLANK_LINES.sub("\n\n", text).strip()
    return text or None


def unescape_html(fragment: str | None) -> str | None:
    """Decode HTML that a source served entity-escaped (``&lt;p&gt;``)."""
    return html.unescape(fragment) if fragment else fragment


def text_to_html(text: str | None) -> str | None:
    """Wrap plain text as paragraphs, for sources that only give plain text."""
    if not text or not text.strip():
        return None
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)


def _format(moment: datetime) -> str | None:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    if not MIN_YEAR - 1 <= moment.year <= MAX_YEAR + 1:  # keeps astimezone() clear of years 1 and 9999
        return None
    moment = moment.astimezone(timezone.utc)
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


_ZONE_NAME = re.compile(r"\[[A-Za-z_]+(?:/[A-Za-z_+\-]+)*\]$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_ISO_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)")


def to_utc_iso(value) -> str | None:
    """Any timestamp a source gives (epoch s or ms, ISO-8601, free text) -> ``YYYY-MM-DDTHH:MM:SSZ``.

    Returns None for what is not a plausible date; never raises.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _format(value)
    if isinstance(value, date):
        return _format(datetime(value.year, value.month, value.day))
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return _format(datetime.fromtimestamp(seconds, tz=timezone.utc))
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    text = _ZONE_NAME.sub("", value.strip())  # "...+02:00[Europe/Berlin]" (Java's zoned time)
    if text.isascii() and text.isdigit():
        if len(text) == 8 and text[:2] in ("19", "20"):  # "20260716"
            try:
                return _format(datetime.strptime(text, "%Y%m%d"))
            except ValueError:
                return None
        return to_utc_iso(int(text))
    try:
        return _format(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    if _YEAR_MONTH.match(text):  # "2026-07": the month's first day, not today's day of it
        return _format(datetime(int(text[:4]), int(text[5:7]), 1)) if 1 <= int(text[5:7]) <= 12 else None
    if _ISO_LIKE.match(text):
        return None  # ISO-shaped but impossible ("2026-13-01", "T25:00"): no guessing, and no slow parse
    if not _ASCII_DIGIT.search(text) or any(ch.isdigit() and not ch.isascii() for ch in text):
        return None  # "today", "1²": nothing a date can be read from with confidence
    import dateparser  # slow to import; only free-text dates need it

    try:
        parsed = dateparser.parse(text, settings={"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True,
                                                  "PREFER_DAY_OF_MONTH": "first"})
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return _format(parsed) if parsed else None
