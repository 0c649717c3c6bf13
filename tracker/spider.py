"""``BoardSpider``: the crawl loop shared by every source.

A board fetch may take one request (Greenhouse, Lever) or many (paged lists, one detail
request per posting). Every request of a board carries its ``BoardSnapshot``; the
snapshot is yielded once, when the board's last request has finished, failed ones
included, so the store knows whether it may close anything.

A subclass names its source, builds the first URL of a board, and implements
``parse_board(response, snap)``: append postings (``add_records``), and return or
yield further requests made with ``self.fetch(snap, url, callback)``.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import scrapy
from scrapy.exceptions import DownloadTimeoutError
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import TCPTimedOutError, TimeoutError

from tracker.extract import BadPayload, MalformedPayload
from tracker.items import FAILED, BoardSnapshot
from tracker.registry import Board, load_boards
from tracker.storage import utcnow

RAW_EXCERPT = 2000


class BoardRequests:
    """Requests of one board fetch, counted on its snapshot (``snap.pending``).

    ``fetch`` makes a request whose callback is a parse step ``(response, snap)``; when the
    board's last request is done, ``_finish`` yields the snapshot. A failure of a ``fatal``
    request fails the board; any other becomes a reject (``_problem``), making it partial.
    """

    def fetch(self, snap: BoardSnapshot, url: str, callback, *, fatal: bool = True, **request_kwargs):
        """A request of this board. When ``fatal``, its failure fails the board; otherwise it
        becomes a reject (a missing detail page) and the board is partial."""
        snap.pending += 1
        return scrapy.Request(url, callback=self._on_response, errback=self._on_error, dont_filter=True,
                              cb_kwargs={"snap": snap, "step": callback.__name__, "fatal": fatal},
                              **request_kwargs)

    def _on_response(self, response, snap: BoardSnapshot, step: str, fatal: bool):
        snap.pending -= 1
        if snap.status != FAILED:
            try:
                yield from getattr(self, step)(response, snap) or ()
            except BadPayload as exc:
                self._problem(snap, fatal, f"{exc.prefix}{exc}", response.url, excerpt(response))
            except Exception as exc:  # a payload shape no parser foresaw: this board only, never the crawl
                reason = f"parse error: {type(exc).__name__}: {exc}"
                self.logger.error("%s/%s: %s (%s)", self.name, snap.board, reason, response.url)
                self._problem(snap, fatal, reason, response.url, excerpt(response))
        yield from self._finish(snap)

    def _on_error(self, failure):
        kwargs = failure.request.cb_kwargs
        snap, fatal = kwargs["snap"], kwargs["fatal"]
        snap.pending -= 1
        reason, raw = failure_reason(failure)
        self.logger.warning("%s/%s: %s (%s)", self.name, snap.board, reason, failure.request.url)
        if snap.status != FAILED:
            self._problem(snap, fatal, reason, failure.request.url, raw)
        yield from self._finish(snap)

    def _problem(self, snap, fatal, reason, url, raw):
        if fatal:
            snap.fail(reason, raw=raw)
        else:
            snap.reject(reason, url=url, raw=raw)

    def _finish(self, snap):
        if snap.pending == 0 and not snap.emitted:
            snap.emitted = True
            yield snap


class BoardSpider(BoardRequests, scrapy.Spider):
    """Crawl every board of one source listed in the registry (or ``-a boards=a,b``)."""

    base_url_setting: str = ""
    default_boards: tuple[str, ...] = ()  # for single-feed sources with no registry rows
    employer_per_posting = False  # True for boards listing many employers' postings
    window_days: float | None = None  # set for feeds that list only their newest postings

    def __init__(self, *args, boards: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.board_filter = parse_boards(boards)
        self.boards_total = 0

    def board_list(self) -> list[Board]:
        known = load_boards(self.settings.get("REGISTRY_PATH"), source=self.name)
        if not known and self.default_boards:
            known = [Board(self.name, b) for b in self.default_boards]
        if self.board_filter is None:
            return known
        by_name = {b.board: b for b in known}
        return [by_name.get(name, Board(self.name, name)) for name in self.board_filter]

    @property
    def base_url(self) -> str:
        return self.settings.get(self.base_url_setting).rstrip("/")

    async def start(self):
        boards = self.board_list()
        self.boards_total = len(boards)
        for board in boards:
            snap = BoardSnapshot(source=self.name, board=board.board, company=board.company,
                                 started_at=utcnow(), employer_per_posting=self.employer_per_posting,
                                 window_days=self.window_days)
            try:
                snap.url = self.start_url(board)
            except ValueError as exc:  # a malformed token fails its own board, not the crawl
                snap.fail(str(exc))
                yield snap
                continue
            yield self.first_request(snap)

    def start_url(self, board: Board) -> str:
        """Where a board's fetch starts (override to read the registry row, e.g. its careers URL)."""
        return self.board_url(self.base_url, board.board)

    def first_request(self, snap: BoardSnapshot):
        """The board's first request (override for APIs that start with a POST)."""
        return self.fetch(snap, snap.url, self.parse_board)

    # -- to implement per source -------------------------------------------
    @classmethod
    def board_url(cls, base: str, token: str) -> str:
        raise NotImplementedError

    def parse_board(self, response, snap: BoardSnapshot):
        """Add the board's postings to ``snap``; may return requests from ``self.fetch``."""
        raise NotImplementedError

    # -- requests that belong to a board -------------------------------------
    def _finish(self, snap: BoardSnapshot):
        if snap.pending == 0 and not snap.emitted:
            snap.emitted = True
            employers = {p.company for p in snap.postings}
            if snap.company is None and len(employers) == 1 and not snap.employer_per_posting:  # the board's owner, when unambiguous
                snap.company = employers.pop()
            yield snap

    # -- helpers for parse steps -----------------------------------------------
    @staticmethod
    def json(response):
        """The decoded JSON body, or ``BadPayload`` naming what came instead."""
        try:
            return json.loads(response.text)
        except (ValueError, AttributeError) as exc:
            kind = response.headers.get(b"Content-Type", b"").decode(errors="replace") or "unknown type"
            raise MalformedPayload(f"malformed JSON ({kind}): {exc}") from None

    def add_records(self, records: list, snap: BoardSnapshot, page_object) -> None:
        """Build a posting from each record; a record that is not an object becomes a reject."""
        for record in records:
            if not isinstance(record, dict):
                snap.reject("invalid record: not a JSON object", raw=str(record)[:RAW_EXCERPT])
                continue
            try:
                posting = page_object(record, snap.board).to_posting()
            except Exception as exc:  # one odd record is a reject, not a lost board
                snap.reject(f"extract error: {type(exc).__name__}: {exc}", raw=record_excerpt(record))
                continue
            if not posting.company:
                posting.company = snap.company
            snap.postings.append(posting)


def record_excerpt(record) -> str:
    """A rejected record as stored in ``rejects.raw``: JSON, cut to RAW_EXCERPT characters."""
    try:
        return json.dumps(record, ensure_ascii=False, default=str)[:RAW_EXCERPT]
    except (TypeError, ValueError):
        return repr(record)[:RAW_EXCERPT]


def parse_boards(boards: str | None) -> list[str] | None:
    """``-a boards=a,b`` as a list of tokens; None when not given (crawl the registry)."""
    return [b.strip() for b in boards.split(",") if b.strip()] if boards else None


def subdomain_url(base: str, token: str, path: str) -> str:
    """A board on its own subdomain: ``https://{board}.host`` templates get the token, a plain
    base (a local mirror) gets it as a path segment. The token is quoted, so it can never
    move the request off the template's host."""
    token = quote(token, safe="")
    if "{board}" in base:
        return base.replace("{board}", token) + path
    return f"{base}/{token}{path}"


def failure_reason(failure) -> tuple[str, str | None]:
    """A failed request's reason ("HTTP 404", "timeout", "fetch error: ...") and body excerpt."""
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}", excerpt(failure.value.response)
    if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
        return "timeout", None
    return f"fetch error: {failure.type.__name__}: {failure.getErrorMessage()}", None


def excerpt(response) -> str:
    return response.body[:RAW_EXCERPT].decode("utf-8", errors="replace")
