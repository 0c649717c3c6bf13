"""Extract pay-mentioning sentences from the recordings into tests/cases/salary/strings.jsonl.

Usage: python -m bench.salary_strings [--write] [--compare]
Existing labels (``expected``) in the output file are kept, matched on (origin, record, text).
``--compare`` prints agreement between the text parse and structured pay in the same record
(Ashby ``compensation`` tiers, Lever ``salaryRange``).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from tracker.salary import parse_salary
from tracker.text import html_to_text, unescape_html

DATA = Path("/work/shared/data/jobs")
OUT = Path(__file__).resolve().parent.parent / "tests" / "cases" / "salary" / "strings.jsonl"
HTML_FIELDS = ("content", "descriptionHtml", "jobDescription", "description", "text")
PLAIN_FIELDS = ("descriptionPlain", "additionalPlain", "compensationTierSummary", "salary")
ID_FIELDS = ("id", "jobId", "slug", "absolute_url", "url", "jobReqId")
PAY_HINT = re.compile(
    r"[$€£₹¥]\s?\d|\d\s?[$€£₹]|\b(USD|EUR|GBP|CAD|AUD|INR|CHF|SEK|PLN|SGD)\s?\d"
    r"|\d\s?(USD|EUR|GBP|CAD|AUD|CHF)\b"
    r"|\b\d+\s?(k|K)\b|\bLPA\b|\blakhs?\b|\bsalary\b|\bcompensation\b|\bpay range\b|\bOTE\b",
)
DIGIT = re.compile(r"\d")
INTERVALS = {"1 YEAR": "year", "1 MONTH": "month", "1 WEEK": "week", "1 DAY": "day", "1 HOUR": "hour"}


def _records(node, origin):
    """Yield (record_id, field, text) for every text field of every record-like dict."""
    if isinstance(node, list):
        for item in node:
            yield from _records(item, origin)
        return
    if not isinstance(node, dict):
        return
    rid = next((str(node[k]) for k in ID_FIELDS if isinstance(node.get(k), (str, int))), None)
    for key, value in node.items():
        if isinstance(value, str) and rid and key in HTML_FIELDS + PLAIN_FIELDS:
            text = value
            if key in HTML_FIELDS:
                text = html_to_text(unescape_html(value) if "&lt;" in value else value) or ""
            yield rid, key, text
        elif isinstance(value, (dict, list)):
            yield from _records(value, origin)


def recorded_files():
    """(origin, decoded JSON) for every recording under the jobs folder that decodes."""
    for path in sorted(DATA.rglob("*.json")):
        try:
            yield str(path.relative_to(DATA)), json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue


def candidates(dedupe: bool = True):
    """Yield candidate dicts: origin, record, field, text (one line or a two-line window)."""
    seen = set()
    for origin, data in recorded_files():
        for rid, field, text in _records(data, origin):
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            for i, line in enumerate(lines):
                if not (PAY_HINT.search(line) and DIGIT.search(line)) or len(line) > 400:
                    # a heading "Salary range:" followed by the figures on the next line
                    if PAY_HINT.search(line) and i + 1 < len(lines) and DIGIT.search(lines[i + 1]) \
                            and len(line) < 80 and len(lines[i + 1]) < 200:
                        line = line + "\n" + lines[i + 1]
                    else:
                        continue
                key = line
                if dedupe and key in seen:
                    continue
                seen.add(key)
                yield {"origin": origin, "record": rid, "field": field, "text": line}


def structured_pay():
    """(origin, record) -> list of (min, max, currency, period) from structured fields."""
    out = {}
    for origin, data in recorded_files():
        jobs = data.get("jobs") if isinstance(data, dict) else data if isinstance(data, list) else None
        for job in jobs or []:
            if not isinstance(job, dict):
                continue
            found = []
            sr = job.get("salaryRange")
            if isinstance(sr, dict) and sr.get("min") is not None:
                period = {"per-year-salary": "year", "per-hour-wage": "hour",
                          "per-month-salary": "month"}.get(sr.get("interval"), sr.get("interval"))
                found.append((sr.get("min"), sr.get("max"), sr.get("currency"), period))
            comp = job.get("compensation") or {}
            for tier in comp.get("compensationTiers") or []:
                for c in tier.get("components") or []:
                    if c.get("compensationType") == "Salary" and c.get("minValue") is not None:
                        period = {"1 YEAR": "year", "1 HOUR": "hour", "1 MONTH": "month",
                              "1 WEEK": "week", "1 DAY": "day"}.get(
                            c.get("interval"), c.get("interval"))
                        found.append((c["minValue"], c.get("maxValue"), c.get("currencyCode"), period))
            if found:
                out[(origin, str(job.get("id")))] = found
    return out


def _close(a, b) -> bool:
    """Equal up to the rounding of a "$146.9K" display (0.1 %)."""
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 0.001 * max(abs(float(a)), abs(float(b)), 1.0)


def tier_summary_agreement():
    """(agreeing, total): Ashby ``compensationTierSummary`` text vs its own salary components.

    An independent check: the summary is display text written by Ashby from the structured
    tiers, so its first base range should equal one tier's (min, max, currency), up to rounding.
    """
    agree = total = 0
    for path in sorted((DATA / "ashby").glob("*.json")):
        for job in json.loads(path.read_text(encoding="utf-8")).get("jobs") or []:
            comp = job.get("compensation") or {}
            summary = comp.get("compensationTierSummary")
            tiers = [c for t in comp.get("compensationTiers") or [] for c in t.get("components") or []
                     if c.get("compensationType") == "Salary"]
            if not summary or not tiers:
                continue
            total += 1
            base = [r for r in parse_salary(summary) if r.kind == "base"][:1]
            if "Multiple Ranges" in summary:  # the summary states the envelope of the tiers
                tiers = [{"minValue": min(c["minValue"] for c in tiers),
                          "maxValue": max(c["maxValue"] for c in tiers),
                          "currencyCode": tiers[0].get("currencyCode"), "interval": tiers[0].get("interval")}]
            agree += any(_close(r.min, c.get("minValue")) and _close(r.max, c.get("maxValue"))
                         and r.currency == c.get("currencyCode")
                         and r.period == INTERVALS.get(c.get("interval")) for r in base for c in tiers)
    return agree, total


def compare(rows):
    """Print how often a record's text parse agrees with its structured pay."""
    truth = structured_pay()
    rows = list(candidates(dedupe=False))
    agree = total = silent = 0
    for (origin, rid), pays in truth.items():
        texts = [r["text"] for r in rows if r["origin"] == origin and r["record"] == rid
                 and r["field"] != "compensationTierSummary"]
        if not texts:
            continue
        parsed = [s for t in texts for s in parse_salary(t)]
        if not parsed:
            silent += 1
            continue
        total += 1
        want = {(round(float(a)), round(float(b or a)), c, p) for a, b, c, p in pays}
        got = {(round(s.min or s.max), round(s.max or s.min), s.currency, s.period) for s in parsed}
        agree += bool(want & got)
    print(f"structured-pay agreement: {agree}/{total} records where the text states pay too "
          f"(a range equal in min, max, currency, period); {silent} more records state no pay in text")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", action="store_true", help="rewrite strings.jsonl, keeping labels")
    ap.add_argument("--compare", action="store_true")
    args = ap.parse_args()
    old = {}
    if OUT.exists():
        for line in OUT.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            old[(row["origin"], row["record"], row["text"])] = row
    rows = list(candidates())
    print(f"{len(rows)} candidate strings from {len({r['origin'] for r in rows})} files")
    if args.write:
        with OUT.open("w", encoding="utf-8") as fh:
            for row in rows:
                prev = old.get((row["origin"], row["record"], row["text"]))
                if prev and "expected" in prev:
                    row["expected"] = prev["expected"]
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.compare:
        compare(rows)
        agree, total = tier_summary_agreement()
        print(f"Ashby tier summary vs its structured tiers: {agree}/{total} agree")


if __name__ == "__main__":
    main()
