"""The items that travel through the pipelines.

A spider yields one ``BoardSnapshot`` per board fetch: the board's postings, the
records that could not be read, and whether the fetch itself succeeded. The store
needs all three to decide what to close.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

OK, PARTIAL, FAILED = "ok", "partial", "failed"


@dataclass
class Posting:
    """One job posting, with the storage contract's column names."""

    source: str
    board: str
    external_id: str
    title: str | None = None
    company: str | None = None
    description_html: str | None = None
    description_text: str | None = None
    url: str | None = None
    apply_url: str | None = None
    location_raw: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    locations: str | None = None  # JSON list of {"city", "region", "country", "raw"}
    workplace: str = "unknown"
    remote_scope: str | None = None  # where a remote job may be done from: "US", "EMEA", "worldwide"
    employment_type: str | None = None
    employment_type_raw: str | None = None
    department: str | None = None
    seniority: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None
    salary_annual_min_usd: float | None = None
    salary_annual_max_usd: float | None = None
    posted_at: str | None = None
    # set by the classify stage (tracker/classify); not part of the content hash
    soc_code: str | None = None
    soc_title: str | None = None
    soc_confidence: float | None = None
    ai_exposure: float | None = None
    ai_exposure_tier: str | None = None
    ai_role: str | None = None
    exposure_rationale: str | None = None
    classifier_version: str | None = None

    @property
    def id(self) -> str:
        return f"{self.source}:{self.board}:{self.external_id}"

    def to_row(self) -> dict:
        row = {name: getattr(self, name) for name in CONTENT_FIELDS}
        row["id"] = self.id
        return row


CLASSIFICATION_FIELDS = ("soc_code", "soc_title", "soc_confidence", "ai_exposure", "ai_exposure_tier",
                         "ai_role", "exposure_rationale", "classifier_version")
CONTENT_FIELDS = tuple(f.name for f in dataclasses.fields(Posting) if f.name not in CLASSIFICATION_FIELDS)


@dataclass
class Reject:
    """A record (or a whole response) that could not be used, and why."""

    source: str
    board: str | None
    reason: str
    external_id: str | None = None
    url: str | None = None
    raw: str | None = None


class FetchOutcome:
    """What a snapshot of one fetch records about bad input: rejects, or the fetch failing.

    ``records`` names the list of good records (postings, notices) that a failure empties.
    """

    records = "postings"

    def reject(self, reason: str, **kwargs) -> None:
        """Record a bad record; a fetch with rejects is at best partial."""
        self.rejects.append(Reject(self.source, self.board, reason, **kwargs))
        if self.status == OK:
            self.status = PARTIAL

    def fail(self, reason: str, raw: str | None = None) -> None:
        """Mark the whole fetch failed: nothing from it may close or change what is stored."""
        self.status = FAILED
        self.error = reason
        setattr(self, self.records, [])
        self.rejects.append(Reject(self.source, self.board, reason, url=self.url, raw=raw))


@dataclass
class BoardSnapshot(FetchOutcome):
    """Everything one fetch of one board produced."""

    source: str
    board: str
    company: str | None
    url: str | None = None
    status: str = OK
    error: str | None = None
    started_at: str | None = None
    postings: list[Posting] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    result: dict = field(default_factory=dict)
    employer_per_posting: bool = False  # a board of many employers (remote job boards)
    window_days: float | None = None  # a feed that lists only recent postings: close after N days unseen
    pending: int = field(default=0, repr=False, compare=False)  # requests of this fetch in flight
    emitted: bool = field(default=False, repr=False, compare=False)
