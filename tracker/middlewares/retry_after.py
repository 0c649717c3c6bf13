"""``RetryAfterMiddleware``: Scrapy's retries, honouring a server's ``Retry-After``.

On a 429 or 503 that carries ``Retry-After`` (seconds or an HTTP date), the retry of that
request waits that long before it goes back to the scheduler. The wait is an async sleep
in ``process_response``: it holds no download slot, so other requests, to this host or
others, go on meanwhile. A wait longer than ``RETRY_AFTER_MAX_SECONDS`` (300) is not
waited: that request gives up at once and its board fails with the HTTP status. Retry
counting, ``RETRY_TIMES``, ``RETRY_HTTP_CODES`` and ``dont_retry`` are Scrapy's own
(this subclasses ``RetryMiddleware``); a response without the header retries as before.
Stats: ``retry_after/count``, ``retry_after/waited_seconds``, ``retry_after/over_limit``.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message

logger = logging.getLogger(__name__)
DELAY_SECONDS = re.compile(r"[0-9]+")  # ASCII digits only ("²".isdigit() is true)
HONOURED = {429, 503}  # RFC 9110 §10.2.3: Retry-After with 503; RFC 6585 §4: with 429


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or HTTP-date); ``None``
    when absent or unreadable; a date in the past is 0."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = (value or "").strip()
    if not value:
        return None
    if DELAY_SECONDS.fullmatch(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX_SECONDS", 300)

    async def process_response(self, request, response):
        wait = None
        if response.status in HONOURED and response.status in self.retry_http_codes:
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is None or request.meta.get("dont_retry", False):
            return super().process_response(request, response)
        stats = self.crawler.stats
        if wait > self.max_wait:
            stats.inc_value("retry_after/over_limit")
            logger.warning("Not retrying %s: Retry-After %.0f s is over RETRY_AFTER_MAX_SECONDS (%.0f)",
                           request, wait, self.max_wait)
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        stats.inc_value("retry_after/count")
        stats.inc_value("retry_after/waited_seconds", round(wait, 3))
        logger.info("Retrying %s in %.1f s (Retry-After)", request, wait)
        if wait > 0:
            await sleep(wait)
        return retry
