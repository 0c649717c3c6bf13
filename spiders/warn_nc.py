"""North Carolina Commerce WARN summary list (HTML report; board = the year)."""

from datetime import date

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-nc",
    "kind": "layoffs",
    "title": "North Carolina Commerce WARN reports",
    "base_url_setting": "WARN_NC_BASE_URL",
    "endpoint": "/report-workforce-warn-summary-list-{year}",
    "docs_url": "https://www.commerce.nc.gov/data-tools-reports/labor-market-data-tools/workforce-warn-reports",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnNcSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "nc"
    default_boards = (str(date.today().year),)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/report-workforce-warn-summary-list-{token}"
