"""Recognize an applicant-tracking system and its board token from a careers URL.

``parse_careers_url("https://job-boards.greenhouse.io/stripe/jobs/123")`` gives
``("greenhouse", "stripe")``; a URL of no known board gives ``None``. Pure: no network.
Workday tokens are ``tenant/datacenter/site`` (``nvidia/wd5/NVIDIAExternalCareerSite``),
Teamtailor, Recruitee and subdomain-style Workable tokens are the subdomain. Hosts of
other regions (``job-boards.eu.greenhouse.io``, ``jobs.eu.lever.co``) are not recognized:
their APIs live on other hosts than the ones the spiders read.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
SPACED_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._ -]{0,99}")  # Ashby: "Hippocratic AI"
SUBDOMAIN = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")
LOCALE = re.compile(r"[a-z]{2}(-[A-Za-z]{2,4})?")
WORKDAY_HOST = re.compile(r"(?P<tenant>[a-z0-9_-]+)\.(?P<dc>wd\d{1,3})\.myworkdayjobs\.com")
WORKDAY_SITE_HOST = re.compile(r"(?P<dc>wd\d{1,3})\.myworkdaysite\.com")
# subdomains the vendors use for themselves, never an employer's site
RESERVED = {"www", "app", "api", "apply", "jobs", "help", "support", "blog", "docs", "status",
            "cdn", "assets", "static", "mail", "login", "auth", "developers", "partners"}


def parse_careers_url(url) -> tuple[str, str] | None:
    """``(source, token)`` for a careers, job or API URL of a known ATS, else ``None``."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    if not text or any(c.isspace() for c in text):
        return None
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    for recognize in _RECOGNIZERS:
        found = recognize(host, segments, parts.query)
        if found:
            return found
    return None


def _token(value: str | None, pattern: re.Pattern = TOKEN) -> str | None:
    return value if value and pattern.fullmatch(value) else None


def _after(segments: list[str], prefix: tuple[str, ...]) -> str | None:
    """The segment that follows ``prefix`` at the start of the path."""
    n = len(prefix)
    if len(segments) > n and tuple(s.lower() for s in segments[:n]) == prefix:
        return segments[n]
    return None


def _subdomain(host: str, domain: str) -> str | None:
    label = host[: -len(domain) - 1] if host.endswith("." + domain) else ""
    return label if SUBDOMAIN.fullmatch(label) and label not in RESERVED else None


def _greenhouse(host, segments, query):
    if host in ("boards-api.greenhouse.io", "api.greenhouse.io"):
        token = _token(_after(segments, ("v1", "boards")))
    elif host in ("boards.greenhouse.io", "job-boards.greenhouse.io"):
        if segments and segments[0].lower() == "embed":
            token = _token((parse_qs(query).get("for") or [None])[0])
        else:
            token = _token(segments[0]) if segments else None
    else:
        return None
    return ("greenhouse", token) if token else None


def _lever(host, segments, query):
    if host == "jobs.lever.co":
        token = _token(segments[0]) if segments else None
    elif host == "api.lever.co":
        token = _token(_after(segments, ("v0", "postings")))
    else:
        return None
    return ("lever", token) if token else None


def _ashby(host, segments, query):
    if host == "jobs.ashbyhq.com":
        token = _token(segments[0], SPACED_TOKEN) if segments else None
    elif host == "api.ashbyhq.com":
        token = _token(_after(segments, ("posting-api", "job-board")), SPACED_TOKEN)
    else:
        return None
    return ("ashby", token.strip()) if token and token.strip() == token else None


def _workday(host, segments, query):
    if match := WORKDAY_HOST.fullmatch(host):
        tenant, dc = match["tenant"], match["dc"]
        if _after(segments, ("wday", "cxs")):  # the JSON API: /wday/cxs/<tenant>/<site>/jobs
            site = segments[3] if len(segments) > 3 else None
        else:
            rest = segments[1:] if segments and LOCALE.fullmatch(segments[0]) else segments
            site = rest[0] if rest else None
    elif match := WORKDAY_SITE_HOST.fullmatch(host):  # wd1.myworkdaysite.com/recruiting/<tenant>/<site>
        dc = match["dc"]
        rest = segments[1:] if segments and LOCALE.fullmatch(segments[0]) else segments
        tenant = _after(rest, ("recruiting",))
        site = rest[2] if len(rest) > 2 else None
        tenant = tenant if tenant and re.fullmatch(r"[A-Za-z0-9_-]+", tenant) else None
    else:
        return None
    if not tenant or not _token(site) or site.lower() in ("job", "wday"):
        return None
    return "workday", f"{tenant}/{dc}/{site}"


def _smartrecruiters(host, segments, query):
    if host == "api.smartrecruiters.com":
        token = _token(_after(segments, ("v1", "companies")))
    elif host in ("jobs.smartrecruiters.com", "careers.smartrecruiters.com"):
        if segments and segments[0].lower() in ("oneclick-ui", "external-referrals"):
            token = _token(_after(segments[1:], ("company",)))
        elif segments and segments[0].lower() not in ("ni", "sr-jobs", "company", "search"):
            token = _token(segments[0])
        else:
            token = None
    else:
        return None
    return ("smartrecruiters", token) if token else None


def _workable(host, segments, query):
    if host == "apply.workable.com":
        if segments and segments[0].lower() == "api":  # /api/v1/widget/accounts/<x>, /api/v3/accounts/<x>/jobs
            lowered = [s.lower() for s in segments]
            token = segments[lowered.index("accounts") + 1] if "accounts" in lowered[:-1] else None
        else:
            token = segments[0] if segments and segments[0].lower() not in ("j", "api") else None
        token = _token(token)
    else:
        token = _subdomain(host, "workable.com")
    return ("workable", token) if token else None


def _subdomain_source(source: str, domain: str):
    def recognize(host, segments, query):
        token = _subdomain(host, domain)
        return (source, token) if token else None

    return recognize


_RECOGNIZERS = (_greenhouse, _lever, _ashby, _workday, _smartrecruiters, _workable,
                _subdomain_source("recruitee", "recruitee.com"),
                _subdomain_source("teamtailor", "teamtailor.com"))
