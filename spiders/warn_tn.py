"""Tennessee WARN notices in two formats: the reports archive page (board ``archive``) and the
"WARN Summary by Month" PDF (board ``by-month``)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-tn",
    "kind": "layoffs",
    "title": "Tennessee WARN reports",
    "base_url_setting": "WARN_TN_BASE_URL",
    "endpoint": "/workforce/general-resources/major-publications0/major-publications-redirect/reports.html",
    "docs_url": "https://www.tn.gov/workforce/general-resources/major-publications0/major-publications-redirect/"
                "reports.html",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnTnSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "tn"
    default_boards = ("archive",)

    @classmethod
    def board_url(cls, base, token):
        if token == "by-month":
            return f"{base}/content/dam/tn/workforce/documents/majorpublications/reports/WarnReportByMonth.pdf"
        return f"{base}/workforce/general-resources/major-publications0/major-publications-redirect/reports.html"
