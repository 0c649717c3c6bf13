"""Utah DWS WARN notices page (one HTML table per year 2009 onwards; board ``notices``)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ut",
    "kind": "layoffs",
    "title": "Utah DWS WARN notices",
    "base_url_setting": "WARN_UT_BASE_URL",
    "endpoint": "/employer/business/warnnotices.html",
    "docs_url": "https://jobs.utah.gov/employer/business/warnnotices.html",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnUtSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ut"
    default_boards = ("notices",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/employer/business/warnnotices.html"
