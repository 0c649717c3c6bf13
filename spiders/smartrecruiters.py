"""SmartRecruiters company boards: every board in the registry whose source is ``smartrecruiters``.

A board token is the company identifier of ``https://jobs.smartrecruiters.com/{company}``.
The list comes 100 postings a page by offset (``SMARTRECRUITERS_MAX_PAGES`` pages at most)
and carries no description, so each posting also gets its detail: one GET per posting,
non-fatal. A posting whose detail fails is rejected, not stored from the list alone, so a
passing error never blanks a stored description; the board is then partial and closes
nothing. Yields one ``BoardSnapshot`` per board.
"""

from urllib.parse import quote

from tracker.extract.smartrecruiters import SmartRecruitersPosting, list_page, merge, posting_key
from tracker.paging import OFFSET, OffsetPaging
from tracker.spider import BoardSpider

SOURCE = {
    "name": "smartrecruiters",
    "kind": "ats",
    "title": "SmartRecruiters Posting API",
    "base_url_setting": "SMARTRECRUITERS_BASE_URL",
    "endpoint": "/v1/companies/{company}/postings?limit=100&offset={n}; /v1/companies/{company}/postings/{id}",
    "docs_url": "https://dev.smartrecruiters.com/customer-api/posting-api/endpoints/postings/",
    "terms": "Public, unauthenticated Posting API for employers' published jobs; postings belong to the employers.",
}


class SmartRecruitersSpider(OffsetPaging, BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    page_size = 100  # the API's maximum
    max_pages_setting = "SMARTRECRUITERS_MAX_PAGES"
    default_max_pages = 100

    @classmethod
    def postings_url(cls, base, token):
        return f"{base}/v1/companies/{quote(token, safe='')}/postings"

    @classmethod
    def board_url(cls, base, token, offset=0):
        return f"{cls.postings_url(base, token)}?limit={cls.page_size}&offset={offset}"

    def parse_board(self, response, snap):
        postings, total = list_page(self.json(response))
        fresh, following = self.read_page(response, snap, postings, total, posting_key, "id")
        if following:
            yield self.fetch(snap, self.board_url(self.base_url, snap.board, following[OFFSET]),
                             self.parse_board, fatal=False, meta=following, priority=1)
        root = self.postings_url(self.base_url, snap.board)
        for item in fresh:
            yield self.fetch(snap, f"{root}/{quote(posting_key(item), safe='')}", self.parse_detail,
                             fatal=False, meta={"listing": item})

    def parse_detail(self, response, snap):
        self.add_records([merge(response.meta["listing"], self.json(response))], snap, SmartRecruitersPosting)
