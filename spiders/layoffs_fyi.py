"""layoffs.fyi: import a CSV export of Roger Lee's tech-layoffs tracker.

There is no official CSV or API (the site is an Airtable view), so the user supplies an
export: ``-a url=<URL or local path>``, or ``LAYOFFS_FYI_BASE_URL`` pointing at a folder
that holds ``<board>.csv`` (``-a boards=layoffs``). Rows are press reports, not filings.
"""

from pathlib import Path

from tracker.extract.layoffs_fyi import parse
from tracker.layoff_spider import LayoffSpider

SOURCE = {
    "name": "layoffs-fyi",
    "kind": "layoffs",
    "title": "layoffs.fyi tech layoffs tracker (CSV export)",
    "base_url_setting": "LAYOFFS_FYI_BASE_URL",
    "endpoint": "/{board}.csv",
    "docs_url": "https://layoffs.fyi/",
    "terms": ("Compiled by Roger Lee from press reports; no licence is published, layoffs.fyi's terms apply: "
              "cite layoffs.fyi and each row's source, do not redistribute the export as your own."),
}


class LayoffsFyiSpider(LayoffSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    def __init__(self, *args, url: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if url and "://" not in url:
            url = Path(url).resolve().as_uri()
        self.export_url = url

    def board_list(self):
        return ["export"] if self.export_url and self.board_filter is None else super().board_list()

    def board_url(self, base, token):
        return self.export_url if self.export_url and token == "export" else f"{base}/{token}.csv"

    def parse_file(self, body, url):
        return parse(body, url)
