"""``tracker fx ...``: build, refresh and read the exchange-rate table behind annual USD pay.

``refresh`` downloads the ECB's ``eurofxref-hist.zip`` (daily euro reference rates since 1999),
turns it into monthly USD cross rates (``monthly_rates``) and replaces ``fx_rates.csv`` and
``fx_rates.json`` only once the whole file has been read: a failed download or a bad file
leaves the shipped table as it was.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import zipfile
import zlib
from collections import defaultdict
from datetime import date
from math import floor, log10
from pathlib import Path

import click

from tracker.fx import DATA, EURO_CONVERSION, META, load_table, month_of, usd_per_unit

ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
ECB_PAGE = ("https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
            "euro_reference_exchange_rates/html/index.en.html")
ECB_TERMS = "https://www.ecb.europa.eu/home/disclaimer/html/index.en.html"
METHOD = ("One row a month. USD per unit of a currency = the ECB's USD-per-euro reference rate "
          "divided by the currency's rate per euro, each day both are published; averaged over the "
          "month's days (column days: days with a USD rate; fewer for a currency where "
          "partial_months says so) and rounded to 6 significant digits. EUR: the USD-per-euro "
          "rate. A blank: no ECB rate for that currency that month.")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CODE = re.compile(r"^[A-Z]{3}$")
_SINCE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class BadSource(Exception):
    """The downloaded file is not the ECB's history of reference rates."""


def _rate(value: str, cur: str, day: str) -> float | None:
    value = value.strip()
    if value in ("", "N/A"):
        return None
    try:
        rate = float(value)
    except ValueError:
        raise BadSource(f"{cur} on {day} is {value!r}, not a rate") from None
    return rate if rate > 0 else None


def _sig6(value: float) -> str:
    text = f"{value:.{max(0, 5 - floor(log10(value)))}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def monthly_rates(data: bytes, since: str = "2015-01") -> tuple[dict, str]:
    """``{(month, currency): [sum of USD per unit, days]}`` from the bytes of
    ``eurofxref-hist.zip``, and the newest rate date in it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = [n for n in zf.namelist() if n.lower().endswith(".csv")]
            if len(names) != 1:
                raise BadSource(f"expected one CSV file in the zip, found {len(names)}")
            text = zf.read(names[0]).decode("utf-8-sig")
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError) as exc:
        raise BadSource(f"not a readable zip of the ECB's CSV ({exc})") from None
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader, [])]
    if not header or header[0] != "Date" or "USD" not in header:
        raise BadSource("the CSV has no Date and USD columns")
    codes = [h for h in header[1:] if h]
    if any(not _CODE.match(c) for c in codes):
        raise BadSource(f"unexpected columns: {', '.join(c for c in codes if not _CODE.match(c))}")
    sums: dict[tuple[str, str], list] = defaultdict(lambda: [0.0, 0])
    newest = ""
    for row in reader:
        if not row or not row[0].strip():
            continue
        day = row[0].strip()
        if not _DAY.match(day):
            raise BadSource(f"{day[:20]!r} is not a date")
        newest = max(newest, day)
        if day[:7] < since:
            continue
        rates = {cur: _rate(v, cur, day) for cur, v in zip(header[1:], row[1:]) if cur}
        usd = rates.pop("USD", None)
        if not usd:
            continue
        for cur, per_eur in [("EUR", 1.0), *rates.items()]:
            if per_eur:
                total = sums[day[:7], cur]
                total[0] += usd / per_eur
                total[1] += 1
    if not sums:
        raise BadSource(f"no USD rates from {since} on")
    return sums, newest


def table_rows(sums: dict) -> tuple[list[dict], dict]:
    """One row a month (``month``, ``days``, a column per currency) and the months in which a
    currency had fewer rates than the month's ``days`` (``{currency: {month: n}}``)."""
    months = sorted({m for m, _ in sums})
    currencies = sorted({c for _, c in sums})
    rows, partial = [], {}
    for month in months:
        days = max(n for (m, _), (_, n) in sums.items() if m == month)
        row = {"month": month, "days": days}
        for cur in currencies:
            total, n = sums.get((month, cur), (0.0, 0))
            row[cur] = _sig6(total / n) if n else ""
            if n and n < days:
                partial.setdefault(cur, {})[month] = n
        rows.append(row)
    return rows, partial


def _pairs(rows: list[dict]) -> dict:
    """``{(month, currency): rate text}`` of a table's rows."""
    return {(r["month"], c): v for r in rows for c, v in r.items() if c not in ("month", "days") and v}


def _read_rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _replace(texts: dict[Path, str]) -> None:
    """Write each text beside its path, then rename them over: readers never see half a file."""
    temps = {}
    try:
        for path, text in texts.items():
            fd, temps[path] = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
                fh.write(text)
            os.chmod(temps[path], path.stat().st_mode & 0o777 if path.exists() else 0o644)
        for path, tmp in temps.items():
            os.replace(tmp, path)
    finally:
        for tmp in temps.values():
            Path(tmp).unlink(missing_ok=True)


def refresh_table(data: bytes, retrieved_from: str, out_dir: Path = DATA, since: str = "2015-01",
                  today: date | None = None) -> dict:
    """Rebuild ``fx_rates.csv`` and ``fx_rates.json`` in ``out_dir``; return what changed."""
    sums, newest = monthly_rates(data, since)
    rows, partial = table_rows(sums)
    csv_path, meta_path = out_dir / "fx_rates.csv", out_dir / "fx_rates.json"
    old = _read_rows(csv_path)
    months = [r["month"] for r in rows]
    if old and months[-1] < max(r["month"] for r in old):
        raise BadSource(f"its rates end in {months[-1]}, before the current table's "
                        f"{max(r['month'] for r in old)}")
    old_by, new_by = _pairs(old), _pairs(rows)
    old_days = {r["month"]: str(r["days"]) for r in old}
    changes = {
        "months": (months[0], months[-1]), "last_rate_date": newest,
        "months_added": [m for m in months if m not in old_days],
        "months_revised": sorted({m for m in months if m in old_days} & (
            {k[0] for k in old_by.keys() ^ new_by.keys()}
            | {k[0] for k in new_by if k in old_by and old_by[k] != new_by[k]}
            | {r["month"] for r in rows if old_days.get(r["month"], str(r["days"])) != str(r["days"])})),
        "currencies_added": sorted({c for _, c in new_by} - {c for _, c in old_by}),
        "currencies_dropped": sorted({c for _, c in old_by} - {c for _, c in new_by}),
    }
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    meta = {
        "source": "European Central Bank (ECB), euro foreign exchange reference rates",
        "source_url": ECB_URL, "source_page": ECB_PAGE,
        "terms": f"Free reuse with the ECB cited as the source and the transformation stated: {ECB_TERMS}",
        "transformation": METHOD + " Derived from ECB data; not figures published by the ECB.",
        "retrieved": (today or date.today()).isoformat(), "retrieved_from": retrieved_from,
        "last_rate_date": newest, "first_month": months[0], "last_month": months[-1],
        "currencies": sorted({c for _, c in new_by}),
        "partial_months": partial,
        "euro_conversion_rates": {c: {"from": m, "units_per_eur": r}
                                  for c, (m, r) in EURO_CONVERSION.items()},
    }
    _replace({csv_path: out.getvalue(), meta_path: json.dumps(meta, indent=2) + "\n"})
    load_table.cache_clear()
    return changes


def _spans(months: list[str]) -> str:
    """"2015-01 to 2015-03, 2016-05": consecutive months as one span."""
    spans: list[list[str]] = []
    for m in months:
        y, mo = int(m[:4]), int(m[5:])
        if spans and spans[-1][1] == f"{y - (mo == 1):04d}-{(mo - 2) % 12 + 1:02d}":
            spans[-1][1] = m
        else:
            spans.append([m, m])
    return ", ".join(a if a == b else f"{a} to {b}" for a, b in spans)


def _download(url: str) -> bytes:
    import httpx

    from tracker import settings

    try:
        response = httpx.get(url, timeout=60, follow_redirects=True,
                             headers={"User-Agent": settings.USER_AGENT})
    except httpx.HTTPError as exc:
        raise click.ClickException(f"could not download {url}: {exc or type(exc).__name__}; "
                                   "the table was not changed") from None
    if response.status_code != 200:
        raise click.ClickException(f"{url} answered HTTP {response.status_code}; the table was not changed")
    return response.content


@click.group()
def fx():
    """The exchange-rate table (ECB reference rates) behind annual USD pay."""


@fx.command()
@click.option("--url", default=None, help="Where to get eurofxref-hist.zip (default: the FX_SOURCE_URL "
                                          "setting, else the ECB's own file).")
@click.option("--file", "path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Build from a local copy of eurofxref-hist.zip instead of downloading.")
@click.option("--since", default="2015-01", show_default=True, metavar="YYYY-MM", help="First month kept.")
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Folder of fx_rates.csv and fx_rates.json (default: the shipped tracker/data).")
def refresh(url, path, since, out_dir):
    """Download the ECB's rate history and rebuild the monthly USD rate table."""
    from tracker import settings

    if not _SINCE.match(since):
        raise click.BadParameter("expected YYYY-MM", param_hint="--since")
    if path:
        data, origin = Path(path).read_bytes(), path
    else:
        origin = url or getattr(settings, "FX_SOURCE_URL", ECB_URL)
        data = _download(origin)
    out = Path(out_dir) if out_dir else DATA
    try:
        changes = refresh_table(data, origin, out, since)
    except BadSource as exc:
        raise click.ClickException(f"{origin} is not the ECB rate history: {exc}; the table was not changed")
    except OSError as exc:
        raise click.ClickException(f"could not write the table in {out}: {exc}")
    first, last = changes["months"]
    click.echo(f"{out / 'fx_rates.csv'}: {first} to {last}, last ECB rate {changes['last_rate_date']}")
    for key in ("months_added", "months_revised"):
        click.echo(f"{key.replace('_', ' ')}: {_spans(changes[key]) or 'none'}")
    for key in ("currencies_added", "currencies_dropped"):
        click.echo(f"{key.replace('_', ' ')}: {', '.join(changes[key]) or 'none'}")


@fx.command()
@click.argument("currency")
@click.option("--date", "on", default=None, metavar="YYYY-MM-DD",
              help="Posting date (default: the newest month).")
def show(currency, on):
    """Print the USD rate that annual pay in CURRENCY is converted with."""
    code = currency.strip().upper()
    if on and month_of(on) is None:
        raise click.BadParameter("expected YYYY-MM-DD", param_hint="--date")
    table = load_table()
    if code == "USD":
        click.echo("USD: no conversion")
        return
    found = usd_per_unit(code, on)
    if found is None:
        why = "the ECB published none then" if code in table.rates else "the ECB publishes none"
        raise click.ClickException(f"no rate for {code}" + (f" in {on[:7]}" if on else "")
                                   + f": {why}, so pay in it gets no annual USD figure")
    rate, month = found
    if month not in table.rates[code]:
        basis = f"the euro's rate at the fixed {EURO_CONVERSION[code][1]} {code} per euro"
    else:
        partial = json.loads(META.read_text()).get("partial_months", {}) if META.exists() else {}
        days = partial.get(code, {}).get(month, table.days[month])
        basis = f"average of {days} daily ECB reference rates"
    click.echo(f"{code} {month}: 1 {code} = {rate:.6g} USD, 1 USD = {1 / rate:.6g} {code} ({basis}; "
               f"table {table.first} to {table.last})")


if __name__ == "__main__":
    fx()
