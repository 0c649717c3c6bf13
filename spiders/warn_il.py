"""Illinois DCEO WARN notices: the xlsx export of the Illinois workNet WARN search (board ``export``)
or a monthly report (board = its file name without .xlsx)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-il",
    "kind": "layoffs",
    "title": "Illinois workNet WARN reports",
    "base_url_setting": "WARN_IL_BASE_URL",
    "endpoint": "/iebs/api/public/export",
    "docs_url": "https://www.illinoisworknet.com/LayoffRecovery/Pages/ArchivedWARNReports.aspx",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnIlSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "il"
    default_boards = ("export",)

    @classmethod
    def board_url(cls, base, token):
        if token == "export":
            return f"{base}/iebs/api/public/export?search=&statuses=4&naicsCodes=1&geolocation=1"
        return f"{base}/{token}.xlsx"
