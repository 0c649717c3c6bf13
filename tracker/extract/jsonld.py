"""schema.org ``JobPosting`` embedded in careers pages, as JSON-LD or microdata (read with extruct).

Spec: https://schema.org/JobPosting and Google's job-posting guide
(https://developers.google.com/search/docs/appearance/structured-data/job-posting). Applicant
tracking systems (JazzHR, iCIMS, Breezy, Workable, ...) embed one per job page; some careers
pages list several. ``page_jobs(html, url)`` finds them; ``JsonLdJob`` maps one to a ``Posting``.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import re
from datetime import datetime, timezone

from tracker.extract import BadPayload, as_str, first
from tracker.items import Posting
from tracker.salary import AMOUNT, parse_amount
from tracker.text import to_utc_iso

SOURCE = "jsonld"
PERIODS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
MISSING = {"", "unavailable", "n/a", "na", "none", "null", "-"}
MAX_ID = 200


class NoJobPosting(BadPayload):
    """A page that carries no schema.org JobPosting."""

    prefix = ""


def _distinct(jobs: list[dict]) -> list[dict]:
    """The same JobPosting repeated on a page (JSON-LD and microdata copies, a theme's block and a
    plugin's) counts once: same title and identifier, or without one, same title and text."""
    seen, out = set(), []
    for job in jobs:
        posting = JsonLdJob(job, "", None)
        title, ident = posting.title(), posting.identifier()
        text = " ".join(re.sub(r"<[^>]+>", " ", htmllib.unescape(str(_one(job.get("description")) or ""))).split())
        key = (title, "id", ident) if ident else (title, "text", text[:300])
        if key not in seen:
            seen.add(key)
            out.append(job)
    return out


def page_jobs(page: str | bytes, url: str | None = None) -> list[dict]:
    """Every JobPosting object on a page: JSON-LD blocks (a broken block is skipped, not the page),
    ``@graph`` and list wrappers, and microdata."""
    import extruct
    from extruct.jsonld import JsonLdExtractor
    from extruct.utils import parse_html
    from lxml import etree

    data = page.encode("utf-8") if isinstance(page, str) else page
    if not data.strip():
        return []
    try:
        tree = parse_html(data, encoding="UTF-8")
    except (ValueError, etree.ParserError):  # lxml: a document with no elements (e.g. a BOM alone)
        return []
    items: list = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            items += JsonLdExtractor().extract_items(script)
        except ValueError:
            continue
    items += extruct.extract(tree, base_url=url, syntaxes=["microdata"], uniform=True, errors="ignore").get(
        "microdata", [])
    found: list[dict] = []
    for item in items:
        _collect(item, found, depth=0)
    found = _distinct(found)
    employers = [i for i in items if isinstance(i, dict) and str(i.get("@type")).rsplit("/", 1)[-1] == "Organization"]
    if len(employers) == 1:  # JazzHR: the employer is a separate block beside the JobPosting
        found = [j if j.get("hiringOrganization") else {**j, "hiringOrganization": employers[0]} for j in found]
    return found


def _collect(value, found: list, depth: int) -> None:
    if depth > 6:
        return
    if isinstance(value, list):
        for v in value:
            _collect(v, found, depth + 1)
    elif isinstance(value, dict):
        types = value.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(str(t).rsplit("/", 1)[-1] == "JobPosting" for t in types):
            found.append(value)
            return
        for key in ("@graph", "itemListElement", "item", "mainEntity", "hasPart"):
            _collect(value.get(key), found, depth + 1)


def _one(value):
    """The first of a repeated property (microdata and some JSON-LD give lists)."""
    while isinstance(value, list):
        value = value[0] if value else None
    return value


def _text(value, keys=("name", "value", "@id")) -> str | None:
    """A property as text: a string, a number, or the ``name``/``value`` of a nested object."""
    value = _one(value)
    if isinstance(value, dict):
        value = first(*(value.get(k) for k in keys))
    text = as_str(_one(value)) if not isinstance(_one(value), (dict, list)) else None
    return None if text is None or text.lower() in MISSING else text


def _list(value) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _number(value) -> float | None:
    return parse_amount(_one(value))  # "3.500" is 3500 in a euro posting; 0 is "not given"


RANGE_SEP = re.compile(r"\s*(?:-|\u2013|\u2014|to|bis|a|\u00e0|au|tot|til)?\s*", re.I)  # between a range's ends


def _ends(value) -> tuple[float | None, float | None]:
    """A ``value`` as (low, high): a range written as one string ("100000-120000") gives both ends."""
    value = _one(value)
    if isinstance(value, str):
        matches = list(AMOUNT.finditer(value[:100]))[:2]
        found = [parse_amount(m.group(0)) for m in matches]
        if len(matches) == 2 and all(found) and RANGE_SEP.fullmatch(value[matches[0].end():matches[1].start()]):
            return min(found), max(found)
    number = _number(value)
    return number, number


class JsonLdJob:
    """One JobPosting object found on a page."""

    def __init__(self, payload: dict, board: str, page_url: str | None = None):
        self.payload, self.board, self.page_url = payload, board, page_url

    def url(self) -> str | None:
        url = _text(self.payload.get("url"))
        return url if url and url.startswith(("http://", "https://")) else self.page_url

    def identifier(self) -> str | None:
        """The page's own id for the job (a "name" names the employer, not the job)."""
        return _text(self.payload.get("identifier"), keys=("value", "@id"))

    def external_id(self) -> str | None:
        ident = self.identifier()
        if ident and ident == self.company():  # an identifier that is the company name identifies no job
            ident = None
        ident = ident or self.url()
        if ident and len(ident) > MAX_ID:
            ident = "sha1:" + hashlib.sha1(ident.encode()).hexdigest()[:20]
        return ident

    def title(self) -> str | None:
        return _text(first(self.payload.get("title"), self.payload.get("name")))

    def company(self) -> str | None:
        return _text(self.payload.get("hiringOrganization"))

    def description_html(self) -> str | None:
        text = _text(self.payload.get("description"))
        if text and "<" not in text and "&lt;" in text:  # served entity-escaped
            text = htmllib.unescape(text)
        return text

    def remote(self) -> bool:
        kinds = [str(_one(k) or "").upper() for k in _list(self.payload.get("jobLocationType"))]
        return "TELECOMMUTE" in kinds

    def addresses(self) -> list[dict]:
        out = []
        for place in _list(self.payload.get("jobLocation")):
            address = place.get("address") if isinstance(place, dict) else place
            address = _one(address)
            if isinstance(address, str):
                out.append({"locality": as_str(address)})
            elif isinstance(address, dict):
                out.append({"locality": _text(address.get("addressLocality")),
                            "region": _text(address.get("addressRegion")),
                            "country": _text(address.get("addressCountry"))})
        return [a for a in out if any(a.values())]

    def applicant_locations(self) -> list[str]:
        return [t for t in (_text(x) for x in _list(self.payload.get("applicantLocationRequirements"))) if t]

    def location_raw(self) -> str | None:
        places = ["; ".join(", ".join(v for v in a.values() if v) for a in self.addresses())]
        if self.remote():
            where = ", ".join(self.applicant_locations())
            places.insert(0, f"Remote ({where})" if where else "Remote")
        return "; ".join(p for p in places if p) or None

    def employment_type_raw(self) -> str | None:
        kinds = [str(_one(k)).replace("_", "-") for k in _list(self.payload.get("employmentType")) if _one(k)]
        return ", ".join(kinds) or None

    def salary(self) -> dict:
        money = _one(first(self.payload.get("baseSalary"), self.payload.get("estimatedSalary")))
        if not isinstance(money, dict):
            return {}
        value = _one(money.get("value"))
        quantity = value if isinstance(value, dict) else {"value": value}
        ends = _ends(quantity.get("value"))
        low = first(_number(quantity.get("minValue")), ends[0])
        high = first(_number(quantity.get("maxValue")), ends[1])
        if low is None and high is None:
            return {}
        unit = str(_one(first(quantity.get("unitText"), money.get("unitText"))) or "").upper()
        currency = _text(money.get("currency"))
        return {"salary_min": low, "salary_max": high, "salary_period": PERIODS.get(unit),
                "salary_currency": currency.upper() if currency else None}

    def valid_through(self) -> str | None:
        return to_utc_iso(_text(self.payload.get("validThrough")))

    def expired(self, now: datetime | None = None) -> bool:
        """Whether ``validThrough`` has passed: the employer has closed the posting."""
        until = self.valid_through()
        now = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
        return bool(until) and until < now

    def to_posting(self) -> Posting:
        addresses = self.addresses()
        single = addresses[0] if len(addresses) == 1 else {}
        if re.search(r"\b(?:remote|anywhere|virtual)\b", single.get("locality") or "", re.I):
            single = {**single, "locality": None}  # iCIMS writes "Remote" where the city goes
        url = self.url()
        return Posting(
            source=SOURCE, board=self.board, external_id=self.external_id(), title=self.title(),
            company=self.company(), description_html=self.description_html(), url=url, apply_url=url,
            location_raw=self.location_raw(), city=single.get("locality"), region=single.get("region"),
            country=single.get("country"), workplace="remote" if self.remote() else "unknown",
            employment_type_raw=self.employment_type_raw(), posted_at=_text(self.payload.get("datePosted")),
            **self.salary())


def sitemap_urls(body: bytes, max_bytes: int = 50 * 1024 * 1024) -> tuple[str, list[str]] | None:
    """(``urlset`` or ``sitemapindex``, the locations it lists) when ``body`` is a sitemap, else None."""
    from lxml.etree import XMLSyntaxError
    from scrapy.utils.gz import gunzip
    from scrapy.utils.sitemap import Sitemap

    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body, max_size=max_bytes)
        except (OSError, ValueError, EOFError):
            return None
    head = body[:2048]
    if b"<urlset" not in head and b"<sitemapindex" not in head:
        return None
    try:
        found = Sitemap(body)
        return found.type, [d["loc"].strip() for d in found if isinstance(d.get("loc"), str) and d["loc"].strip()]
    except (XMLSyntaxError, StopIteration, ValueError):
        return None
