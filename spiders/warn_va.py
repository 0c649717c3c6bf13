"""Virginia Works WARN notices page (one HTML table 2010 onwards; board ``notices``)."""

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-va",
    "kind": "layoffs",
    "title": "Virginia Works WARN notices",
    "base_url_setting": "WARN_VA_BASE_URL",
    "endpoint": "/im-an-employer/retain-and-grow/warn-notices/",
    "docs_url": "https://virginiaworks.gov/im-an-employer/retain-and-grow/warn-notices/",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}


class WarnVaSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "va"
    default_boards = ("notices",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/im-an-employer/retain-and-grow/warn-notices/"
