"""New Jersey DOL WARN notice archive (a PDF per year; board = the year)."""

from datetime import date

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-nj",
    "kind": "layoffs",
    "title": "New Jersey DOL WARN notice archive",
    "base_url_setting": "WARN_NJ_BASE_URL",
    "endpoint": "/labor/assets/PDFs/WARN/{year}_WARN_Notice_Archive.pdf",
    "docs_url": "https://www.nj.gov/labor/assets/PDFs/WARN/2026_WARN_Notice_Archive.pdf",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnNjSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "nj"
    default_boards = (str(date.today().year),)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/labor/assets/PDFs/WARN/{token}_WARN_Notice_Archive.pdf"
