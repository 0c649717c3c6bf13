"""Checks a posting must pass before it is stored; a failure is a reason string."""

from __future__ import annotations

from tracker.items import Posting

REQUIRED = ("external_id", "title")
MAX_TITLE = 500
MAX_ID = 200


def problem(posting: Posting) -> str | None:
    """Why this posting cannot be stored, or None when it can."""
    for name in REQUIRED:
        if not getattr(posting, name):
            return f"missing field: {name}"
    if len(posting.external_id) > MAX_ID:
        return "invalid field: external_id too long"
    if len(posting.title) > MAX_TITLE:
        return "invalid field: title too long"
    for name in ("url", "apply_url"):
        value = getattr(posting, name)
        if value and not value.startswith(("http://", "https://")):
            setattr(posting, name, None)
    return None
