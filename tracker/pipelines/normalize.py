"""Clean every posting of a snapshot (see ``tracker.normalize``)."""

from __future__ import annotations

from tracker.items import BoardSnapshot
from tracker.normalize import normalize_posting


class NormalizePipeline:
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
            try:
                kept.append(normalize_posting(posting))
            except Exception as exc:  # a bad record must not stop the board
                snapshot.reject(f"normalize error: {type(exc).__name__}: {exc}",
                                external_id=posting.external_id, url=posting.url)
                if self.stats:
                    self.stats.inc_value("jobtracker/rejects/normalize error")
        snapshot.postings = kept
        return snapshot
