"""SEC 8-K Item 2.05 ("Costs Associated with Exit or Disposal Activities"): find the filings
and read what their Item 2.05 text states. No Scrapy import.

- ``submissions(data)`` / ``efts_filings(data)``: the filings an index lists (``sec_index``).
- ``item_205(document)``: a filing document (HTML or text) -> ``Item205`` (the section, head
  count, percentage, event date, charge). A field the text does not state is None: no guessing.
- ``to_notice(filing)`` / ``add_text(notice, item)``: the ``LayoffNotice`` of a filing, from the
  index first, completed from its text; ``board_url``/``window``: the boards' URLs.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

import orjson

from tracker.layoffs import LayoffNotice
from tracker.text import html_to_text

from tracker.extract.sec_index import (ARCHIVES, FORMS_8K, ITEM, Filing, Submissions,  # noqa: F401 (re-exported)
                                       display_name, efts_filings, submissions)


# -- the Item 2.05 text -------------------------------------------------------------------------
_ABBR = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())} | {"sept": 9}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_HEADING = re.compile(r"item\s*2\.05\b\.?(?:[\s|:.\-\u2013\u2014]*costs\s+associated\s+with\s+exit\s+or\s+disposal\s+activities\.?)?", re.I)
_END = re.compile(r"(?:^|\n)[ \t|*\u2022]*(?:item\s*\d{1,2}\.\d{2}\b|signatures?\b|section\s+\d+\s*[-\u2013\u2014:])",
                  re.I)
_END_CASED = re.compile(r"\bITEM\s+\d{1,2}\.\d{2}\b|\bSIGNATURES?\b")  # upper-case headings inside a line
QUAL = r"(?:(?:approximately|about|around|roughly|nearly|almost|some|up\s+to|over|more\s+than|an\s+estimated|a\s+total\s+of|estimated|total\s+of)\s+)"
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?!\d|[,.]\d)"  # never part of a longer number ("12%": not "1")
NOUN = (r"(?:employees|positions|jobs|workers|people|roles|associates|team\s+members|staff\s+members|"
        r"personnel|individuals|employee\s+positions|headcount)")
ADJ = r"(?:(?:full[-\s]time|part[-\s]time|salaried|hourly|non-union|union|current|additional|u\.s\.|global|" \
      r"corporate|manufacturing|administrative|of\s+its|of\s+our|of\s+the\s+company's|company)\s+)"
_COUNT = re.compile(rf"(?P<q>{QUAL})?(?<![$\d.,])(?P<n>{NUM})\s+{ADJ}{{0,3}}{NOUN}\b", re.I)
_COUNT_BY = re.compile(
    rf"(?:(?:workforce|work\s+force|headcount|staff)\s+by|reduction\s+in\s+(?:work\s*)?force\s+of|"
    rf"(?:workforce|headcount)\s+reduction\s+of)\s+(?P<q>{QUAL})?(?<![$\d.,])(?P<n>{NUM})"
    rf"(?!\s*(?:%|percent|per\s+cent|million|billion|thousand))", re.I)
_NOT_AFFECTED = re.compile(r"(?:employs|employed|employing|has|had|have|currently|remaining|leaving|retain\w*|"
                           r"workforce\s+of|total\s+of|of\s+(?:its|our|their|the\s+company's)|company's)\s+(?:" + QUAL + r")?$",
                           re.I)  # "Of the Company's 3,000 employees": the total
_COUNT_OF = re.compile(rf"(?P<q>{QUAL})?(?<![$\d.,])(?P<n>{NUM})\s+(?:of\s+(?:its|our|their|the\s+company's)\s+"
                       rf"(?:{QUAL})?(?:{NUM}\s+)?{ADJ}{{0,3}}{NOUN})\b", re.I)  # "300 of its 3,000 employees"
PCT = r"(?P<p>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)"
WORKFORCE = (r"(?:(?:the|its|our|their)\s+)?(?:(?:company's|global|total|worldwide|current|overall|u\.s\.|"
             r"employee|corporate|salaried)\s+)*(?:workforce|work\s+force|employees|headcount|staff|employee\s+base)")
_PCT_OF = re.compile(rf"{QUAL}?{PCT}\s+(?:of|in)\s+(?:(?:its|our|their|the\s+company's)\s+(?:{QUAL})?{NUM}\s+(?:full[-\s]time\s+)?employees|{WORKFORCE})", re.I)
_PCT_BY = re.compile(rf"(?:workforce|work\s+force|headcount|staff)\s+by\s+{QUAL}?{PCT}", re.I)
_EVENT = re.compile(rf"\b(?:on|effective|as\s+of)\s+(?:(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
                    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})),?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_RANGE_FROM = re.compile(rf"(?P<low>{NUM})\s*(?:to|-|\u2013|\u2014)\s*$")
_MONEY = r"\$\s?(?P<{0}>\d[\d,]*(?:\.\d+)?)\s*(?P<{0}u>million|billion|thousand)?"
_CHARGE_RANGE = re.compile(  # "$10 million to $15 million", "between $2 and $3 million"
    r"(?:between\s+)?" + _MONEY.format("a") + r"\s*(?:to|and|-|\u2013|\u2014)\s*" + _MONEY.format("b"), re.I)
_CHARGE_SPAN = re.compile(  # "$10-15 million", "$10 to 15 million"
    r"\$\s?(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?:to|-|\u2013|\u2014)\s*(?P<b>\d[\d,]*(?:\.\d+)?)\s*(?P<bu>million|billion|thousand)\b", re.I)
_CHARGE_ONE = re.compile(_MONEY.format("a"), re.I)
_CHARGE_WORDS = re.compile(r"charge|cost|expense|severance|restructuring|impairment|payments?", re.I)
_UNKNOWN = re.compile(r"\b(?:(?:unable|not\s+(?:yet\s+)?able|not\s+in\s+a\s+position)\s+to|cannot|can\s*not)\s+"
                      r"(?:\w+\s+){0,4}?(?:estimate|determin|quantif)", re.I)
UNITS = {None: 1, "thousand": 1e3, "million": 1e6, "billion": 1e9}
MAX_SECTION = 8000
MAX_COUNT = 1_000_000


@dataclass
class Item205:
    section: str | None = None  # the Item 2.05 text, heading excluded
    jobs: int | None = None
    percent: float | None = None
    event_date: str | None = None
    charge_min: float | None = None  # USD
    charge_max: float | None = None
    charge_unknown: bool = False  # the filer says it cannot estimate the charge yet

    def excerpt(self, limit: int = 300) -> str | None:
        if not self.section:
            return None
        text = re.sub(r"\s+", " ", self.section.replace("|", " ")).strip()
        return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "\u2026"


def document_text(document: str | bytes | None) -> str:
    """Plain text of a filing document (HTML, or plain text as EDGAR's .txt files are)."""
    if isinstance(document, bytes):
        try:
            document = document.decode("utf-8")
        except UnicodeDecodeError:
            document = document.decode("cp1252", errors="replace")
    document = document or ""
    if re.search(r"<(?:html|body|p|div|table|br|font|span)\b", document[:20000], re.I):
        document = html_to_text(document) or ""
    return (document.replace("\u00a0", " ").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\r\n", "\n").replace("\r", "\n"))


def find_section(text: str) -> str | None:
    """The body of the Item 2.05 section: from its heading to the next item heading, section
    heading or the signatures. Prefers a heading that starts a line or carries the title."""
    candidates = list(_HEADING.finditer(text))
    if not candidates:
        return None

    def starts_line(m):
        return not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t|*\u2022")

    good = [m for m in candidates if starts_line(m) or "costs" in m.group(0).lower()]
    heading = (good or candidates)[0]
    body = text[heading.end():heading.end() + MAX_SECTION]
    ends = [e.start() for e in (_END.search(body, 1), _END_CASED.search(body, 1)) if e]
    body = body[:min(ends)] if ends else body
    body = body.lstrip(" \t\n|.:").rstrip(" \t\n|")
    return body or None


def headcount(text: str) -> int | None:
    """The number of employees or positions affected, when the text states one."""
    found = []
    for pattern in (_COUNT, _COUNT_BY, _COUNT_OF):
        for m in pattern.finditer(text):
            raw = m.group("n")
            n = int(raw.replace(",", ""))
            if n <= 0 or n > MAX_COUNT:
                continue
            if "," not in raw and 1900 <= n <= 2100 and not m.group("q"):
                continue  # a year ("in 2010 employees ...") is never a head count
            if _NOT_AFFECTED.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "employs approximately 1,200 employees": the total, not the cut
            if re.match(r"\s*(?:%|percent)", text[m.end("n"):]):
                continue
            low = _RANGE_FROM.search(text[max(0, m.start("n") - 20):m.start("n")])
            if low:  # "approximately 200 to 250 employees": at least the lower figure
                n = int(low.group("low").replace(",", ""))
            found.append((m.start("n"), n))
    return min(found)[1] if found else None


def percentage(text: str) -> float | None:
    """The share of the workforce affected, in (0, 100], when the text states one."""
    found = [(m.start(), float(m.group("p"))) for p in (_PCT_OF, _PCT_BY) for m in p.finditer(text)]
    found = [f for f in found if 0 < f[1] <= 100]
    return min(found)[1] if found else None


def event_date(text: str) -> str | None:
    """The first "On <Month> <day>, <year>" date of the section."""
    for m in _EVENT.finditer(text):
        name, day = m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
        month = _ABBR.get(name.rstrip(".").lower()[:4]) or _ABBR.get(name.lower()[:3])
        try:
            return date(int(m.group("y")), month, int(day)).isoformat()
        except (TypeError, ValueError):
            continue
    return None


def _usd(amount: str, unit: str | None) -> float | None:
    try:
        return float(amount.replace(",", "")) * UNITS[(unit or "").lower() or None]
    except ValueError:
        return None


def charge(text: str) -> tuple[float | None, float | None]:
    """The charge in USD as (min, max), from the first sentence that names a cost with an amount."""
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z(])", text):
        if not _CHARGE_WORDS.search(sentence):
            continue
        rng = _CHARGE_RANGE.search(sentence)
        span = _CHARGE_SPAN.search(sentence)
        if rng or span:
            unit = (rng.group("bu") or rng.group("au")) if rng else span.group("bu")
            if rng:  # "$10 to $15 million": a bare small first figure takes the second's unit
                small = not rng.group("au") and float(rng.group("a").replace(",", "") or 0) < 1000
                low = _usd(rng.group("a"), unit if small else rng.group("au"))
            else:
                low = _usd(span.group("a"), unit)
            high = _usd((rng or span).group("b"), unit)
            if low is not None and high is not None and 0 < low <= high:
                return low, high
        one = _CHARGE_ONE.search(sentence)
        if one:
            value = _usd(one.group("a"), one.group("au"))
            if value:
                return value, value
    return None, None


def item_205(document: str | bytes | None) -> Item205:
    """Read a filing document's Item 2.05 section; an empty ``Item205`` when there is none."""
    section = find_section(document_text(document))
    if not section:
        return Item205()
    flat = re.sub(r"\s+", " ", section.replace("|", " "))
    low, high = charge(flat)
    return Item205(section, headcount(flat), percentage(flat), event_date(flat), low, high,
                   bool(_UNKNOWN.search(flat)))


# -- boards and notices -------------------------------------------------------------------------
QUERY = '"Costs Associated with Exit or Disposal Activities"'
CIK = re.compile(r"^(?:CIK)?(\d{1,10})$", re.I)
_MONTH_TOKEN = re.compile(r"^(\d{4})-(\d{2})$")
_SPAN_TOKEN = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def window(token: str, today: date | None = None) -> tuple[str, str]:
    """A search board's (start, end) dates: ``YYYY-MM``, ``YYYY-MM-DD..YYYY-MM-DD`` or ``recent``
    (the last 30 days). ``ValueError`` for any other token."""
    today = today or date.today()
    if token == "recent":
        return (today - timedelta(days=30)).isoformat(), today.isoformat()
    if m := _MONTH_TOKEN.match(token):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            return date(year, month, 1).isoformat(), date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    if m := _SPAN_TOKEN.match(token):
        start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        if start <= end:
            return start.isoformat(), end.isoformat()
    raise ValueError(f"not a sec-8k board: {token!r} (YYYY-MM, YYYY-MM-DD..YYYY-MM-DD, recent or CIK##########)")


def board_url(base: str, token: str, start: int = 0) -> str:
    """A CIK board's submissions URL, or a search window's full-text search URL (page at ``start``)."""
    if m := CIK.match(token):
        return f"{base}/submissions/CIK{int(m[1]):010d}.json"
    startdt, enddt = window(token)
    query = {"q": QUERY, "forms": ",".join(FORMS_8K), "dateRange": "custom", "startdt": startdt, "enddt": enddt}
    return f"{base}/search-index?{urlencode({**query, **({'from': start} if start else {})})}"


def to_notice(f: Filing, source: str = "sec-8k", archives: str = ARCHIVES) -> LayoffNotice:
    """A filing's notice as its index gives it: filer, business-address state, filing date, the
    date of the event reported (until the text states one), amendment flag, document URL."""
    raw = {"cik": f.cik, "adsh": f.adsh, "form": f.form, "items": list(f.items), "report_date": f.report_date,
           "business_address": f.location}
    return LayoffNotice(source=source, company_raw=f.company or f"CIK {f.cik}", state=f.state,
                        notice_date=f.filing_date, effective_date=f.report_date, is_amendment=f.form.endswith("/A"),
                        url=f.url(archives), row_ref=f.adsh, source_id=f.adsh, raw_json=orjson.dumps(raw).decode())


def add_text(notice: LayoffNotice, found: Item205) -> None:
    """Complete a notice from its document's Item 2.05 text (charge and percentage in raw_json)."""
    notice.jobs_affected, notice.reason = found.jobs, found.excerpt()
    notice.effective_date = found.event_date or notice.effective_date
    notice.percent_affected = found.percent
    raw = orjson.loads(notice.raw_json or "{}")
    raw.update(event_date=found.event_date, percent_affected=found.percent, charge_usd_min=found.charge_min,
               charge_usd_max=found.charge_max, charge_not_estimated=found.charge_unknown)
    notice.raw_json = orjson.dumps(raw).decode()
