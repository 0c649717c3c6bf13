"""``LayoffSpider``: fetch a source's layoff files, one ``LayoffSnapshot`` per file ("board").

A plain ``scrapy.Spider``: each board token names one file (a year, "current", an export);
``board_url(base, token)`` builds its URL from the source's base-URL setting. The file is
parsed by a pure function (``parse_file``); a failed fetch or an unreadable file yields a
failed snapshot, which stores nothing but its ``crawl_runs`` row and reject.
"""

from __future__ import annotations

import scrapy

from tracker.extract import BadPayload
from tracker.layoffs import LayoffSnapshot
from tracker.spider import excerpt, failure_reason, parse_boards
from tracker.storage import utcnow


class LayoffSpider(scrapy.Spider):
    base_url_setting: str = ""
    default_boards: tuple[str, ...] = ()
    custom_settings = {"ITEM_PIPELINES": {"tracker.pipelines.layoffs.LayoffPipeline": 450}}

    def __init__(self, *args, boards: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.board_filter = parse_boards(boards)
        self.boards_total = 0

    @property
    def base_url(self) -> str:
        return self.settings.get(self.base_url_setting).rstrip("/")

    def board_list(self) -> list[str]:
        return self.board_filter if self.board_filter is not None else list(self.default_boards)

    async def start(self):
        boards = self.board_list()
        self.boards_total = len(boards)
        for board in boards:
            url = self.board_url(self.base_url, board)
            snap = LayoffSnapshot(source=self.name, board=board, url=url, started_at=utcnow())
            yield self.fetch(snap, url, self.parse_board)

    def public_url(self, url: str) -> str:
        """The file's URL on the source's own host when the crawl reads a mirror of it (the demo),
        so a notice links to the state's file and a re-crawl from another mirror port changes nothing."""
        from tracker import settings as defaults

        if getattr(self, "settings", None) is None:  # a spider not bound to a crawl (unit tests)
            return url
        real, base = getattr(defaults, self.base_url_setting, None), self.base_url
        if real and base != real.rstrip("/") and url.startswith(base + "/"):
            return real.rstrip("/") + url[len(base):]
        return url

    # -- to implement per source ---------------------------------------------
    @classmethod
    def board_url(cls, base: str, token: str) -> str:
        raise NotImplementedError

    def parse_file(self, body: bytes, url: str):
        """A ``tracker.extract.warn.table.Parsed`` (notices, bad rows, stats) for one file."""
        raise NotImplementedError

    def parse_board(self, response, snap: LayoffSnapshot):
        """Read the file into ``snap``; may return a further request (a landing page's link)."""
        parsed = self.parse_file(response.body, self.public_url(response.url))
        if not parsed.notices and not parsed.rejects:
            raise BadPayload(f"no notices found ({parsed.stats.get('tables', 0)} tables)")
        snap.notices.extend(parsed.notices)
        for bad in parsed.rejects:
            snap.reject(bad.reason, external_id=bad.ref, url=response.url, raw=bad.raw)
        snap.stats.update(parsed.stats)

    # -- plumbing ------------------------------------------------------------
    def fetch(self, snap: LayoffSnapshot, url: str, callback, **kwargs):
        return scrapy.Request(url, callback=self._on_response, errback=self._on_error, dont_filter=True,
                              cb_kwargs={"snap": snap, "step": callback.__name__}, **kwargs)

    def _on_response(self, response, snap: LayoffSnapshot, step: str):
        try:
            follow = getattr(self, step)(response, snap)
        except BadPayload as exc:
            snap.fail(f"{exc.prefix}{exc}", raw=excerpt(response))
            follow = None
        if isinstance(follow, scrapy.Request):
            yield follow
        else:
            yield snap

    def _on_error(self, failure):
        snap = failure.request.cb_kwargs["snap"]
        reason, raw = failure_reason(failure)
        self.logger.warning("%s/%s: %s (%s)", self.name, snap.board, reason, failure.request.url)
        snap.fail(reason, raw=raw)
        yield snap


class WarnSpider(LayoffSpider):
    """A state's WARN files, read by ``tracker.extract.warn.<state>``."""

    state: str = ""

    def parse_file(self, body: bytes, url: str):
        from tracker.extract.warn import parse

        return parse(self.state, body, url)



class PagedWarnSpider(WarnSpider):
    """A WARN list served as numbered pages: ``pager(body)`` -> {"current": n, ...} and
    ``next_request(response, info, page, snap)`` (a ``page_request`` or None) per state."""

    def pager(self, body: bytes) -> dict:
        raise NotImplementedError

    def next_request(self, response, info: dict, page: int, snap):
        raise NotImplementedError

    def parse_board(self, response, snap):
        return self.read_page(response, snap, 1)

    def read_page(self, response, snap, page: int):
        """Add one page's notices; the request for the next page, if any."""
        try:
            info = self.pager(response.body)
            if page > 1 and info["current"] != page:
                raise BadPayload(f"asked for page {page}, got page {info['current']}")
            parsed = self.parse_file(response.body, self.public_url(response.url))
            if not parsed.notices and not parsed.rejects:
                raise BadPayload(f"no notices found on page {page}")
        except BadPayload as exc:
            if page == 1:
                raise  # the board fails
            snap.reject(f"page {page}: {exc.prefix}{exc}", url=response.url)
            return None
        snap.notices.extend(parsed.notices)
        for bad in parsed.rejects:
            snap.reject(bad.reason, external_id=f"page {page} {bad.ref}", url=response.url, raw=bad.raw)
        for key, value in parsed.stats.items():
            snap.stats[key] = snap.stats.get(key, 0) + value
        snap.stats["pages"] = page
        if page >= self.settings.getint("WARN_MAX_PAGES", 100):
            return None
        return self.next_request(response, info, page + 1, snap)

    def page_request(self, url: str, snap, page: int, **kwargs):
        return scrapy.Request(url, callback=self._on_page, errback=self._on_page_error, dont_filter=True,
                              cb_kwargs={"snap": snap, "page": page}, **kwargs)

    def _on_page(self, response, snap, page):
        follow = self.read_page(response, snap, page)
        yield follow if follow is not None else snap

    def _on_page_error(self, failure):
        snap, page = failure.request.cb_kwargs["snap"], failure.request.cb_kwargs["page"]
        reason, raw = failure_reason(failure)
        snap.reject(f"page {page}: {reason}", url=failure.request.url, raw=raw)
        yield snap


__all__ = ["LayoffSpider", "PagedWarnSpider", "WarnSpider"]
