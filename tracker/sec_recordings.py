"""Mirror routes for the ``sec-8k`` source, built from ../shared/data/layoffs/sec-edgar.

What is real and what is made:
- REAL, served byte for byte: ``submissions_CIK0001318605_tesla_edgartools.json``, a
  ``data.sec.gov/submissions`` response for Tesla (MIT, via edgartools). It lists 163 8-Ks and
  none with Item 2.05.
- REAL TEXT, MADE WRAPPER: each filing document is a minimal HTML page made here around the
  text extracts of ``8k_item_2.05_examples.md`` (heading as printed, body as extracted; a heading
  printed with ``|`` cells becomes a table row). The original HTML is not in the shared data.
- MADE ENVELOPE, REAL FACTS: no real EDGAR full-text search response exists in the shared
  data, so ``search-index`` is an envelope of the documented shape (SOURCES.md section 3) whose
  hits carry the examples' real CIKs, accession numbers and file names (from their URLs),
  company names and event dates (``period_ending``), plus facts read from the filings' own pages
  on sec.gov: in ``FILED`` the business addresses and the filing date where the filing states it
  (Purple: signed 2010-03-25; Furmanite: "filed January 5, 2010" per its 8-K/A), in ``URLS`` Key
  Technology's 2015 document URL (the examples file names none for Key; its 2014 filing gets no
  hit). Made: the filing date of TRC and Key (their event date stands in), ``items`` (2.05 only),
  ``_score``, ``took`` and the aggregations.
Routes are paths under ``/sec-8k`` (the spider's base when pointed at a mirror): one search
route for any query, the submissions file, and one per filing document.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

JSON = "application/json; charset=utf-8"
HTML = "text/html; charset=utf-8"
EXAMPLES = "sec-edgar/8k_item_2.05_examples.md"
TESLA = "sec-edgar/submissions_CIK0001318605_tesla_edgartools.json"
PREFIX = "/sec-8k"
URLS = {  # (company, event date) -> document URL, for filings the examples file names no URL for
    ("Key Technology, Inc.", "2015-02-24"): "https://www.sec.gov/Archives/edgar/data/906193/000090619315000013/a8-k.htm",
}
FILED = {  # by CIK: (business address city, state), filing date if the filing states it
    1101268: ("Rocklin", "CA", "2010-03-25"),
    103096: ("Windsor", "CT", None),
    54441: ("Richardson", "TX", "2010-01-05"),
    906193: ("Walla Walla", "WA", None),
}
_URL = re.compile(r"/Archives/edgar/data/(\d+)/(\d{10})(\d{2})(\d{6})/([^/\s]+)$")


def _body(section: str) -> str | None:
    found = re.search(r'^Body[^:\n]*:\s*"', section, re.M)
    if not found:
        return None
    para = re.split(r"\n\s*\n|\nTest value:", section[found.end():])[0].rstrip()
    return " ".join(para.removesuffix('"').split())


def examples(layoffs_dir: Path | str) -> list[dict]:
    """The example filings of ``8k_item_2.05_examples.md``: company, event date, URL (None when
    the file names none), heading as printed and the extracted text, one dict per filing."""
    text = (Path(layoffs_dir) / EXAMPLES).read_text()
    out = []
    for section in re.split(r"^## (?=\d+\. )", text, flags=re.M)[1:]:
        title = section.splitlines()[0]
        company = re.sub(r"^\d+\.\s*", "", title.split(" \u2014 ")[0]).strip()
        heading = re.search(r"^(?:Heading as printed:\s*)?`([^`]*[Ii][Tt][Ee][Mm] 2\.05[^`]*)`", section, re.M)
        url = re.search(r"^URL:\s*(\S+)", section, re.M)
        base = {"company": company, "heading": heading.group(1) if heading else None,
                "url": url.group(1) if url else None}
        bullets = re.findall(r'^- (\d{4}-\d{2}-\d{2}): "(.+?)"\s*$', section, re.M | re.S)
        if bullets:  # one section, several filings (Key Technology)
            found = [dict(base, event_date=d, body=" ".join(b.split())) for d, b in bullets]
        else:
            event = re.search(r"event date (\d{4}-\d{2}-\d{2})", title)
            found = [dict(base, event_date=event.group(1) if event else None, body=_body(section))]
        for example in found:
            example["url"] = example["url"] or URLS.get((company, example["event_date"]))
        out += found
    return out


def document(example: dict) -> bytes:
    """A minimal HTML page around an example's heading and text (the made wrapper)."""
    cells = [c.strip() for c in (example["heading"] or "").split("|") if c.strip()]
    if len(cells) > 1:
        heading = "<table><tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr></table>"
    else:
        heading = f"<p><b>{html.escape(example['heading'] or '')}</b></p>"
    page = (f"<html><head><title>8-K</title></head><body><p>FORM 8-K</p><p>{html.escape(example['company'])}</p>"
            f"{heading}<p>{html.escape(example['body'] or '')}</p><p>SIGNATURES</p></body></html>")
    return page.encode()


def hit(example: dict) -> dict | None:
    """A full-text search hit for an example with a document URL (documented shape, real facts)."""
    found = _URL.search(urlsplit(example["url"] or "").path)
    if not found:
        return None
    cik, filer, year, seq, filename = int(found[1]), found[2], found[3], found[4], found[5]
    adsh = f"{filer}-{year}-{seq}"
    city, state, filed = FILED.get(cik, (None, None, None))
    return {"_index": "edgar_file", "_id": f"{adsh}:{filename}", "_score": 1.0, "_source": {
        "ciks": [f"{cik:010d}"], "display_names": [f"{example['company']}  (CIK {cik:010d})"], "adsh": adsh,
        "file_date": filed or example["event_date"], "period_ending": example["event_date"], "form": "8-K",
        "file_type": "8-K", "root_forms": ["8-K"], "items": ["2.05"], "sequence": 1,
        "biz_locations": [f"{city}, {state}"] if city else [], "biz_states": [state] if state else [],
        "inc_states": [], "sics": [], "file_num": [], "xsl": None}}


def efts_envelope(hits: list[dict]) -> dict:
    return {"took": 5, "timed_out": False, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
            "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": 1.0, "hits": hits},
            "aggregations": {"entity_filter": {"buckets": []}}}


def sec_routes(layoffs_dir: Path | str) -> dict[str, tuple[bytes, str, str]]:
    """Route path -> (body, content type, the file under ``layoffs_dir`` it comes from)."""
    layoffs_dir = Path(layoffs_dir)
    routes = {f"{PREFIX}/submissions/CIK0001318605.json": ((layoffs_dir / TESLA).read_bytes(), JSON, TESLA)}
    hits = []
    for example in examples(layoffs_dir):
        entry = hit(example)
        if entry is None:
            continue
        hits.append(entry)
        routes[PREFIX + urlsplit(example["url"]).path] = (document(example), HTML, EXAMPLES)
    routes[f"{PREFIX}/search-index"] = (json.dumps(efts_envelope(hits), indent=1).encode(), JSON, EXAMPLES)
    return routes
