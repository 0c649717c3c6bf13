"""Source-specific extraction: payload in, ``Posting`` out. No Scrapy imports here."""

from __future__ import annotations


class BadPayload(ValueError):
    """A response whose shape is not what the source's API returns."""

    prefix = "unexpected payload: "


class MalformedPayload(BadPayload):
    """A response that cannot be decoded at all (broken JSON, an HTML page)."""

    prefix = ""


def first(*values):
    """The first value that is not None or empty."""
    for value in values:
        if value not in (None, "", [], {}):
            return value
    return None


def as_str(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
