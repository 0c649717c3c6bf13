"""Lever job sites: every site in the registry whose source is ``lever``.

Yields one ``BoardSnapshot`` per site with all its published postings.
"""

from tracker.extract.lever import LeverPosting, board_postings
from tracker.spider import BoardSpider

SOURCE = {
    "name": "lever",
    "kind": "ats",
    "title": "Lever Postings API",
    "base_url_setting": "LEVER_BASE_URL",
    "endpoint": "/v0/postings/{site}?mode=json",
    "docs_url": "https://github.com/lever/postings-api",
    "terms": "Public postings API for employers' published jobs; postings belong to the employers.",
}


class LeverSpider(BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/v0/postings/{token}?mode=json"

    def parse_board(self, response, snap):
        self.add_records(board_postings(self.json(response)), snap, LeverPosting)
