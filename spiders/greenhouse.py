"""Greenhouse job boards: every board in the registry whose source is ``greenhouse``.

Yields one ``BoardSnapshot`` per board with all its open jobs (``content=true``).
"""

from tracker.extract.greenhouse import GreenhouseJob, board_jobs
from tracker.spider import BoardSpider

SOURCE = {
    "name": "greenhouse",
    "kind": "ats",
    "title": "Greenhouse Job Board API",
    "base_url_setting": "GREENHOUSE_BASE_URL",
    "endpoint": "/v1/boards/{token}/jobs?content=true",
    "docs_url": "https://developers.greenhouse.io/job-board.html",
    "terms": "Public, unauthenticated API for employers' published job boards; postings belong to the employers.",
}


class GreenhouseSpider(BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/v1/boards/{token}/jobs?content=true"

    def parse_board(self, response, snap):
        self.add_records(board_jobs(self.json(response)), snap, GreenhouseJob)
