"""Careers URL -> (ATS, board token): real URL shapes from the recordings, and arbitrary text."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import JOBS
from tracker.ats_url import parse_careers_url

CASES = [
    # Greenhouse: boards, new boards, API, embeds, job pages
    ("https://boards.greenhouse.io/cloudflare/jobs/6108457?gh_jid=6108457", ("greenhouse", "cloudflare")),
    ("http://boards.greenhouse.io/voxmedia/jobs/5921311", ("greenhouse", "voxmedia")),
    ("https://job-boards.greenhouse.io/amplitude/jobs/8636903002", ("greenhouse", "amplitude")),
    ("https://job-boards.greenhouse.io/stripe", ("greenhouse", "stripe")),
    ("https://boards-api.greenhouse.io/v1/boards/anthropic/jobs?content=true", ("greenhouse", "anthropic")),
    ("https://api.greenhouse.io/v1/boards/generalassembly/jobs/35443", ("greenhouse", "generalassembly")),
    ("https://boards.greenhouse.io/embed/job_board?for=discord", ("greenhouse", "discord")),
    ("https://boards.greenhouse.io/embed/job_app?for=coinbase&token=7822885", ("greenhouse", "coinbase")),
    ("https://job-boards.greenhouse.io/embed/job_app?token=123&for=figma", ("greenhouse", "figma")),
    ("boards.greenhouse.io/reddit", ("greenhouse", "reddit")),
    ("  https://JOB-BOARDS.GREENHOUSE.IO/webflow/  ", ("greenhouse", "webflow")),
    # Lever
    ("https://jobs.lever.co/leverdemo/6d5cbe7f-e551-4ae1-b052-08a48f651993", ("lever", "leverdemo")),
    ("https://jobs.lever.co/outreach/a60fb104-ce93-4ba0-8763-ffb075b3eed1/apply", ("lever", "outreach")),
    ("https://api.lever.co/v0/postings/spotify?mode=json", ("lever", "spotify")),
    # Ashby
    ("https://jobs.ashbyhq.com/HighlightTA/90fb3621-899e-4b59-925d-25080ec91e18/application", ("ashby", "HighlightTA")),
    ("https://jobs.ashbyhq.com/openai", ("ashby", "openai")),
    ("https://api.ashbyhq.com/posting-api/job-board/Abridge?includeCompensation=true", ("ashby", "Abridge")),
    ("https://jobs.ashbyhq.com/Hippocratic%20AI", ("ashby", "Hippocratic AI")),
    # Workday: careers page, locale, job page, CXS API, myworkdaysite
    ("https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite", ("workday", "nvidia/wd5/NVIDIAExternalCareerSite")),
    ("https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-NC-Durham/"
     "Senior-AI-Security-Researcher_JR2017578", ("workday", "nvidia/wd5/NVIDIAExternalCareerSite")),
    ("https://hitachi.wd1.myworkdayjobs.com/hitachi/job/Kocaeli-Kocaeli-Turkey/Maintenance-Worker_R0119001",
     ("workday", "hitachi/wd1/hitachi")),
    ("https://salesforce.wd12.myworkdayjobs.com/wday/cxs/salesforce/External_Career_Site/jobs",
     ("workday", "salesforce/wd12/External_Career_Site")),
    ("https://analogdevices.wd1.myworkdayjobs.com/wday/cxs/analogdevices/External/jobs",
     ("workday", "analogdevices/wd1/External")),
    ("https://chevron.wd5.myworkdayjobs.com/jobs", ("workday", "chevron/wd5/jobs")),
    ("https://wd1.myworkdaysite.com/recruiting/wf/WellsFargoJobs", ("workday", "wf/wd1/WellsFargoJobs")),
    ("https://wd3.myworkdaysite.com/en-US/recruiting/hcahealthcare/hcacareers/job/x_1", ("workday", "hcahealthcare/wd3/hcacareers")),
    # SmartRecruiters
    ("https://jobs.smartrecruiters.com/HireVue/744000138728139-data-science-intern-fully-remote-us?oga=true",
     ("smartrecruiters", "HireVue")),
    ("https://careers.smartrecruiters.com/BoschGroup", ("smartrecruiters", "BoschGroup")),
    ("https://api.smartrecruiters.com/v1/companies/AutomationAnywhere1/postings?limit=200&offset=0",
     ("smartrecruiters", "AutomationAnywhere1")),
    ("https://jobs.smartrecruiters.com/oneclick-ui/company/Visa/publication/abc", ("smartrecruiters", "Visa")),
    # Workable
    ("https://apply.workable.com/huggingface/", ("workable", "huggingface")),
    ("https://apply.workable.com/zaelab/j/DD136DD7E7/", ("workable", "zaelab")),
    ("https://apply.workable.com/api/v1/widget/accounts/crewai?details=true", ("workable", "crewai")),
    ("https://apply.workable.com/api/v3/accounts/vasion/jobs", ("workable", "vasion")),
    ("https://zego.workable.com/", ("workable", "zego")),
    # Recruitee, Teamtailor
    ("https://aikidosecurity.recruitee.com/o/office-manager-chicago", ("recruitee", "aikidosecurity")),
    ("https://channable.recruitee.com/api/offers/", ("recruitee", "channable")),
    ("https://career.teamtailor.com/jobs/7069633-mid-market-account-executive-copenhagen", ("teamtailor", "career")),
    ("https://1komma5.teamtailor.com/jobs.json", ("teamtailor", "1komma5")),
]

NOT_BOARDS = [
    "", "   ", "not a url", "https://", "mailto:jobs@example.com", "ftp://boards.greenhouse.io/stripe",
    "https://www.brex.com/careers/7474227?gh_jid=7474227",  # an employer's own page with a Greenhouse id
    "https://careers.datadoghq.com/detail/5891139/", "https://jobs.channable.com/o/ai-engineer",
    "https://boards.greenhouse.io/", "https://boards.greenhouse.io/embed/job_board",
    "https://job-boards.eu.greenhouse.io/arqitlimited",  # the EU host has its own API: not this spider's
    "https://jobs.eu.lever.co/mobileye", "https://api.lever.co/v0/postings/",
    "https://apply.workable.com/j/DD136DD7E7", "https://apply.workable.com/j/0AB5665160/apply",
    "https://jobs.workable.com/", "https://www.workable.com/", "https://www.teamtailor.com/en/",
    "https://app.teamtailor.com/", "https://www.recruitee.com/", "https://x.y.teamtailor.com/jobs",
    "https://nvidia.wd5.myworkdayjobs.com/", "https://nvidia.wd5.myworkdayjobs.com/en-US",
    "https://wd1.myworkdaysite.com/recruiting/wf", "https://jobs.smartrecruiters.com/",
    "https://boards.greenhouse.io.evil.example/stripe", "https://evilboards.greenhouse.io/stripe",
    "http://[::1", "https://jobs.ashbyhq.com/%20leading-space",
]


@pytest.mark.parametrize("url, expected", CASES)
def test_recognizes_real_url_shapes(url, expected):
    assert parse_careers_url(url) == expected


@pytest.mark.parametrize("url", NOT_BOARDS)
def test_other_urls_are_not_boards(url):
    assert parse_careers_url(url) is None


def _urls(data):
    if isinstance(data, dict):
        for value in data.values():
            yield from _urls(value)
    elif isinstance(data, list):
        for value in data:
            yield from _urls(value)
    elif isinstance(data, str) and re.match(r"https?://", data):
        yield data


# each recorded file's board, as the file names it (PROVENANCE.md); every URL of the file on the
# ATS's own host must give that board, every other URL (the employer's site, images) nothing
RECORDED = {
    "greenhouse/techjobshub_*_jobs-list_wrapped.json": ("greenhouse", lambda p: p.name.split("_")[1]),
    "ashby/stapply_*.json": ("ashby", lambda p: p.name.split("_")[1]),
    "lever/*_postings_*.json": ("lever", None),
    "workday/*.json": ("workday", None),
    "smartrecruiters/*.json": ("smartrecruiters", None),
    "recruitee/*.json": ("recruitee", None),
    "teamtailor/*.json": ("teamtailor", None),
}
ATS_HOSTS = re.compile(r"https?://((job-)?boards(-api)?\.greenhouse\.io|(jobs|api)\.lever\.co|(jobs|api)\.ashbyhq\.com|"
                       r"[a-z0-9]+\.wd\d+\.myworkdayjobs\.com|(jobs|careers|api)\.smartrecruiters\.com|"
                       r"[a-z0-9-]+\.recruitee\.com|[a-z0-9-]+\.teamtailor\.com)/")


def test_every_url_in_the_recordings_gives_its_board():
    checked = 0
    for pattern, (source, token_of) in RECORDED.items():
        for path in sorted(JOBS.glob(pattern)):
            tokens = set()
            for url in _urls(json.loads(path.read_text())):
                found = parse_careers_url(url)
                if not ATS_HOSTS.match(url):
                    assert found is None or found[0] == source, url
                    continue
                assert found and found[0] == source, url
                tokens.add(found[1].casefold())
                checked += 1
            if token_of:
                assert tokens <= {token_of(path).casefold()}, path
            else:
                assert len(tokens) <= 1, (path, tokens)  # one board per recorded response
    assert checked > 3000


@given(st.text())
@settings(max_examples=500)
def test_arbitrary_text_never_raises(text):
    result = parse_careers_url(text)
    assert result is None or (result[0] and result[1])


@given(st.sampled_from(["https://boards.greenhouse.io/", "https://jobs.lever.co/", "https://jobs.ashbyhq.com/",
                        "https://x.wd5.myworkdayjobs.com/", "https://apply.workable.com/", "https://jobs.smartrecruiters.com/",
                        "https://boards.greenhouse.io/embed/job_app?for=", "https://wd1.myworkdaysite.com/recruiting/"]),
       st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_arbitrary_paths_on_ats_hosts_never_raise(prefix, rest):
    result = parse_careers_url(prefix + rest)
    if result:
        source, token = result
        assert token and token == token.strip()
        assert token.count("/") == (2 if source == "workday" else 0)
