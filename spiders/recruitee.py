"""Recruitee careers sites: every site in the registry whose source is ``recruitee``.

A board token is the company's subdomain (``aikidosecurity`` for aikidosecurity.recruitee.com).
The base URL setting is a template, ``https://{board}.recruitee.com``; a base without
``{board}`` (a mirror, ``http://127.0.0.1:9000/recruitee``) gets ``/{board}`` appended.
One request per site returns all its published offers. Yields one ``BoardSnapshot`` per site.
"""


from tracker.extract.recruitee import RecruiteeOffer, board_offers
from tracker.spider import BoardSpider, subdomain_url

SOURCE = {
    "name": "recruitee",
    "kind": "ats",
    "title": "Recruitee Careers Site API",
    "base_url_setting": "RECRUITEE_BASE_URL",
    "endpoint": "https://{board}.recruitee.com/api/offers/",
    "docs_url": "https://docs.recruitee.com/reference/intro-to-careers-site-api",
    "terms": "Public, unauthenticated Careers Site API of a company's published offers; postings belong to "
             "the employers.",
}


class RecruiteeSpider(BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    @classmethod
    def board_url(cls, base, token):
        return subdomain_url(base, token, "/api/offers/")

    def parse_board(self, response, snap):
        self.add_records(board_offers(self.json(response)), snap, RecruiteeOffer)
