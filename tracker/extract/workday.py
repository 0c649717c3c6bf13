"""Workday career sites, through the CXS JSON API behind their pages.

Board token ``{tenant}/{dc}/{site}``: the careers page
``https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite`` is ``nvidia/wd5/NVIDIAExternalCareerSite``.

- list: ``POST {host}/wday/cxs/{tenant}/{site}/jobs``, body ``{"appliedFacets": {}, "limit": 20,
  "offset": N, "searchText": ""}`` -> ``{"total", "jobPostings": [{title, externalPath,
  locationsText, postedOn, bulletFields, remoteType?}]}``; ``total`` is only reliable on the first page.
- detail: ``GET {host}/wday/cxs/{tenant}/{site}{externalPath}`` -> ``{"jobPostingInfo": {...},
  "hiringOrganization": {...}}``.

A posting's id is the last segment of its ``externalPath``, which the detail repeats as
``jobPostingId`` (``Senior-AI-Security-Researcher_JR2017578``): it stays when the title is
edited, and a re-posted requisition gets its own (``..._R258818-1``) where ``jobReqId`` repeats.
``postedOn`` ("Posted 30+ Days Ago") is not a date: ``posted_at`` is the detail's ``startDate``.
"""

from __future__ import annotations

import re

from tracker.extract import BadPayload, as_str, first
from tracker.items import Posting

SOURCE = "workday"
PUBLIC_HOST = "https://{tenant}.{dc}.myworkdayjobs.com"
_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_COUNT_ONLY = re.compile(r"^\d+ Locations?$", re.I)  # the list's "3 Locations"
_COMPANY_CODE = re.compile(r"^\d{3,}\s+(?=\D)")  # "1000 Merck Sharp & Dohme LLC": a company code
WORKPLACE = (("hybrid", re.compile(r"hybrid|flex", re.I)), ("remote", re.compile(r"remote", re.I)),
             ("onsite", re.compile(r"on-?\s?site|office", re.I)))


class InvalidToken(BadPayload):
    """A registry token that is not ``tenant/dc/site``."""

    prefix = ""


def parse_token(token: str) -> tuple[str, str, str]:
    """``"nvidia/wd5/NVIDIAExternalCareerSite"`` -> its tenant, data centre and site."""
    parts = token.strip("/").split("/")
    if len(parts) != 3 or not all(_PART.match(p) for p in parts):
        raise InvalidToken(f"invalid board token {token!r}: expected tenant/dc/site, "
                           "e.g. nvidia/wd5/NVIDIAExternalCareerSite")
    return parts[0], parts[1], parts[2]


def api_root(base: str, token: str) -> str:
    """``{host}/wday/cxs/{tenant}/{site}``. A base holding ``{tenant}`` is the real host's
    template; any other base (a mirror) gets ``{base}/{tenant}/{dc}`` as the host, so every
    board keeps its own path and the real host can be rebuilt from it."""
    tenant, dc, site = parse_token(token)
    host = base.format(tenant=tenant, dc=dc) if "{tenant}" in base else f"{base}/{tenant}/{dc}"
    return f"{host}/wday/cxs/{tenant}/{site}"


def public_url(token: str, external_path: str) -> str:
    """The posting's page on the careers site."""
    tenant, dc, site = parse_token(token)
    return f"{PUBLIC_HOST.format(tenant=tenant, dc=dc)}/{site}{external_path}"


def posting_key(item: dict) -> str | None:
    """The id of a list item: the last segment of its ``externalPath``."""
    path = as_str(item.get("externalPath"))
    return as_str(path.rstrip("/").rsplit("/", 1)[-1]) if path and path.startswith("/") else None


def list_page(data) -> tuple[list, object]:
    """A list page's postings and its reported total, or ``BadPayload``."""
    if not isinstance(data, dict):
        raise BadPayload("expected an object with a 'jobPostings' list")
    postings = data.get("jobPostings", [] if "total" in data else None)
    if not isinstance(postings, list):
        raise BadPayload("expected an object with a 'jobPostings' list")
    return postings, data.get("total")


def job_detail(data) -> dict:
    """A detail response, or ``BadPayload``."""
    if not isinstance(data, dict) or not isinstance(data.get("jobPostingInfo"), dict):
        raise BadPayload("expected an object with a 'jobPostingInfo' object")
    return data


def workplace(remote_type: str | None) -> str:
    """``Onsite``, ``Hybrid``, ``Remote``, Workday's own ``Flex`` -> the contract's values."""
    for value, pattern in WORKPLACE:
        if remote_type and pattern.search(remote_type):
            return value
    return "unknown"


class WorkdayJob:
    """One posting: its detail response, with the list item it was found by."""

    def __init__(self, payload: dict, board: str, listing: dict | None = None):
        self.payload, self.board, self.listing = payload, board, listing or {}
        info = payload.get("jobPostingInfo")
        self.info = info if isinstance(info, dict) else {}

    def external_id(self) -> str | None:
        return first(posting_key(self.listing), as_str(self.info.get("jobPostingId")))

    def company(self) -> str | None:
        org = self.payload.get("hiringOrganization")
        name = as_str(org.get("name")) if isinstance(org, dict) else None
        return as_str(_COMPANY_CODE.sub("", name)) if name else None

    def location_raw(self) -> str | None:
        extra = self.info.get("additionalLocations")
        every = [self.info.get("location")] + (extra if isinstance(extra, list) else [])
        every = [as_str(x) for x in every if isinstance(x, str) and as_str(x)]
        if every:
            return "; ".join(every)
        listed = as_str(self.listing.get("locationsText"))
        return None if not listed or _COUNT_ONLY.match(listed) else listed

    def country(self) -> str | None:
        place = self.info.get("jobRequisitionLocation")
        country = place.get("country") if isinstance(place, dict) else None
        code = as_str(country.get("alpha2Code")) if isinstance(country, dict) else None
        return code.upper() if code else None

    def url(self) -> str | None:
        url = as_str(self.info.get("externalUrl"))
        path = as_str(self.listing.get("externalPath"))
        if not url and path:
            try:
                url = public_url(self.board, path)
            except InvalidToken:
                return None
        return url

    def to_posting(self) -> Posting:
        info, url = self.info, self.url()
        return Posting(
            source=SOURCE, board=self.board, external_id=self.external_id(),
            title=as_str(first(info.get("title"), self.listing.get("title"))), company=self.company(),
            description_html=as_str(info.get("jobDescription")), url=url, apply_url=url,
            location_raw=self.location_raw(), country=self.country(),
            workplace=workplace(as_str(first(info.get("remoteType"), self.listing.get("remoteType")))),
            employment_type_raw=as_str(info.get("timeType")), posted_at=as_str(info.get("startDate")),
        )
