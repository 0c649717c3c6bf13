"""Montana DLI WARN notices (xlsx; board = the file name without .xlsx)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-mt",
    "kind": "layoffs",
    "title": "Montana DLI WARN notices",
    "base_url_setting": "WARN_MT_BASE_URL",
    "endpoint": "/_docs/wioa/{token}.xlsx",
    "docs_url": "https://wsd.dli.mt.gov/wioa/related-links/warn-notice-page",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnMtSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "mt"
    default_boards = ("warn-notices",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/_docs/wioa/{token}.xlsx"
