"""Spider pieces for feed sources: lists paged by a "next" link, and single feeds of many employers.

``NextLinkPaging.follow_next`` requests the next page of a board as a non-fatal request of
the same fetch: a page that fails, a page limit reached or a link that loops makes the
board ``partial`` (it keeps what it read and closes nothing), never ``ok`` with postings
missing. A next link on another host is followed on the host that served the page (the
same path with the link's query), so a mirror's crawl never leaves the mirror.

``SingleFeedSpider`` serves boards like Remote OK: one feed (board ``all``), where every
posting names its own employer, so the board carries no company of its own (a registry
row's company is ignored; ``BoardSpider`` links the board to an employer only when all
its postings share one).
"""

from __future__ import annotations

import dataclasses
from urllib.parse import urljoin, urlsplit, urlunsplit

from tracker.items import BoardSnapshot
from tracker.registry import Board
from tracker.spider import BoardSpider

PAGE = "feed_page"


def next_page_url(next_url: str, current_url: str) -> str:
    """The URL to request for a page's next link (resolved against, and kept on, the current host)."""
    target, current = urlsplit(urljoin(current_url, next_url)), urlsplit(current_url)
    if (target.scheme, target.netloc) == (current.scheme, current.netloc):
        return target.geturl()
    return urlunsplit((current.scheme, current.netloc, current.path, target.query, ""))


class NextLinkPaging:
    """Mixin for a ``BoardSpider`` whose responses link to their next page."""

    max_pages_setting: str = ""
    default_max_pages: int = 20

    def max_pages(self) -> int:
        return self.settings.getint(self.max_pages_setting, self.default_max_pages)

    def add_page(self, records: list, snap: BoardSnapshot, page_object) -> None:
        """``add_records``, minus postings already read on an earlier page of this fetch (a list
        ordered newest first shifts while it is paged)."""
        start, seen = len(snap.postings), {p.id for p in snap.postings}
        self.add_records(records, snap, page_object)
        if seen:
            snap.postings[start:] = [p for p in snap.postings[start:] if p.id not in seen]

    def follow_next(self, response, snap: BoardSnapshot, next_url: str | None, callback) -> list:
        """The request for the next page, as a list (empty on the last page)."""
        if not next_url:
            return []
        url, page = next_page_url(next_url, response.url), response.meta.get(PAGE, 1)
        if url == response.url:
            snap.reject("page loop: the next link points back to this page", url=url)
            return []
        if page >= self.max_pages():
            snap.reject(f"page cap: stopped after {page} pages ({self.max_pages_setting})", url=url)
            return []
        return [self.fetch(snap, url, callback, fatal=False, meta={PAGE: page + 1})]


class SingleFeedSpider(BoardSpider):
    """One feed of many employers: board ``all`` unless the registry lists others; no board company."""

    default_boards = ("all",)
    employer_per_posting = True

    def board_list(self) -> list[Board]:
        return [dataclasses.replace(b, company=None) for b in super().board_list()]
