"""Texas Workforce Commission WARN listings: one xlsx per calendar year (board = the year)."""

from datetime import date

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-tx",
    "kind": "layoffs",
    "title": "Texas Workforce Commission WARN notices",
    "base_url_setting": "WARN_TX_BASE_URL",
    "endpoint": "/sites/default/files/oei/docs/warn-act-listings-{year}-twc.xlsx",
    "docs_url": "https://www.twc.texas.gov/data-reports/warn-notice",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnTxSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "tx"
    default_boards = (str(date.today().year - 1), str(date.today().year))

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/sites/default/files/oei/docs/warn-act-listings-{token}-twc.xlsx"
