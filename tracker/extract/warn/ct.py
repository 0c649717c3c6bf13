"""Connecticut DOL WARN documents (JSON from the document library): one PDF per notice,
named "<Company> (<Towns>) M-D-YYYY.pdf", with typed properties on newer items."""

from __future__ import annotations

import json
import re

from tracker.extract import BadPayload
from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("CT")
DATE = re.compile(r"\d{1,2}[-.]\d{1,2}[-.]\d{2,4}")


def from_name(name: str) -> dict:
    """Company, towns, first date and the other words of a document name."""
    base = re.sub(r"(?:\s*\(\d\))?\.pdf$", "", name.rsplit("/", 1)[-1], flags=re.I)
    date = DATE.search(base)
    head = base[:date.start()] if date else base
    company, _, rest = head.partition("(")
    towns, _, note = rest.partition(")")
    return {"company": company.strip(" -_"), "towns": towns.strip(), "date": date.group(0).replace(".", "-") if date else "",
            "note": f"{note} {base[date.end():] if date else ''}"}


HEADER = ["Company", "Location", "Notice Date", "Received Date", "Employees Affected", "Layoff Date",
          "Type", "Notice URL", "Date Posted"]


def tables(body: bytes):
    """The documents as one table with the header above (union and contact fields left out)."""
    try:
        items = json.loads(body)["blobItems"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BadPayload(f"not a CT document list: {exc}") from None
    rows = [HEADER]
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        props = item.get("blobProperties") or {}
        parts = from_name(item.get("name") or "")
        closing = str(props.get("closing_dates_") or "").strip()
        kind = "" if not props else ("closure" if closing and closing.upper() != "N/A" else "layoff")
        kind += " " + parts["note"]  # "revised", "job titles for those extended"
        rows.append([props.get("affected_company") or parts.get("company") or "",
                     props.get("layoff_locations__") or parts.get("towns") or "",
                     props.get("warn_document_date") or parts.get("date") or "",
                     props.get("warn_document_received_date") or "",
                     props.get("number_of_impacted_workers") or "",
                     props.get("layoff_dates") or "", kind, item.get("name") or "",
                     (item.get("modifiedDate") or "")[:10]])
    return [("blobItems", rows)]
