"""Jobicy: the latest remote jobs, at most 100 (board ``all``).

Yields one ``BoardSnapshot``; each posting carries its own employer. The feed is a window
of the newest 100 jobs, so a job that drops out of it may still be listed on jobicy.com:
a posting is closed only after ``window_days`` without being seen.
"""

from tracker.extract.jobicy import JobicyJob, board_jobs
from tracker.feeds import SingleFeedSpider

SOURCE = {
    "name": "jobicy",
    "kind": "board",
    "title": "Jobicy Remote Jobs API",
    "base_url_setting": "JOBICY_BASE_URL",
    "endpoint": "/api/v2/remote-jobs?count=100",
    "docs_url": "https://github.com/Jobicy/remote-jobs-api",
    "terms": "Jobicy's fair-use rules: listings are for distribution but not to competing aggregators "
             "(Google Jobs, LinkedIn, Jooble), must not be modified or misrepresented, and polling more "
             "than once an hour is discouraged.",
}


class JobicySpider(SingleFeedSpider):
    window_days = 7
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/api/v2/remote-jobs?count=100"

    def parse_board(self, response, snap):
        self.add_records(board_jobs(self.json(response)), snap, JobicyJob)
