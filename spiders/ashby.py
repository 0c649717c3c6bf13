"""Ashby job boards: every board in the registry whose source is ``ashby``.

A board token is the job-board name of ``https://jobs.ashbyhq.com/{board}``. One request per
board returns all its published jobs, with compensation. Yields one ``BoardSnapshot`` per board.
"""

from urllib.parse import quote

from tracker.extract.ashby import AshbyJob, board_jobs
from tracker.spider import BoardSpider

SOURCE = {
    "name": "ashby",
    "kind": "ats",
    "title": "Ashby Job Postings API",
    "base_url_setting": "ASHBY_BASE_URL",
    "endpoint": "/posting-api/job-board/{board}?includeCompensation=true",
    "docs_url": "https://developers.ashbyhq.com/docs/public-job-posting-api",
    "terms": "Public, unauthenticated API for employers' published Ashby job boards; postings belong to the employers.",
}


class AshbySpider(BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/posting-api/job-board/{quote(token, safe='')}?includeCompensation=true"

    def parse_board(self, response, snap):
        self.add_records(board_jobs(self.json(response)), snap, AshbyJob)
