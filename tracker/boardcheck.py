"""``tracker sources check``: fetch every board's first page once and report the dead ones.

The request of each board is the one its spider would send first (``spider.start()``: the
same URL, method and body, from the same base-URL settings), so a check can run against a
local mirror with the same ``-s NAME=VALUE`` overrides as a crawl. A board is dead when its
answer is an HTTP error, a timeout, a connection error or not JSON. Requests go out with
the project's User-Agent, at most ``CONCURRENT_REQUESTS_PER_DOMAIN`` at a time per host.
"""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import httpx
from scrapy.crawler import Crawler

from tracker.sources import all_sources

JOB_KINDS = ("ats", "board")  # the layoff sources read files and pages, not JSON boards


@dataclass(frozen=True)
class Probe:
    source: str
    board: str
    company: str | None
    method: str
    url: str
    body: bytes = b""
    headers: tuple = ()


@dataclass(frozen=True)
class Result:
    probe: Probe
    problem: str | None  # None: the board answered JSON

    @property
    def ok(self) -> bool:
        return self.problem is None


async def _first_requests(source, settings) -> list[Probe]:
    spider = source.spider.from_crawler(Crawler(source.spider, settings))
    probes = []
    async for request in spider.start():
        snap = request.cb_kwargs.get("snap")
        headers = tuple((k.decode(), v[0].decode()) for k, v in request.headers.items() if v)
        probes.append(Probe(source.name, getattr(snap, "board", ""), getattr(snap, "company", None),
                            request.method, request.url, request.body, headers))
    return probes


def board_probes(settings, source: str | None = None, limit: int | None = None) -> list[Probe]:
    """The first request of every crawlable board of the job sources (one source's, when given)."""
    sources = all_sources()
    names = [source] if source else [n for n, s in sources.items() if s.kind in JOB_KINDS]
    probes = [p for name in names for p in asyncio.run(_first_requests(sources[name], settings))]
    return probes[:limit] if limit else probes


async def _check_one(client, probe: Probe, gates) -> Result:
    parts = urlsplit(probe.url)
    if parts.scheme not in ("http", "https"):  # a spider's stand-in for a token it cannot use
        return Result(probe, "not fetched: " + unquote(probe.url.partition(",")[2] or probe.url))
    async with gates["*"], gates[parts.hostname]:
        try:
            response = await client.request(probe.method, probe.url, content=probe.body or None,
                                            headers=dict(probe.headers))
        except httpx.TimeoutException:
            return Result(probe, "timeout")
        except httpx.HTTPError as exc:
            return Result(probe, f"fetch error: {type(exc).__name__}: {exc}")
    if response.status_code >= 400:
        return Result(probe, f"HTTP {response.status_code}")
    try:
        json.loads(response.content)
    except ValueError:
        kind = response.headers.get("content-type", "unknown type")
        return Result(probe, f"not JSON ({kind})")
    return Result(probe, None)


async def _check_all(probes: list[Probe], settings) -> list[Result]:
    per_host = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
    gates = defaultdict(lambda: asyncio.Semaphore(per_host))
    gates["*"] = asyncio.Semaphore(max(1, settings.getint("CONCURRENT_REQUESTS")))
    timeout = settings.getfloat("DOWNLOAD_TIMEOUT")
    async with httpx.AsyncClient(headers={"User-Agent": settings.get("USER_AGENT")}, timeout=timeout,
                                 follow_redirects=True) as client:
        return await asyncio.gather(*(_check_one(client, p, gates) for p in probes))


def check_boards(probes: list[Probe], settings) -> list[Result]:
    """Fetch each probe once; results in the probes' order."""
    return asyncio.run(_check_all(probes, settings)) if probes else []
