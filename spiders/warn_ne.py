"""Nebraska DOL WARN listing page (one HTML table; board ``listing``)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ne",
    "kind": "layoffs",
    "title": "Nebraska DOL WARN listing",
    "base_url_setting": "WARN_NE_BASE_URL",
    "endpoint": "/ReemploymentServices/LayoffServices/LayoffsAndDownsizingWARN",
    "docs_url": "https://dol.nebraska.gov/ReemploymentServices/LayoffServices/LayoffsAndDownsizingWARN",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnNeSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ne"
    default_boards = ("listing",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/ReemploymentServices/LayoffServices/LayoffsAndDownsizingWARN"
