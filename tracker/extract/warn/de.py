"""Delaware JobLink WARN search results (America's Job Link Alliance platform): pages of 25
notices (Employer, City, ZIP, LWIB Area, Notice Date "Oct 28, 2008", WARN Type); each employer
links to the notice's detail page. ``pager(body)`` reads the page's pagination for the spider."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import lxml.html

from tracker.extract import BadPayload
from tracker.extract.warn.table import WarnSpec

SPEC = WarnSpec("DE", headers={"kind": ("warn type",)})


def pager(body: bytes) -> dict:
    """The page number shown as current and the "next" link's page number and query, if any."""
    try:
        doc = lxml.html.document_fromstring(body)
    except Exception as exc:  # an empty or binary body
        raise BadPayload(f"unreadable html: {exc}") from None
    current = doc.xpath("string(//*[contains(@class, 'pagination')]//em[contains(@class, 'current')])").strip()
    links = doc.xpath("//a[@rel='next']/@href")
    query = urlsplit(links[0]).query if links else ""
    following = (parse_qs(query).get("page") or [""])[0]
    return {"current": int(current) if current.isdigit() else None,
            "next": int(following) if following.isdigit() else None, "query": query}
