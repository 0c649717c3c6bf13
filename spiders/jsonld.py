"""Careers pages and sitemaps that embed schema.org ``JobPosting`` (JSON-LD or microdata).

A board is a registry row whose ``careers_url`` is a careers page or a ``sitemap.xml`` (or a
board token that is itself such a URL). A page yields the JobPostings on it; a sitemap's job
pages (URLs matching ``JSONLD_SITEMAP_FOLLOW``, at most ``JSONLD_MAX_PAGES``) are fetched
one by one. Yields one ``BoardSnapshot`` per board. The board's own page without a
JobPosting fails the board; a followed page without one (or that cannot be fetched) is a
reject, and the board is partial. Postings whose ``validThrough`` has passed are left out,
so the store closes them.

Behind a mirror, ``JSONLD_BASE_URL`` rewrites ``https://host/path`` to ``{base}/host/path``.
"""

import re

from tracker.extract.jsonld import JsonLdJob, NoJobPosting, page_jobs, sitemap_urls
from tracker.spider import BoardSpider, record_excerpt

SOURCE = {
    "name": "jsonld",
    "kind": "board",
    "title": "schema.org JobPosting on careers pages (JSON-LD, microdata)",
    "base_url_setting": "JSONLD_BASE_URL",
    "endpoint": "{careers_url}",
    "docs_url": "https://schema.org/JobPosting",
    "terms": "Employers' own public job pages, read as search engines read them; robots.txt obeyed.",
}
FOLLOW = r"/[poj]/|jobs?\b|career|position|opening|vacanc|apply|posting|stelle|emploi|vaga|oferta"  # ATS page paths


class JsonLdSpider(BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages_left: dict[str, int] = {}  # per board: how many sitemap pages may still be fetched
        self.seen: dict[str, set] = {}  # per board: URLs already requested (a sitemap may list itself)
        self.targets: dict[str, str] = {}  # per board: the address its fetch starts at

    @classmethod
    def board_url(cls, base, token):
        """A page as fetched: the URL itself, or ``{base}/{host}{path}`` behind a mirror; a token
        that is not a URL is a path under ``base`` (the recordings' mirror)."""
        if not token.startswith(("http://", "https://")):
            return f"{base}/{token}"
        if not base:
            return token
        host_path = token.split("://", 1)[1].split("#", 1)[0]
        return f"{base}/{host_path}"

    def start_url(self, board):
        """A board starts at its registry row's careers_url, or at its token when that is a URL."""
        target = board.careers_url or board.board
        url = self.board_url(self.base_url, target)
        if not url.startswith(("http://", "https://")):
            raise ValueError("no careers_url for this board in the registry")
        self.targets[board.board] = target
        return url

    def first_request(self, snap):
        return self.fetch(snap, snap.url, self.parse_board, meta={"page": self.targets[snap.board]})

    def parse_board(self, response, snap):
        listed = sitemap_urls(response.body)
        if listed:
            return self._follow(listed, snap)
        self._add_page(response, snap)

    def parse_sitemap(self, response, snap):
        listed = sitemap_urls(response.body)
        if not listed:
            raise NoJobPosting("not a sitemap")
        return self._follow(listed, snap)

    def parse_page(self, response, snap):
        self._add_page(response, snap)

    def _follow(self, listed, snap):
        kind, urls = listed
        seen = self.seen.setdefault(snap.board, {snap.url})
        urls = [u for u in dict.fromkeys(urls) if self.board_url(self.base_url, u) not in seen]
        seen.update(self.board_url(self.base_url, u) for u in urls)
        if kind == "sitemapindex":
            return [self.fetch(snap, self.board_url(self.base_url, u), self.parse_sitemap, fatal=False,
                               meta={"page": u}) for u in urls]
        pattern = re.compile(self.settings.get("JSONLD_SITEMAP_FOLLOW", FOLLOW), re.I)
        pages = [u for u in urls if pattern.search("/" + u.split("://", 1)[-1].partition("/")[2])]
        budget = self.pages_left.setdefault(snap.board, self.settings.getint("JSONLD_MAX_PAGES", 200))
        if len(pages) > budget:
            snap.reject(f"sitemap lists {len(pages)} job pages; only {budget} fetched (JSONLD_MAX_PAGES)",
                        url=snap.url)
        self.pages_left[snap.board] = max(0, budget - len(pages))
        return [self.fetch(snap, self.board_url(self.base_url, u), self.parse_page, fatal=False, meta={"page": u})
                for u in pages[:budget]]

    def _add_page(self, response, snap):
        page = response.meta.get("page") or response.url  # its own address, also behind a mirror
        jobs = page_jobs(response.body, page)
        if not jobs:
            raise NoJobPosting("no schema.org JobPosting on the page")
        for payload in jobs:
            job = JsonLdJob(payload, snap.board, page if page.startswith(("http://", "https://")) else None)
            if job.expired():
                self.crawler.stats.inc_value("jobtracker/skipped/validThrough passed")
                continue
            try:
                posting = job.to_posting()
            except Exception as exc:  # one odd JobPosting is a reject, not a lost page
                snap.reject(f"extract error: {type(exc).__name__}: {exc}", url=page, raw=record_excerpt(payload))
                continue
            posting.company = posting.company or snap.company
            snap.postings.append(posting)
