"""Washington ESD WARN search (ASP.NET, board ``search``): page 1 by GET, then each next grid
page by posting the form back (``__doPostBack('ucPSW$gvMain', 'Page$N')`` with the page's
__VIEWSTATE/__EVENTVALIDATION), up to ``WARN_MAX_PAGES``. ``PagedWarnSpider`` keeps earlier pages when a later one fails or is not the page asked for: a reject."""

from __future__ import annotations

from urllib.parse import urlencode

from tracker.extract.warn.wa import pager
from tracker.layoff_spider import PagedWarnSpider

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
