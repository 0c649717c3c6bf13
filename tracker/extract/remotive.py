"""Remotive: ``GET https://remotive.com/api/remote-jobs`` -> ``{"jobs": [...]}``.

Docs: https://github.com/remotive-com/remote-jobs-api. Every active job in one list, each
naming its employer (``company_name``). ``salary`` is free text ("$18 - $22/hr"): no
structured salary is derived from it; the text is kept at the end of the description.
"""

from __future__ import annotations

import html

from tracker.extract import BadPayload
from tracker.extract.fields import employment, html_fragment, plain, text
from tracker.items import Posting

SOURCE = "remotive"


class RemotiveJob:
    """One item of ``jobs``."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board

    def description_html(self) -> str | None:
        salary = plain(self.payload.get("salary"))
        parts = [html_fragment(self.payload.get("description")), salary and f"<p>Salary: {html.escape(salary)}</p>"]
        return "\n".join(p for p in parts if p) or None

    def to_posting(self) -> Posting:
        p = self.payload
        url, kind = text(p.get("url")), text(p.get("job_type"))
        return Posting(
            source=SOURCE, board=self.board, external_id=text(p.get("id")), title=plain(p.get("title")),
            company=plain(p.get("company_name")), description_html=self.description_html(), url=url,
            apply_url=url, location_raw=plain(p.get("candidate_required_location")), workplace="remote",
            department=plain(p.get("category")), employment_type_raw=kind, employment_type=employment(kind),
            posted_at=p.get("publication_date"),
        )


def board_jobs(data) -> list:
    """The ``jobs`` list, or ``BadPayload``."""
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise BadPayload("expected an object with a 'jobs' list")
    return data["jobs"]
