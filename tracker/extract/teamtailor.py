"""Teamtailor career sites: ``GET https://{company}.teamtailor.com/jobs.json``.

A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) of the site's published jobs. Each
item embeds a schema.org ``JobPosting`` under ``_jobposting``: identifier, datePosted,
employmentType, jobLocation, hiringOrganization and baseSalary where the employer gives
them. A feed may page with ``next_url``.
"""

from __future__ import annotations

from tracker.extract import BadPayload, first
from tracker.extract.fields import amount, employment, html_fragment, joined, period, plain, text
from tracker.items import Posting

SOURCE = "teamtailor"


class TeamtailorJob:
    """One item of the feed's ``items``."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board
        posting = payload.get("_jobposting")
        self.posting = posting if isinstance(posting, dict) else {}

    def external_id(self) -> str | None:
        ident = self.posting.get("identifier")
        value = ident.get("value") if isinstance(ident, dict) else ident
        return text(first(value, self.payload.get("id")))

    def company(self) -> str | None:
        org, ident = self.posting.get("hiringOrganization"), self.posting.get("identifier")
        return plain(first(org.get("name") if isinstance(org, dict) else org,
                           ident.get("name") if isinstance(ident, dict) else None))

    def addresses(self) -> list[dict]:
        places = self.posting.get("jobLocation")
        places = places if isinstance(places, list) else [places]
        found = []
        for place in places:
            address = place.get("address") if isinstance(place, dict) else None
            if isinstance(address, dict):
                found.append(address)
            elif text(address):
                found.append({"addressLocality": address})
        return found

    def location_raw(self) -> str | None:
        lines = []
        for address in self.addresses():
            parts = []
            for key in ("addressLocality", "addressRegion", "addressCountry"):
                part = _name(address.get(key))
                if part and part.lower() not in (p.lower() for p in parts):
                    parts.append(part)
            if parts:
                lines.append(", ".join(parts))
        return "; ".join(lines) or None

    def place(self) -> dict:
        """City and country, when the job has exactly one location."""
        addresses = self.addresses()
        if len(addresses) != 1:
            return {}
        return {"city": _name(addresses[0].get("addressLocality")),
                "country": _name(addresses[0].get("addressCountry"))}

    def workplace(self) -> str:
        kinds = joined(self.posting.get("jobLocationType")) or ""
        return "remote" if "TELECOMMUTE" in kinds.upper() else "unknown"

    def salary(self) -> dict:
        """schema.org ``baseSalary``: a MonetaryAmount whose value is a number or a QuantitativeValue."""
        pay = self.posting.get("baseSalary")
        if not isinstance(pay, dict):
            return {}
        value = pay.get("value")
        band = value if isinstance(value, dict) else {"value": value}
        low = amount(first(band.get("minValue"), band.get("value")))
        high = amount(first(band.get("maxValue"), band.get("value")))
        if low is None and high is None:
            return {}
        return {"salary_min": low, "salary_max": high, "salary_currency": text(pay.get("currency")),
                "salary_period": period(first(band.get("unitText"), pay.get("unitText")))}

    def to_posting(self) -> Posting:
        p, job = self.payload, self.posting
        url = text(first(p.get("url"), job.get("url")))
        kind = joined(job.get("employmentType"))
        return Posting(
            source=SOURCE, board=self.board, external_id=self.external_id(),
            title=plain(first(p.get("title"), job.get("title"))), company=self.company(),
            description_html=html_fragment(first(p.get("content_html"), job.get("description"))),
            description_text=text(p.get("content_text")), url=url, apply_url=url,
            location_raw=self.location_raw(), workplace=self.workplace(), employment_type_raw=kind,
            employment_type=employment(kind), posted_at=first(job.get("datePosted"), p.get("date_published")),
            **self.place(), **self.salary(),
        )


def feed_items(data) -> list:
    """The ``items`` of a JSON Feed, or ``BadPayload``."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise BadPayload("expected a JSON Feed object with an 'items' list")
    return data["items"]


def feed_title(data) -> str | None:
    """The feed's title: the employer's name on Teamtailor career sites."""
    return plain(data.get("title")) if isinstance(data, dict) else None


def feed_next_url(data) -> str | None:
    """JSON Feed's ``next_url`` (the next page), when there is one."""
    return text(data.get("next_url")) if isinstance(data, dict) and isinstance(data.get("next_url"), str) else None


def _name(value) -> str | None:
    """An address part: text, or a schema.org Thing with a ``name``."""
    return plain(value.get("name") if isinstance(value, dict) else value)
