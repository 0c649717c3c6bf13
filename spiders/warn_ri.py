"""Rhode Island DLT WARN report (one xlsx: a sheet per recent year and one for previous years)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ri",
    "kind": "layoffs",
    "title": "Rhode Island DLT WARN report",
    "base_url_setting": "WARN_RI_BASE_URL",
    "endpoint": "/documents/pdf/{token}.xlsx",
    "docs_url": "https://dlt.ri.gov/employers/worker-adjustment-and-retraining-notification-warn",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnRiSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ri"
    default_boards = ("Warn Report",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/documents/pdf/{token.replace(' ', '%20')}.xlsx"
