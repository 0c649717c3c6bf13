"""File bytes -> tables (a name and a list of rows of cell values), whatever the format.

No interpretation here: xlsx/xls sheets (python-calamine), CSV, HTML ``<table>``s (lxml) and
PDF tables (pdfplumber). ``tracker.extract.warn.table`` finds the header and reads rows.
"""

from __future__ import annotations

import csv
import io
import re

from tracker.extract import BadPayload

Table = tuple[str, list[list]]


def sniff(body: bytes) -> str:
    """The format of a file from its first bytes: xlsx, xls, pdf, html, json or csv."""
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head[:1] in (b"{", b"["):
        return "json"
    if re.match(rb"(?is)<(!doctype|html|head|body|table|div|meta|link|script|title|\?xml|!--)", head):
        return "html"
    return "csv"


def read_tables(body: bytes, kind: str | None = None) -> list[Table]:
    """Every table in a file; ``BadPayload`` if the bytes are not a readable file of that kind."""
    kind = kind or sniff(body)
    reader = {"xlsx": excel, "xls": excel, "csv": delimited, "html": html, "pdf": pdf}.get(kind)
    if reader is None:
        raise BadPayload(f"no table reader for {kind}")
    try:
        return reader(body)
    except BadPayload:
        raise
    except Exception as exc:  # a truncated zip, a broken PDF...
        raise BadPayload(f"unreadable {kind}: {type(exc).__name__}: {exc}") from None


def excel(body: bytes) -> list[Table]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(body))
    return [(name, book.get_sheet_by_name(name).to_python(skip_empty_area=False)) for name in book.sheet_names]


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def delimited(body: bytes) -> list[Table]:
    return [("csv", [row for row in csv.reader(io.StringIO(decode(body), newline=""))])]


def html(body: bytes) -> list[Table]:
    import lxml.html

    doc = lxml.html.document_fromstring(body)
    for br in doc.iter("br"):
        br.tail = "\n" + (br.tail or "")
    tables = []
    for number, table in enumerate(doc.iter("table")):
        rows = []
        for tr in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
            cells = []
            for cell in tr.xpath("./th|./td"):
                value = cell.text_content().replace("\xa0", " ").strip()
                links = cell.xpath(".//a/@href")
                cells.append(_Cell(value, links[0] if links else None))
                cells.extend(_Cell("", None) for _ in range(int(cell.get("colspan", "1") or 1) - 1))
            rows.append(cells)
        tables.append((f"table {number + 1}", rows))
    return tables


class _Cell(str):
    """HTML cell text that remembers its first link (a notice's PDF)."""

    def __new__(cls, value, href):
        self = super().__new__(cls, value)
        self.href = href
        return self


def pdf(body: bytes) -> list[Table]:
    import pdfplumber

    tables = []
    with pdfplumber.open(io.BytesIO(body)) as doc:
        for number, page in enumerate(doc.pages, start=1):
            for index, rows in enumerate(page.extract_tables(), start=1):
                tables.append((f"page {number} table {index}", rows))
    return tables
