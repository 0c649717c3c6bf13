"""How each recorded file in ../shared/data/jobs becomes what its API serves.

``RULES``: (source, glob under the jobs folder, the board token read from the file, a body
transform or None). A transform may return ``Served`` to add further routes from the same
file (APIs that serve one record per URL). ``DETAIL_ROUTES``: (source, glob, route of the
file) for responses to a board's later requests, such as one posting's detail.
Board tokens come from each file's name or content, never from a list of known files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit


def _from_filename(path: Path) -> str:
    """``techjobshub_stripe_jobs-list_wrapped.json`` -> ``stripe``."""
    return path.name.split("_")[1]


def _from_cassette(path: Path) -> str | None:
    """The board token in the request URI of the VCR cassette beside a ``.body.json``."""
    cassette = path.with_name(path.name.replace(".body.json", ".yml"))
    match = re.search(r"/v1/boards/([^/?]+)/", cassette.read_text()) if cassette.exists() else None
    return match.group(1) if match else None


def _from_hosted_url(path: Path) -> str | None:
    data = json.loads(path.read_text())
    url = next((p.get("hostedUrl") for p in data if isinstance(p, dict) and p.get("hostedUrl")), None)
    return urlsplit(url).path.strip("/").split("/")[0] if url else None


def _unwrap_jobs(data: dict) -> dict:
    """A scraper's ``{company, fetched_at, job_count, jobs}`` envelope -> the API's ``{jobs, meta}``."""
    return {"jobs": data["jobs"], "meta": {"total": len(data["jobs"])}}


def _from_teamtailor_host(path: Path) -> str | None:
    """A Teamtailor JSON Feed's site subdomain (``career`` for career.teamtailor.com), from its
    ``home_page_url``/``feed_url`` or an item's url; else the file name's token."""
    data = json.loads(path.read_text())
    items = [i for i in data.get("items") or [] if isinstance(i, dict)]
    for url in [data.get("home_page_url"), data.get("feed_url")] + [i.get("url") for i in items]:
        host = (urlsplit(url).hostname or "") if isinstance(url, str) else ""
        if host.endswith(".teamtailor.com") and host.count(".") == 2:
            return host.split(".")[0]
    return _from_filename(path)


def _single_feed(path: Path) -> str:
    """Sources with one feed for the whole site (Remote OK, Remotive, ...) have one board: ``all``."""
    return "all"


def _from_workday_detail(path: Path) -> str | None:
    """A Workday CXS list's ``tenant/dc/site``, from the ``externalUrl`` of a recorded detail
    beside it whose path is one of the list's ``externalPath``s (lists carry no host)."""
    listed = {p.get("externalPath") for p in json.loads(path.read_text()).get("jobPostings") or []
              if isinstance(p, dict)}
    for detail in sorted(path.parent.glob("*job-detail*.json")):
        info = json.loads(detail.read_text()).get("jobPostingInfo") or {}
        url = urlsplit(info.get("externalUrl") or "")
        site, _, rest = url.path.strip("/").partition("/")
        host = (url.hostname or "").split(".")
        if "/" + rest in listed and len(host) > 2:
            return f"{host[0]}/{host[1]}/{site}"
    return None


def _from_smartrecruiters_ref(path: Path) -> str | None:
    """The company identifier in a SmartRecruiters list item's ``ref`` (``/companies/{id}/postings/``)."""
    for item in json.loads(path.read_text()).get("content") or []:
        ref = str(item.get("ref") or "") if isinstance(item, dict) else ""
        match = re.search(r"/companies/([^/?]+)/postings/", ref)
        if match:
            return match.group(1)
    return None


def _hn_thread(path: Path) -> str | None:
    """The id of the "Who is hiring?" thread whose comments a derived items file holds."""
    thread = (json.loads(path.read_text()).get("sources") or {}).get("who_is_hiring_thread_id")
    return str(thread) if thread else None


class Served(dict):
    """A transform's body for the board's route, with more routes of the same recording in ``routes``
    (``{path: body}``): APIs that serve one record per URL. Plain ``build`` serves only the body."""

    def __init__(self, body: dict, routes: dict):
        super().__init__(body)
        self.routes = routes


def _hn_firebase_items(data: dict) -> Served:
    """A derived ``{sources, jobs: [{id, by, time, text}]}`` file -> Firebase items: the thread's story
    (its title, and its comments as ``kids``) and, as extra routes, one item per comment and the
    ``whoishiring`` user. Item fields are the file's own; ``type``, ``parent`` and ``kids`` restate the
    thread structure the file records. Job stories scraped outside the thread are left out."""
    from tracker.extract.hn_hiring import SOURCE, item_path, user_path

    thread = data["sources"]["who_is_hiring_thread_id"]
    comments = [j for j in data["jobs"] if j.get("source") == "who_is_hiring"]
    story = {"id": thread, "type": "story", "title": data["sources"].get("who_is_hiring_thread_title"),
             "kids": [c["id"] for c in comments]}
    routes = {f"/{SOURCE}{item_path(c['id'])}": {"id": c["id"], "by": c.get("by"), "time": c.get("time"),
                                                 "text": c.get("text"), "parent": thread, "type": "comment"}
              for c in comments}
    routes[f"/{SOURCE}{user_path('whoishiring')}"] = {"id": "whoishiring", "submitted": [thread]}
    return Served(story, routes)


def _from_ashby_job_url(path: Path) -> str | None:
    """The job-board name in a job's ``jobUrl`` (``jobs.ashbyhq.com/{board}/{id}``), spelt as in the
    file name when the two differ only in case (names are case-insensitive; the file name is the one
    requested); a board with no jobs: the file name's token."""
    from urllib.parse import unquote

    named = _from_filename(path)
    jobs = json.loads(path.read_text()).get("jobs") or []
    for url in (j.get("jobUrl") for j in jobs if isinstance(j, dict)):
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts and parts.hostname == "jobs.ashbyhq.com" and parts.path.strip("/"):
            board = unquote(parts.path.strip("/").split("/")[0])
            return named if named.casefold() == board.casefold() else board
    return named


def _from_recruitee_site(path: Path) -> str | None:
    """The ``{company}.recruitee.com`` subdomain of an offer's careers URL or mailbox (offers on a
    custom domain still have ``job.x@{company}.recruitee.com``); else the file name's token."""
    for offer in json.loads(path.read_text()).get("offers") or []:
        offer = offer if isinstance(offer, dict) else {}
        urls = [offer.get("careers_url"), offer.get("careers_apply_url")]
        mailbox = str(offer.get("mailbox_email") or "")
        hosts = [urlsplit(u).hostname if isinstance(u, str) else None for u in urls] + [mailbox.rpartition("@")[2]]
        for host in hosts:
            if host and host.endswith(".recruitee.com") and host.count(".") == 2:
                return host.split(".")[0]
    return _from_filename(path)


def _jsonld_from_feed(path: Path) -> str:
    """A board name for the page built from a JSON Feed's embedded JobPostings."""
    return "feed-" + _from_teamtailor_host(path)


def _jobposting_page(feed: dict) -> str:
    """An HTML page carrying, as JSON-LD blocks, the schema.org JobPostings a JSON Feed embeds
    (``_jobposting``): the same objects a careers page embeds. Only the wrapper is made here,
    for sources whose own recorded pages may not be shipped."""
    import html

    blocks = "\n".join(
        '<script type="application/ld+json">' + json.dumps(item["_jobposting"], ensure_ascii=False)
        .replace("</", "<\\/") + "</script>"
        for item in feed.get("items") or [] if isinstance(item, dict) and item.get("_jobposting"))
    title = html.escape(str(feed.get("title") or "Jobs"))
    return f"<!DOCTYPE html>\n<html><head><title>{title}</title>\n{blocks}\n</head><body></body></html>\n"


# (source, glob under the jobs folder, board token from the file, body transform or None)
RULES = (
    ("greenhouse", "greenhouse/*_jobs-content_*.json", _from_filename, None),
    ("greenhouse", "greenhouse/*/jobs_with_content.body.json", _from_cassette, None),
    ("greenhouse", "greenhouse/*_jobs-list_wrapped.json", _from_filename, _unwrap_jobs),
    ("lever", "lever/*_postings_*.json", _from_hosted_url, None),
    ("lever", "lever/*/list_all_mode-json.json", _from_hosted_url, None),
    ("teamtailor", "teamtailor/*_jobs-jsonfeed_*.json", _from_teamtailor_host, None),
    ("remoteok", "remote_boards/*_remoteok_*.json", _single_feed, None),
    ("remotive", "remote_boards/*_remotive_*.json", _single_feed, None),
    ("arbeitnow", "remote_boards/*_arbeitnow_*.json", _single_feed, None),
    ("jobicy", "remote_boards/*_jobicy_*.json", _single_feed, None),
    ("workday", "workday/*_cxs-jobs-list*.json", _from_workday_detail, None),
    ("smartrecruiters", "smartrecruiters/*_postings*.json", _from_smartrecruiters_ref, None),
    ("hn_hiring", "hn/*_who-is-hiring_firebase-items-subset.json", _hn_thread, _hn_firebase_items),
    ("ashby", "ashby/*_job-board_*.json", _from_ashby_job_url, None),
    ("workable", "workable/*_widget-*.json", _from_filename, None),
    ("recruitee", "recruitee/*_offers_*.json", _from_recruitee_site, None),
    ("jsonld", "jsonld/*_job-page_*.html", _from_filename, None),
    ("jsonld", "teamtailor/*_jobs-jsonfeed_*.json", _jsonld_from_feed, _jobposting_page),
)


def _workday_detail_route(path: Path) -> str | None:
    """Where the Workday spider asks for a recorded detail: its ``externalUrl`` read as
    ``tenant/dc/site`` plus the posting's path."""
    from tracker.extract.workday import api_root

    url = urlsplit((json.loads(path.read_text()).get("jobPostingInfo") or {}).get("externalUrl") or "")
    site, _, rest = url.path.strip("/").partition("/")
    host = (url.hostname or "").split(".")
    return api_root("/workday", f"{host[0]}/{host[1]}/{site}") + "/" + rest if len(host) > 2 and rest else None


def _smartrecruiters_detail_route(path: Path) -> str | None:
    """Where the SmartRecruiters spider asks for a recorded detail: the ``ref`` of the same
    posting id in a recorded list."""
    posting_id = json.loads(path.read_text()).get("id")
    for listing in sorted(path.parent.glob("*_postings*.json")):
        for item in json.loads(listing.read_text()).get("content") or []:
            if posting_id and isinstance(item, dict) and item.get("id") == posting_id and item.get("ref"):
                return "/smartrecruiters" + urlsplit(item["ref"]).path
    return None


DETAIL_ROUTES = (
    ("workday", "workday/*_cxs-job-detail*.json", _workday_detail_route),
    ("smartrecruiters", "smartrecruiters/*_posting-detail*.json", _smartrecruiters_detail_route),
)
