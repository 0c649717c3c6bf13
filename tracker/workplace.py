"""Where a job is done: onsite, hybrid, remote or unknown, from location words or a description.

Location words ("Remote - US", "NYC (Hybrid)") decide on any workplace word; a description
decides only on clear phrases ("fully remote", "this role is on-site", "hybrid (3 days/week)"),
so "remote teams" or "remote sensing" say nothing.
"""

from __future__ import annotations

import re

WORKPLACES = ("onsite", "hybrid", "remote", "unknown")
_REMOTE = (r"remote(?:ly)?|anywhere|work(?:ing)? from home|wfh|telecommut\w*|virtual|distributed team|"
           r"home[- ]?based|home[- ]?office|homeoffice|remot[oa]|teletrabajo|t[ée]l[ée]travail|teletrabalho")
_ONSITE = r"on[- ]?site|in[- ]office|in[- ]person|office[- ]based|on[- ]premises?"
WORDS = re.compile(rf"\b(?:(?P<remote>{_REMOTE})|(?P<hybrid>hybrid|hyrbid)|(?P<onsite>{_ONSITE}))\b", re.I)
_NOT_REMOTE = re.compile(r"\b(?:no|not|non)[- ]?(?:fully )?remote\b|\bremote\s*:\s*no\b", re.I)
_DAYS_A_WEEK = re.compile(r"\b\d(?:\s*-\s*\d)?\s*(?:days?|x)\s*(?:/|a|per|each)\s*(?:week|wk)\b", re.I)
_FEW_DAYS = re.compile(r"\b(?:[1-4]|one|two|three|four)(?:\s*-\s*[1-4])?[\s-]*days?\b", re.I)


_HYBRID_REMOTE = re.compile(r"\bhybrid\s+remote\b|\bremote\s*\(\s*hybrid\b", re.I)  # not "Remote/Hybrid": either
_REMOTE_ALONE = re.compile(r"\bremote\b", re.I)


def location_workplace(text: str | None) -> str:
    """onsite|hybrid|remote|unknown from location words ("Remote - US", "NYC (Hybrid)").

    When several are named ("ONSITE SF or NYC; Remote") the most flexible wins: remote, then
    hybrid, then onsite; "N days/week" in the office is hybrid; "no remote" is onsite.
    """
    if not text:
        return "unknown"
    found = {m.lastgroup for m in WORDS.finditer(text)}
    if _NOT_REMOTE.search(text):
        found = (found - {"remote"}) | {"onsite"}
    if _HYBRID_REMOTE.search(text) and not _REMOTE_ALONE.search(_HYBRID_REMOTE.sub(" ", text)):
        return "hybrid"  # "Hybrid Remote, Berlin" / "Remote (hybrid)": one workplace, hybrid
    if "remote" in found:
        return "remote"
    if "hybrid" in found or ("onsite" in found and (_DAYS_A_WEEK.search(text) or _FEW_DAYS.search(text))):
        return "hybrid"
    return "onsite" if "onsite" in found else "unknown"


_TEXT_HYBRID = re.compile(
    r"\bhybrid\s*(?:\(|-|–)?\s*(?:role|position|schedule|model|work(?:ing)?|arrangement|setup|"
    r"environment|\d\s*days?)\b|\b(?:this|the) (?:role|position|job) is hybrid\b|"
    r"\b\d(?:\s*-\s*\d)?\s*days?\s*(?:a|per|/|each)\s*week\s*(?:in|at|from) (?:the|our) office\b|"
    r"\bin[- ]office \d(?:\s*-\s*\d)? days\b", re.I)
_TEXT_REMOTE = re.compile(
    r"\b(?:fully|100%|completely|entirely) remote\b|\bremote[- ](?:position|role|job|opportunity)\b|"
    r"\b(?:this|the) (?:role|position|job) is (?:fully )?remote\b|\bwork from anywhere\b|"
    r"\b(?:work|working) remotely from\b|\bremote within (?:the )?[A-Z]|"
    r"\b(?:work(?:place)?\s*(?:mode|type|model|arrangement)\s*:\s*(?:fully\s+)?remote|remote\s*:\s*yes)\b", re.I)
_TEXT_ONSITE = re.compile(
    r"\b(?:this|the) (?:role|position|job) is (?:based )?(?:on[- ]?site|in[- ]office|in[- ]person|"
    r"not (?:a )?remote)\b|\b(?:fully|100%) (?:on[- ]?site|in[- ]office|in[- ]person)\b|"
    r"\bon[- ]?site (?:role|position|job)\b|\b5 days (?:a|per) week in (?:the|our) office\b|"
    r"\b(?:not (?:a )?remote|no remote)\b|\bremote work is not (?:available|possible)\b", re.I)


def description_workplace(text: str | None) -> str:
    """Workplace from a description, on clear phrases only ("fully remote", "this role is on-site",
    "hybrid (3 days/week)"); a passing "remote teams" or "remote sensing" says nothing."""
    if not text:
        return "unknown"
    text = text[:20000]
    if _TEXT_HYBRID.search(text):
        return "hybrid"
    remote, onsite = bool(_TEXT_REMOTE.search(text)), bool(_TEXT_ONSITE.search(text))
    if remote != onsite:
        return "remote" if remote else "onsite"
    return "unknown"
