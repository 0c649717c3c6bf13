"""Washington ESD WARN search (ASP.NET page SearchWARN.aspx): one grid page of notices (Company,
Location, Layoff Start Date, # of Workers, Closure Layoff, Type of Layoff, Received Date,
Notice). The pager rows above and below the grid ("1 2 3 ... 10 ...", a table inside a row)
are not notices. ``pager(body)`` gives what the spider needs to post back for the next page."""

from __future__ import annotations

import re

import lxml.html

from tracker.extract import BadPayload
from tracker.extract.warn.readers import html
from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("WA")
POSTBACK = re.compile(r"__doPostBack\('([^']+)','(Page\$\d+)'\)")


def _doc(body: bytes):
    try:
        return lxml.html.document_fromstring(body)
    except Exception as exc:  # an empty or binary body
        raise BadPayload(f"unreadable html: {exc}") from None


def tables(body: bytes):
    doc = _doc(body)
    for row in doc.xpath("//tr[.//table]"):  # pager rows: a table inside a row
        row.getparent().remove(row)
    return html(lxml.html.tostring(doc))


def pager(body: bytes) -> dict:
    """The grid's current page, the post-back argument of each other page, and the form fields."""
    doc = _doc(body)
    current = doc.xpath("string(//tr[.//table]//td/span)").strip()
    pages = {}
    for href in doc.xpath("//tr[.//table]//a/@href"):
        if found := POSTBACK.search(href):
            pages[int(found.group(2).split("$")[1])] = found.groups()
    form = {i.get("name"): i.get("value") or "" for i in doc.xpath("//form//input[@name]")
            if (i.get("type") or "text").lower() in ("hidden", "text")}
    return {"current": int(current) if current.isdigit() else None, "pages": pages, "form": form}
