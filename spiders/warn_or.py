"""Oregon HECC WARN listings: the HTML list, one board per page (``page1``, ``page2``...)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-or",
    "kind": "layoffs",
    "title": "Oregon HECC WARN listings",
    "base_url_setting": "WARN_OR_BASE_URL",
    "endpoint": "/Layoff/WARN?page={n}",
    "docs_url": "https://ccwd.hecc.oregon.gov/Layoff/WARN",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnOrSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "or"
    default_boards = ("page1",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/Layoff/WARN?page={token.removeprefix('page')}"
