"""Workable accounts: every account in the registry whose source is ``workable``.

A board token is the account of ``https://apply.workable.com/{account}/``. One request per
account returns its published jobs with descriptions; a job listed once per place is stored
once, with all its places. The account's name is the employer when the registry names none.
Yields one ``BoardSnapshot`` per account.
"""

from urllib.parse import quote

from tracker.extract.workable import WorkableJob, account_jobs, account_name
from tracker.spider import BoardSpider

SOURCE = {
    "name": "workable",
    "kind": "ats",
    "title": "Workable public jobs API (careers widget)",
    "base_url_setting": "WORKABLE_BASE_URL",
    "endpoint": "/api/v1/widget/accounts/{account}?details=true",
    "docs_url": "https://workable.readme.io/reference/jobs-1",
    "terms": "Public, unauthenticated list of the jobs an employer publishes on its Workable careers page; "
             "postings belong to the employers.",
}


class WorkableSpider(BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    @classmethod
    def board_url(cls, base, token):
        return f"{base}/api/v1/widget/accounts/{quote(token, safe='')}?details=true"

    def parse_board(self, response, snap):
        data = self.json(response)
        jobs = account_jobs(data)
        snap.company = snap.company or account_name(data)
        self.add_records(jobs, snap, WorkableJob)
