"""Offset paging for list APIs that report a total (Workday CXS, SmartRecruiters).

``OffsetPager`` decides after each page whether to ask for the next one. Only the first
page's total is trusted: Workday answers ``"total": 0`` on later pages. The walk goes on
until the offsets reach that total or a page brings nothing new. Fewer distinct records
than the total (a list that ran dry or shifted while paged), a page cap, or a total at the
API's own result cap leaves ``problem`` set; the spider records it as a reject, so the board
is ``partial`` and closes nothing, instead of ``ok`` with postings unseen.

``OffsetPaging`` is the spider side: a ``BoardSpider`` mixin that reads one page's records,
drops repeats (a list ordered newest first shifts while it is paged) and carries the
pager from page to page in the request's ``meta``.
"""

from __future__ import annotations

import json

PAGER, OFFSET = "offset_pager", "offset"
from tracker.spider import RAW_EXCERPT


def _count(value) -> int | None:
    """A positive total, else None (unknown)."""
    if isinstance(value, bool):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


class OffsetPager:
    """The paging state of one board's list."""

    def __init__(self, limit: int, max_pages: int, result_cap: int | None = None):
        self.limit, self.max_pages, self.result_cap = limit, max_pages, result_cap
        self.total: int | None = None
        self.pages = 0
        self.problem: str | None = None
        self.read = 0  # distinct records so far
        self._seen: set = set()

    def fresh(self, key) -> bool:
        """True the first time ``key`` is met in this list."""
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def after_page(self, offset: int, served: int, fresh: int, total) -> int | None:
        """The offset of the next page to request, or None when the walk stops.

        ``served``: records on the page at ``offset``; ``fresh``: how many were new;
        ``total``: the page's reported total (used from the first page only).
        """
        self.pages += 1
        self.read += fresh
        if self.pages == 1:
            self.total = _count(total)
            if self.result_cap and self.total is not None and self.total >= self.result_cap:
                self.problem = (f"list truncated: total {self.total} is the API's cap of "
                                f"{self.result_cap} results, later postings are unseen")
        following = offset + served
        if self.total is None:  # no total: a short page is the last
            more = served >= self.limit and fresh > 0
        else:
            more = following < self.total and fresh > 0
        if more and self.pages < self.max_pages:
            return following
        if more:
            self.problem = self.problem or f"page cap: stopped after {self.pages} pages at offset {following}"
        elif self.total is not None and self.read < self.total:
            self.problem = self.problem or (
                f"list ended at offset {following} with {self.read} of its total {self.total} postings")
        return None


class OffsetPaging:
    """Mixin for a ``BoardSpider`` whose board list is paged by offset."""

    page_size: int = 100
    max_pages_setting: str = ""
    default_max_pages: int = 100
    result_cap: int | None = None

    def read_page(self, response, snap, records: list, total, key, key_name: str):
        """The page's new records and the request ``meta`` for the next page (None on the last).

        ``key(record)`` gives a record's id (None when it lacks one: a reject naming ``key_name``).
        """
        pager = response.meta.get(PAGER) or OffsetPager(
            self.page_size, self.settings.getint(self.max_pages_setting, self.default_max_pages), self.result_cap)
        fresh = []
        for record in records:
            if not isinstance(record, dict):
                snap.reject("invalid record: not a JSON object", raw=str(record)[:RAW_EXCERPT])
            elif key(record) is None:
                snap.reject(f"missing field: {key_name}", raw=json.dumps(record)[:RAW_EXCERPT])
            elif pager.fresh(key(record)):
                fresh.append(record)
        following = pager.after_page(response.meta.get(OFFSET, 0), len(records), len(fresh), total)
        if following is None and pager.problem:
            snap.reject(pager.problem, url=response.url)
        return fresh, (None if following is None else {PAGER: pager, OFFSET: following})
