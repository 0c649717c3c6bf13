"""What the last crawl of each source did, from ``crawl_runs``."""

from __future__ import annotations

from tracker.storage import Store

LAST_JOB_PER_SPIDER = """
WITH latest AS (
  SELECT spider, job FROM crawl_runs WHERE id IN (SELECT max(id) FROM crawl_runs GROUP BY spider))
SELECT c.spider, c.job, min(c.started_at) AS started_at, max(c.finished_at) AS finished_at,
       count(*) AS boards, sum(c.status = 'ok') AS ok, sum(c.status = 'partial') AS partial,
       sum(c.status = 'failed') AS failed, sum(c.items) AS items, sum(c.new) AS new,
       sum(c.updated) AS updated, sum(c.closed) AS closed, sum(c.errors) AS errors
FROM crawl_runs c JOIN latest l ON c.spider = l.spider AND c.job IS l.job
GROUP BY c.spider ORDER BY c.spider
"""
LAST_RUN_PER_BOARD = """
SELECT spider, board, finished_at, status, items, new, updated, closed, errors, error
FROM crawl_runs WHERE id IN (SELECT max(id) FROM crawl_runs GROUP BY spider, board)
ORDER BY spider, board
"""


def overall_status(row: dict) -> str:
    if row["failed"] and not (row["ok"] or row["partial"]):
        return "failed"
    return "partial" if row["failed"] or row["partial"] else "ok"


def last_runs(db_path) -> list[dict]:
    """One row per source: its latest run's time, status and counts."""
    store = Store(db_path)
    try:
        rows = [dict(r) for r in store.db.query(LAST_JOB_PER_SPIDER)]
    finally:
        store.close()
    for row in rows:
        row["status"] = overall_status(row)
    return rows


def board_runs(db_path) -> list[dict]:
    """One row per board: its latest fetch."""
    store = Store(db_path)
    try:
        return [dict(r) for r in store.db.query(LAST_RUN_PER_BOARD)]
    finally:
        store.close()
