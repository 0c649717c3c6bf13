"""Re-classify stored postings; rewrite only the rows whose result changed."""

from __future__ import annotations

import sqlite3

from tracker.items import CLASSIFICATION_FIELDS

CHUNK = 500  # rows written per transaction
PRIME = 5000  # titles matched per batch


def reclassify(db_path: str, classifier=None, only_stale: bool = False) -> dict:
    """Classify every posting again; return counts (seen, changed, unchanged).

    A row is written when any classification column differs (``classifier_version``
    included, so rows tagged by an older version are re-stamped). ``only_stale`` skips
    rows already tagged by this version.
    """
    if classifier is None:
        from tracker.classify.classifier import default_classifier

        classifier = default_classifier()
    version = classifier.version
    cols = ", ".join(CLASSIFICATION_FIELDS)
    conn = sqlite3.connect(db_path)
    counts = {"seen": 0, "changed": 0, "unchanged": 0}
    try:
        where = " WHERE classifier_version IS NOT ? " if only_stale else " "
        params = [version] if only_stale else []
        rows = conn.execute(f"SELECT id, title, description_text, department, {cols} FROM postings{where}ORDER BY id",
                            params).fetchall()
        updates = []
        for n, (pid, title, description, department, *old) in enumerate(rows):
            if n % PRIME == 0 and hasattr(classifier, "prime"):  # the next titles matched in one batch
                classifier.prime([r[1] for r in rows[n:n + PRIME]])
            counts["seen"] += 1
            new = classifier.classify(title, description, department=department).fields()
            values = [new[f] for f in CLASSIFICATION_FIELDS]
            if values == list(old):
                counts["unchanged"] += 1
                continue
            counts["changed"] += 1
            updates.append(values + [pid])
            if len(updates) >= CHUNK:
                _write(conn, updates)
                updates = []
        _write(conn, updates)
    finally:
        conn.close()
    return counts


def _write(conn: sqlite3.Connection, updates: list) -> None:
    if not updates:
        return
    assignments = ", ".join(f"{f} = ?" for f in CLASSIFICATION_FIELDS)
    with conn:
        conn.executemany(f"UPDATE postings SET {assignments} WHERE id = ?", updates)
