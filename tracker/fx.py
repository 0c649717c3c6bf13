"""Pay in any currency as a yearly USD figure, with the exchange-rate table shipped in the repo.

Rates: ``tracker/data/fx_rates.csv``, one row a month (``month,days,AUD,BGN,...``): the monthly
average USD per unit of each currency, derived from the European Central Bank's daily euro
foreign exchange reference rates (``eurofxref-hist.zip``) as each day's cross rate USD/EUR ÷
XXX/EUR, over the ``days`` the ECB published a rate that month (a blank: none for that currency).
``fx_rates.json`` beside it states the source, terms, retrieval date and last rate date;
``tracker fx refresh`` rebuilds both.

Which month: the posting's month (``posted_at``); no date, a date after the table or one that
cannot be read uses the newest month; a date before a currency's first month uses that first
month. A month in which the ECB published no rate for the currency (RUB after 2022-03) gives
no figure, except for currencies replaced by the euro, converted at their irrevocably fixed
euro rate from then on (``EURO_CONVERSION``). Currencies the ECB does not publish (ARS, NGN,
TWD, AED, ...) are not converted: no rate is guessed.

Hours-to-year rules (``ANNUAL_FACTOR``): a year is 12 months, 52 weeks, 260 working days
(5 a week) or 2,080 hours (40 a week). A yearly USD figure outside ``PLAUSIBLE_ANNUAL`` is a
source's slip ("75-95 per year" meant thousands), not pay: no figure is given for it.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from functools import cache
from pathlib import Path

from tracker.salary import ANNUAL_FACTOR, PLAUSIBLE_ANNUAL

DATA = Path(__file__).parent / "data"
TABLE = DATA / "fx_rates.csv"
META = DATA / "fx_rates.json"
# Euro adoption: the first month of the euro and the currency's fixed units per euro.
EURO_CONVERSION = {"HRK": ("2023-01", 7.53450), "BGN": ("2026-01", 1.95583)}
_MONTH = re.compile(r"^(\d{4})-(\d{2})")

__all__ = ["ANNUAL_FACTOR", "PLAUSIBLE_ANNUAL", "annual_usd", "usd_per_unit", "load_table"]


class Table:
    """The rate table: ``rates[currency][month]`` (USD per unit) and ``days[month]``."""

    def __init__(self, rows):
        self.rates: dict[str, dict[str, float]] = {}
        self.days: dict[str, int] = {}
        for row in rows:
            month = row.pop("month")
            self.days[month] = int(row.pop("days"))
            for cur, value in row.items():
                if value:
                    self.rates.setdefault(cur, {})[month] = float(value)
        self.first, self.last = (min(self.days), max(self.days)) if self.days else (None, None)
        self.first_of = {cur: min(by_month) for cur, by_month in self.rates.items()}

    def lookup(self, currency: str, month: str | None) -> tuple[float, str] | None:
        """USD per unit and the table month used (see the module doc for which month)."""
        if currency == "USD":
            return 1.0, month or self.last
        month = self.last if not month or not self.last or month > self.last else month
        by_month = self.rates.get(currency)
        if by_month is None or month is None:
            return None
        month = max(month, self.first_of[currency])
        if month in by_month:
            return by_month[month], month
        fixed = EURO_CONVERSION.get(currency)
        if fixed and month >= fixed[0] and month in self.rates.get("EUR", {}):
            return self.rates["EUR"][month] / fixed[1], month
        return None


@cache
def load_table(path: Path = TABLE) -> Table:
    """Read a rate table once per path."""
    with open(path, newline="", encoding="utf-8") as fh:
        return Table(csv.DictReader(fh))


def month_of(on: date | str | None) -> str | None:
    """``YYYY-MM`` of a date, datetime or ISO string; None when there is none to read."""
    if isinstance(on, date):
        return f"{on.year:04d}-{on.month:02d}"
    m = _MONTH.match(on.strip()) if isinstance(on, str) else None
    return m.group(0) if m and 1 <= int(m.group(2)) <= 12 else None


def usd_per_unit(currency: str | None, on: date | str | None = None,
                 table: Table | None = None) -> tuple[float, str] | None:
    """``(USD per unit, table month)`` for ``currency`` on a date; None when it has no rate."""
    if not currency:
        return None
    return (table or load_table()).lookup(currency.strip().upper(), month_of(on))


def annual_usd(amount: float | None, currency: str | None, period: str | None,
               on: date | str | None = None) -> float | None:
    """``amount`` per ``period`` in ``currency`` as a yearly USD figure (rules: module doc)."""
    if amount is None or period not in ANNUAL_FACTOR:
        return None
    found = usd_per_unit(currency, on)
    if found is None:
        return None
    annual = round(amount * ANNUAL_FACTOR[period] * found[0], 2)  # USD: * 1.0, exact
    return annual if PLAUSIBLE_ANNUAL[0] <= annual <= PLAUSIBLE_ANNUAL[1] else None
