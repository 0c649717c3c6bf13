"""Workday career sites: every board in the registry whose source is ``workday``.

A board token is ``{tenant}/{dc}/{site}``, read off the careers page URL:
``https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite`` -> ``nvidia/wd5/NVIDIAExternalCareerSite``.
``WORKDAY_BASE_URL`` is a template, ``https://{tenant}.{dc}.myworkdayjobs.com``; a base without
``{tenant}`` (a local mirror) serves each board under ``{base}/{tenant}/{dc}/wday/cxs/...``.

The list is POSTed 20 at a time (``WORKDAY_MAX_PAGES`` pages at most; CXS itself stops at
2000 results, so a board reporting 2000 is marked partial). Each posting's description,
start date and employer are in its detail: one GET per posting, non-fatal. A posting whose
detail fails is rejected, not stored from the list alone: a stored posting would otherwise
lose its description and date on a passing error and record a false change, and the board
is partial anyway, so nothing is closed. Yields one ``BoardSnapshot`` per board.
"""

import json
from functools import partial

from tracker.extract.workday import WorkdayJob, api_root, job_detail, list_page, posting_key
from tracker.paging import OFFSET, OffsetPaging
from tracker.spider import BoardSpider

SOURCE = {
    "name": "workday",
    "kind": "ats",
    "title": "Workday career sites (CXS JSON API)",
    "base_url_setting": "WORKDAY_BASE_URL",
    "endpoint": "POST /wday/cxs/{tenant}/{site}/jobs; GET /wday/cxs/{tenant}/{site}{externalPath}",
    "docs_url": "https://www.workday.com/",
    "terms": "Undocumented JSON API behind employers' public Workday career sites; postings belong to the employers.",
}
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class WorkdaySpider(OffsetPaging, BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    page_size = 20  # the most CXS serves per page
    max_pages_setting = "WORKDAY_MAX_PAGES"
    default_max_pages = 100
    result_cap = 2000

    @classmethod
    def board_url(cls, base, token):
        return api_root(base, token) + "/jobs"  # InvalidToken (a ValueError) fails this board alone

    def first_request(self, snap):
        return self.fetch(snap, snap.url, self.parse_board, **self.page_request(0))

    def page_request(self, offset: int) -> dict:
        body = {"appliedFacets": {}, "limit": self.page_size, "offset": offset, "searchText": ""}
        return {"method": "POST", "body": json.dumps(body), "headers": JSON_HEADERS}

    def parse_board(self, response, snap):
        postings, total = list_page(self.json(response))
        fresh, following = self.read_page(response, snap, postings, total, posting_key, "externalPath")
        if following:
            yield self.fetch(snap, response.url, self.parse_board, fatal=False, meta=following, priority=1,
                             **self.page_request(following[OFFSET]))  # pages first: less shifting meanwhile
        root = api_root(self.base_url, snap.board)
        for item in fresh:
            yield self.fetch(snap, root + item["externalPath"], self.parse_detail, fatal=False,
                             meta={"listing": item}, headers={"Accept": "application/json"})

    def parse_detail(self, response, snap):
        job = partial(WorkdayJob, listing=response.meta["listing"])
        self.add_records([job_detail(self.json(response))], snap, job)
