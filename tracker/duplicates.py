"""The same job on two sources: ``postings.duplicate_of`` (the posting it repeats) and ``duplicate_score``.

A board's copy (HN, remote boards, JSON-LD pages) points at the employer's ATS posting; of two
ATS copies the newer points at the older; two postings of one board never link. Run after the
crawl over open postings, ``link_duplicates(db)`` writes only rows whose link changed (a link
whose target closed or no longer matches is cleared). Candidates share an employer
(``company_link.link_key``) and a title word, or a link of the copy names the target; a posting
with no employer meets only one with the same title posted the same minute. ``score`` weighs:
- title: IDF-weighted overlap of normalized words (abbreviations expanded, work-mode words and
  the postings' place names left out: "Sr. Data Engineer (Remote)" = "Senior Data Engineer");
- link: the copy's apply URL, or a link in its text no other posting of its board carries,
  names the target (board token and id); naming another posting of a board rules that board out;
- place: other countries never link; a shared city helps; remote against onsite counts against
  unless the board lists remote jobs only; text: word 3-gram containment (a small bonus, as
  employers repeat boilerplate); dates: a copy a month older than its target counts against.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from itertools import combinations

from tracker.ats_url import parse_careers_url
from tracker.company_link import link_key

THRESHOLD = 0.9  # measured on tests/cases/duplicates/pairs.jsonl by bench/duplicates.py
TITLE_FLOOR = 0.25  # below this title overlap nothing links, not even through a link
TEXT_MIN_CHARS = 100
REMOTE_ONLY = {"remoteok", "remotive", "jobicy"}  # boards that list remote jobs only
KIND_RANK = {"ats": 0, "board": 1}
CHUNK = 500
SCORE_TOLERANCE = 0.02  # a link's stored score is rewritten only when it moves more than this
ABBREVIATIONS = {
    "sr": "senior", "snr": "senior", "jr": "junior", "eng": "engineer", "engr": "engineer", "mgr": "manager",
    "dev": "developer", "ml": "machine learning", "swe": "software engineer", "sde": "software engineer",
    "sre": "site reliability engineer", "vp": "vice president", "svp": "senior vice president",
    "mgmt": "management", "ops": "operations", "admin": "administrator", "assoc": "associate",
    "acct": "account", "exec": "executive", "dir": "director", "i": "1", "ii": "2", "iii": "3", "iv": "4",
}
PHRASES = ((re.compile(r"\bfront[\s-]+end\b"), "frontend"), (re.compile(r"\bback[\s-]+end\b"), "backend"),
           (re.compile(r"\bfull[\s-]+stack\b"), "fullstack"), (re.compile(r"\bpart[\s-]+time\b"), "parttime"),
           (re.compile(r"\bon[\s-]+site\b|\bin[\s-]+office\b"), "onsite"),
           (re.compile(r"\b[mfwdhx]\s*/\s*[mfwdhx](?:\s*/\s*[mfwdhx])?\b"), " "))  # (m/f/d), (h/f)
NOISE = {"remote", "hybrid", "onsite", "full", "time", "fulltime", "all", "genders", "gender", "anywhere",
         "wfh", "and", "of", "the", "for", "to", "a", "an", "at", "with", "in", "on", "or", "based", "job"}
_WORD = re.compile(r"\w+")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
_POSTING_PART = re.compile(r"\d{5,}|[0-9a-f]{8}-[0-9a-f]{4}|[A-Z0-9]{10}")  # a posting id in a URL path

def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()

def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word

def title_tokens(title: str | None) -> tuple[str, ...]:
    """Normalized title words: "Sr. Backend Eng (Remote, m/f/d)" -> ("senior", "backend", "engineer")."""
    text = _ascii(title or "").replace("&", " and ")
    for pattern, replacement in PHRASES:
        text = pattern.sub(replacement, text)
    words = [part for w in _WORD.findall(text.replace("_", " ")) for part in ABBREVIATIONS.get(w, w).split()]
    return tuple(_stem(w) for w in words if w not in NOISE)

def place_words(*values: str | None) -> set[str]:
    """Words of a posting's places, left out of both titles when two postings are compared."""
    return {_stem(w) for v in values if v for w in _WORD.findall(_ascii(v)) if not w.isdigit()}

def title_similarity(a, b, idf: dict[str, float] | None = None, drop: set[str] = frozenset()) -> float:
    """IDF-weighted Jaccard overlap of two titles' words (1.0 for the same words)."""
    sa, sb = set(a) - drop, set(b) - drop
    if not sa or not sb:
        sa, sb = set(a), set(b)  # a title made only of place words: compare it whole
    if not sa or not sb:
        return 0.0
    if sa == sb:
        return 1.0
    idf = idf or {}  # fsum over sorted words: the same figure whatever the set order (hash seed)
    return math.fsum(idf.get(w, 1.0) for w in sorted(sa & sb)) / math.fsum(idf.get(w, 1.0) for w in sorted(sa | sb))

def idf_table(token_lists) -> dict[str, float]:
    """Smoothed inverse document frequency of title words over a corpus of titles."""
    counts, n = Counter(), 0
    for tokens in token_lists:
        counts.update(set(tokens))
        n += 1
    return {w: math.log((n + 1) / (c + 1)) + 1 for w, c in counts.items()}

def shingles(text: str | None, size: int = 3) -> set[str]:
    words = _WORD.findall(_ascii(text or ""))
    return {" ".join(words[i:i + size]) for i in range(max(0, len(words) - size + 1))}

def containment(a: set, b: set) -> float:
    """Share of the smaller shingle set found in the other: a shortened copy still scores high."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0

@dataclass
class Features:
    """What a (copy, target) pair has in common; ``score`` turns it into 0..1."""

    title: float
    link: bool = False  # a link of the copy names the target posting
    country_conflict: bool = False
    same_city: bool = False
    remote_conflict: bool = False
    city_conflict: bool = False  # both name cities, none shared, neither is remote
    text: float | None = None  # None: a description is missing or short
    copy_first_days: float | None = None  # how many days the copy was posted before the target
    same_minute: bool = False

def score(f: Features) -> float:
    """0..1; a pair links at ``THRESHOLD`` or above."""
    if f.country_conflict or f.title < TITLE_FLOOR:
        return 0.0
    if f.link:
        return round(min(1.0, 0.9 + 0.1 * f.title), 3)
    s = f.title - 0.3 * f.city_conflict + 0.05 * f.same_city + 0.05 * f.same_minute + 0.05 * (f.text or 0.0) - 0.15 * f.remote_conflict
    if f.copy_first_days is not None:
        s -= 0.2 if f.copy_first_days > 30 else 0.0  # an ad cannot repeat a posting made a month later
        s -= 0.1 if abs(f.copy_first_days) > 365 else 0.0
    return round(max(0.0, min(1.0, s)), 3)

@dataclass(eq=False)
class Job:
    id: str
    source: str
    board: str
    external_id: str
    kind_rank: int
    company: str | None  # link key of the employer
    tokens: tuple[str, ...]
    places: set[str]
    countries: frozenset
    cities: frozenset
    workplace: str
    posted: datetime | None
    url: str | None
    own_links: tuple[str, ...] = ()
    body_links: tuple[str, ...] = ()
    links: tuple[str, ...] = ()  # the links that name one posting (set by ``specific_links``)

    @property
    def board_key(self) -> tuple[str, str]:
        return self.source, self.board.casefold()

    @property
    def order(self) -> tuple:
        """Smaller is more canonical: ATS before boards, then the older posting."""
        return self.kind_rank, self.posted.isoformat() if self.posted else "~", self.id

@lru_cache(maxsize=1)
def source_kinds() -> dict[str, str]:
    from tracker.sources import all_sources

    return {name: s.kind for name, s in all_sources().items()}

def _time(value: str | None) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None
    return stamp.replace(tzinfo=stamp.tzinfo or timezone.utc) if stamp else None

def _places(row: dict) -> tuple[frozenset, frozenset]:
    try:
        places = json.loads(row["locations"]) if row["locations"] else []
    except ValueError:
        places = []
    places = [{"country": row["country"], "city": row["city"]}] + [p for p in places if isinstance(p, dict)]
    return (frozenset(str(p["country"]).upper() for p in places if p.get("country")),
            frozenset(_ascii(str(p["city"])) for p in places if p.get("city")))

def _norm_url(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower().split("#")[0].split("?")[0].rstrip("/"))
    return re.sub(r"/(apply|application)$", "", url)

def load_jobs(db, kinds: dict[str, str] | None = None) -> list[Job]:
    """Open postings of job sources, with what blocking and scoring need."""
    kinds = kinds or source_kinds()
    boards = [name for name, kind in kinds.items() if kind == "board"]
    cursor = db.execute(
        "SELECT p.id, p.source, p.board, p.external_id, p.company, c.name AS company_name, p.title, p.url, "
        "p.apply_url, p.location_raw, p.city, p.region, p.country, p.locations, p.workplace, p.posted_at, "
        f"p.first_seen, CASE WHEN p.source IN ({','.join('?' * len(boards))}) THEN p.description_html END AS html "
        "FROM postings p LEFT JOIN companies c ON c.id = p.company_id WHERE p.closed_at IS NULL ORDER BY p.id", boards)
    names = [d[0] for d in cursor.description]
    jobs, keys = [], {}
    for values in cursor:
        row = dict(zip(names, values))
        if kinds.get(row["source"]) not in KIND_RANK:
            continue
        name = row["company_name"] or row["company"]
        if name not in keys:
            keys[name] = link_key(name)
        countries, cities = _places(row)
        own = (row["apply_url"], row["url"]) if kinds[row["source"]] == "board" else ()  # a copy's own links
        body = (u for u in _HREF.findall(row["html"] or "") if parse_careers_url(u))
        jobs.append(Job(
            id=row["id"], source=row["source"], board=row["board"], external_id=str(row["external_id"]),
            kind_rank=KIND_RANK[kinds[row["source"]]], company=keys[name], tokens=title_tokens(row["title"]),
            places=place_words(row["location_raw"], row["city"], row["region"]), countries=countries,
            cities=cities, workplace=row["workplace"] or "unknown",
            posted=_time(row["posted_at"]) or _time(row["first_seen"]), url=row["url"],
            own_links=tuple(dict.fromkeys(u for u in own if u)), body_links=tuple(dict.fromkeys(body))))
    specific_links(jobs)
    return jobs

def specific_links(jobs: list[Job]) -> None:
    """Keep a copy's links that name one posting: a link that several postings of a board carry
    (one HN comment naming several roles, with one apply link or all links in each) names none."""
    own, body = defaultdict(Counter), defaultdict(Counter)
    for job in jobs:
        own[job.board_key].update(set(job.own_links))
        body[job.board_key].update(set(job.own_links) | set(job.body_links))
    for job in jobs:
        keep = [u for u in job.own_links if own[job.board_key][u] == 1]
        job.links = tuple(dict.fromkeys(keep + [u for u in job.body_links if body[job.board_key][u] == 1]))

class Index:
    """Open postings by board and by URL, to resolve a copy's links."""

    def __init__(self, jobs: list[Job]):
        self.by_board: dict[tuple[str, str], dict[str, Job]] = defaultdict(dict)
        self.by_url: dict[str, Job] = {}
        for job in jobs:
            self.by_board[job.board_key][job.external_id] = job
            if job.url:
                self.by_url.setdefault(_norm_url(job.url), job)

    def resolve(self, url: str) -> tuple[Job | None, tuple[str, str] | None]:
        """The open posting a URL names, or else the board whose other posting it names."""
        if (job := self.by_url.get(_norm_url(url))) is not None:
            return job, None
        found = parse_careers_url(url)
        postings = self.by_board.get((found[0], found[1].casefold())) if found else None
        if not postings:
            return None, None
        for ext_id, job in postings.items():
            if len(ext_id) >= 5 and ext_id in url and re.search(
                    rf"(?<![A-Za-z0-9]){re.escape(ext_id)}(?![A-Za-z0-9])", url):
                return job, None
        path = url.split("://", 1)[-1].partition("/")[2]
        return None, ((found[0], found[1].casefold()) if _POSTING_PART.search(path) else None)

def features(copy: Job, target: Job, idf: dict, texts: dict | None = None, linked: bool = False) -> Features:
    f = Features(title=title_similarity(copy.tokens, target.tokens, idf, copy.places | target.places), link=linked)
    f.country_conflict = bool(copy.countries and target.countries and not copy.countries & target.countries)
    f.same_city = bool(copy.cities & target.cities)
    f.city_conflict = bool(copy.cities and target.cities and not f.same_city
                           and "remote" not in (copy.workplace, target.workplace))
    f.remote_conflict = copy.workplace == "remote" and target.workplace == "onsite" and copy.source not in REMOTE_ONLY
    f.text = (texts or {}).get((copy.id, target.id))
    if copy.posted and target.posted:
        f.copy_first_days = (target.posted - copy.posted).total_seconds() / 86400
        f.same_minute = abs(f.copy_first_days) * 1440 < 1
    return f

def pair_score(copy: Job, target: Job, idf: dict, texts: dict, linked: set) -> float:
    """The linker's score of a candidate pair: 0 unless both have one employer (or a link names
    the target, or one side has no employer and the same title was posted the same minute)."""
    is_link = (copy, target) in linked
    if not is_link and copy.company and target.company and copy.company != target.company:
        return 0.0
    f = features(copy, target, idf, texts, is_link)
    if (copy.company is None or target.company is None) and not (f.link or (f.same_minute and f.title == 1)):
        return 0.0
    return score(f)

def candidate_pairs(jobs: list[Job], index: Index) -> tuple[set, set]:
    """(copy, target) pairs worth scoring, and those among them whose link names the target."""
    pairs, linked, ruled_out = set(), set(), defaultdict(set)

    def add(a: Job, b: Job) -> None:
        if a.board_key != b.board_key:
            pairs.add((a, b) if b.order < a.order else (b, a))

    for job in jobs:
        for url in job.links:
            target, board = index.resolve(url)
            if target is not None and target.board_key != job.board_key and target.order < job.order:
                pairs.add((job, target))
                linked.add((job, target))
            elif board is not None:
                ruled_out[job].add(board)
    blocks = defaultdict(list)
    for job in jobs:
        blocks[job.company].append(job)
    blocks.pop(None, None)
    for block in blocks.values():
        if len({j.board_key for j in block}) < 2:
            continue
        by_token = defaultdict(lambda: defaultdict(list))  # board -> title word -> postings
        for job in block:
            for token in set(job.tokens):
                by_token[job.board_key][token].append(job)
        for job in block:
            for board, words in by_token.items():
                if board != job.board_key:
                    for other in {o for t in set(job.tokens) for o in words.get(t, ())}:
                        add(job, other)
    same_moment = defaultdict(list)  # a posting with no employer: the same title posted in the same minute
    for job in jobs:
        if job.posted:
            same_moment[(frozenset(job.tokens), job.posted.strftime("%Y%m%d%H%M"))].append(job)
    for block in same_moment.values():
        for a, b in combinations(block, 2):
            if a.company is None or b.company is None:
                add(a, b)
    return {(c, t) for c, t in pairs if (c, t) in linked or t.board_key not in ruled_out.get(c, ())}, linked

def text_similarities(db, pairs) -> dict:
    """Description containment of each pair whose two descriptions have TEXT_MIN_CHARS or more."""
    ids, sets = sorted({j.id for pair in pairs for j in pair}), {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        sql = f"SELECT id, description_text FROM postings WHERE id IN ({','.join('?' * len(chunk))})"
        sets.update((pid, shingles(text)) for pid, text in db.execute(sql, chunk)
                    if text and len(text) >= TEXT_MIN_CHARS)
    return {(c.id, t.id): round(containment(sets[c.id], sets[t.id]), 3)
            for c, t in pairs if c.id in sets and t.id in sets}

def find_links(db, jobs: list[Job], echo=None) -> tuple[dict[str, tuple[str, float]], dict]:
    """``{copy_id: (target_id, score)}`` for every open posting that repeats another, and counts."""
    idf = idf_table(j.tokens for j in jobs)
    pairs, linked = candidate_pairs(jobs, Index(jobs))
    if echo:
        echo(f"dedupe: {len(jobs)} open postings, {len(pairs)} candidate pairs to compare")
    close = [(c, t) for c, t in pairs if (c, t) in linked or (
        c.company == t.company or c.company is None or t.company is None)
        and title_similarity(c.tokens, t.tokens, idf, c.places | t.places) >= TITLE_FLOOR]
    texts = text_similarities(db, close)
    scored = []
    for copy, target in close:
        if (s := pair_score(copy, target, idf, texts, linked)) >= THRESHOLD:
            gap = abs((target.posted - copy.posted).total_seconds()) if copy.posted and target.posted else 0.0
            scored.append((-s, gap, copy.id, target.id, copy, target))
    chosen, claimed = {}, set()
    for neg, _, _, _, copy, target in sorted(scored, key=lambda x: x[:4]):
        if copy.id not in chosen and (copy.board_key, target.id) not in claimed:  # a board lists a job once
            chosen[copy.id] = (target.id, -neg)
            claimed.add((copy.board_key, target.id))
    links = {}
    for copy_id, (target_id, s) in chosen.items():
        while target_id in chosen:  # point at the root of a chain (board -> board -> ATS)
            target_id, s = chosen[target_id][0], min(s, chosen[target_id][1])
        links[copy_id] = (target_id, s)
    return links, {"postings": len(jobs), "pairs": len(pairs), "compared": len(close)}

def link_duplicates(db, kinds: dict[str, str] | None = None, echo=None) -> dict:
    """(Re)link duplicates among open postings; write only rows whose link changed. Returns counts."""
    links, counts = find_links(db, load_jobs(db, kinds), echo)
    current = {pid: (dup, s) for pid, dup, s in db.execute(
        "SELECT id, duplicate_of, duplicate_score FROM postings "
        "WHERE duplicate_of IS NOT NULL OR duplicate_score IS NOT NULL")}
    changes = [(t, s, pid) for pid, (t, s) in links.items()  # a score drifting with the corpus is kept
               if current.get(pid, (None,))[0] != t or abs((current[pid][1] or 0) - s) > SCORE_TOLERANCE]
    changes += [(None, None, pid) for pid in current.keys() - links.keys()]
    with db.conn:
        db.conn.executemany("UPDATE postings SET duplicate_of = ?, duplicate_score = ? WHERE id = ?", changes)
    new = sum(1 for pid, (t, _) in links.items() if current.get(pid, (None,))[0] != t)
    unlinked = sum(1 for pid in current.keys() - links.keys() if current[pid][0] is not None)
    return {**counts, "linked": len(links), "new": new, "unlinked": unlinked, "written": len(changes)}
