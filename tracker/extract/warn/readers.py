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
    head = body[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")[:512]  # pages may open with blank lines
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
            for index, found in enumerate(page.find_tables(), start=1):
                tables.append((f"page {number} table {index}", _split_merged_header(page, found, found.extract())))
    return tables


def _split_merged_header(page, found, rows: list[list]) -> list[list]:
    """A first row drawn as one cell over all columns (a PDF printed from a spreadsheet): its
    words go to the columns of the row below by position, when every column gets some."""
    if len(rows) < 2 or len(found.rows) < 2 or not rows[0][0] or any(c is not None for c in rows[0][1:]):
        return rows
    columns = found.rows[1].cells
    if any(c is None for c in columns):
        return rows
    header = [[] for _ in columns]
    for word in page.crop(found.rows[0].bbox).extract_words():
        middle = (word["x0"] + word["x1"]) / 2
        for i, (x0, _, x1, _) in enumerate(columns):
            if x0 <= middle < x1:
                header[i].append(word["text"])
    if not all(header):
        return rows
    return [[" ".join(words) for words in header]] + rows[1:]


def pdf_text_under_header(body: bytes, is_header) -> list[Table]:
    """PDFs whose header is a ruled table and whose notices are plain text lines below it (Word
    or Excel reports laid out as text). The header's words, grouped by column, give the columns;
    each text line under it becomes a row, its characters placed by position. Leading rows of the
    ruled table without digits are the header; ``is_header(names)`` says whether they are one.
    Pages without such a header are skipped (a continuation page is not guessed)."""
    import pdfplumber

    tables = []
    try:
        doc = pdfplumber.open(io.BytesIO(body))
    except Exception as exc:
        raise BadPayload(f"unreadable pdf: {type(exc).__name__}: {exc}") from None
    with doc:
        for number, page in enumerate(doc.pages, start=1):
            found = page.find_tables()
            for index, ruled in enumerate(found):
                rows = ruled.extract()
                count = next((i for i, row in enumerate(rows) if re.search(r"\d", " ".join(c or "" for c in row))),
                             len(rows))
                if not count:
                    continue
                top, bottom = ruled.rows[0].bbox[1], ruled.rows[count - 1].bbox[3]
                columns = _header_columns(page.crop((ruled.bbox[0], top, ruled.bbox[2], bottom)).extract_words(),
                                          sorted({cell[0] for cell in ruled.cells}))
                if not columns or not is_header([name for name, _ in columns]):
                    continue
                bottom = ruled.bbox[3]  # rows drawn inside the ruled table under the header are group titles
                below = [t.bbox[1] for t in found[index + 1:] if t.bbox[1] > bottom]
                end = min(below) if below else page.height
                chars = [c for c in page.chars if c["top"] >= bottom and c["bottom"] <= end]
                out = [[name for name, _ in columns]] + _text_rows(chars, [left for _, left in columns])
                tables.append((f"page {number} text under table {index + 1}", out))
    return tables


def _header_columns(words, edges) -> list[tuple[str, float]]:
    """Header words grouped by the ruled column they sit in -> (name, left edge of the column)."""
    from bisect import bisect_right

    groups: dict[float, list] = {}
    for word in words:
        index = max(bisect_right(edges, (word["x0"] + word["x1"]) / 2) - 1, 0)
        groups.setdefault(edges[index], []).append(word)
    return [(" ".join(w["text"] for w in sorted(group, key=lambda w: (round(w["top"]), w["x0"]))), left)
            for left, group in sorted(groups.items())]


def _text_rows(chars, lefts: list[float]) -> list[list[str]]:
    """Characters -> lines (by their top) -> one string per column (by their centre)."""
    from bisect import bisect_right

    from pdfplumber.utils import extract_text

    lines: list[list] = []
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if lines and abs(char["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    rows = []
    for line in lines:
        cells: list[list] = [[] for _ in lefts]
        for char in line:
            column = max(bisect_right(lefts, (char["x0"] + char["x1"]) / 2) - 1, 0)
            cells[column].append(char)
        if any(c["text"].strip() for c in line):
            rows.append([extract_text(cell).strip() if cell else "" for cell in cells])
    return rows
