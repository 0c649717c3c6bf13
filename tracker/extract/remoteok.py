"""Remote OK: ``GET https://remoteok.com/api``.

One JSON list: the first element is the API's legal notice (``{"last_updated", "legal"}``),
not a job; the others are jobs, each naming its own employer. ``salary_min``/``salary_max``
are annual USD (the posting form asks for "Annual Salary or Compensation in USD"); 0 means
not given. Every job is remote; ``location`` is where applicants may live. Text is often
served double-encoded (``donât``): ftfy repairs it.
"""

from __future__ import annotations

from ftfy import fix_text

from tracker.extract import BadPayload, first
from tracker.extract.fields import amount, html_fragment, plain, text
from tracker.items import Posting

SOURCE = "remoteok"


class RemoteOkJob:
    """One job of the list."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board

    def location_raw(self) -> str | None:
        return text((plain(self.payload.get("location")) or "").strip(" ,"))

    def salary(self) -> dict:
        low, high = amount(self.payload.get("salary_min")), amount(self.payload.get("salary_max"))
        if low is None and high is None:
            return {}
        return {"salary_min": low, "salary_max": high, "salary_currency": "USD", "salary_period": "year"}

    def to_posting(self) -> Posting:
        p = self.payload
        url = text(p.get("url"))
        return Posting(
            source=SOURCE, board=self.board, external_id=text(p.get("id")), title=_fixed(plain(p.get("position"))),
            company=_fixed(plain(p.get("company"))), description_html=_fixed(html_fragment(p.get("description"))),
            url=url, apply_url=text(first(p.get("apply_url"), url)), location_raw=self.location_raw(),
            workplace="remote", posted_at=first(p.get("date"), p.get("epoch")), **self.salary(),
        )


def board_jobs(data) -> list:
    """The jobs of the list, without the legal notice; ``BadPayload`` when it is not a list."""
    if not isinstance(data, list):
        raise BadPayload("expected a JSON list (legal notice, then jobs)")
    return [r for r in data if not is_notice(r)]


def is_notice(record) -> bool:
    """The API's legal notice: an object with ``legal`` and no job ``id``."""
    return isinstance(record, dict) and "legal" in record and "id" not in record


def legal_notice(data) -> str | None:
    """The terms the API sends with every response."""
    notice = next((r for r in data if is_notice(r)), None) if isinstance(data, list) else None
    return text(notice.get("legal")) if notice else None


def _fixed(value: str | None) -> str | None:
    """ftfy's repair, or None when nothing is left (it drops control characters: a title of "\\x08")."""
    return (fix_text(value).strip() or None) if value else value
