"""Recruitee careers site: ``GET https://{company}.recruitee.com/api/offers/``.

Docs: https://docs.recruitee.com/reference/intro-to-careers-site-api. The response,
``{"offers": [...]}``, lists the company's published offers: ``description`` and
``requirements`` (HTML), ``locations`` (city, state, country, ``country_code``), the
``remote``/``hybrid``/``on_site`` flags, ``employment_type_code`` (``fulltime_permanent``,
``parttime_fixed_term`` ...) and ``salary`` ``{min, max, currency, period}``, whose amounts
some companies' offers carry as strings (``"5253"``). Times read ``2026-08-05 10:10:39 UTC``.
"""

from __future__ import annotations

from tracker.extract import BadPayload, first
from tracker.extract.fields import amount, employment, period, plain, text
from tracker.items import Posting

SOURCE = "recruitee"
FLAGS = (("remote", "remote"), ("hybrid", "hybrid"), ("on_site", "onsite"))


class RecruiteeOffer:
    """One item of ``offers``."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board
        listed = payload.get("locations")
        self.places = [p for p in listed if isinstance(p, dict)] if isinstance(listed, list) else []
        if not self.places and any(text(payload.get(k)) for k in ("city", "state_name", "country")):
            self.places = [{"city": payload.get("city"), "state": payload.get("state_name"),
                            "country": payload.get("country"), "country_code": payload.get("country_code")}]

    def location_raw(self) -> str | None:
        lines = []
        for place in self.places:
            parts = []
            for key in ("city", "state", "country"):
                part = plain(place.get(key))
                if part and part.casefold() not in (x.casefold() for x in parts):
                    parts.append(part)
            line = ", ".join(parts) or plain(place.get("name"))
            if line and line not in lines:
                lines.append(line)
        return "; ".join(lines) or plain(self.payload.get("location"))

    def place(self) -> dict:
        """City and region of a single location; the country code when every location has the same one."""
        codes = {(text(p.get("country_code")) or "").upper() for p in self.places} - {""}
        found = {"country": codes.pop() if len(codes) == 1 else None}
        if len(self.places) == 1:
            found.update(city=plain(self.places[0].get("city")), region=plain(self.places[0].get("state")))
        return found

    def workplace(self) -> str:
        return next((value for flag, value in FLAGS if self.payload.get(flag) is True), "unknown")

    def salary(self) -> dict:
        pay = self.payload.get("salary")
        pay = pay if isinstance(pay, dict) else {}
        low, high = amount(pay.get("min")), amount(pay.get("max"))
        if low is None and high is None:
            return {}
        return {"salary_min": low, "salary_max": high, "salary_currency": text(pay.get("currency")),
                "salary_period": period(pay.get("period"))}

    def description_html(self) -> str | None:
        parts = (text(self.payload.get("description")), text(self.payload.get("requirements")))
        return "\n".join(x for x in parts if x) or None

    def to_posting(self) -> Posting:
        p = self.payload
        kind = text(p.get("employment_type_code"))
        url = text(p.get("careers_url"))
        return Posting(
            source=SOURCE, board=self.board, external_id=text(first(p.get("id"), p.get("slug"))),
            title=plain(p.get("title")), company=plain(p.get("company_name")),
            description_html=self.description_html(), url=url,
            apply_url=text(p.get("careers_apply_url")) or url, location_raw=self.location_raw(),
            workplace=self.workplace(), department=plain(p.get("department")), employment_type_raw=kind,
            employment_type=employment(kind), posted_at=_utc(first(p.get("published_at"), p.get("created_at"))),
            **self.place(), **self.salary(),
        )


def board_offers(data) -> list:
    """The ``offers`` list, or ``BadPayload``."""
    if not isinstance(data, dict) or not isinstance(data.get("offers"), list):
        raise BadPayload("expected an object with an 'offers' list")
    return data["offers"]


def _utc(value) -> str | None:
    """``2026-08-05 10:10:39 UTC`` -> ``2026-08-05 10:10:39+00:00``, which ISO parsing reads (no
    slow free-text parse per offer); other text passes as it is."""
    stamp = text(value)
    return stamp[:-4] + "+00:00" if stamp and stamp.endswith(" UTC") else stamp
