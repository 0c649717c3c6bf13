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

    # -- to implement per source ---------------------------------------------
    @classmethod
    def board_url(cls, base: str, token: str) -> str:
        raise NotImplementedError

    def parse_file(self, body: bytes, url: str):
        """A ``tracker.extract.warn.table.Parsed`` (notices, bad rows, stats) for one file."""
        raise NotImplementedError

    def parse_board(self, response, snap: LayoffSnapshot):
        """Read the file into ``snap``; may return a further request (a landing page's link)."""
        parsed = self.parse_file(response.body, response.url)
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


__all__ = ["LayoffSpider", "WarnSpider"]
