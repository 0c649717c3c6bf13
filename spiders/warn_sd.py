"""South Dakota DLR WARN notices page (one HTML table 2007 onwards; board ``notices``)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-sd",
    "kind": "layoffs",
    "title": "South Dakota DLR WARN notices",
    "base_url_setting": "WARN_SD_BASE_URL",
    "endpoint": "/workforce_services/businesses/warn_notices.aspx",
    "docs_url": "https://dlr.sd.gov/workforce_services/businesses/warn_notices.aspx",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnSdSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "sd"
    default_boards = ("notices",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/workforce_services/businesses/warn_notices.aspx"
