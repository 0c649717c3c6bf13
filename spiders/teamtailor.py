"""Teamtailor career sites: every site in the registry whose source is ``teamtailor``.

The board token is the site's subdomain (``career`` for career.teamtailor.com). The base
URL setting is a template, ``https://{board}.teamtailor.com``; a base without ``{board}``
(a mirror) gets ``/{board}`` appended. Follows the feed's ``next_url`` up to
``TEAMTAILOR_MAX_PAGES`` pages (default 20). Yields one ``BoardSnapshot`` per site.
"""


from tracker.extract.teamtailor import TeamtailorJob, feed_items, feed_next_url, feed_title
from tracker.feeds import NextLinkPaging
from tracker.spider import BoardSpider, subdomain_url

SOURCE = {
    "name": "teamtailor",
    "kind": "ats",
    "title": "Teamtailor career site JSON Feed",
    "base_url_setting": "TEAMTAILOR_BASE_URL",
    "endpoint": "https://{board}.teamtailor.com/jobs.json",
    "docs_url": "https://www.jsonfeed.org/version/1.1/",
    "terms": "Public, unauthenticated JSON Feed of the jobs an employer publishes on its Teamtailor "
             "career site; postings belong to the employers.",
}


class TeamtailorSpider(NextLinkPaging, BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    max_pages_setting = "TEAMTAILOR_MAX_PAGES"

    @classmethod
    def board_url(cls, base, token):
        return subdomain_url(base, token, "/jobs.json")

    def parse_board(self, response, snap):
        data = self.json(response)
        items = feed_items(data)
        snap.company = snap.company or feed_title(data)
        self.add_page(items, snap, TeamtailorJob)
        return self.follow_next(response, snap, feed_next_url(data), self.parse_board)
