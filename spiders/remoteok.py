"""Remote OK: the whole board in one JSON list (board ``all``).

Yields one ``BoardSnapshot``; each posting carries its own employer. The list opens with
the API's legal notice, which is skipped (not a job, not a reject).
"""

from tracker.extract.remoteok import RemoteOkJob, board_jobs
from tracker.feeds import SingleFeedSpider

SOURCE = {
    "name": "remoteok",
    "kind": "board",
    "title": "Remote OK API",
    "base_url_setting": "REMOTEOK_BASE_URL",
    "endpoint": "/api",
    "docs_url": "https://remoteok.com/api",
    "terms": "Remote OK's API terms (sent with every response) require a followed link back to the job's "
             "Remote OK URL and naming Remote OK as the source, or API access is suspended; its logo "
             "needs written permission.",
}


class RemoteOkSpider(SingleFeedSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/api"

    def parse_board(self, response, snap):
        self.add_records(board_jobs(self.json(response)), snap, RemoteOkJob)
