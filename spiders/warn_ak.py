"""Alaska DOLWD WARN notices page (one HTML table; board ``notices``)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ak",
    "kind": "layoffs",
    "title": "Alaska DOLWD WARN notices",
    "base_url_setting": "WARN_AK_BASE_URL",
    "endpoint": "/rr/WARN_notices.htm",
    "docs_url": "https://jobs.alaska.gov/rr/WARN_notices.htm",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnAkSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ak"
    default_boards = ("notices",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/rr/WARN_notices.htm"
