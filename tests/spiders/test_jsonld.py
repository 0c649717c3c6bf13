"""JSON-LD careers pages end to end: recorded ATS job pages (and a sitemap listing them) on the mirror."""

from __future__ import annotations

from tests.conftest import JOBS, crawl, rows
from spiders.jsonld import JsonLdSpider
from tracker.extract.jsonld import JsonLdJob, page_jobs

PAGES = {p.name.split("_")[1]: p.read_bytes() for p in (JOBS / "jsonld").glob("*.html")}
URLS = {name: page_jobs(body)[0]["url"] for name, body in PAGES.items()}  # each page's own address
SITEMAP = "https://highlights-healthcare.breezy.hr/sitemap.xml"


def mirrored(url: str) -> str:
    """Where the mirror serves a URL: ``JSONLD_BASE_URL`` (``{mirror}/jsonld``) + host + path."""
    return "/jsonld/" + url.split("://", 1)[1].split("?")[0]


def live(name: str) -> bool:
    """Whether a recorded page's posting is still open today (its validThrough not passed)."""
    return not JsonLdJob(page_jobs(PAGES[name])[0], name).expired()


def serve(mirror, tmp_path, sitemap_urls):
    for name, body in PAGES.items():
        mirror.set(mirrored(URLS[name]), body, content_type="text/html; charset=utf-8")
        mirror.set(f"/jsonld/{name}", body, content_type="text/html; charset=utf-8")
    mirror.set("/jsonld/highlights-healthcare.breezy.hr/p/no-posting-here", "<html><body>Filled</body></html>",
               content_type="text/html")
    # A sitemap written here (none is recorded), listing the recorded pages' real addresses.
    mirror.set(mirrored(SITEMAP), '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
               'schemas/sitemap/0.9">' + "".join(f"<url><loc>{u}</loc></url>" for u in sitemap_urls) + "</urlset>",
               content_type="application/xml")
    registry = tmp_path / "boards.csv"
    registry.write_text("source,board,company,careers_url,note\n"
                        f"jsonld,highlights,Highlights Healthcare,{URLS['breezy-highlightshealthcare']},\n"
                        f"jsonld,nowhere,,,\n")
    return registry


def test_pages_registry_urls_and_a_sitemap(tmp_path, mirror, bundle):
    listed = list(URLS.values()) + ["https://highlights-healthcare.breezy.hr/p/gone-404",
                                    "https://highlights-healthcare.breezy.hr/p/no-posting-here",
                                    "https://highlights-healthcare.breezy.hr/about-us"]
    registry = serve(mirror, tmp_path, listed)
    db = tmp_path / "jobs.db"
    boards = ["highlights", "icims-fujifilm", URLS["jazzhr-paradromics"], SITEMAP, "nowhere", "empty"]
    mirror.set("/jsonld/empty", "<html><head><title>Careers</title></head></html>", content_type="text/html")
    crawl("jsonld", db, mirror, bundle, boards=boards, REGISTRY_PATH=str(registry), RETRY_TIMES=0)
    runs = {r["board"]: r for r in rows(db, "select * from crawl_runs")}
    assert {b: (r["status"], r["items"]) for b, r in runs.items()} == {
        "highlights": ("ok", 1), "icims-fujifilm": ("ok", int(live("icims-fujifilm"))),
        URLS["jazzhr-paradromics"]: ("ok", int(live("jazzhr-paradromics"))),
        SITEMAP: ("partial", 1 + live("icims-fujifilm") + live("jazzhr-paradromics")),
        "nowhere": ("failed", 0), "empty": ("failed", 0)}
    assert runs["nowhere"]["error"] == "HTTP 404"  # behind the mirror a bare token is a path under it
    assert runs["empty"]["error"] == "no schema.org JobPosting on the page"
    reasons = sorted((r["reason"], r["url"].rsplit("/", 1)[-1]) for r in rows(db, "select * from rejects where board = ?",
                                                                            [SITEMAP]))
    assert reasons == [("HTTP 404", "gone-404"), ("no schema.org JobPosting on the page", "no-posting-here")]
    assert not [r for r in mirror.requests if "about-us" in r]  # not a job page: not followed
    job = rows(db, "select * from postings where board = 'highlights'")[0]
    assert (job["company"], job["city"], job["salary_min"], job["salary_max"], job["employment_type"]) == (
        "Highlights Healthcare", "Raleigh", 95000, 115000, "full-time")
    assert job["id"] == f"jsonld:highlights:{URLS['breezy-highlightshealthcare']}"
    assert job["posted_at"] == "2023-06-14T00:00:00Z"


def test_sitemap_cap_and_expired_postings(tmp_path, mirror, bundle):
    registry = serve(mirror, tmp_path, list(URLS.values()))
    expired = PAGES["jazzhr-paradromics"].replace(b'"validThrough": "2026-12-07"', b'"validThrough": "2020-01-01"')
    assert expired != PAGES["jazzhr-paradromics"]
    mirror.set("/jsonld/jazzhr-paradromics", expired, content_type="text/html")
    index = "https://highlights-healthcare.breezy.hr/sitemap_index.xml"  # lists itself and the sitemap
    mirror.set(mirrored(index), '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
        f"<sitemap><loc>{u}</loc></sitemap>" for u in (index, SITEMAP)) + "</sitemapindex>")
    db = tmp_path / "jobs.db"
    crawl("jsonld", db, mirror, bundle, boards=[SITEMAP, "jazzhr-paradromics", index], REGISTRY_PATH=str(registry),
          JSONLD_MAX_PAGES=2)
    runs = {r["board"]: r for r in rows(db, "select * from crawl_runs")}
    assert (runs[SITEMAP]["status"], runs["jazzhr-paradromics"]["status"]) == ("partial", "ok")
    assert runs["jazzhr-paradromics"]["items"] == 0  # past its validThrough: left out, so it would close
    assert [r["reason"] for r in rows(db, "select reason from rejects")] == [
        "sitemap lists 3 job pages; only 2 fetched (JSONLD_MAX_PAGES)"] * 2
    assert (runs[index]["status"], runs[index]["items"]) == ("partial", runs[SITEMAP]["items"])
    assert len([r for r in mirror.requests if "/p/" in r or "/apply/" in r or "/jobs/" in r]) == 4
    assert len([r for r in mirror.requests if "sitemap_index" in r]) == 1


def test_board_urls_live_and_behind_a_mirror():
    assert JsonLdSpider.board_url("", SITEMAP) == SITEMAP  # live: the page itself
    assert JsonLdSpider.board_url("http://127.0.0.1:9/jsonld", "https://a.example/jobs?id=7#top") == (
        "http://127.0.0.1:9/jsonld/a.example/jobs?id=7")
    assert JsonLdSpider.board_url("", "acme") == "/acme"  # no careers_url and no mirror: the board fails
