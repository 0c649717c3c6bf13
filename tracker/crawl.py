"""Running spiders in this process, and reading back what a run did."""

from __future__ import annotations

import logging
import os
import socket
import uuid
from pathlib import Path

from tracker.registry import load_boards
from tracker.sources import all_sources
from tracker.storage import Store


class _WithoutTraceback(logging.Filter):
    """Keep a log record's message, drop its traceback (the user sees one line per problem)."""

    def filter(self, record):
        record.exc_info, record.exc_text = None, None
        return True


class CrawlError(Exception):
    """A crawl could not start (unknown spider, bad registry, ...)."""


def project_settings(overrides: dict | None = None):
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "tracker.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(spider_names: list[str], db_path: str | Path, overrides: dict | None = None,
              spider_args: dict | None = None, per_spider: dict | None = None) -> str:
    """Crawl the named spiders (all when empty) in one reactor; return the run's job id.

    ``spider_args`` reach every spider; ``per_spider`` maps a spider name to its own arguments.
    """
    sources = all_sources()
    names = spider_names or list(sources)
    unknown = [n for n in names if n not in sources]
    if unknown:
        raise CrawlError(f"unknown spider(s): {', '.join(unknown)}; known: {', '.join(sources)}")
    job = uuid.uuid4().hex[:12]
    settings = project_settings({"STORE_DB_PATH": str(db_path), "STORE_JOB_ID": job, **(overrides or {})})
    load_boards(settings.get("REGISTRY_PATH"))  # fail early, with a clear message, on a bad registry
    Store(db_path).close()  # create and migrate before spiders open it concurrently
    from scrapy.crawler import CrawlerProcess

    debug = settings.get("LOG_LEVEL") == "DEBUG"
    if not debug:  # our own log handler, without tracebacks, instead of Scrapy's
        settings.set("LOG_ENABLED", False, priority="cmdline")
    process = CrawlerProcess(settings)
    if not debug:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT")))
        handler.setLevel(settings.get("LOG_LEVEL"))
        handler.addFilter(_WithoutTraceback())
        logging.root.addHandler(handler)
    for name in names:
        process.crawl(sources[name].spider, **{**(spider_args or {}), **(per_spider or {}).get(name, {})})
    process.start()
    return job


def job_summary(db_path: str | Path, job: str, spiders: list[str] | None = None) -> dict:
    """Totals of one run from ``crawl_runs`` (of some of its spiders only, when given)."""
    only = f" AND spider IN ({', '.join('?' * len(spiders))})" if spiders is not None else ""
    store = Store(db_path)
    try:
        row = store.db.execute(
            "SELECT count(*), sum(status = 'ok'), sum(status = 'partial'), sum(status = 'failed'), "
            "sum(items), sum(new), sum(updated), sum(closed), sum(reopened), sum(errors) "
            f"FROM crawl_runs WHERE job = ?{only}", [job, *(spiders or [])]).fetchone()
    finally:
        store.close()
    keys = ("boards", "ok", "partial", "failed", "items", "new", "updated", "closed", "reopened", "rejects")
    return {k: v or 0 for k, v in zip(keys, row)}


def network_available(host: str = "boards-api.greenhouse.io", port: int = 443, timeout: float = 3.0) -> bool:
    """Whether the real sources can be reached from here."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False
