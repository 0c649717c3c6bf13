"""Source-independent clean-up of a ``Posting``: text, HTML, dates, employer, basic fields."""

from __future__ import annotations

import re

from tracker import fx
from tracker.companies import clean_company_name
from tracker.items import Posting
from tracker.location import apply_location
from tracker.workplace import location_workplace
from tracker.salary import COUNTRY_CURRENCY, CURRENCY, best_base
from tracker.seniority import employment_from_title, seniority
from tracker.text import html_to_text, sanitize_html, to_utc_iso, unescape_html

EMPLOYMENT_TYPES = (  # English first, then the words German, French, Spanish, Dutch and Nordic boards use
    ("internship", re.compile(r"\bintern(ship)?\b|\bwerkstudent|\bco-?op\b|\bpraktik(um|ant)|\bstagiaire\b|"
                              r"\balternance\b|\bausbildung\b|\bapprentice(ship)?\b|\btrainee\b|\bpr[aá]cticas\b|^stage$",
                              re.I)),
    ("temporary", re.compile(r"\btemp(orary)?\b|\bseasonal\b|\bfixed[- ]term\b|\bbefristet\b|\bcdd\b|"
                             r"\btemporal\b|\btijdelijk\b|\bvikariat\b", re.I)),
    ("contract", re.compile(r"\bcontract(or)?\b|\bfreelance\b|\bconsultant\b|\bper[ _]diem\b", re.I)),
    ("part-time", re.compile(r"\bpart[- ]?time\b|\bteilzeit\b|\btemps partiel\b|\bmedia jornada\b|"
                             r"\bdeltid\b|\bdeeltijd\b", re.I)),
    ("full-time", re.compile(r"\bfull[- ]?time\b|\bpermanent\b|\bregular\b|\bvollzeit\b|\bfestanstellung\b|"
                             r"\bcdi\b|\btemps plein\b|\btiempo completo\b|\bjornada completa\b|\bheltid\b|"
                             r"\bfast anst[aä]llning\b|\bvoltijd\b|\bvaste\b|\bunbefristet\b", re.I)),
)
_SPACE = re.compile(r"\s+")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.I)


def _unescape(text: str | None) -> str | None:
    """"R&amp;D Engineer" as some APIs send plain fields: entities decoded."""
    return unescape_html(text) if text and "&" in text and _ENTITY.search(text) else text


def employment_type(raw: str | None) -> str | None:
    """Map a source's wording ("Full-Time", "Regular", "Intern") to the contract's values."""
    if not raw:
        return None
    for value, pattern in EMPLOYMENT_TYPES:
        if pattern.search(raw):
            return value
    return None


def workplace(current: str, location_raw: str | None) -> str:
    """Keep a source's own workplace field; otherwise read the location words."""
    return current if current and current != "unknown" else location_workplace(location_raw)


def annual_usd(amount: float | None, currency: str | None, period: str | None,
               on: str | None = None) -> float | None:
    """A yearly USD figure for pay in any currency on a date: see ``tracker.fx`` (rates, rules)."""
    return fx.annual_usd(amount, currency, period, on)


def normalize_posting(posting: Posting) -> Posting:
    """Clean a posting in place and return it."""
    p = posting
    p.title = _SPACE.sub(" ", _unescape(p.title)).strip() if p.title else p.title
    p.company = clean_company_name(_unescape(p.company))
    p.department, p.location_raw = _unescape(p.department), _unescape(p.location_raw)
    raw_html = p.description_html
    p.description_html = sanitize_html(raw_html)
    p.description_text = html_to_text(p.description_html) or p.description_text
    p.posted_at = to_utc_iso(p.posted_at)
    p.employment_type = (p.employment_type or employment_type(p.employment_type_raw)
                         or employment_from_title(p.title))
    p.seniority = seniority(p.title, p.seniority)  # the source's own level field, if any, is the fallback
    apply_location(p)  # city, region, country, every place in locations, workplace, remote_scope
    if p.salary_min is None and p.salary_max is None and p.description_text:  # pay stated in the text
        found = best_base(p.description_text, p.salary_currency or COUNTRY_CURRENCY.get(p.country or ""))
        if found:
            p.salary_min, p.salary_max, p.salary_period = found.min, found.max, found.period
            p.salary_currency = found.currency
    if p.salary_currency:  # "€", "US$", "euro" as some pages give it: the ISO code
        p.salary_currency = CURRENCY.get(p.salary_currency.strip().lower(), p.salary_currency.strip().upper())
    if p.salary_min is not None and p.salary_max is not None and p.salary_min > p.salary_max:
        p.salary_min, p.salary_max = p.salary_max, p.salary_min
    p.salary_annual_min_usd = annual_usd(p.salary_min, p.salary_currency, p.salary_period, p.posted_at)
    p.salary_annual_max_usd = annual_usd(p.salary_max, p.salary_currency, p.salary_period, p.posted_at)
    return p
