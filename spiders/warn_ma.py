"""Massachusetts weekly WARN report CSV (board = the file's path under /files/csv/, as
linked from the WARN page each week)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ma",
    "kind": "layoffs",
    "title": "Massachusetts WARN weekly report",
    "base_url_setting": "WARN_MA_BASE_URL",
    "endpoint": "/files/csv/{token}.csv",
    "docs_url": "https://www.mass.gov/info-details/worker-adjustment-and-retraining-notification-act-warn-layoff-and-closure-updates",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnMaSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ma"
    default_boards = ()

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/files/csv/{token}.csv"
