"""Kentucky Career Center WARN report (Salesforce report CSV)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ky",
    "kind": "layoffs",
    "title": "Kentucky Career Center WARN notices",
    "base_url_setting": "WARN_KY_BASE_URL",
    "endpoint": "/{token}.csv",
    "docs_url": "https://kcc.ky.gov/employer/Pages/Business-Layoff-Assistance.aspx",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnKySpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ky"
    default_boards = ("warn_report",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/{token}.csv"
