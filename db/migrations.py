"""The database schema, as an ordered set of named migrations.

Each function is one change. Never edit a migration that has shipped: add a new one.
Table and column names in the storage contract (../shared/DESIGN.md) are relied on by
canned queries and outside checks; add columns freely, never rename these.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("jobtracker")

POSTING_COLUMNS = {
    "id": str, "source": str, "board": str, "external_id": str, "company_id": int,
    "company": str, "title": str, "description_text": str, "description_html": str,
    "url": str, "apply_url": str, "location_raw": str, "city": str, "region": str,
    "country": str, "workplace": str, "employment_type": str, "employment_type_raw": str,
    "department": str, "seniority": str, "salary_min": float, "salary_max": float,
    "salary_currency": str, "salary_period": str, "salary_annual_min_usd": float,
    "salary_annual_max_usd": float, "posted_at": str, "first_seen": str, "last_seen": str,
    "closed_at": str, "content_hash": str, "soc_code": str, "soc_title": str,
    "soc_confidence": float, "ai_exposure": float, "ai_exposure_tier": str, "ai_role": str,
    "exposure_rationale": str, "classifier_version": str,
}


@migrations()
def m001_contract_tables(db: Database) -> None:
    db["companies"].create(
        {"id": int, "name": str, "normalized_name": str, "domain": str, "created_at": str},
        pk="id", not_null={"name", "normalized_name"},
    )
    db["companies"].create_index(["normalized_name"], unique=True)
    db["company_boards"].create(
        {"source": str, "board": str, "company_id": int, "url": str, "first_seen": str},
        pk=("source", "board"), foreign_keys=[("company_id", "companies", "id")],
    )
    db["postings"].create(
        POSTING_COLUMNS, pk="id", not_null={"source", "board", "external_id"},
        foreign_keys=[("company_id", "companies", "id")],
    )
    db["postings"].create_index(["source", "board"])
    db["postings"].create_index(["company_id"])
    db["postings"].create_index(["closed_at"])
    db["posting_changes"].create(
        {"id": int, "posting_id": str, "seen_at": str, "field": str, "old_value": str, "new_value": str},
        pk="id", foreign_keys=[("posting_id", "postings", "id")],
    )
    db["posting_changes"].create_index(["posting_id"])
    db["crawl_runs"].create(
        {"id": int, "job": str, "spider": str, "board": str, "started_at": str, "finished_at": str,
         "status": str, "items": int, "new": int, "updated": int, "closed": int, "reopened": int,
         "errors": int, "error": str, "stats_json": str},
        pk="id",
    )
    db["crawl_runs"].create_index(["spider", "board"])
    db["crawl_runs"].create_index(["job"])
    db["rejects"].create(
        {"id": int, "seen_at": str, "source": str, "board": str, "external_id": str, "url": str,
         "reason": str, "raw": str},
        pk="id",
    )
    db["rejects"].create_index(["source", "board"])


@migrations()
def m002_postings_fts(db: Database) -> None:
    """Full-text search on title, company and description.

    The triggers fire only when an indexed column is written, so bumping
    ``last_seen`` or tagging a posting never rewrites the index.
    """
    cols = ["title", "company", "description_text"]
    db["postings"].enable_fts(cols, fts_version="FTS5", tokenize="porter", create_triggers=False)
    col_list = ", ".join(cols)
    new_vals = ", ".join(f"new.{c}" for c in cols)
    old_vals = ", ".join(f"old.{c}" for c in cols)
    delete = (f"INSERT INTO postings_fts(postings_fts, rowid, {col_list}) "
              f"VALUES('delete', old.rowid, {old_vals});")
    insert = f"INSERT INTO postings_fts(rowid, {col_list}) VALUES (new.rowid, {new_vals});"
    db.executescript(f"""
        CREATE TRIGGER postings_fts_ai AFTER INSERT ON postings BEGIN {insert} END;
        CREATE TRIGGER postings_fts_ad AFTER DELETE ON postings BEGIN {delete} END;
        CREATE TRIGGER postings_fts_au AFTER UPDATE OF {col_list} ON postings
        BEGIN {delete} {insert} END;
    """)


@migrations()
def m003_layoff_notices(db: Database) -> None:
    """Layoff notices (WARN, layoffs.fyi, ...): never deleted; an amendment links to what it amends."""
    db["layoff_notices"].create(
        {"id": str, "source": str, "state": str, "company_id": int, "company_raw": str, "company_key": str,
         "location": str, "county": str, "country": str, "notice_date": str, "effective_date": str,
         "jobs_affected": int, "is_closure": int, "is_temporary": int, "is_amendment": int, "amends_id": str,
         "url": str, "reason": str, "industry": str, "raw_json": str, "content_hash": str,
         "first_seen": str, "last_changed": str},
        pk="id", not_null={"source", "company_raw"},
        foreign_keys=[("company_id", "companies", "id"), ("amends_id", "layoff_notices", "id")],
    )
    db["layoff_notices"].create_index(["source", "notice_date"])
    db["layoff_notices"].create_index(["state", "company_key"])
    db["layoff_notices"].create_index(["company_id"])


@migrations()
def m004_layoff_link_score(db: Database) -> None:
    """How a notice's company_id was decided: link_score (0..1) and link_method (exact|alias|fuzzy)."""
    db["layoff_notices"].add_column("link_score", float)
    db["layoff_notices"].add_column("link_method", str)


@migrations()
def m005_locations_duplicates(db: Database) -> None:
    """Several places per posting (JSON list), cross-source duplicate links, a notice's percentage.

    ``postings.locations``: a JSON list of ``{"city", "region", "country", "raw"}``; the first
    one also fills ``city``/``region``/``country``. The view ``posting_locations`` gives one row
    per place. ``duplicate_of`` points at the posting this one repeats (on another source),
    with ``duplicate_score`` (0..1); it is set by a pass after the crawl, never by the upsert.
    """
    db["postings"].add_column("locations", str)
    db["postings"].add_column("duplicate_of", str)
    db["postings"].add_column("duplicate_score", float)
    db["postings"].create_index(["duplicate_of"])
    db["layoff_notices"].add_column("percent_affected", float)
    db.execute("""
        CREATE VIEW posting_locations AS
        SELECT p.id AS posting_id, json_extract(j.value, '$.city') AS city,
               json_extract(j.value, '$.region') AS region, json_extract(j.value, '$.country') AS country,
               json_extract(j.value, '$.raw') AS raw, p.workplace, p.closed_at
        FROM postings p, json_each(p.locations) j
        WHERE p.locations IS NOT NULL AND json_valid(p.locations)
    """)


@migrations()
def m006_remote_scope(db: Database) -> None:
    """Where a remote posting may be worked from ("US", "EMEA", "worldwide"), read from its location."""
    db["postings"].add_column("remote_scope", str)


def migrate(db: Database) -> list[str]:
    """Apply pending migrations; return the names applied."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending
