"""Indiana DWD current WARN notices (one HTML table 2008 onwards; board ``current``)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-in",
    "kind": "layoffs",
    "title": "Indiana DWD WARN notices",
    "base_url_setting": "WARN_IN_BASE_URL",
    "endpoint": "/dwd/warn-notices/current-warn-notices/",
    "docs_url": "https://www.in.gov/dwd/warn-notices/current-warn-notices/",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnInSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "in"
    default_boards = ("current",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/dwd/warn-notices/current-warn-notices/"
