"""California EDD WARN report: the current fiscal year's xlsx (board ``current``) and past
fiscal years' PDFs (board = the span in the file name, e.g. ``7-1-20-to-6-30-21``)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ca",
    "kind": "layoffs",
    "title": "California EDD WARN Report",
    "base_url_setting": "WARN_CA_BASE_URL",
    "endpoint": "/siteassets/files/jobs_and_training/warn/warn_report1.xlsx",
    "docs_url": "https://edd.ca.gov/en/jobs_and_training/Layoff_Services_WARN",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnCaSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ca"
    default_boards = ("current",)

    @classmethod
    def board_url(cls, base, token):
        folder = f"{base}/siteassets/files/jobs_and_training/warn"
        return f"{folder}/warn_report1.xlsx" if token == "current" else f"{folder}/warn-report-for-{token}.pdf"
