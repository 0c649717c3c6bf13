"""Tag every posting of a snapshot with its occupation, AI exposure and AI role (``tracker.classify``)."""

from __future__ import annotations

from scrapy.exceptions import NotConfigured

from tracker.items import BoardSnapshot


class ClassifyPipeline:
    def __init__(self, stats=None, classifier=None):
        self.stats = stats
        self._classifier = classifier

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("CLASSIFY_ENABLED", True):
            raise NotConfigured("CLASSIFY_ENABLED is off")
        return cls(crawler.stats)

    @property
    def classifier(self):
        if self._classifier is None:
            from tracker.classify.classifier import default_classifier

            self._classifier = default_classifier()
        return self._classifier

    def process_item(self, snapshot: BoardSnapshot):
        if not isinstance(snapshot, BoardSnapshot):  # other item kinds have their own stages
            return snapshot
        try:
            self.classifier.prime([posting.title for posting in snapshot.postings])  # one batch per board
        except Exception as exc:  # each posting is still tried (and counted) on its own below
            if self.stats:
                self.stats.inc_value(f"jobtracker/classify/prime_error/{type(exc).__name__}")
        for posting in snapshot.postings:
            try:
                result = self.classifier.classify(posting.title, posting.description_text,
                                                  department=posting.department)
            except Exception as exc:  # an untaggable posting is still stored, untagged
                if self.stats:
                    self.stats.inc_value(f"jobtracker/classify/error/{type(exc).__name__}")
                continue
            for name, value in result.fields().items():
                setattr(posting, name, value)
            if self.stats:
                self.stats.inc_value(f"jobtracker/classify/tier/{result.ai_exposure_tier}")
                self.stats.inc_value(f"jobtracker/classify/ai_role/{result.ai_role}")
        return snapshot
