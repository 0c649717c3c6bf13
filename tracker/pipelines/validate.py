"""Reject postings that lack what the store needs (see ``tracker.validate``)."""

from __future__ import annotations

from tracker.pipelines import PostingStage
from tracker.validate import problem


class ValidatePipeline(PostingStage):
    name = "validate"

    def handle(self, posting):
        return problem(posting)
