"""Ashby Job Postings API: ``GET /posting-api/job-board/{board}?includeCompensation=true``.

Docs: https://developers.ashbyhq.com/docs/public-job-posting-api. The response,
``{"apiVersion": "1", "jobs": [...]}``, holds every published job with its HTML description.
``location`` is the primary location and ``secondaryLocations`` the others (``{location,
address}``); an address's ``postalAddress`` names locality, region and country (a name:
"United States"). Newer boards add ``workplaceType`` (OnSite|Hybrid|Remote) beside the older
``isRemote``. ``compensation.summaryComponents`` sums up the ``compensationTiers``: one
component per kind (Salary, Bonus, Commission, EquityPercentage, EquityCashValue), each with a
``currencyCode`` and an ``interval`` such as "1 YEAR" or "NONE"; only Salary is base pay.
"""

from __future__ import annotations

import re

from tracker.extract import BadPayload, first
from tracker.extract.fields import amount, plain, text
from tracker.items import Posting
from tracker.normalize import workplace as workplace_from_words
from tracker.text import text_to_html

SOURCE = "ashby"
WORKPLACE = {"onsite": "onsite", "hybrid": "hybrid", "remote": "remote"}
INTERVAL = re.compile(r"1\s*(hour|day|week|month|year)", re.I)


def _obj(value) -> dict:
    return value if isinstance(value, dict) else {}


def _postal(address) -> dict:
    """``address.postalAddress`` (the job's shape), or the address itself (the docs' example)."""
    address = _obj(address)
    return _obj(address.get("postalAddress")) or address


class AshbyJob:
    """One item of ``jobs``."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board

    def places(self) -> list[tuple[str | None, dict]]:
        """``(location name, postal address)`` of the primary location, then of the secondary ones."""
        p = self.payload
        places = [(plain(p.get("location")), _postal(p.get("address")))]
        extra = p.get("secondaryLocations")
        for place in extra if isinstance(extra, list) else []:
            if isinstance(place, dict):
                places.append((plain(place.get("location")), _postal(place.get("address"))))
        return places

    def location_raw(self) -> str | None:
        names = []
        for name, _ in self.places():
            if name and name.casefold() not in (n.casefold() for n in names):
                names.append(name)
        return "; ".join(names) or None

    def place(self) -> dict:
        """City and region of a single location; the country when every location names the same one."""
        places = [postal for name, postal in self.places() if name or postal]
        countries = {text(postal.get("addressCountry")) for postal in places} - {None}
        found = {"country": countries.pop() if len(countries) == 1 else None}
        if len(places) == 1:
            found.update(city=text(places[0].get("addressLocality")), region=text(places[0].get("addressRegion")))
        return found

    def workplace(self) -> str:
        """``workplaceType`` when given; else ``isRemote``, unless the location says hybrid."""
        kind = re.sub(r"[^a-z]", "", str(self.payload.get("workplaceType") or "").lower())
        if kind in WORKPLACE:
            return WORKPLACE[kind]
        if self.payload.get("isRemote") is True and workplace_from_words("unknown", self.location_raw()) != "hybrid":
            return "remote"
        return "unknown"  # normalize reads the location words

    def salary(self) -> dict:
        """Base salary only: the Salary summary component, else the range over the Salary
        components of the tiers that share the first one's currency and interval."""
        comp = _obj(self.payload.get("compensation"))
        summary = [c for c in _list(comp.get("summaryComponents")) if _is_salary(c)]
        if summary:
            band = summary[0]
            low, high = amount(band.get("minValue")), amount(band.get("maxValue"))
        else:
            parts = [c for tier in _list(comp.get("compensationTiers")) for c in _list(_obj(tier).get("components"))
                     if _is_salary(c)]
            if not parts:
                return {}
            band = parts[0]
            same = [c for c in parts if (c.get("currencyCode"), c.get("interval")) == (band.get("currencyCode"),
                                                                                      band.get("interval"))]
            lows = [x for x in (amount(c.get("minValue")) for c in same) if x is not None]
            highs = [x for x in (amount(c.get("maxValue")) for c in same) if x is not None]
            low, high = min(lows, default=None), max(highs, default=None)
        if low is None and high is None:
            return {}
        match = INTERVAL.fullmatch(str(band.get("interval") or "").strip())
        return {"salary_min": low, "salary_max": high, "salary_currency": text(band.get("currencyCode")),
                "salary_period": match.group(1).lower() if match else None}

    def description_html(self) -> str | None:
        p = self.payload
        return text(p.get("descriptionHtml")) or text_to_html(text(p.get("descriptionPlain")))

    def to_posting(self) -> Posting:
        p = self.payload
        return Posting(
            source=SOURCE, board=self.board, external_id=text(p.get("id")), title=plain(p.get("title")),
            description_html=self.description_html(), url=text(p.get("jobUrl")),
            apply_url=text(first(p.get("applyUrl"), p.get("jobUrl"))), location_raw=self.location_raw(),
            workplace=self.workplace(), department=plain(first(p.get("department"), p.get("team"))),
            employment_type_raw=text(p.get("employmentType")), posted_at=text(p.get("publishedAt")),
            **self.place(), **self.salary(),
        )


def board_jobs(data) -> list:
    """The ``jobs`` list of a job-board response, or ``BadPayload``."""
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise BadPayload("expected an object with a 'jobs' list")
    return data["jobs"]


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _is_salary(component) -> bool:
    return isinstance(component, dict) and str(component.get("compensationType") or "").lower() == "salary"
