"""Connecticut DOL WARN documents: the document library's JSON list (one PDF per notice)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-ct",
    "kind": "layoffs",
    "title": "Connecticut DOL WARN notices (document library)",
    "base_url_setting": "WARN_CT_BASE_URL",
    "endpoint": "/CsblrCategory/GetSpecializedData?module=WARN",
    "docs_url": "https://portal.ct.gov/dol/knowledge-base/articles/employment-and-training/rapid-response/warn-notices",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnCtSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "ct"
    default_boards = ("all",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/CsblrCategory/GetSpecializedData?pageSize=5000&module=WARN"
