"""Washington ESD WARN search (ASP.NET, board ``search``): page 1 by GET, then each next grid
page by posting the form back (``__doPostBack('ucPSW$gvMain', 'Page$N')`` with the page's
__VIEWSTATE/__EVENTVALIDATION), up to ``WARN_MAX_PAGES``. ``PagedWarnSpider`` (also used by
Delaware) keeps earlier pages when a later one fails or is not the page asked for: a reject."""

from __future__ import annotations

from urllib.parse import urlencode

import scrapy

from tracker.extract import BadPayload
from tracker.extract.warn.wa import pager
from tracker.layoff_spider import WarnSpider
from tracker.spider import failure_reason

SOURCE = {
    "name": "warn-wa",
    "kind": "layoffs",
    "title": "Washington ESD WARN search",
    "base_url_setting": "WARN_WA_BASE_URL",
    "endpoint": "/esd/file/warn/Public/SearchWARN.aspx",
    "docs_url": "https://esd.wa.gov/about-employees/WARN",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


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
            parsed = self.parse_file(response.body, response.url)
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


class WarnWaSpider(PagedWarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "wa"
    default_boards = ("search",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/esd/file/warn/Public/SearchWARN.aspx"

    def pager(self, body):
        return pager(body)

    def next_request(self, response, info, page, snap):
        if page not in info["pages"]:
            return None
        target, argument = info["pages"][page]
        form = {**info["form"], "__EVENTTARGET": target, "__EVENTARGUMENT": argument}
        return self.page_request(response.url, snap, page, method="POST", body=urlencode(form), headers=FORM)
