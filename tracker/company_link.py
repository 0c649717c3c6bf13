"""Link layoff notices to employers in ``companies``, with a score and how it was decided.

A name is reduced to a *link key*: the project's normalized name (legal forms, "the",
punctuation, "d/b/a" handled by ``normalize_company_name``), then without a site tail
("Intel Corporation (SC-9)", "Meta Platforms, Inc. - 1 Hacker", "Walmart #5931"), ".com"
and trailing descriptor words ("Services", "USA", "Holdings"). Aliases (subsidiaries,
brands, former names: tracker/data/company_aliases.csv) map a key to its parent's key.

Methods, in order: ``exact`` (same key), ``alias`` (same key after aliases), ``fuzzy``
(a typo or spacing, or a soft word such as "Technologies" left out by one side). Guards: a name
made only of common words ("American", "Services") never links; a key shorter than 4 characters
links only exactly; an ambiguous key (two employers) never links; an alias leads from a unit to
its parent, never back. Everything else stays unlinked, its best near miss kept in ``score``.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process

from tracker.companies import normalize_company_name

ALIASES = Path(__file__).parent / "data" / "company_aliases.csv"
FUZZY_MIN = 0.92  # token_sort_ratio of the keys, 0..1
FUZZY_MIN_LEN = 4
SAME_CORE = 0.96  # the score of keys equal once soft words and spaces are set aside
# Descriptor words dropped from the end of a key ("Amazon.com Services" -> "amazon").
TRAILING = {"services", "service", "usa", "us", "america", "north", "holdings", "holding", "group",
            "international", "intl", "operations", "na", "com", "global", "enterprises", "worldwide",
            "benefit", "pbc"}
# Words that say nothing about which firm it is: a key made only of these never links.
COMMON = TRAILING | {
    "american", "national", "united", "general", "first", "global", "pacific", "western", "eastern",
    "southern", "northern", "central", "new", "the", "and", "of", "company", "health", "healthcare",
    "care", "technologies", "technology", "tech", "systems", "solutions", "industries", "products",
    "manufacturing", "media", "labs", "financial", "insurance", "bank", "capital", "partners", "energy",
    "logistics", "medical", "center", "home", "foods", "food", "software", "data", "ai", "inc",
}
# Words a firm's short name often leaves out ("Dell Technologies" ~ "Dell"): dropped for fuzzy matching only.
SOFT_TRAILING = {"technologies", "technology", "systems", "software", "labs", "inc"}
_SLASH = re.compile(r"\s+/\s*|\s*/\s+")
_DBA = re.compile(r"\s*\b(?:d/b/a|dba|a/k/a|aka|f/k/a|fka|formerly)\b\.?\s*", re.I)
_SITE_TAIL = re.compile(r"\s*(?:\(.*\)?|\s-.*|-\s.*|#\s*\d.*|,?\s+(?:copy|updated from previous))\s*$"
                        r"|(?<=\b(?:llc|inc|ltd))-\w.*$", re.I)
_CODE = re.compile(r"^[a-z]{0,4}\d+[a-z]?$")  # site codes and numbers: "sna19", "6300"
_MARKERS = re.compile(r"\*?\s*updated\s*\*?|\((?:rescission|rescinded|amended|amendment|updated|revised)\)", re.I)


def link_key(name: str | None) -> str | None:
    """The key two names of one employer share: "Amazon.com Services LLC" -> "amazon"."""
    if not name:
        return None
    text = _MARKERS.sub(" ", str(name))
    while True:
        shorter = _SITE_TAIL.sub("", text)
        if shorter == text or not shorter.strip(" ,.-"):
            break
        text = shorter
    key = normalize_company_name(re.sub(r"(?<=\w)\.com\b", " com", text, flags=re.I))
    if not key:
        return None
    words = key.split()
    while len(words) > 1 and (words[-1] in TRAILING or _CODE.match(words[-1])):
        words.pop()
    return " ".join(words)


def name_keys(name: str | None) -> list[str]:
    """Link keys of a name and of each of its "d/b/a" or " / " names, legal name first."""
    legal, *others = _DBA.split(name or "")
    parts = [name or ""] if not others else [legal]
    parts += [p for p in _SLASH.split(legal)[1:] + others if p.strip(" ,.-")]
    if len(parts) > 1 and _SLASH.search(legal):
        parts.insert(1, _SLASH.split(legal)[0])
    keys = [link_key(p) for p in parts]
    return list(dict.fromkeys(k for k in keys if k))


@lru_cache(maxsize=4)
def load_aliases(path: Path = ALIASES) -> dict[str, str]:
    """alias key -> company key, from the shipped table."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {link_key(r["alias"]): link_key(r["company"]) for r in rows if r["alias"] and r["company"]}


def core(key: str) -> str:
    """A key without soft trailing words ("dell technologies" -> "dell")."""
    words = key.split()
    while len(words) > 1 and words[-1] in SOFT_TRAILING:
        words.pop()
    return " ".join(words)


def is_common(key: str) -> bool:
    return all(w in COMMON or w.isdigit() for w in key.split())


class Link(NamedTuple):
    company_id: int | None
    score: float | None
    method: str | None  # exact | alias | fuzzy | None (unlinked; score = best near miss)


class Linker:
    """Matches names against a fixed set of employers ``{id: name}``."""

    def __init__(self, companies: dict[int, str], aliases: dict[str, str] | None = None):
        self.aliases = load_aliases() if aliases is None else aliases
        self.by_name: dict[str, set[int]] = {}
        self.by_key: dict[str, set[int]] = {}
        for cid, name in companies.items():
            self.by_name.setdefault(normalize_company_name(name), set()).add(cid)
            for key in name_keys(name):
                self.by_key.setdefault(key, set()).add(cid)
        self.by_core: dict[str, set[int]] = {}
        for key, ids in self.by_key.items():
            if len(core(key).replace(" ", "")) >= FUZZY_MIN_LEN and not is_common(core(key)):
                self.by_core.setdefault(core(key), set()).update(ids)
        self.bare = {k for k in self.by_name if k in self.by_core}  # cores that are a whole name ("dell")
        self.fuzzy_keys = list(self.by_core)

    def link(self, name: str | None) -> Link:
        keys = [k for k in name_keys(name) if not is_common(k)]  # "American", "Services": never alone
        if not keys:
            return Link(None, None, None)
        if len(ids := self.by_name.get(normalize_company_name(name), ())) == 1:
            return Link(next(iter(ids)), 1.0, "exact")
        for key in keys:
            if len(ids := self.by_key.get(key, ())) == 1:
                return Link(next(iter(ids)), 1.0, "exact")
        for key in keys:  # a unit or former name links to its parent, never the other way
            if key in self.aliases and len(ids := self.by_key.get(self.aliases[key], ())) == 1:
                return Link(next(iter(ids)), 1.0, "alias")
        best, bare = 0.0, normalize_company_name(name)
        for key in keys:
            canon = core(self.aliases.get(key, key))
            if len(canon.replace(" ", "")) < FUZZY_MIN_LEN or is_common(canon):
                continue
            for cand, score, _ in process.extract(canon, self.fuzzy_keys, scorer=fuzz.token_sort_ratio,
                                                  limit=3, score_cutoff=80):
                score = self._guarded(canon, cand, score / 100)
                if score == SAME_CORE and bare != canon and cand not in self.bare:
                    score = 0.9  # both names were shortened ("Lucid Group" / "Lucid Software"): unsure
                if score >= FUZZY_MIN and len(ids := self.by_core[cand]) == 1:
                    return Link(next(iter(ids)), round(score, 3), "fuzzy")
                best = max(best, score)
        return Link(None, round(best, 3) if best else None, None)

    @staticmethod
    def _guarded(a: str, b: str, score: float) -> float:
        """No credit for a different word count or a different first letter ("Sift"/"Shift" pass
        token scores only when the rest agrees; "Unity"/"Unit" fall below on length)."""
        wa, wb = a.split(), b.split()
        if len(wa) != len(wb) and a.replace(" ", "") != b.replace(" ", ""):
            return 0.0
        if a[0] != b[0]:
            return 0.0
        if a.replace(" ", "") == b.replace(" ", ""):
            return SAME_CORE  # same core: only spacing or a soft word ("Technologies") differed
        return score if min(len(a), len(b)) >= 8 else score * 0.95


def link_notices(db) -> dict:
    """(Re)link every layoff notice; write only rows whose link changed. Returns counts."""
    companies = dict(db.execute("SELECT id, name FROM companies").fetchall())
    linker = Linker(companies)
    changes, counts = [], {"exact": 0, "alias": 0, "fuzzy": 0, "unlinked": 0, "changed": 0}
    cache: dict[str, Link] = {}
    rows = db.execute("SELECT id, company_raw, company_id, link_score, link_method FROM layoff_notices")
    for notice_id, raw, cid, score, method in rows.fetchall():
        link = cache.get(raw) or cache.setdefault(raw, linker.link(raw))
        counts[link.method or "unlinked"] += 1
        if (cid, score, method) != (link.company_id, link.score, link.method):
            changes.append((link.company_id, link.score, link.method, notice_id))
    with db.conn:
        db.conn.executemany("UPDATE layoff_notices SET company_id = ?, link_score = ?, link_method = ? WHERE id = ?",
                            changes)
    counts["changed"] = len(changes)
    return counts
