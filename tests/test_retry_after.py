"""Retry-After on 429/503: the retry waits, other boards go on, an over-long wait gives up."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import datetime, timezone
from email.utils import format_datetime, formatdate

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from tests.conftest import crawl, recorded, route, rows
from tracker.crawl import project_settings
from tracker.middlewares.retry_after import RetryAfterMiddleware, retry_after_seconds
from tracker.mirror import Route

NOW = datetime(2026, 8, 22, 12, 0, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value, expected", [
    (b"120", 120.0), ("0", 0.0), (" 7 ", 7.0), (format_datetime(NOW.replace(minute=2), usegmt=True), 120.0),
    ("Sat, 22 Aug 2026 11:00:00 GMT", 0.0),  # a date in the past: retry now
    (None, None), ("", None), ("soon", None), ("\u00b9", None), ("-5", None), ("1.5", None), ("Fri, 99 Foo 2026", None)])
def test_retry_after_values(value, expected):
    assert retry_after_seconds(value, now=NOW) == expected


@given(st.one_of(st.text(), st.binary()))
def test_any_header_value_is_a_wait_or_none(value):
    wait = retry_after_seconds(value, now=NOW)
    assert wait is None or wait >= 0


def middleware(**settings):
    crawler = get_crawler(Spider, {"RETRY_HTTP_CODES": [429, 500, 503], **settings})
    crawler.spider = crawler._create_spider("test")
    return crawler, build_from_crawler(RetryAfterMiddleware, crawler)


def answer(mw, status, headers=None, meta=None):
    request = Request("https://boards-api.greenhouse.io/v1/boards/x/jobs", meta=meta or {})
    response = Response(request.url, status=status, headers=headers or {}, request=request)
    return asyncio.run(mw.process_response(request, response)), response


def test_middleware_counts_retries_as_scrapy_does():
    crawler, mw = middleware(RETRY_TIMES=1, RETRY_AFTER_MAX_SECONDS=60)
    retry, _ = answer(mw, 503, {"Retry-After": "0"})
    assert isinstance(retry, Request) and retry.meta["retry_times"] == 1
    plain, _ = answer(mw, 500)  # no header: the stock behaviour
    assert isinstance(plain, Request) and plain.meta["retry_times"] == 1
    started = time.monotonic()
    exhausted, response = answer(mw, 429, {"Retry-After": "30"}, meta={"retry_times": 1})
    assert exhausted is response and time.monotonic() - started < 1  # no retries left: no wait either
    too_long, response = answer(mw, 429, {"Retry-After": "3600"})
    assert too_long is response
    unwanted, response = answer(mw, 503, {"Retry-After": "30"}, meta={"dont_retry": True})
    assert unwanted is response
    stats = crawler.stats.get_stats()
    assert stats["retry_after/over_limit"] == 1 and stats["retry_after/count"] == 1
    assert stats["retry/count"] == 2 and stats["retry/max_reached"] == 1


def test_a_status_left_out_of_retry_codes_is_not_retried():
    _, mw = middleware(RETRY_HTTP_CODES=[500])
    result, response = answer(mw, 429, {"Retry-After": "1"})
    assert result is response


def test_project_settings_use_it_instead_of_the_stock_middleware():
    settings = project_settings()
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert middlewares["tracker.middlewares.retry_after.RetryAfterMiddleware"] == 550
    assert {429, 503} <= {int(c) for c in settings.getlist("RETRY_HTTP_CODES")}
    assert settings.getfloat("RETRY_AFTER_MAX_SECONDS") == 300
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 4


def test_retry_after_is_waited_out_and_one_failing_board_does_not_stop_the_others(tmp_path, mirror, bundle):
    """One crawl: airtable answers 429 + Retry-After: 1 once, clarifai 503 + an HTTP date once,
    axios always 500, benchling 429 with a wait over the limit; brex and chime are fine."""
    db = tmp_path / "jobs.db"
    times: dict[str, list[float]] = {}

    def limited_once(board, status, retry_after):
        body = json.dumps(recorded(bundle, "greenhouse", board)).encode()

        def serve(method, query, request_body):
            seen = times.setdefault(board, [])
            seen.append(time.monotonic())
            if len(seen) == 1:
                return Route(status, b'{"error":"slow down"}', headers={"Retry-After": retry_after()})
            return Route(body=body)
        return serve

    def always(board, status, headers=None):
        def serve(method, query, request_body):
            times.setdefault(board, []).append(time.monotonic())
            return Route(status, b'{"error":"no"}', headers=headers or {})
        return serve

    mirror.routes[route("greenhouse", "airtable")] = limited_once("airtable", 429, lambda: "1")
    mirror.routes[route("greenhouse", "clarifai")] = limited_once(
        "clarifai", 503, lambda: formatdate(time.time() + 2, usegmt=True))
    mirror.routes[route("greenhouse", "axios")] = always("axios", 500)
    mirror.routes[route("greenhouse", "benchling")] = always("benchling", 429, {"Retry-After": "3600"})
    boards = ["airtable", "clarifai", "axios", "benchling", "brex", "chime"]
    started = time.monotonic()
    crawl("greenhouse", db, mirror, bundle, boards=boards, RETRY_TIMES=1, RETRY_AFTER_MAX_SECONDS=60)
    elapsed = time.monotonic() - started

    runs = {r["board"]: r for r in rows(db, "select board, status, error, items from crawl_runs")}
    assert {b: r["status"] for b, r in runs.items()} == {
        "airtable": "ok", "clarifai": "ok", "axios": "failed", "benchling": "failed", "brex": "ok", "chime": "ok"}
    assert runs["axios"]["error"] == "HTTP 500" and runs["benchling"]["error"] == "HTTP 429"
    assert runs["airtable"]["items"] == len(recorded(bundle, "greenhouse", "airtable")["jobs"])
    stored = {r["board"]: r["n"] for r in rows(db, "select board, count(*) n from postings group by board")}
    assert set(stored) == {"airtable", "clarifai", "brex", "chime"}

    airtable, clarifai = times["airtable"], times["clarifai"]
    assert len(airtable) == 2 and airtable[1] - airtable[0] >= 1.0  # waited the Retry-After
    assert len(clarifai) == 2 and clarifai[1] - clarifai[0] >= 0.95  # an HTTP date 1-2 s ahead
    assert len(times["benchling"]) == 1  # an hour's wait is over the limit: gave up at once
    assert len(times["axios"]) == 2 and times["axios"][1] < airtable[1]  # retried while airtable waited
    assert elapsed < 20  # the waits ran side by side, not one after the other
