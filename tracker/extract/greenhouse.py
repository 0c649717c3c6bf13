"""Greenhouse Job Board API: ``GET /v1/boards/{token}/jobs?content=true``.

Docs: https://developers.greenhouse.io/job-board.html. The list holds every open job;
``content`` is entity-escaped HTML and only present with ``content=true``.
"""

from __future__ import annotations

from tracker.extract import BadPayload, as_str, first
from tracker.extract.fields import joined
from tracker.items import Posting
from tracker.text import unescape_html

SOURCE = "greenhouse"


class GreenhouseJob:
    """One item of the ``jobs`` list."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board

    def external_id(self) -> str | None:
        return as_str(self.payload.get("id"))

    def title(self) -> str | None:
        return as_str(self.payload.get("title"))

    def company(self) -> str | None:
        return as_str(self.payload.get("company_name"))

    def location_raw(self) -> str | None:
        location = self.payload.get("location") or {}
        return as_str(location.get("name") if isinstance(location, dict) else location)

    def department(self) -> str | None:
        names = [d.get("name") for d in self.payload.get("departments") or [] if isinstance(d, dict)]
        return as_str(", ".join(n for n in names if n))

    def description_html(self) -> str | None:
        return unescape_html(as_str(self.payload.get("content")))

    def employment_type_raw(self) -> str | None:
        for item in self.payload.get("metadata") or []:
            if isinstance(item, dict) and "employment type" in str(item.get("name", "")).lower():
                return joined(item.get("value"))  # a multi_select field holds a list
        return None

    def posted_at(self):
        return first(self.payload.get("first_published"), self.payload.get("updated_at"))

    def to_posting(self) -> Posting:
        url = as_str(self.payload.get("absolute_url"))
        return Posting(
            source=SOURCE, board=self.board, external_id=self.external_id(), title=self.title(),
            company=self.company(), description_html=self.description_html(), url=url,
            apply_url=url, location_raw=self.location_raw(), department=self.department(),
            employment_type_raw=self.employment_type_raw(), posted_at=self.posted_at(),
        )


def board_jobs(data) -> list:
    """The ``jobs`` list of a board response, or ``BadPayload``."""
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise BadPayload("expected an object with a 'jobs' list")
    return data["jobs"]
