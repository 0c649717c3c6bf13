"""Arbeitnow: its job board API, newest first, paged by ``links.next`` (board ``all``).

Follows ``links.next`` up to ``ARBEITNOW_MAX_PAGES`` pages (default 50); a board cut at
the limit is ``partial`` and closes nothing. Each posting carries its own employer.
"""

from tracker.extract.arbeitnow import ArbeitnowJob, board_jobs, next_link
from tracker.feeds import NextLinkPaging, SingleFeedSpider

SOURCE = {
    "name": "arbeitnow",
    "kind": "board",
    "title": "Arbeitnow Job Board API",
    "base_url_setting": "ARBEITNOW_BASE_URL",
    "endpoint": "/api/job-board-api",
    "docs_url": "https://www.arbeitnow.com/blog/job-board-api",
    "terms": "A free public API whose own terms (sent in every response) ask users not to abuse it and to "
             "link back to Arbeitnow, and bind them to the terms of service on arbeitnow.com.",
}


class ArbeitnowSpider(NextLinkPaging, SingleFeedSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    max_pages_setting = "ARBEITNOW_MAX_PAGES"
    default_max_pages = 50

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/api/job-board-api"

    def parse_board(self, response, snap):
        data = self.json(response)
        self.add_page(board_jobs(data), snap, ArbeitnowJob)
        return self.follow_next(response, snap, next_link(data), self.parse_board)
