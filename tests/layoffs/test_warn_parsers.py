"""Every state parser on the states' own files, including a second year or format per state."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from tests.layoffs.conftest import WNR, state_file
from tracker.extract import BadPayload
from tracker.extract.warn import parse

CA_PDF = "ca/ca_edd_warn_report_FY2020-21.pdf"


def summary(parsed):
    return len(parsed.notices), Counter(r.reason.split(" '")[0] for r in parsed.rejects)


def by_company(parsed, name):
    return [n for n in parsed.notices if n.company_raw == name]


@pytest.fixture(scope="module")
def ca_pdf():
    return parse("ca", state_file(CA_PDF), "https://edd.ca.gov/x.pdf")


# (state, file, notices, rejects by reason): the row counts of each file, read by meaning
FILES = [
    ("ca", "ca/ca_edd_warn_report_FY2025-26_thru_2026-04-06.xlsx", 1219, {}),
    ("tx", "tx/warn-act-listings-2020.xlsx", 1207, {"effective_date: implausible date 1930-03-30": 1,
                                                    "effective_date: implausible date 1930-03-31": 1}),
    ("tx", "tx/warn-act-listings-2021.xlsx", 123, {}),
    ("tx", "tx/warn-act-listings-2022.xlsx", 86, {}),  # sheet "Sheet1" instead of qry_Public_...
    ("ia", "ia/WARN_20180503.xlsx", 339, {}),
    ("il", "il/April 2022 Monthly WARN Report.xlsx", 9, {}),
    ("ny", "ny/ny_dol_tableau_warn_export_2026_TRANSCRIBED.csv", 202, {}),
    ("ny", "ny/ny_tableau_sample.csv", 12, {}),
    ("or", "or/or_sample.csv", 17, {}),
    ("or", "or/or_hecc_warn_list_page1_2026-10_TRANSCRIBED.html", 20, {}),
    ("ct", "ct/ct_api_sample.json", 8, {}),
    ("ct", "ct/ct_dol_document_library_warn_2026-05-22.json", 261, {"missing date": 22}),
    ("ri", "ri/ri_dlt_Warn_Report_2026-05-21.xlsx", None, None),
    ("mt", "mt/mt_dli_warn-notices-updated-march-2026.xlsx", 40, {
        "effective_date: unreadable date": 2, "notice_date: unreadable date": 1, "jobs: unreadable count": 1}),
    ("ky", "ky/ky_kcc_warn_report_2026-05-21.csv", 23, {}),
    ("ma", "ma/ma_WARN_Report_FY2026_week_ending_05-22-2026.csv", 77, {}),
    ("nc", "nc/nc_commerce_warn-summary-list-2026_2026-05-21.html", 41, {}),
]


@pytest.mark.parametrize("state, path, count, rejects", FILES, ids=[f[1].split("/")[1] for f in FILES])
def test_state_files(state, path, count, rejects):
    parsed = parse(state, state_file(path), "https://example.test/file")
    notices, reasons = summary(parsed)
    if count is not None:
        assert (notices, dict(reasons)) == (count, rejects)
    for notice in parsed.notices:
        assert notice.company_raw and notice.state == state.upper() and notice.source == f"warn-{state}"
        assert notice.notice_date or notice.effective_date
        assert notice.jobs_affected is None or notice.jobs_affected >= 0


@pytest.mark.parametrize("state, path, count, rejects", [
    ("ma", "ma.csv", 14, {"jobs: ambiguous count": 1}),  # "181 (total) 91 in MA"
    ("nc", "nc.csv", 15, {}),
    ("nv", "nv.csv", 14, {"missing date": 1}),
    ("mn", "mn.csv", 12, {"missing date": 2, "effective_date: unreadable date": 1}),
])
def test_warn_notice_register_raw_samples(state, path, count, rejects):
    parsed = parse(state, (WNR / path).read_bytes())
    assert summary(parsed) == (count, Counter(rejects))


def test_california_pdf_year_has_another_column_layout(ca_pdf):
    assert summary(ca_pdf) == (597, Counter())
    assert ca_pdf.stats["tables_read"] == 30  # the monthly summary table at the end is not read as notices
    first = ca_pdf.notices[0]
    assert (first.company_raw, first.notice_date, first.effective_date, first.jobs_affected) == (
        "Hotel Managers Group at the DoubleTree Hotel", "2021-06-25", "2021-07-31", 63)
    assert first.is_closure is False and first.is_temporary is False and first.county == "Alameda County"
    assert json.loads(first.raw_json)["Received\nDate"] == "07/01/2021"


def test_california_xlsx_fields():
    parsed = parse("ca", state_file("ca/ca_edd_warn_report_FY2025-26_thru_2026-04-06.xlsx"))
    republic = parsed.notices[0]
    assert (republic.company_raw, republic.notice_date, republic.effective_date, republic.jobs_affected,
            republic.is_closure, republic.is_temporary, republic.industry) == (
        "Republic National Distributing Company", "2025-07-01", "2025-09-02", 104, True, False,
        "42 Wholesale Trade")


def test_iowa_2022_layout_and_amendments(iowa_2022):
    old = parse("ia", state_file("ia/WARN_20180503.xlsx"))
    new = parse("ia", iowa_2022)  # "St" for "State", dates as text, trailing spaces
    assert summary(new) == (299, Counter({"notice_date: unreadable date": 1}))  # "9/1/8/2020"
    greyhound = by_company(new, "The Iowa Greyhoung Park")[0]
    assert (greyhound.notice_date, greyhound.effective_date, greyhound.jobs_affected, greyhound.is_closure) == (
        "2022-02-08", "2022-05-15", 58, True)
    amended = [n for n in old.notices if n.is_amendment]
    assert len(amended) > 10 and by_company(old, "Electrolux")[0].is_amendment


def test_illinois_supplemental_notices_are_amendments_and_contacts_are_dropped():
    parsed = parse("il", state_file("il/April 2022 Monthly WARN Report.xlsx"))
    supp = by_company(parsed, "Equistar Chemicals, LP")[0]
    assert supp.is_amendment and supp.notice_date == "2022-04-29" and supp.jobs_affected == 0
    assert not any(n.is_amendment for n in parsed.notices if n is not supp)
    united = by_company(parsed, "United Growth")[0]
    assert united.is_temporary is True and united.is_closure is True
    for notice in parsed.notices:  # the filer's name and phone are in the file, never in what is kept
        kept = json.loads(notice.raw_json)
        assert not {"COMPANY CONTACT:", "PHONE:", "TELEPHONE:"} & kept.keys()
        assert "Paladenic" not in notice.raw_json and "314-378-8987" not in notice.raw_json


def test_rhode_island_sheets_yes_no_closures_and_union_fields_dropped():
    parsed = parse("ri", state_file("ri/ri_dlt_Warn_Report_2026-05-21.xlsx"))
    notices, reasons = summary(parsed)
    assert notices + len(parsed.rejects) == 125 and notices >= 110
    assert reasons["jobs: ambiguous count"] == 4  # "9,891 Remote Workers (2 from RI)" is not guessed
    assert reasons["notice_date: implausible date 2108-11-01"] == 1  # a typo for 2018
    eagle = by_company(parsed, "EaglePicher")[0]
    assert eagle.is_closure is True and eagle.jobs_affected == 38
    assert all("Union Address" not in n.raw_json for n in parsed.notices)


def test_new_york_rescissions_and_ai_reason():
    parsed = parse("ny", state_file("ny/ny_dol_tableau_warn_export_2026_TRANSCRIBED.csv"))
    rescinded = [n for n in parsed.notices if "(Rescission)" in n.company_raw]
    assert rescinded and all(n.is_amendment and n.jobs_affected == 0 for n in rescinded)
    assert any("Artificial Intelligence" in (n.reason or "") for n in parsed.notices)


def test_connecticut_names_and_messy_fields():
    parsed = parse("ct", state_file("ct/ct_api_sample.json"))
    guida = by_company(parsed, "Guida-Seibert Dairy Company")[0]
    assert (guida.location, guida.notice_date, guida.effective_date, guida.jobs_affected, guida.is_closure) == (
        "New Britain", "2026-05-21", "2026-07-20", 205, True)
    library = parse("ct", state_file("ct/ct_dol_document_library_warn_2026-05-22.json"))
    sema4 = sorted((n.notice_date, n.is_amendment) for n in by_company(library, "Sema4"))
    assert ("2022-11-14", True) in sema4  # "... 11-14-22 revised 11-15-22.pdf"


def test_massachusetts_updated_prefix_and_ranges():
    parsed = parse("ma", state_file("ma/ma_WARN_Report_FY2026_week_ending_05-22-2026.csv"))
    westrock = [n for n in parsed.notices if "WestRock" in n.company_raw][0]
    assert westrock.is_amendment and westrock.effective_date == "2026-05-18"  # "5/18/2026 - 5/31/2026"
    assert sum(n.is_amendment for n in parsed.notices) >= 1


@pytest.mark.parametrize("body", [b"", b"PK\x03\x04broken", b"%PDF-1.4 broken", b"<html><body>Sign in</body></html>"])
def test_unreadable_files_raise_bad_payload_or_yield_nothing(body):
    try:
        parsed = parse("ca", body)
    except BadPayload:
        return
    assert not parsed.notices and not parsed.rejects


@pytest.mark.parametrize("cell", ["2024-03-05T00:00:00", "3/5/2024 0:00", "3/5/2024 12:00 AM", "2024/03/05"])
def test_dates_with_times_as_exports_write_them(cell):
    from tracker.extract.warn.values import parse_date

    assert parse_date(cell, today=date(2026, 1, 1)) == "2024-03-05"


def test_renamed_headers_are_read_by_their_words():
    from tracker.extract.warn.table import map_columns

    names = {"company": ["company"], "jobs": ["employees"], "notice_date": ["notice date"],
             "effective_date": ["layoff date"]}
    found = map_columns(["Name of Employer", "Workers Affected", "WARN Notice Date", "Layoff Effective Date",
                         "Employer Phone"], names)
    assert {k: v for k, v in found.items() if k in names} == {
        "company": [0], "jobs": [1], "notice_date": [2], "effective_date": [3]}
