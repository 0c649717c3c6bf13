"""Iowa Workforce Development WARN log (xlsx; board = the file name without .xlsx, e.g.
``WARN_20220210``, as linked from the WARN page)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ia",
    "kind": "layoffs",
    "title": "Iowa Workforce Development WARN log",
    "base_url_setting": "WARN_IA_BASE_URL",
    "endpoint": "/sites/search.iowaworkforcedevelopment.gov/files/documents/2018/{token}.xlsx",
    "docs_url": "https://workforce.iowa.gov/employers/business-resources/warn",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnIaSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ia"
    default_boards = ()

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/sites/search.iowaworkforcedevelopment.gov/files/documents/2018/{token}.xlsx"
