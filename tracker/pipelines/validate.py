"""Move postings that lack what the store needs into the snapshot's rejects."""

from __future__ import annotations

from tracker.items import BoardSnapshot
from tracker.validate import problem


class ValidatePipeline:
    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, snapshot: BoardSnapshot):
        if not isinstance(snapshot, BoardSnapshot):  # other item kinds have their own stages
            return snapshot
        kept = []
        for posting in snapshot.postings:
            reason = problem(posting)
            if reason is None:
                kept.append(posting)
                continue
            snapshot.reject(reason, external_id=posting.external_id, url=posting.url)
            if self.stats:
                self.stats.inc_value(f"jobtracker/rejects/{reason}")
        snapshot.postings = kept
        return snapshot
