"""Store layoff snapshots in ``layoff_notices`` (one transaction per fetched file).

Rules: a notice is keyed by its stable id, so a re-crawl adds nothing twice; a notice
whose content changed is updated in place (``last_changed``); nothing is ever deleted, and
a failed fetch writes only its ``crawl_runs`` row and the reject saying why. An amendment
is linked (``amends_id``) to the latest earlier notice of the same employer in the same
state or source, preferring the same place. ``company_id`` links only to an employer
already in ``companies`` (exact normalized name); fuzzy linking is a later step.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

import orjson

from tracker.companies import normalize_company_name
from tracker.items import FAILED
from tracker.layoffs import NOTICE_COLUMNS, LayoffSnapshot, number_rows
from tracker.storage import Store, utcnow

MARKERS = re.compile(r"\*?\s*updated\s*\*?|\((?:rescission|rescinded|amended|amendment|updated|revised)\)|"
                     r"-?\s*rev(?:ised)?\b.*$", re.I)
WRITE = NOTICE_COLUMNS + ("company_key", "company_id", "content_hash")


def company_key(name: str) -> str | None:
    """The employer's normalized name without amendment markers ("*Updated*", "(Rescission)")."""
    return normalize_company_name(MARKERS.sub(" ", name)) or normalize_company_name(name)


# Where a notice was read and the file's own spelling of it: not what the notice says. The same
# notice in two files (a yearly file and an archive) is then one unchanged row, not two writers.
PROVENANCE_COLUMNS = ("url", "raw_json")


def notice_hash(row: dict) -> str:
    """A hash of what a notice states; a re-read that states the same writes nothing."""
    payload = {k: row.get(k) for k in NOTICE_COLUMNS if k not in PROVENANCE_COLUMNS}
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()[:32]


class LayoffStore:
    def __init__(self, path):
        self.store = Store(path)
        self.db = self.store.db

    def close(self) -> None:
        self.store.close()

    def apply(self, snap: LayoffSnapshot, job: str | None = None, now: str | None = None) -> dict:
        now = now or utcnow()
        counts = Counter(new=0, updated=0, unchanged=0, duplicates=0, linked=0)
        with self.db.atomic():
            if snap.status != FAILED:
                counts.update(self._apply_notices(snap, now))
            self.store.write_rejects(snap, now)
            reasons = Counter(re.sub(r" '.*", "", r.reason) for r in snap.rejects)
            self.store.write_run(snap, job, now, len(snap.notices), counts, {
                "unchanged": counts["unchanged"], "duplicates": counts["duplicates"],
                "amendments_linked": counts["linked"], "rejects": dict(reasons), **snap.stats})
        snap.result = dict(counts, rejects=len(snap.rejects))
        if snap.status != FAILED:  # new notices, and employers seen since, may link now
            from tracker.company_link import link_notices

            snap.result["links_changed"] = link_notices(self.db)["changed"]
        return snap.result

    def _apply_notices(self, snap: LayoffSnapshot, now: str) -> Counter:
        counts: Counter = Counter()
        rows = []
        notices, counts["duplicates"] = number_rows(snap.notices)
        for notice in notices:
            row = notice.to_row()
            row["company_key"] = company_key(notice.company_raw)
            row["content_hash"] = notice_hash(row)
            rows.append(row)
        existing = self._existing([r["id"] for r in rows])
        keys = {r["company_key"] for r in rows if r["company_key"]}
        companies = self._companies(keys)
        inserts, updates = [], []
        for row in rows:
            row["company_id"] = companies.get(row["company_key"])
            old = existing.get(row["id"])
            if old is None:
                inserts.append(row)
            elif old != row["content_hash"]:
                updates.append(row)
            else:
                counts["unchanged"] += 1
        cols = WRITE + ("id", "first_seen", "last_changed")
        self.db.conn.executemany(
            f"INSERT INTO layoff_notices ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [[r.get(c) for c in WRITE] + [r["id"], now, now] for r in inserts])
        self.db.conn.executemany(
            f"UPDATE layoff_notices SET {', '.join(f'{c} = ?' for c in WRITE)}, last_changed = ? WHERE id = ?",
            [[r.get(c) for c in WRITE] + [now, r["id"]] for r in updates])
        counts["new"], counts["updated"] = len(inserts), len(updates)
        counts["linked"] = self._link_amendments([r["id"] for r in rows if r["is_amendment"]])
        return counts

    def _existing(self, ids: list[str]) -> dict[str, str]:
        found = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update(self.db.execute(
                f"SELECT id, content_hash FROM layoff_notices WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall())
        return found

    def _companies(self, keys: set[str]) -> dict[str, int]:
        keys = list(keys)
        found = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            found.update((k, i) for i, k in self.db.execute(
                f"SELECT id, normalized_name FROM companies WHERE normalized_name IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall())
        return found

    def _link_amendments(self, ids: list[str]) -> int:
        """Point each unlinked amendment at the notice it most likely amends."""
        linked = 0
        for notice_id in ids:
            row = self.db.execute(
                "SELECT id, source, state, company_key, location, notice_date FROM layoff_notices "
                "WHERE id = ? AND amends_id IS NULL", [notice_id]).fetchone()
            if row is None or not row[3]:
                continue
            _, source, state, key, location, notice_date = row
            target = self.db.execute(
                "SELECT id FROM layoff_notices WHERE id != ? AND company_key = ? AND source = ? "
                "AND (state IS ? ) AND (notice_date IS NULL OR ? IS NULL OR notice_date <= ?) "
                "ORDER BY is_amendment, location IS ? DESC, notice_date DESC LIMIT 1",
                [notice_id, key, source, state, notice_date, notice_date, location]).fetchone()
            if target:
                self.db.execute("UPDATE layoff_notices SET amends_id = ? WHERE id = ?", [target[0], notice_id])
                linked += 1
        return linked
