"""Store each ``LayoffSnapshot`` (``tracker.layoff_storage``); other items pass through untouched."""

from __future__ import annotations

import uuid

from tracker.layoff_storage import LayoffStore
from tracker.layoffs import LayoffSnapshot


class LayoffPipeline:
    def __init__(self, db_path: str, stats=None, job: str | None = None):
        self.db_path, self.stats = db_path, stats
        self.job = job or uuid.uuid4().hex[:12]
        self.store: LayoffStore | None = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(s.get("STORE_DB_PATH"), crawler.stats, s.get("STORE_JOB_ID"))

    def open_spider(self, spider=None):
        self.store = LayoffStore(self.db_path)

    def close_spider(self, spider=None):
        if self.store:
            self.store.close()

    def process_item(self, item):
        if not isinstance(item, LayoffSnapshot):  # job postings have their own stages
            return item
        result = self.store.apply(item, job=self.job)
        if self.stats:
            self.stats.inc_value(f"jobtracker/layoff_files/{item.status}")
            for key, value in result.items():
                self.stats.inc_value(f"jobtracker/notices/{key}", value)
        return item
