"""Arbeitnow: ``GET https://www.arbeitnow.com/api/job-board-api`` -> ``{"data": [...], "links", "meta"}``.

Docs: https://www.arbeitnow.com/blog/job-board-api. Newest first, paged by ``links.next``
(``?page=N``, null past the end). A job has no numeric id: ``slug`` is its key. Some
employers' descriptions arrive entity-escaped (``&lt;p&gt;``) with a plain-HTML footer.
"""

from __future__ import annotations

from tracker.extract import BadPayload
from tracker.extract.fields import employment, html_fragment, joined, plain, text
from tracker.items import Posting

SOURCE = "arbeitnow"


class ArbeitnowJob:
    """One item of ``data``."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board

    def to_posting(self) -> Posting:
        p = self.payload
        url, kind = text(p.get("url")), joined(p.get("job_types"))
        return Posting(
            source=SOURCE, board=self.board, external_id=text(p.get("slug")), title=plain(p.get("title")),
            company=plain(p.get("company_name")), description_html=html_fragment(p.get("description")),
            url=url, apply_url=url, location_raw=plain(p.get("location")),
            workplace="remote" if p.get("remote") is True else "unknown", department=joined(p.get("tags")),
            employment_type_raw=kind, employment_type=employment(kind), posted_at=p.get("created_at"),
        )


def board_jobs(data) -> list:
    """The ``data`` list of a page, or ``BadPayload``."""
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise BadPayload("expected an object with a 'data' list")
    return data["data"]


def next_link(data) -> str | None:
    """``links.next``: the next page, or None on the last one."""
    links = data.get("links") if isinstance(data, dict) else None
    return text(links.get("next")) if isinstance(links, dict) and isinstance(links.get("next"), str) else None
