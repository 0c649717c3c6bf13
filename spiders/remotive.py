"""Remotive: every active remote job in one list (board ``all``).

Yields one ``BoardSnapshot``; each posting carries its own employer. Remotive advises
fetching at most 4 times a day and blocks more than 2 requests a minute: one request a crawl.
"""

from tracker.extract.remotive import RemotiveJob, board_jobs
from tracker.feeds import SingleFeedSpider

SOURCE = {
    "name": "remotive",
    "kind": "board",
    "title": "Remotive Remote Jobs API",
    "base_url_setting": "REMOTIVE_BASE_URL",
    "endpoint": "/api/remote-jobs",
    "docs_url": "https://github.com/remotive-com/remote-jobs-api",
    "terms": "Remotive asks users to link back to each job's Remotive URL and name Remotive as the source, "
             "not to pass its jobs to third-party job sites, and to fetch at most a few times a day "
             "(jobs are shown 24 hours late).",
}


class RemotiveSpider(SingleFeedSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/api/remote-jobs"

    def parse_board(self, response, snap):
        self.add_records(board_jobs(self.json(response)), snap, RemotiveJob)
