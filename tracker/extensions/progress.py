"""One line per board as it is stored, so a long crawl shows where it is (``PROGRESS_ENABLED``)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from scrapy import signals
from scrapy.exceptions import NotConfigured

from tracker.items import BoardSnapshot

STYLE = {"ok": "green", "partial": "yellow", "failed": "red"}


class ProgressExtension:
    def __init__(self, crawler):
        self.crawler = crawler
        self.done = 0
        self.console = Console(stderr=True, highlight=False)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("PROGRESS_ENABLED"):
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        return ext

    def item_scraped(self, item, response=None, spider=None):
        if not isinstance(item, BoardSnapshot):
            return
        self.done += 1
        total = getattr(self.crawler.spider, "boards_total", 0) or "?"
        r = item.result or {}
        detail = item.error or (f"{len(item.postings)} postings: {r.get('new', 0)} new, "
                                f"{r.get('updated', 0)} updated, {r.get('closed', 0)} closed")
        if item.rejects and not item.error:
            detail += f", {len(item.rejects)} rejected"
        style = STYLE.get(item.status, "white")
        self.console.print(escape(f"[{item.source} {self.done}/{total}] {item.board}:")
                           + f" [{style}]{item.status}[/{style}] " + escape(detail))
