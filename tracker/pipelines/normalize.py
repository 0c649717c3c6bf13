"""Clean every posting of a snapshot (see ``tracker.normalize``)."""

from __future__ import annotations

from tracker.normalize import normalize_posting
from tracker.pipelines import PostingStage


class NormalizePipeline(PostingStage):
    name = "normalize"

    def handle(self, posting):
        normalize_posting(posting)
        return None
