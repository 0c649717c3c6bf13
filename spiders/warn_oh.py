"""Ohio JFS current public notices of layoffs and closures (board ``current``). The page's
table is filled in the browser from a CSV on Ohio's asset host, whose address the page embeds
as ``csvUrl``: when the page names one, that CSV is read; else the page's own table."""

from __future__ import annotations

import re

from tracker.layoff_spider import WarnSpider

SOURCE = {
    "name": "warn-oh",
    "kind": "layoffs",
    "title": "Ohio JFS WARN notices",
    "base_url_setting": "WARN_OH_BASE_URL",
    "endpoint": "/wps/portal/gov/jfs/job-services-and-unemployment/job-services/job-programs-and-services/"
                "submit-a-warn-notice/current-public-notices-of-layoffs-and-closures-sa/"
                "current-public-notices-of-layoffs-and-closures_warn",
    "docs_url": "https://jfs.ohio.gov/job-services-and-unemployment/job-services/job-programs-and-services/"
                "submit-a-warn-notice",
    "terms": "Public record published by the state under the WARN Act; filers' contact details are not stored.",
}
CSV_URL = re.compile(rb'csvUrl\\?"\s*:\s*\\?"(https?://[^"\\]+\.csv)')


class WarnOhSpider(WarnSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    state = "oh"
    default_boards = ("current",)

    @classmethod
    def board_url(cls, base, token):
        return base + SOURCE["endpoint"]

    def parse_board(self, response, snap):
        found = CSV_URL.search(response.body)
        if found:
            snap.stats["csv_url"] = found.group(1).decode()
            return self.fetch(snap, found.group(1).decode(), super().parse_board)
        return super().parse_board(response, snap)
