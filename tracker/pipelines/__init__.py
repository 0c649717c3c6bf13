"""Item pipelines, in order: validate (100), normalize (200), classify (300), store (400)."""

from __future__ import annotations

from tracker.items import BoardSnapshot


class PostingStage:
    """A stage applied to each posting of a ``BoardSnapshot``: ``handle`` keeps the posting
    (changing it in place) by returning None, or returns why it is rejected. An exception
    rejects that posting alone; other item kinds pass through."""

    name = "stage"

    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def handle(self, posting) -> str | None:
        raise NotImplementedError

    def process_item(self, snapshot):
        if not isinstance(snapshot, BoardSnapshot):
            return snapshot
        kept = []
        for posting in snapshot.postings:
            try:
                reason = self.handle(posting)
            except Exception as exc:  # a bad record must not stop the board
                reason = f"{self.name} error: {type(exc).__name__}: {exc}"
            if reason is None:
                kept.append(posting)
                continue
            snapshot.reject(reason, external_id=posting.external_id, url=posting.url)
            if self.stats:
                self.stats.inc_value(f"jobtracker/rejects/{reason.split(':')[0]}")
        snapshot.postings = kept
        return snapshot
