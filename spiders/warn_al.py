"""Alabama Department of Workforce WARN list (one HTML table 1998 onwards; board ``list``)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-al",
    "kind": "layoffs",
    "title": "Alabama Workforce WARN list",
    "base_url_setting": "WARN_AL_BASE_URL",
    "endpoint": "/warn-list/",
    "docs_url": "https://workforce.alabama.gov/warn-list/",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnAlSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "al"
    default_boards = ("list",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/warn-list/"
