"""Maryland DOL WARN notices page (HTML table; board = the page name, ``warn`` for the current year)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-md",
    "kind": "layoffs",
    "title": "Maryland DOL WARN notices",
    "base_url_setting": "WARN_MD_BASE_URL",
    "endpoint": "/employment/{page}.shtml",
    "docs_url": "https://www.labor.maryland.gov/employment/warn.shtml",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnMdSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "md"
    default_boards = ("warn",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/employment/{token}.shtml"
