"""Delaware JobLink WARN search (board ``search``): the result pages, following each page's
"next" link (``page=N``) up to ``WARN_MAX_PAGES``; a later page that fails is a reject."""

from __future__ import annotations

from tracker.extract.warn.de import pager
from tracker.layoff_spider import PagedWarnSpider

SOURCE = {
    "name": "warn-de",
    "kind": "layoffs",
    "title": "Delaware JobLink WARN search",
    "base_url_setting": "WARN_DE_BASE_URL",
    "endpoint": "/search/warn_lookups?commit=Search&page={page}",
    "docs_url": "https://joblink.delaware.gov/search/warn_lookups/new",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}
SEARCH = "/search/warn_lookups"


class WarnDeSpider(PagedWarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "de"
    default_boards = ("search",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}{SEARCH}?commit=Search&page=1"

    def pager(self, body):
        return pager(body)

    def next_request(self, response, info, page, snap):
        if info["next"] != page:
            return None
        return self.page_request(f"{self.base_url}{SEARCH}?{info['query']}", snap, page)
