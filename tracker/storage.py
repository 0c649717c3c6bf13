"""SQLite storage: posting lifecycle, change history, rejects and run records.

One ``BoardSnapshot`` is applied in one transaction. Rules (../shared/DESIGN.md):
an unchanged posting writes nothing; a posting missing from a *successful* fetch
is closed, never deleted; one that comes back is reopened; a failed or partial
fetch closes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson
from sqlite_utils import Database

from db.migrations import migrate
from tracker.companies import clean_company_name, normalize_company_name
from tracker.items import CLASSIFICATION_FIELDS, CONTENT_FIELDS, OK, BoardSnapshot

# Fields whose edits are kept in posting_changes (description_html follows description_text).
TRACKED_FIELDS = (
    "title", "company", "location_raw", "city", "region", "country", "workplace",
    "employment_type", "department", "seniority", "salary_min", "salary_max",
    "salary_currency", "salary_period", "url", "apply_url", "posted_at", "description_text",
)
WRITE_FIELDS = CONTENT_FIELDS + CLASSIFICATION_FIELDS + ("company_id", "content_hash", "last_seen", "closed_at")
EXISTING_FIELDS = ("id",) + TRACKED_FIELDS + ("content_hash", "closed_at", "last_seen") + CLASSIFICATION_FIELDS
RAW_LIMIT = 4000


def utcnow() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def content_hash(row: dict) -> str:
    """Hash of what a source says about a posting (not of when we saw it)."""
    payload = {k: row.get(k) for k in CONTENT_FIELDS}
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()[:32]


def _older_than(stamp: str | None, now: str, interval: timedelta) -> bool:
    if not stamp:
        return True
    parse = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))  # noqa: E731
    return parse(now) - parse(stamp) >= interval


class Store:
    """The project's SQLite database (WAL), migrated on open."""

    collapse_min_open = 5

    def __init__(self, path: str | Path, last_seen_interval: timedelta = timedelta(hours=20)):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = Database(self.path)
        self.db.enable_wal()
        self.db.execute("PRAGMA busy_timeout = 30000")
        migrate(self.db)
        self.last_seen_interval = last_seen_interval

    def close(self) -> None:
        self.db.close()

    # -- companies -------------------------------------------------------
    def company_id(self, name: str, now: str) -> int:
        """The ``companies`` row for an employer name, created on first sight."""
        name = clean_company_name(name) or name
        key = normalize_company_name(name) or name.lower()
        row = self.db.execute("SELECT id FROM companies WHERE normalized_name = ?", [key]).fetchone()
        if row:
            return row[0]
        return self.db["companies"].insert({"name": name, "normalized_name": key, "created_at": now}).last_pk

    def link_board(self, company_id: int, source: str, board: str, url: str | None, now: str) -> None:
        """Record which employer owns a board (first link wins)."""
        self.db.execute(
            "INSERT OR IGNORE INTO company_boards (source, board, company_id, url, first_seen) "
            "VALUES (?, ?, ?, ?, ?)", [source, board, company_id, url, now])

    # -- lifecycle -------------------------------------------------------
    def apply(self, snap: BoardSnapshot, job: str | None = None, now: str | None = None) -> dict:
        """Store one board fetch; return counts (new, updated, closed, reopened, unchanged, rejects)."""
        now = now or utcnow()
        counts = Counter(new=0, updated=0, closed=0, reopened=0, unchanged=0, reclassified=0)
        with self.db.atomic():
            counts.update(self._apply_postings(snap, now))
            self.write_rejects(snap, now)
            counts["rejects"] = len(snap.rejects)
            reasons = Counter(r.reason.split(":")[0] for r in snap.rejects)
            self.write_run(snap, job, now, len(snap.postings), counts,
                           {"unchanged": counts["unchanged"], "rejects": dict(reasons)})
        snap.result = dict(counts)
        return snap.result

    def _apply_postings(self, snap: BoardSnapshot, now: str) -> Counter:
        counts: Counter = Counter()
        if not snap.postings and snap.status != OK:
            return counts
        existing = {
            r[0]: dict(zip(EXISTING_FIELDS, r))
            for r in self.db.execute(f"SELECT {', '.join(EXISTING_FIELDS)} FROM postings "
                                     "WHERE source = ? AND board = ?", [snap.source, snap.board])
        }
        companies: dict[str, int] = {}

        def employer(name: str | None) -> int | None:
            name = name or (None if snap.employer_per_posting else snap.company)  # never a board token
            if not name:
                return None
            if name not in companies:
                companies[name] = self.company_id(name, now)
            return companies[name]

        if snap.company:
            self.link_board(employer(snap.company), snap.source, snap.board, snap.url, now)
        inserts, updates, bumps, retags, changes, seen = [], [], [], [], [], set()
        for posting in snap.postings:
            if posting.id in seen:
                snap.reject("duplicate id in board", external_id=posting.external_id, url=posting.url)
                continue
            seen.add(posting.id)
            row = posting.to_row()
            row["company_id"] = employer(posting.company)
            row["content_hash"] = content_hash(row)
            row["last_seen"], row["closed_at"] = now, None
            tagged = posting.classifier_version is not None
            row.update((f, getattr(posting, f)) for f in CLASSIFICATION_FIELDS)
            old = existing.get(posting.id)
            if old is None:
                row["first_seen"] = now
                inserts.append(row)
                counts["new"] += 1
                continue
            if not tagged:  # keep the stored tags; only the classify stage sets them
                row.update((f, old[f]) for f in CLASSIFICATION_FIELDS)
            reopened = old["closed_at"] is not None
            if old["content_hash"] == row["content_hash"] and not reopened:
                counts["unchanged"] += 1
                if _older_than(old["last_seen"], now, self.last_seen_interval):
                    bumps.append((now, posting.id))
                if any(old[f] != row[f] for f in CLASSIFICATION_FIELDS):
                    retags.append([row[f] for f in CLASSIFICATION_FIELDS] + [posting.id])
                    counts["reclassified"] += 1
                continue
            changes.extend(
                (posting.id, now, f, _text(old[f]), _text(row[f]))
                for f in TRACKED_FIELDS if old[f] != row[f])
            if reopened:
                changes.append((posting.id, now, "status", "closed", "open"))
                counts["reopened"] += 1
            if old["content_hash"] != row["content_hash"]:
                counts["updated"] += 1
            updates.append(row)
        if snap.status == OK and not self._collapsed(snap, existing, now):
            to_close = [pid for pid, old in existing.items() if pid not in seen and old["closed_at"] is None
                        and self._unseen_long_enough(snap, old, now)]
            self.db.conn.executemany(
                "UPDATE postings SET closed_at = ? WHERE id = ?", [(now, pid) for pid in to_close])
            changes.extend((pid, now, "status", "open", "closed") for pid in to_close)
            counts["closed"] = len(to_close)
        self._write_postings(inserts, updates, bumps, retags, changes)
        return counts

    def _collapsed(self, snap: BoardSnapshot, existing: dict, now: str) -> bool:
        """An empty fetch of a board that had many open postings closes nothing the first time.

        Boards do not usually empty overnight; an API answering with an empty list is more
        often broken. The fetch is marked partial, and the next empty fetch closes them.
        """
        still_open = sum(1 for old in existing.values() if old["closed_at"] is None)
        if snap.postings or still_open < self.collapse_min_open:
            return False
        last = self.db.execute("SELECT stats_json FROM crawl_runs WHERE spider = ? AND board = ? "
                               "ORDER BY id DESC LIMIT 1", [snap.source, snap.board]).fetchone()
        if last and json.loads(last[0] or "{}").get("rejects", {}).get("collapse"):
            return False
        snap.reject(f"collapse: the board listed no postings where {still_open} were open; "
                    "they close if the next fetch is empty too")
        return True

    @staticmethod
    def _unseen_long_enough(snap: BoardSnapshot, old: dict, now: str) -> bool:
        """For a feed of recent postings only, absence closes a posting after ``window_days``."""
        return snap.window_days is None or _older_than(old["last_seen"], now, timedelta(days=snap.window_days))

    def _write_postings(self, inserts, updates, bumps, retags, changes) -> None:
        conn = self.db.conn
        if inserts:
            cols = WRITE_FIELDS + ("id", "first_seen")
            conn.executemany(
                f"INSERT INTO postings ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [[r.get(c) for c in cols] for r in inserts])
        if updates:
            assignments = ", ".join(f"{c} = ?" for c in WRITE_FIELDS)
            conn.executemany(
                f"UPDATE postings SET {assignments} WHERE id = ?",
                [[r.get(c) for c in WRITE_FIELDS] + [r["id"]] for r in updates])
        if bumps:
            conn.executemany("UPDATE postings SET last_seen = ? WHERE id = ?", bumps)
        if retags:
            assignments = ", ".join(f"{c} = ?" for c in CLASSIFICATION_FIELDS)
            conn.executemany(f"UPDATE postings SET {assignments} WHERE id = ?", retags)
        if changes:
            conn.executemany(
                "INSERT INTO posting_changes (posting_id, seen_at, field, old_value, new_value) "
                "VALUES (?, ?, ?, ?, ?)", changes)

    def write_rejects(self, snap, now: str) -> None:
        """The rejects of any snapshot (postings or layoff notices), raw excerpts capped."""
        if snap.rejects:
            self.db.conn.executemany(
                "INSERT INTO rejects (seen_at, source, board, external_id, url, reason, raw) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(now, r.source, r.board, r.external_id, r.url, r.reason, (r.raw or "")[:RAW_LIMIT] or None)
                 for r in snap.rejects])

    def write_run(self, snap, job: str | None, now: str, items: int, counts: Counter, stats: dict) -> None:
        """The ``crawl_runs`` row of one fetch of any source."""
        self.db["crawl_runs"].insert({
            "job": job, "spider": snap.source, "board": snap.board,
            "started_at": snap.started_at or now, "finished_at": now, "status": snap.status,
            "items": items, "new": counts["new"], "updated": counts["updated"],
            "closed": counts["closed"], "reopened": counts["reopened"], "errors": len(snap.rejects),
            "error": snap.error, "stats_json": json.dumps(stats),
        })


def _text(value) -> str | None:
    return None if value is None else str(value)
