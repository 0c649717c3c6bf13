"""SEC EDGAR 8-K Item 2.05 ("Costs Associated with Exit or Disposal Activities") filings.

Boards: a full-text search window, ``YYYY-MM`` (a month), ``YYYY-MM-DD..YYYY-MM-DD`` or
``recent`` (the last 30 days, the default; ``-a since=YYYY-MM-DD`` makes it since that date),
paged with ``from=``; or a company's submissions, ``CIK0001318605`` (``-a ciks=...``; with
``since``, older ``filings.files`` pages are read too). Each Item 2.05 filing becomes one
notice from the index; its document is then fetched and its Item 2.05 text read
(``tracker.extract.sec8k``). A document that cannot be fetched leaves the notice as the index
gives it, with a reject. SEC's fair-access rules: at most 10 requests/s over all its hosts
(one download slot here), and a User-Agent with a contact e-mail (``JOBTRACKER_CONTACT``).
"""

import re
from datetime import date
from urllib.parse import urlsplit

from tracker.extract import sec8k
from tracker.items import FAILED
from tracker.layoff_spider import LayoffSpider
from tracker.layoffs import LayoffSnapshot
from tracker.spider import BoardRequests, BoardSpider, parse_boards
from tracker.storage import utcnow

SOURCE = {
    "name": "sec-8k",
    "kind": "layoffs",
    "title": "SEC EDGAR 8-K Item 2.05 filings (exit or disposal activities)",
    "base_url_setting": "SEC_EFTS_BASE_URL",
    "endpoint": "/search-index?q=...&forms=8-K,8-K/A&dateRange=custom&startdt=...&enddt=...",
    "docs_url": "https://www.sec.gov/os/accessing-edgar-data",
    "terms": ("US government public filings; SEC's fair-access policy applies: at most 10 requests/s and a "
              "User-Agent naming the requester with a contact e-mail."),
}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LOCAL = ("127.0.0.1", "localhost", "::1")
MAX_HITS = 10_000  # full-text search serves no more of one query


class Sec8kSpider(BoardRequests, LayoffSpider):  # a board takes many requests (pages, documents)
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    default_boards = ("recent",)
    SLOT = "sec.gov"  # one download slot for efts., data. and www.sec.gov: SEC's limit is the total
    custom_settings = {**LayoffSpider.custom_settings, "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
                       "DOWNLOAD_DELAY": 0.15, "DOWNLOAD_DELAY_JITTER": 0}  # <= 6.7 requests/s

    json = staticmethod(BoardSpider.json)

    def __init__(self, *args, since: str | None = None, ciks: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        try:
            self.since, self.arg_error = date.fromisoformat(since).isoformat() if since else None, None
        except ValueError:
            self.since, self.arg_error = None, f"since={since!r} is not a date (YYYY-MM-DD)"
        self.ciks = [f"CIK{int(m[1]):010d}" if (m := sec8k.CIK.match(c)) else c for c in parse_boards(ciks) or []]
        self.hits: dict[str, dict] = {}  # a search board's filings, gathered over its pages

    def board_list(self):
        if self.board_filter is not None:
            return self.board_filter
        return self.ciks or [f"{self.since}..{date.today().isoformat()}" if self.since else "recent"]

    @classmethod
    def board_url(cls, base, token, start: int = 0):
        return sec8k.board_url(base, token, start)

    @property
    def local(self) -> bool:
        return urlsplit(self.base_url).hostname in LOCAL

    def base(self, setting: str) -> str:
        """A base URL; pointed at a local mirror, every SEC host is that mirror (never live + local)."""
        value = self.settings.get(setting).rstrip("/")
        return self.base_url if self.local and urlsplit(value).hostname not in LOCAL else value

    def refusal(self) -> str | None:
        if self.arg_error:
            return self.arg_error
        if self.local or EMAIL.search(self.settings.get("USER_AGENT") or ""):
            return None
        return ("SEC requires a User-Agent with a contact e-mail: set JOBTRACKER_CONTACT=you@example.org "
                "(or USER_AGENT); not crawling SEC EDGAR")

    async def start(self):
        refusal, boards = self.refusal(), self.board_list()
        self.boards_total = len(boards)
        if refusal:
            self.logger.error(refusal)
        for board in boards:
            snap = LayoffSnapshot(source=self.name, board=board, started_at=utcnow())
            is_cik = bool(sec8k.CIK.match(board))
            try:
                snap.url = self.board_url(self.base("SEC_DATA_BASE_URL") if is_cik else self.base_url, board)
            except ValueError as exc:  # a malformed token fails its own board
                snap.fail(str(exc))
            if refusal and snap.status != FAILED:
                snap.fail(refusal)
            if snap.status == FAILED:
                yield snap
                continue
            yield self.get(snap, snap.url, self.parse_submissions if is_cik else self.parse_search)

    def get(self, snap, url, callback, fatal=True, **meta):
        return self.fetch(snap, url, callback, fatal=fatal, meta={"download_slot": self.SLOT, **meta})

    def _problem(self, snap, fatal, reason, url, raw):
        notice = next((n for n in snap.notices if n.url == url), None)
        if fatal:
            snap.fail(reason, raw=raw)
        elif notice:  # the notice stays as the index gave it
            snap.reject(f"filing document not read: {reason}", external_id=notice.row_ref, url=url, raw=raw)
        else:
            snap.reject(f"older submissions page not read: {reason}", url=url, raw=raw)

    def _finish(self, snap):
        if snap.pending == 0 and not snap.emitted:
            snap.emitted = True
            self.hits.pop(snap.board, None)
            yield snap

    # -- steps ---------------------------------------------------------------------------
    def parse_search(self, response, snap):
        data = self.json(response)
        filings, total, capped = sec8k.efts_filings(data)
        gathered = self.hits.setdefault(snap.board, {})
        for filing in filings:  # a filing's 8-K and exhibits may fall on different pages
            old = gathered.get(filing.adsh)
            if old is None or (filing.main_document and not old.main_document):
                gathered[filing.adsh] = filing
        before = response.meta.get("seen", 0)
        seen = before + len(data["hits"]["hits"])
        if before < seen < min(total, MAX_HITS):
            return [self.get(snap, self.board_url(self.base_url, snap.board, start=seen), self.parse_search, seen=seen)]
        if capped or total > MAX_HITS:
            snap.reject(f"search window holds over {MAX_HITS:,} documents and only those are served: "
                        "use shorter windows", url=response.url)
        snap.stats.update(search_hits=total, filings=len(gathered))
        return self.add_filings(snap, list(gathered.values()))

    def parse_submissions(self, response, snap):
        company = response.meta.get("company")
        subs = sec8k.submissions(self.json(response), company)
        found = [f for f in subs.filings if f.is_item_205 and (not self.since or (f.filing_date or "") >= self.since)]
        snap.stats["filings"] = snap.stats.get("filings", 0) + len(subs.filings)
        requests = self.add_filings(snap, found)
        for page in subs.older_pages if self.since and company is None else ():
            if str(page.get("filingTo") or "") >= self.since and page.get("name"):
                url = f"{self.base('SEC_DATA_BASE_URL')}/submissions/{page['name']}"
                requests.append(self.get(snap, url, self.parse_submissions, fatal=False, company=subs))
        return requests

    def add_filings(self, snap, filings):
        requests = []
        for filing in filings:
            notice = sec8k.to_notice(filing, self.name, self.base("SEC_ARCHIVES_BASE_URL"))
            snap.notices.append(notice)
            if notice.url:
                requests.append(self.get(snap, notice.url, self.parse_document, fatal=False, notice=notice))
            else:
                snap.reject("filing document not read: the index names no document", external_id=filing.adsh)
        return requests

    def parse_document(self, response, snap):
        found = sec8k.item_205(getattr(response, "text", None) or response.body)
        sec8k.add_text(response.meta["notice"], found)
        snap.stats["documents_read"] = snap.stats.get("documents_read", 0) + 1
        if not found.section:
            snap.stats["no_item_205_text"] = snap.stats.get("no_item_205_text", 0) + 1
