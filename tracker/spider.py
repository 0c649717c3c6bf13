"""``BoardSpider``: the crawl loop shared by every ATS source.

A subclass names its source, builds a board URL, and turns the decoded payload into
postings. The base class reads the registry, fetches each board once, and yields one
``BoardSnapshot`` per board, failed ones included, so the store knows what it may close.
"""

from __future__ import annotations

import json

import scrapy
from scrapy.exceptions import DownloadTimeoutError
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import TCPTimedOutError, TimeoutError

from tracker.extract import BadPayload
from tracker.items import BoardSnapshot
from tracker.registry import Board, load_boards
from tracker.storage import utcnow

RAW_EXCERPT = 2000


class BoardSpider(scrapy.Spider):
    """Crawl every board of one source listed in the registry (or ``-a boards=a,b``)."""

    base_url_setting: str = ""

    def __init__(self, *args, boards: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.board_filter = [b.strip() for b in boards.split(",") if b.strip()] if boards else None
        self.boards_total = 0

    def board_list(self) -> list[Board]:
        known = load_boards(self.settings.get("REGISTRY_PATH"), source=self.name)
        if self.board_filter is None:
            return known
        by_name = {b.board: b for b in known}
        return [by_name.get(name, Board(self.name, name)) for name in self.board_filter]

    async def start(self):
        boards = self.board_list()
        self.boards_total = len(boards)
        base = self.settings.get(self.base_url_setting).rstrip("/")
        for board in boards:
            yield scrapy.Request(
                self.board_url(base, board.board), callback=self.parse_board, errback=self.board_failed,
                cb_kwargs={"board": board, "started_at": utcnow()}, dont_filter=True)

    # -- to implement per source -------------------------------------------
    @classmethod
    def board_url(cls, base: str, token: str) -> str:
        raise NotImplementedError

    def extract(self, data, snapshot: BoardSnapshot) -> None:
        """Append postings (and rejects) for a decoded payload; raise ``BadPayload`` on bad shape."""
        raise NotImplementedError

    # -- shared --------------------------------------------------------------
    def snapshot(self, board: Board, url: str, started_at: str) -> BoardSnapshot:
        return BoardSnapshot(source=self.name, board=board.board, company=board.company, url=url,
                             started_at=started_at)

    def parse_board(self, response, board: Board, started_at: str):
        snap = self.snapshot(board, response.url, started_at)
        try:
            data = json.loads(response.text)
        except (ValueError, AttributeError) as exc:
            kind = response.headers.get(b"Content-Type", b"").decode(errors="replace") or "unknown type"
            snap.fail(f"malformed JSON ({kind}): {exc}", raw=_excerpt(response))
            return snap
        try:
            self.extract(data, snap)
        except BadPayload as exc:
            snap.fail(f"unexpected payload: {exc}", raw=_excerpt(response))
        return snap

    def board_failed(self, failure):
        request = failure.request
        board, started_at = request.cb_kwargs["board"], request.cb_kwargs["started_at"]
        snap = self.snapshot(board, request.url, started_at)
        if failure.check(HttpError):
            response = failure.value.response
            snap.fail(f"HTTP {response.status}", raw=_excerpt(response))
        elif failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
            snap.fail("timeout")
        else:
            snap.fail(f"fetch error: {failure.type.__name__}: {failure.getErrorMessage()}")
        self.logger.warning("board %s/%s failed: %s", self.name, board.board, snap.error)
        return snap

    def add_records(self, records: list, snap: BoardSnapshot, page_object) -> None:
        """Build a posting from each record; a record that is not an object becomes a reject."""
        for record in records:
            if not isinstance(record, dict):
                snap.reject("invalid record: not a JSON object", raw=str(record)[:RAW_EXCERPT])
                continue
            posting = page_object(record, snap.board).to_posting()
            if not posting.company:
                posting.company = snap.company
            snap.postings.append(posting)
        if snap.company is None and snap.postings:
            snap.company = snap.postings[0].company


def _excerpt(response) -> str:
    return response.body[:RAW_EXCERPT].decode("utf-8", errors="replace")
