"""SmartRecruiters Posting API (public, no key).

- list: ``GET /v1/companies/{company}/postings?limit=100&offset=N`` -> ``{offset, limit,
  totalFound, content: [...]}`` (no description);
- detail: ``GET /v1/companies/{company}/postings/{id}`` -> the posting again, plus ``postingUrl``,
  ``applyUrl`` and ``jobAd.sections`` (companyDescription, jobDescription, qualifications,
  additionalInformation: each ``{title, text}`` with HTML text).

Docs: https://dev.smartrecruiters.com/customer-api/posting-api/endpoints/postings/.
A posting is built from its list item with the detail laid over it (``merge``).
"""

from __future__ import annotations

import html

from tracker.extract import BadPayload, as_str, first
from tracker.items import Posting

SOURCE = "smartrecruiters"
SECTIONS = ("companyDescription", "jobDescription", "qualifications", "additionalInformation")
PUBLIC_URL = "https://jobs.smartrecruiters.com/{company}/{id}"


def _obj(value) -> dict:
    return value if isinstance(value, dict) else {}


def posting_key(item: dict) -> str | None:
    return as_str(item.get("id"))


def list_page(data) -> tuple[list, object]:
    """A list page's postings and its ``totalFound``, or ``BadPayload``."""
    if not isinstance(data, dict) or not isinstance(data.get("content"), list):
        raise BadPayload("expected an object with a 'content' list")
    return data["content"], data.get("totalFound")


def merge(listing: dict, detail) -> dict:
    """The list item with the detail response over it, or ``BadPayload`` for a detail
    that is not a posting."""
    if not isinstance(detail, dict) or not isinstance(detail.get("jobAd"), dict):
        raise BadPayload("expected a posting object with a 'jobAd'")
    return {**listing, **detail, "id": listing.get("id")}


class SmartRecruitersPosting:
    """One posting: list item and detail merged."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board
        self.location = _obj(payload.get("location"))

    def location_raw(self) -> str | None:
        loc = self.location
        full = as_str(loc.get("fullLocation"))  # "Warsaw, , Poland" when the region is empty
        parts = full.split(",") if full else [loc.get("city"), loc.get("region"), loc.get("country")]
        return as_str(", ".join(filter(None, map(as_str, parts))))

    def workplace(self) -> str:
        remote, hybrid = self.location.get("remote"), self.location.get("hybrid")
        if remote is True:
            return "remote"
        if hybrid is True:
            return "hybrid"
        return "onsite" if remote is False and hybrid is False else "unknown"

    def description_html(self) -> str | None:
        sections = _obj(_obj(self.payload.get("jobAd")).get("sections"))
        names = list(SECTIONS) + [k for k in sections if k not in SECTIONS]
        parts = []
        for name in names:
            section = _obj(sections.get(name))
            text = as_str(section.get("text"))
            if text:
                title = as_str(section.get("title"))
                parts.append((f"<h3>{html.escape(title)}</h3>" if title else "") + text)
        return "\n".join(parts) or None

    def seniority(self) -> str | None:
        level = _obj(self.payload.get("experienceLevel"))
        return None if level.get("id") == "not_applicable" else as_str(level.get("label"))

    def url(self) -> str | None:
        p = self.payload
        company = as_str(_obj(p.get("company")).get("identifier"))
        fallback = PUBLIC_URL.format(company=company, id=p.get("id")) if company and p.get("id") else None
        return first(as_str(p.get("postingUrl")), fallback)

    def to_posting(self) -> Posting:
        p, loc = self.payload, self.location
        country = as_str(loc.get("country"))
        url = self.url()
        return Posting(
            source=SOURCE, board=self.board, external_id=as_str(p.get("id")), title=as_str(p.get("name")),
            company=as_str(_obj(p.get("company")).get("name")), description_html=self.description_html(),
            url=url, apply_url=first(as_str(p.get("applyUrl")), url), location_raw=self.location_raw(),
            city=as_str(loc.get("city")), region=as_str(loc.get("region")),
            country=country.upper() if country else None, workplace=self.workplace(),
            employment_type_raw=as_str(first(_obj(p.get("typeOfEmployment")).get("label"),
                                             _obj(p.get("typeOfEmployment")).get("id"))),
            department=as_str(_obj(p.get("department")).get("label")), seniority=self.seniority(),
            posted_at=as_str(p.get("releasedDate")),
        )
