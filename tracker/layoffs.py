"""Layoff notices: the item a layoffs spider yields, one ``LayoffSnapshot`` per fetched file.

A notice's id is stable across re-crawls: a hash of what identifies the event (state or
source, employer as filed, notice date, place; or the source's own id, such as an SEC
accession number, where it has one), so the same row read again, from this
year's file or from an archive, is the same notice.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from tracker.items import OK, FetchOutcome, Reject

NOTICE_COLUMNS = (
    "source", "state", "company_raw", "location", "county", "country", "notice_date", "effective_date",
    "jobs_affected", "percent_affected", "is_closure", "is_temporary", "is_amendment", "url", "reason", "industry", "raw_json",
)


def _key(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


@dataclass
class LayoffNotice:
    """One announced layoff or closure, with the storage contract's column names."""

    source: str
    company_raw: str
    state: str | None = None
    location: str | None = None
    county: str | None = None
    country: str | None = None
    notice_date: str | None = None  # ISO date
    effective_date: str | None = None
    jobs_affected: int | None = None
    percent_affected: float | None = None  # share of the employer's workforce (0-100), when stated
    is_closure: bool | None = None
    is_temporary: bool | None = None
    is_amendment: bool = False
    url: str | None = None
    reason: str | None = None
    industry: str | None = None
    raw_json: str | None = None  # the source's own fields that were kept (never personal contacts)
    row_ref: str | None = None  # where in the file it came from, for rejects and debugging
    source_id: str | None = None  # the source's own id of the event (SEC accession number); keys the id
    seq: int = 1  # the n-th different row of one notice in a file (phases at one site), see ``number_rows``

    @property
    def id(self) -> str:
        basis = self.source_id or "|".join([self.state or self.source, _key(self.company_raw),
                                            self.notice_date or "", _key(self.location)])
        suffix = f"-{self.seq}" if self.seq > 1 else ""
        return f"{self.source}:{hashlib.sha256(basis.encode()).hexdigest()[:20]}{suffix}"

    def to_row(self) -> dict:
        row = {name: getattr(self, name) for name in NOTICE_COLUMNS}
        row["id"] = self.id
        return row


def number_rows(notices: list[LayoffNotice]) -> tuple[list[LayoffNotice], int]:
    """Drop exact repeats of a row; number the other rows that share an id in file order.

    States list a phased layoff as several rows of one notice (same employer, date and site,
    different effective dates or counts); each keeps its own stable id (``id``, ``id-2``...).
    Returns the kept notices and the number of repeats dropped.
    """
    kept, seen, repeats = [], {}, 0
    for notice in notices:
        notice.seq = 1
        content = notice.to_row()
        content.pop("id")
        siblings = seen.setdefault(notice.id, [])
        if content in siblings:
            repeats += 1
            continue
        siblings.append(content)
        notice.seq = len(siblings)
        kept.append(notice)
    return kept, repeats


@dataclass
class LayoffSnapshot(FetchOutcome):
    """Everything one fetch of one layoffs file produced (``board`` names the file)."""

    records = "notices"

    source: str
    board: str
    url: str | None = None
    status: str = OK
    error: str | None = None
    started_at: str | None = None
    notices: list[LayoffNotice] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    result: dict = field(default_factory=dict)
    pending: int = field(default=0, repr=False, compare=False)
    emitted: bool = field(default=False, repr=False, compare=False)
