"""SEC EDGAR indexes: which 8-K filings list Item 2.05, from a filer's submissions or from
full-text search. No Scrapy import.

- ``submissions(data)``: a ``data.sec.gov/submissions/CIK##########.json`` response (or one of
  its older ``filings.files`` pages) -> the filer and all its filings (columnar arrays).
- ``efts_filings(data)``: an ``efts.sec.gov/LATEST/search-index`` response (raw Elasticsearch
  JSON, one hit per document) -> one ``Filing`` per accession number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from tracker.extract import BadPayload

ARCHIVES = "https://www.sec.gov"
FORMS_8K = ("8-K", "8-K/A")
ITEM = "2.05"
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP".split())


@dataclass
class Filing:
    """One filing as an index (submissions or full-text search) describes it."""

    cik: int
    adsh: str  # accession number, 0001193125-10-067274
    form: str
    company: str | None = None
    filing_date: str | None = None  # ISO dates
    report_date: str | None = None
    primary_document: str | None = None
    items: tuple[str, ...] = ()
    state: str | None = None  # business address, when a US state
    location: str | None = None  # business address as the index gives it
    main_document: bool = True  # False: the search hit was an exhibit, not the form itself

    @property
    def is_item_205(self) -> bool:
        return self.form in FORMS_8K and ITEM in self.items

    def url(self, base: str = ARCHIVES) -> str | None:
        """The document's Archives URL, ``<base>/Archives/edgar/data/<cik>/<adsh digits>/<doc>``."""
        if not self.primary_document:
            return None
        return f"{base.rstrip('/')}/Archives/edgar/data/{self.cik}/{self.adsh.replace('-', '')}/{self.primary_document}"


@dataclass
class Submissions:
    cik: int | None
    company: str | None
    state: str | None
    location: str | None
    filings: list[Filing] = field(default_factory=list)
    older_pages: list[dict] = field(default_factory=list)  # filings.files: name, filingFrom, filingTo


def _iso(value) -> str | None:
    text = str(value or "").strip()[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _state(value) -> str | None:
    code = str(value or "").strip().upper()
    return code if code in US_STATES else None


def _cik(value) -> int | None:
    text = str(value).strip()
    return int(text) if text.isascii() and text.isdigit() and int(text) > 0 else None


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _document(value) -> str | None:
    """A document's file name, when it is one (never a path that leaves the filing's folder)."""
    text = value.strip() if isinstance(value, str) else ""
    return text if re.fullmatch(r"[\w.\-]+(?:/[\w.\-]+)?", text) and ".." not in text else None


def submissions(data, company: Submissions | None = None) -> Submissions:
    """The filer and its filings from a submissions response; an older page (top-level columns,
    no filer) takes the filer from ``company``. Raises ``BadPayload`` on another shape."""
    if not isinstance(data, dict):
        raise BadPayload("submissions: not a JSON object")
    if "filings" in data:
        filings = data["filings"] if isinstance(data["filings"], dict) else {}
        recent = filings.get("recent")
        addresses = data.get("addresses") if isinstance(data.get("addresses"), dict) else {}
        business = addresses.get("business") if isinstance(addresses.get("business"), dict) else {}
        city, st = str(business.get("city") or "").strip(), str(business.get("stateOrCountry") or "").strip()
        out = Submissions(_cik(data.get("cik")), str(data.get("name") or "").strip() or None, _state(st),
                          ", ".join(p for p in (city.title(), st) if p) or None,
                          older_pages=[f for f in filings.get("files") or [] if isinstance(f, dict)]
                          if isinstance(filings.get("files"), list) else [])
    else:
        recent = data
        out = Submissions(*(company.cik, company.company, company.state, company.location) if company else
                          (_cik(data.get("cik")), None, None, None))
    if not out.cik:
        raise BadPayload("submissions: no CIK")
    columns = ("accessionNumber", "form", "filingDate")
    if not isinstance(recent, dict) or not all(isinstance(recent.get(c), list) for c in columns):
        raise BadPayload("submissions: no filings columns (accessionNumber, form, filingDate)")
    n = len(recent["accessionNumber"])

    def col(name, i):
        values = recent.get(name)
        return values[i] if isinstance(values, list) and i < len(values) else None

    for i in range(n):
        items = tuple(x.strip() for x in str(col("items", i) or "").split(",") if x.strip())
        out.filings.append(Filing(
            out.cik, str(col("accessionNumber", i)), str(col("form", i) or ""), out.company,
            _iso(col("filingDate", i)), _iso(col("reportDate", i)), _document(col("primaryDocument", i)),
            items, out.state, out.location))
    return out


_DISPLAY = re.compile(r"^(.*?)\s*(?:\s\([A-Z0-9.\-]+(?:,\s*[A-Z0-9.\-]+)*\))?\s*\(CIK\s*\d+\)\s*$")


def display_name(text: str) -> str:
    """``"Tesla, Inc.  (TSLA)  (CIK 0001318605)"`` -> ``"Tesla, Inc."``."""
    found = _DISPLAY.match(text or "")
    return (found.group(1) if found else text or "").strip()


def efts_filings(data) -> tuple[list[Filing], int, bool]:
    """The 8-K filings listing Item 2.05 among a full-text search page's hits, one per accession
    number (the form's own document preferred over exhibits), with the hit total and whether
    the total is capped (relation "gte"). Raises ``BadPayload`` on another shape."""
    hits = data.get("hits") if isinstance(data, dict) else None
    if not isinstance(hits, dict) or not isinstance(hits.get("hits"), list):
        raise BadPayload("search-index: no hits.hits list")
    total = hits.get("total")
    value = total.get("value") if isinstance(total, dict) else total
    capped = isinstance(total, dict) and total.get("relation") == "gte"
    by_adsh: dict[str, Filing] = {}
    mains: set[str] = set()  # accession numbers whose form document (not an exhibit) was seen
    for hit in hits["hits"]:
        src = hit.get("_source") if isinstance(hit, dict) else None
        if not isinstance(src, dict):
            continue
        adsh, _, filename = str(hit.get("_id") or "").partition(":")
        adsh = str(src.get("adsh") or adsh)
        form = str(src.get("form") or (_list(src.get("root_forms")) or [""])[0])
        items = tuple(str(x).strip() for x in _list(src.get("items")))
        ciks, names = _list(src.get("ciks")), _list(src.get("display_names"))
        cik = _cik(ciks[0]) if ciks else None
        if not adsh or cik is None or form not in FORMS_8K or ITEM not in items:
            continue
        main = str(src.get("file_type") or "").upper() == form.upper()
        if adsh in by_adsh and (adsh in mains or not main):
            continue
        if main:
            mains.add(adsh)
        places, states = _list(src.get("biz_locations")), _list(src.get("biz_states"))
        by_adsh[adsh] = Filing(
            cik, adsh, form, display_name(str(names[0])) if names else None, _iso(src.get("file_date")),
            _iso(src.get("period_ending")), _document(filename), items,
            _state(states[0]) if states else None, str(places[0]).strip() if places else None, main)
    return list(by_adsh.values()), int(value) if isinstance(value, int) else len(hits["hits"]), capped
