"""Lever Postings API: ``GET /v0/postings/{site}?mode=json``.

Docs: https://github.com/lever/postings-api. The response is a JSON list of postings;
an unknown site answers 404 with ``{"ok": false, "error": "Document not found"}``.
"""

from __future__ import annotations

import html

from tracker.extract import BadPayload, as_str, first
from tracker.extract.fields import amount, text
from tracker.items import Posting
from tracker.text import text_to_html

SOURCE = "lever"
WORKPLACE = {"on-site": "onsite", "onsite": "onsite", "remote": "remote", "hybrid": "hybrid"}
INTERVAL = {
    "per-year-salary": "year", "per-month-salary": "month", "per-week-salary": "week",
    "per-day-wage": "day", "per-hour-wage": "hour",
}


class LeverPosting:
    """One posting of the list."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board
        categories = payload.get("categories")
        self.categories = categories if isinstance(categories, dict) else {}

    def location_raw(self) -> str | None:
        places = self.categories.get("allLocations") or []
        places = [places] if isinstance(places, str) else places  # one place given as a plain string
        every = [as_str(x) for x in places if as_str(x)]
        return "; ".join(every) if len(every) > 1 else as_str(self.categories.get("location"))

    def workplace(self) -> str:
        return WORKPLACE.get(str(self.payload.get("workplaceType") or "").lower(), "unknown")

    def description_html(self) -> str | None:
        p = self.payload
        parts = [first(text(p.get("description")),
                       (text(p.get("opening")) or "") + (text(p.get("descriptionBody")) or ""))]
        if parts[0] and "<" not in parts[0]:  # the 2015 API served plain text here
            parts = [text_to_html(parts[0])]
        if not parts[0]:
            plain_parts = (text(p.get("openingPlain")) or "") + (text(p.get("descriptionBodyPlain")) or "")
            parts = [text_to_html(first(text(p.get("descriptionPlain")), plain_parts))]
        for block in p.get("lists") or []:
            if isinstance(block, dict) and block.get("content"):
                parts.append(f"<h3>{html.escape(str(block.get('text') or ''))}</h3><ul>{block['content']}</ul>")
        parts.append(first(text(p.get("additional")), text_to_html(text(p.get("additionalPlain")))))
        # pay written as text (no salaryRange): kept in the description, where the pay parser reads it
        parts.append(first(text(p.get("salaryDescription")), text_to_html(text(p.get("salaryDescriptionPlain")))))
        return "\n".join(x for x in parts if isinstance(x, str) and x) or None

    def salary(self) -> dict:
        band = self.payload.get("salaryRange")
        if not isinstance(band, dict) or band.get("min") is None and band.get("max") is None:
            return {}
        period = INTERVAL.get(str(band.get("interval")))
        return {"salary_min": amount(band.get("min")), "salary_max": amount(band.get("max")),
                "salary_currency": as_str(band.get("currency")), "salary_period": period}

    def to_posting(self) -> Posting:
        p = self.payload
        return Posting(
            source=SOURCE, board=self.board, external_id=as_str(p.get("id")), title=as_str(p.get("text")),
            description_html=self.description_html(), url=as_str(p.get("hostedUrl")),
            apply_url=as_str(p.get("applyUrl")), location_raw=self.location_raw(),
            country=as_str(p.get("country")), workplace=self.workplace(),
            department=as_str(first(self.categories.get("department"), self.categories.get("team"))),
            employment_type_raw=as_str(self.categories.get("commitment")),
            posted_at=p.get("createdAt"), **self.salary(),
        )


def board_postings(data) -> list:
    """The postings list of a board response, or ``BadPayload``."""
    if isinstance(data, dict) and data.get("ok") is False:
        raise BadPayload(f"board error: {data.get('error') or 'unknown'}")
    if not isinstance(data, list):
        raise BadPayload("expected a JSON list of postings")
    return data
