"""WARN parsers and spiders for VA, WA, OH, NJ, TN, DE, IN, MD, AL, SD, UT, NE and AK, and the NV
and MN PDFs, on the states' own files (second batch in PROVENANCE.md); one crawl across several."""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import parse_qs

import pytest

from tests.conftest import crawl, route, rows
from tests.layoffs.conftest import state_file
from tracker import settings
from tracker.extract.warn import parse
from tracker.extract.warn.de import pager as de_pager
from tracker.extract.warn.readers import read_tables
from tracker.extract.warn.table import WarnSpec, map_columns
from tracker.extract.warn.wa import pager
from tracker.mirror import Route
from tracker.sources import all_sources

VA = "va/va_virginiaworks_warn-notices_2026-05-21.html"
WA = "wa/wa_esd_SearchWARN_page1_2026-05-21.html"
OH_CSV = "oh/oh_jfs_2023_warn_notice_TRANSCRIBED.csv"
OH_HTML = "oh/oh_jfs_current-public-notices_rendered_2026-05-26.html"
NJ = "nj/nj_2026_WARN_Notice_Archive_2026-05-20.pdf"
TN_PDF = "tn/tn_WarnReportByMonth_2012-01-02_to_2017-10-26.pdf"
TN_HTML = "tn/tn_reports_archive_page_2026-05-21.html"
DE = "de/de_joblink_warn_search_2021-04-12.html"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"\(?\b\d{3}\)?[-. ]?\d{3}[-.]\d{4}\b")

# (state, file, notices, rejects by reason): every data row is a notice or a reject
FILES = [
    ("va", VA, 1104, {"effective_date: implausible date 1973-10-01": 1}),
    ("wa", WA, 15, {}),  # 17 table rows in PROVENANCE = 15 notices + the two pager rows
    ("oh", OH_CSV, 85, {}),
    ("oh", OH_HTML, 25, {}),
    ("nj", NJ, 58, {}),
    ("tn", TN_HTML, 79, {"jobs: ambiguous count": 1}),  # "135 (7 in Tennessee)"
    ("de", DE, 25, {}),
    ("in", "in/in_dwd_current-warn-notices_2026-05-21.html", 978, {
        "missing date": 204, "effective_date: unreadable date": 22, "jobs: unreadable count": 3,
        "jobs: ambiguous count": 3}),
    ("md", "md/md_labor_warn.shtml_2026-05-21.html", 64, {}),
    ("al", "al/al_workforce_warn-list_2026-05-21.html", 1065, {}),
    ("sd", "sd/sd_dlr_warn_notices_2026-05-21.html", 76, {"jobs: ambiguous count": 2}),
    ("ut", "ut/ut_jobs_warnnotices_2026-05-21.html", 272, {"notice_date: unreadable date": 6}),
    ("ne", "ne/ne_dol_warn-listing_2026-05-21.html", 41, {"jobs: not a count: 141.5": 1}),
    ("ak", "ak/ak_jobs_WARN_notices_2026-05-21.html", 58, {"effective_date: unreadable date": 7}),
    ("nv", "nv/nv_detr_WARN_and_Non_WARN_Master_2026-05-21.pdf", 11, {}),  # text under a ruled header
    ("mn", "mn/mn_deed_plant-closing-mass-layoff-warn-may-2025.pdf", 22, {}),
]
PARSED: dict[str, object] = {}


def parsed(state, path):
    if path not in PARSED:
        PARSED[path] = parse(state, state_file(path), "https://example.test/file")
    return PARSED[path]


def summary(result):
    return len(result.notices), dict(Counter(r.reason.split(" '")[0] for r in result.rejects))


def one(result, company, **match):
    found = [n for n in result.notices if n.company_raw == company
             and all(getattr(n, k) == v for k, v in match.items())]
    assert len(found) == 1, [(n.company_raw, n.notice_date) for n in found]
    return found[0]


def facts(n):
    return n.notice_date, n.effective_date, n.jobs_affected, n.location, n.is_closure


@pytest.mark.parametrize("state, path, count, rejects", FILES, ids=[f[1].split("/")[1][:30] for f in FILES])
def test_state_files(state, path, count, rejects):
    result = parsed(state, path)
    assert summary(result) == (count, rejects)
    assert result.stats["rows"] == count + sum(rejects.values())
    for notice in result.notices:
        assert notice.company_raw and notice.state == state.upper() and notice.source == f"warn-{state}"
        assert notice.notice_date or notice.effective_date
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in (notice.notice_date, notice.effective_date) if d)
        stored = json.dumps(notice.to_row())  # no contact person, e-mail or phone reaches a notice
        assert not EMAIL.search(stored) and not PHONE.search(stored), stored


def test_virginia_company_cell_is_cut_to_the_name_and_contacts_never_kept():
    result = parsed("va", VA)
    ideal = one(result, "Ideal US Talent Worker OpCo LLC")
    assert facts(ideal) == ("2026-05-01", "2026-07-01", 776, "Statewide, VA", False)
    assert "Bloomington" not in ideal.raw_json  # the employer's mailing address is not the site
    assert one(result, "Parkhurst Dining, LLC").is_closure is True
    table = read_tables(state_file(VA))[0][1]
    head = [str(c) for c in table[0]]
    contact, union = head.index("Contact Person"), head.index("Collective Bargaining Unit")
    people = {str(r[contact]).strip() for r in table[1:] if len(str(r[contact]).strip()) > 5}
    unions = [str(r[union]) for r in table[1:] if str(r[union]).strip()]
    assert len(people) > 500 and any(EMAIL.search(u) for u in unions) and any(PHONE.search(u) for u in unions)
    stored = "\n".join(json.dumps(n.to_row()) for n in result.notices)
    assert "Kelsey Gdovin" in people and not [p for p in people if p in stored]
    assert "rjackson@atu689.org" not in stored and "Amalgamated Transit Union" not in stored
    assert all(not {"Contact Person", "Collective Bargaining Unit"} & json.loads(n.raw_json).keys()
               for n in result.notices)


def test_washington_grid_page_and_its_postback_pager():
    result = parsed("wa", WA)
    blue = one(result, "Blue Star Growers, Inc.")
    assert facts(blue) == ("2026-03-20", "2026-05-19", 143, "Cashmere", False) and blue.is_temporary is False
    assert blue.url.startswith("https://example.test/esd/file/WARN/Public/DownloadFile.aspx?file=")
    info = pager(state_file(WA))
    assert info["current"] == 1 and sorted(info["pages"]) == list(range(2, 12))
    assert info["pages"][2] == ("ucPSW$gvMain", "Page$2")
    assert info["form"]["__VIEWSTATE"].startswith("vDHgfAxo") and info["form"]["__EVENTVALIDATION"]


def test_ohio_two_formats():
    csv_year, page = parsed("oh", OH_CSV), parsed("oh", OH_HTML)
    zulily = one(csv_year, "Zulily")  # "02/07/2024-02/21/2024": the range's start
    assert facts(zulily) == ("2023-12-07", "2024-02-07", 274, "Lockbourne/Franklin", None)
    assert zulily.url == "https://jfs.ohio.gov/static/warn/WARN%202023/Zulily.pdf"  # the URL column
    assert one(csv_year, "Amazon").effective_date == "2024-01-02"  # "01/02/2024 & 01/23/2024"
    assert one(csv_year, "Yellow Corporation").jobs_affected is None  # "Unknown"
    boelter = one(page, "Boelter Companies, LLC")
    assert facts(boelter) == ("2026-03-10", "2026-05-11", 64, "Toledo/Lucas", True)
    assert boelter.url.endswith("/WARN%202026/BoelterCompaniesInc.pdf")
    assert page.stats["effective_date_ranges"] >= 1 and csv_year.stats["effective_date_ranges"] >= 3


def test_new_jersey_merged_header_county_counts_and_date_lists():
    result = parsed("nj", NJ)
    amazon = one(result, "Amazon")  # "240 (Passaic), 417 (Bergen), 141 (Monmouth), 44 (Hudson), 29 (Statewide)"
    assert amazon.jobs_affected == 871 and amazon.effective_date == "2026-04-28"
    raw = json.loads(amazon.raw_json)
    assert raw["note"] == "jobs: sum of 5 counts by place" and raw["Workforce Affected"].startswith("240 (Passaic)")
    lifetime = one(result, "Lifetime Brands")  # "4/10/26 - 11/26/26"
    assert facts(lifetime) == (None, "2026-04-10", 140, "Robbinsville", None)
    assert json.loads(lifetime.raw_json)["Month Posted"] == "January"
    assert one(result, "Arrow Fastener").effective_date == "2026-05-01"  # "5/1/26, 6/5/26, 7/26, 8/26"
    assert result.stats["tables_read"] == 3 and result.stats["effective_date_ranges"] == 31


@pytest.fixture(scope="module")
def tn_pdf_pages():
    """Pages 1, 3 (notices) and 39 (a summary table) of the 44-page TN PDF: all 44 take ~30 s to
    read (511 notices, 0 rejects: the PROVENANCE count, checked by hand)."""
    import pdfplumber

    real_open = pdfplumber.open
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdfplumber, "open", lambda file, **kw: real_open(file, pages=[1, 3, 39], **kw))
        return parse("tn", state_file(TN_PDF), "https://example.test/file")


def test_tennessee_two_formats(tn_pdf_pages):
    old, archive = tn_pdf_pages, parsed("tn", TN_HTML)
    assert summary(old) == (53, {}) and (old.stats["tables"], old.stats["tables_read"]) == (3, 2)
    velsicol = one(old, "VELSICOL CHEMICAL CORP")
    assert facts(velsicol) == ("2012-01-05", "2011-07-01", 35, "Memphis", True)
    assert velsicol.county == "Shelby County" and velsicol.is_temporary is False
    tsubaki = one(archive, "Tsubaki Nakashima")  # "7-31-2026 through 12-18-2026"
    assert facts(tsubaki) == ("2026-05-14", "2026-07-31", 110, "Unicoi", None)
    assert tsubaki.url == "https://example.test/content/dam/tn/workforce/documents/warn/Tsubaki-Nakashima.pdf"
    assert {n.notice_date[:7] for n in old.notices} == {"2012-01", "2012-02", "2012-03"}
    kinds = Counter((json.loads(n.raw_json).get("Layoff/Closure"), n.is_closure, n.is_temporary) for n in old.notices)
    assert kinds == {("Closure Permanent", True, False): 33, ("Layoff Permanent", False, False): 19,
                     (None, None, None): 1}


@pytest.mark.parametrize("state, path, company, expected", [
    ("de", DE, "Chrysler Corporation", ("2008-10-28", None, None, None, None)),
    ("in", "in/in_dwd_current-warn-notices_2026-05-21.html", "CICOA Aging & In-Home Solutions",
     ("2026-04-30", "2026-05-15", 90, "Indianapolis", False)),
    ("md", "md/md_labor_warn.shtml_2026-05-21.html", "BAE Systems, Inc.",  # "03/02/2026 - 04/02/2026"
     ("2026-01-02", "2026-03-02", 55, "306 Sentinel Drive, Suite 500, Annapolis Junction, MD 20701", False)),
    ("al", "al/al_workforce_warn-list_2026-05-21.html", "Serta Mattress Company",
     ("2026-04-15", "2026-04-17", 102, "Cullman", True)),
    ("sd", "sd/sd_dlr_warn_notices_2026-05-21.html", "JeniusBank (digital unit of SMBC Manubank)",
     ("2025-01-08", None, 173, "Nationwide", None)),  # "173 (nationwide)"
    ("ne", "ne/ne_dol_warn-listing_2026-05-21.html", "Tyson - Lexington",
     ("2025-11-21", None, 3212, "Lexington", None)),
    ("ak", "ak/ak_jobs_WARN_notices_2026-05-21.html", "Vigor Alaska, LLC",  # "Begins 7/7/25 and ... 11/30/25"
     ("2025-05-07", "2025-07-07", 72, "Ketchikan", True)),
])
def test_simple_tables_real_values(state, path, company, expected):
    assert facts(one(parsed(state, path), company)) == expected


def test_nevada_and_minnesota_pdfs_laid_out_as_text():
    nv = parsed("nv", "nv/nv_detr_WARN_and_Non_WARN_Master_2026-05-21.pdf")
    saks = one(nv, "Saks & Company")  # "3/6/2026 5/31/2026Closure 70Saks & Company": glued in the text layer
    assert facts(saks) == ("2026-03-06", "2026-05-31", 70, "Las Vegas", True) and saks.county == "Clark"
    assert json.loads(one(nv, "SMBC Manubank").raw_json)["Notification (WARN, Non- WARN)"] == "Non-WARN"
    mn = parsed("mn", "mn/mn_deed_plant-closing-mass-layoff-warn-may-2025.pdf")
    apple = one(mn, "Apple Valley Foods")  # WARN Received "5/13" in the May 2025 report
    assert facts(apple) == ("2025-05-13", "2025-07-11", 95, "Chaska", True)
    assert one(mn, "Smurfit Westrock").notice_date is None  # not a WARN notice: "-"
    assert sum(n.jobs_affected for n in mn.notices) == 425  # the report's "Grand Totals"
    assert not [n for n in mn.notices if "records" in n.company_raw]  # group and total lines are not notices


def test_utah_updated_rows_are_amendments_and_typos_rejected():
    result = parsed("ut", "ut/ut_jobs_warnnotices_2026-05-21.html")
    updated = one(result, "General Dynamics IT", notice_date="2014-03-05")  # "03/05/14 Updated", "645 Revised"
    assert updated.jobs_affected == 645 and updated.is_amendment
    assert not one(result, "General Dynamics IT", notice_date="2014-02-27").is_amendment
    assert {json.loads(r.raw)["Date of Notice"] for r in result.rejects} >= {"08/31//2022", "09/31/10", "05/2009"}


def test_indiana_revision_rows_without_data_are_rejected_with_the_row():
    result = parsed("in", "in/in_dwd_current-warn-notices_2026-05-21.html")
    revised = [r for r in result.rejects if r.reason == "missing date"]
    assert all("Revised" in json.loads(r.raw)["Company"] for r in revised[:50])
    assert any("DFA Dairy Brands Ice Cream, LLC-Revised (9/15/21)" in r.raw for r in revised)


def test_a_state_header_name_wins_over_the_shared_list_whatever_the_hash_seed():
    spec = WarnSpec("XX", headers={"notice_date": ("warn received date",)})  # also a shared received_date name
    assert map_columns(["Company", "WARN Received Date", "City"], spec.names()) == {
        "company": [0], "notice_date": [1], "city": [2]}


@pytest.mark.parametrize("source, board, url", [
    ("warn-va", "notices", "https://virginiaworks.gov/im-an-employer/retain-and-grow/warn-notices/"),
    ("warn-al", "list", "https://workforce.alabama.gov/warn-list/"),
    ("warn-tn", "archive",
     "https://www.tn.gov/workforce/general-resources/major-publications0/major-publications-redirect/reports.html"),
    ("warn-tn", "by-month",
     "https://www.tn.gov/content/dam/tn/workforce/documents/majorpublications/reports/WarnReportByMonth.pdf"),
    ("warn-nj", "2026", "https://www.nj.gov/labor/assets/PDFs/WARN/2026_WARN_Notice_Archive.pdf"),
    ("warn-wa", "search", "https://fortress.wa.gov/esd/file/warn/Public/SearchWARN.aspx"),
    ("warn-ak", "notices", "https://jobs.alaska.gov/rr/WARN_notices.htm"),
    ("warn-md", "warn", "https://www.labor.maryland.gov/employment/warn.shtml"),
])
def test_spiders_fetch_the_states_own_addresses(source, board, url):
    found = all_sources()[source]
    assert found.spider.board_url(getattr(settings, found.base_url_setting), board) == url


def test_ohio_spider_reads_the_page_table_or_follows_the_embedded_csv():
    from scrapy.http import HtmlResponse

    from spiders.warn_oh import WarnOhSpider
    from tracker.layoffs import LayoffSnapshot

    spider, url = WarnOhSpider(), WarnOhSpider.board_url("https://jfs.ohio.gov", "current")
    snap = LayoffSnapshot(source="warn-oh", board="current", url=url)
    assert spider.parse_board(HtmlResponse(url, body=state_file(OH_HTML)), snap) is None
    assert len(snap.notices) == 25 and snap.notices[0].state == "OH"
    # the rebuilt site's page carries the CSV's address in its Next.js payload (quotes escaped)
    csv = "https://dam.assets.ohio.gov/raw/upload/v1776198587/jfs.ohio.gov/2026/2026_warn_notice.csv"
    page = b'<html><script>self.__next_f.push([1,"{\\"csvUrl\\":\\"' + csv.encode() + b'\\"}"])</script></html>'
    follow = spider.parse_board(HtmlResponse(url, body=page), LayoffSnapshot(source="warn-oh", board="current"))
    assert follow.url == csv


def notices(db, source):
    return rows(db, "select * from layoff_notices where source = ? order by id", [source])


def test_crawl_several_states_with_paging_and_failures(tmp_path, mirror, bundle):
    db = tmp_path / "jobs.db"
    html, pdf = "text/html; charset=utf-8", "application/pdf"
    mirror.set(route("warn-nj", "2026"), state_file(NJ), content_type=pdf)
    mirror.set(route("warn-nj", "2025"), b"<html>Not found</html>", status=404, content_type=html)
    posts = []

    def wa_search(method, query, body):  # the server answers every post-back with page 1 again
        if method == "POST":
            posts.append(parse_qs(body.decode()))
        return Route(200, state_file(WA), html)

    mirror.routes[route("warn-wa", "search")] = wa_search
    de_search = route("warn-de", "search")
    mirror.set(de_search, state_file(DE), content_type=html)
    page2 = de_pager(state_file(DE))["query"]  # the "next" link's query: page 2 is gone
    assert parse_qs(page2)["page"] == ["2"]
    mirror.set(f"{de_search}?{page2}", b"gone", status=404, content_type=html)

    for spider, boards in [("warn-nj", ["2026", "2025"]), ("warn-wa", ["search"]), ("warn-de", ["search"])]:
        crawl(spider, db, mirror, bundle, boards=boards, RETRY_TIMES=0)
    runs = {(r["spider"], r["board"]): r for r in rows(db, "select * from crawl_runs")}
    assert {k: (r["status"], r["items"]) for k, r in runs.items()} == {
        ("warn-nj", "2026"): ("ok", 58), ("warn-nj", "2025"): ("failed", 0),
        ("warn-wa", "search"): ("partial", 15), ("warn-de", "search"): ("partial", 25)}
    assert runs[("warn-nj", "2025")]["error"] == "HTTP 404"
    assert json.loads(runs[("warn-wa", "search")]["stats_json"])["pages"] == 1
    reasons = {r["source"]: r["reason"] for r in rows(db, "select source, reason from rejects")}
    assert reasons["warn-wa"] == "page 2: unexpected payload: asked for page 2, got page 1"
    assert reasons["warn-de"] == "page 2: HTTP 404"
    assert len(posts) == 1 and posts[0]["__EVENTTARGET"] == ["ucPSW$gvMain"]
    assert posts[0]["__EVENTARGUMENT"] == ["Page$2"] and posts[0]["__VIEWSTATE"][0].startswith("vDHgfAxo")
    blue = [n for n in notices(db, "warn-wa") if n["company_raw"] == "Blue Star Growers, Inc."][0]
    assert (blue["notice_date"], blue["effective_date"], blue["jobs_affected"]) == ("2026-03-20", "2026-05-19", 143)
    assert [n["notice_date"] for n in notices(db, "warn-de") if n["company_raw"] == "Chrysler Corporation"] == [
        "2008-10-28"]

    nj = notices(db, "warn-nj")
    amazon = [n for n in nj if n["company_raw"] == "Amazon"][0]
    assert (amazon["jobs_affected"], amazon["effective_date"], amazon["state"]) == (871, "2026-04-28", "NJ")
    assert amazon["url"].endswith("/2026_WARN_Notice_Archive.pdf")
    mirror.set(route("warn-nj", "2026"), b"<!DOCTYPE html><html><body>Just a moment...</body></html>",
               content_type=html)  # a challenge page where the PDF was expected
    crawl("warn-nj", db, mirror, bundle, boards=["2026"], RETRY_TIMES=0)
    last = rows(db, "select status, error from crawl_runs where spider = 'warn-nj' order by id desc limit 1")
    assert last[0]["status"] == "failed" and last[0]["error"].startswith("unexpected payload: no notices found")
    assert notices(db, "warn-nj") == nj  # the failed fetch leaves the stored rows untouched
