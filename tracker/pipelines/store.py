"""Write each snapshot to SQLite (``tracker.storage.Store``) and count the outcome."""

from __future__ import annotations

import uuid
from datetime import timedelta

from tracker.items import BoardSnapshot
from tracker.storage import Store


class StorePipeline:
    def __init__(self, db_path: str, last_seen_hours: float, stats=None, job: str | None = None):
        self.db_path, self.stats = db_path, stats
        self.last_seen_interval = timedelta(hours=last_seen_hours)
        self.job = job or uuid.uuid4().hex[:12]
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(s.get("STORE_DB_PATH"), s.getfloat("STORE_LAST_SEEN_HOURS"), crawler.stats,
                   s.get("STORE_JOB_ID"))

    def open_spider(self, spider=None):
        self.store = Store(self.db_path, self.last_seen_interval)

    def close_spider(self, spider=None):
        if self.store:
            self.store.close()

    def process_item(self, snapshot: BoardSnapshot):
        if not isinstance(snapshot, BoardSnapshot):  # other item kinds have their own stages
            return snapshot
        result = self.store.apply(snapshot, job=self.job)
        if self.stats:
            self.stats.inc_value(f"jobtracker/boards/{snapshot.status}")
            for key, value in result.items():
                self.stats.inc_value(f"jobtracker/postings/{key}", value)
        return snapshot
