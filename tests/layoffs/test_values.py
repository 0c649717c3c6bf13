"""Dates, counts and flags of WARN rows: fixed cases and property tests on arbitrary input."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings, strategies as st

from tracker.extract.warn import values
from tracker.extract.warn.table import WarnSpec, read_row

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize("cell, expected", [
    (datetime(2025, 7, 1, 0, 0), "2025-07-01"),
    (date(1899, 12, 30), None),  # Excel's empty date
    ("1899-12-29 00:00:00", None),
    (45000.0, "2023-03-15"),  # Excel serial
    ("7/20/2026 - 8/31/2026", "2026-07-20"),
    ("01/02/2024 & 01/23/2024", "2024-01-02"),
    ("5/22/2025, 5/29/2025, 6/5/2025", "2025-05-22"),
    ("11-23-2025 - 12-6-2025", "2025-11-23"),
    ("4/17/26-4/24/26", "2026-04-17"), ("5/31/2022-11/18/2022", "2022-05-31"),
    ("10/6/2026 12:00:00 AM", "2026-10-06"),
    ("August 24, 2024", "2024-08-24"),
    ("Oct 28, 2008", "2008-10-28"),
    ("20260105", "2026-01-05"),
    (" N/A ", None), ("TBD", None), ("", None), (None, None),
])
def test_dates(cell, expected):
    assert values.parse_date(cell, today=TODAY) == expected


@pytest.mark.parametrize("cell, reason", [
    ("2/30/2020", "unreadable date"), ("12/31/202", "unreadable date"), ("Sept-April", "unreadable date"),
    ("1930-03-30", "implausible date"), ("5/4/2108", "implausible date"), (True, "not a date"),
])
def test_bad_dates_are_refused_not_guessed(cell, reason):
    with pytest.raises(values.BadValue, match=reason):
        values.parse_date(cell, today=TODAY)


@pytest.mark.parametrize("cell, expected", [
    (104.0, 104), ("1,029", 1029), ("16000.0", 16000), ("207 total locations", 207),
    ("66; #CT workers not indicated", 66), ("Unknown", None), ("MT # unknown", None), ("", None), (0, 0),
])
def test_counts(cell, expected):
    assert values.parse_count(cell) == expected


@pytest.mark.parametrize("cell, reason", [
    ("80 - 100", "ambiguous|range"), ("240 (Passaic) 417 (Bergen)", "ambiguous"), ("-5", "negative"),
    ("9,891 Remote Workers (2 from RI)", "ambiguous"), (12.5, "not a count"), ("Not noted", "unreadable"),
    (10_000_000, "implausible"), (float("inf"), "not a count"), (float("nan"), "not a count"),
])
def test_bad_counts_are_refused(cell, reason):
    with pytest.raises(values.BadValue, match=reason):
        values.parse_count(cell)


def test_flags_from_type_words():
    assert values.flags("Closure Permanent") == {"is_closure": True, "is_temporary": False, "is_amendment": False}
    assert values.flags("Temporary Layoff") == {"is_closure": False, "is_temporary": True, "is_amendment": False}
    assert values.flags("*Updated* WestRock Services")["is_amendment"] is True
    assert values.flags("Catholic Guardian Services (Rescission)")["is_amendment"] is True
    assert values.flags("") == {"is_closure": None, "is_temporary": None, "is_amendment": False}


CELLS = st.one_of(st.none(), st.text(max_size=40), st.integers(-10**9, 10**9),
                  st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.dates(), st.datetimes())


@settings(max_examples=300, deadline=None)
@given(CELLS)
def test_date_parser_never_crashes(cell):
    try:
        found = values.parse_date(cell, today=TODAY)
    except values.BadValue:
        return
    assert found is None or (len(found) == 10 and values.MIN_YEAR <= int(found[:4]) <= TODAY.year + 3)


@settings(max_examples=300, deadline=None)
@given(CELLS)
def test_count_parser_gives_a_non_negative_int_or_none(cell):
    try:
        found = values.parse_count(cell)
    except values.BadValue:
        return
    assert found is None or (type(found) is int and 0 <= found <= values.MAX_COUNT)


@settings(max_examples=200, deadline=None)
@given(st.lists(CELLS, min_size=6, max_size=6))
def test_a_row_of_anything_is_a_notice_a_reject_or_blank(row):
    header = ["Company", "Notice Date", "Effective Date", "Employees Affected", "City", "Type"]
    columns = {"company": [0], "notice_date": [1], "effective_date": [2], "jobs": [3], "city": [4], "kind": [5]}
    result = read_row(row, header, columns, WarnSpec("ZZ"), "http://x/", "row 2")
    if result is not None and hasattr(result, "jobs_affected"):
        assert result.company_raw and (result.notice_date or result.effective_date)
        assert result.jobs_affected is None or result.jobs_affected >= 0
