"""Hacker News "Ask HN: Who is hiring?" threads: each top-level comment -> postings.

Items come from the official Firebase API (``/v0/item/{id}.json``: the story lists its
top-level comments in ``kids``) or from Algolia (``/api/v1/items/{id}``: the whole tree in
one response), read into the Firebase item shape. A comment is free text, by convention
``Company | Role(s) | Location | REMOTE | $salary | URL`` on its first line, often not.
``parse_comment`` reads it: pure functions, measured against labelled comments in
``tests/extract/cases/hn_hiring``. One posting per role; comments that are not job ads
(replies, job seekers, deleted or flagged ones) give a skip reason instead.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from tracker.extract import BadPayload, as_str
from tracker.extract import hn_text as t
from tracker.items import Posting

SOURCE = "hn_hiring"
HIRING_TITLE = "Ask HN: Who is hiring?"
ITEM_URL = "https://news.ycombinator.com/item?id={id}"
KV = re.compile(r"^(?P<k>[A-Za-z][A-Za-z /&'’]{1,24}?)\s*:\s*(?P<v>.*)$")
KEYS = {
    "company": {"company", "employer"},
    "role": {"role", "roles", "position", "positions", "title", "job title", "hiring", "we're hiring",
             "we’re hiring", "we are hiring", "now hiring", "also hiring", "looking for", "open roles",
             "open positions", "we are hiring for", "hiring for"},
    "location": {"location", "locations", "office", "offices", "where", "based in"},
    "remote": {"remote", "workplace", "work mode", "remote work", "onsite", "on-site"},
    "salary": {"salary", "compensation", "comp", "comp range", "pay", "pay range", "base", "salary range",
               "base salary", "rate", "pay rate"},
    "employment": {"type", "employment", "job type", "employment type", "commitment", "hours"},
}
DASHES = re.compile(r"\s+[–—]\s+|\s+-{1,2}\s+|;\s+")
BULLET = re.compile(r"^\s*(?:[-*•·–—>+]+\s*|\(?\d{1,2}[.)]\s+|\[\d{1,2}\]\s*|#+\s+)")
LINE_CUT = r":\s|\s:\s|:$|\s-{1,2}\s|\s[–—]\s|\||\shttps?://|(?<=[a-z)]{2})\.\s+(?=[A-Z])"
SEEKER = re.compile(r"^\s*(?:seeking work|for hire)\b|\bwilling to relocate\b|^\s*i'?m an? (?:[\w-]+\s+){0,3}"
                    r"(?:developer|engineer|designer|freelancer|consultant)\b", re.I)
JOB_URL = re.compile(r"job|career|apply|position|opening|vacanc|hiring|join|recruit|/o/|/p/|ashbyhq|greenhouse"
                     r"|grnh\.se|lever\.co|workable|breezy|applytojob|gem\.com|dover|polymer|trinethire|teamtailor"
                     r"|personio|bamboohr|rippling|gusto|wellfound|smartrecruiters|myworkdayjobs|talentio", re.I)
_NAME = r"[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3}"
COMPANY_PROSE = (
    # "We're hiring at Acme!", "Hiring at Acme:", "I'm the CTO of Acme."
    re.compile(rf"(?:^|[.!]\s+)(?i:we'?re|we’re|we are)\s+(?i:hiring)\s+(?i:at|for)\s+(?P<c>{_NAME})\b"),
    re.compile(rf"^hiring at (?P<c>{_NAME})\s*[:!.,-]", re.I),
    re.compile(rf"\b(?:I'?m|I am) (?:the |a |an )?(?:\w+ ){{0,2}}(?:of|at) (?P<c>{_NAME})\s*[.,!]"),
    re.compile(rf"^(?:(?:hey|hi|hello)(?: hn)?!?\s*)?(?:we'?re|we’re|we are)\s+(?P<c>{_NAME})\s*[.,!]", re.I),
    re.compile(rf"^at (?P<c>{_NAME}),\s+we\b", re.I),
    re.compile(rf"(?:^|[,.!]\s+)(?P<c>{_NAME}|^[a-z][\w.-]*)\s*(?:\([^)]*\)\s*)?(?:is|are)\s+(?:now\s+|currently\s+)?"
               r"(?:hiring|building|a|an|the|one of|on a mission)\b"),
    re.compile(rf"\bjoin (?P<c>{_NAME})\s+(?:and|as|to|in|on)\b"),
)
NOT_NAMES = re.compile(r"^(?:we|our|this|it|here|there|the|that|what|who|you|he|she|they|i|my|everyone|hey|hi|hn|"
                       r"ask|if|a|an|and|but|so|job|role|team|company|hiring|looking|building)\b", re.I)
ROLE_PROSE = (
    re.compile(r"\b(?:hiring|looking for|seeking|searching for)\s+(?:for\s+)?(?:both\s+)?(?:an?\s+|our\s+(?:first\s+|next\s+)?|(?:several|"
               r"multiple|two|three|four|\d+)\s+)?(?P<t>[\w/&+.'-]+(?:\s+[\w/&+.'-]+){0,5}?)(?=\s+(?:to|who|for|"
               r"on|in|at|with|that|and|across|based|here)\b|[.,;:!()]|$)", re.I),
    re.compile(r"\bAs an? (?P<t>[\w/&+ -]{3,60}?),\s+you\b"),
    re.compile(r"\broles? open[^:.]{0,30}:\s*(?P<t>[^.]{3,60})", re.I),
)


@dataclass
class Role:
    title: str
    location: str | None = None
    workplace: str = "unknown"
    salary_text: str | None = None
    apply_url: str | None = None


@dataclass
class Parsed:
    """What one comment says: its employer, roles and the terms stated for all of them."""

    company: str | None = None
    roles: list[Role] = field(default_factory=list)
    location: str | None = None
    workplace: str = "unknown"
    employment: str | None = None
    salary_text: str | None = None
    apply_url: str | None = None
    skip: str | None = None


def text_lines(fragment: str | None) -> list[str]:
    """HN comment HTML -> plain lines; a link becomes its full href (HN truncates the shown text)."""
    fragment = fragment if isinstance(fragment, str) else ""
    text = re.sub(r"<a\s[^>]*?href=\"([^\"]*)\"[^>]*>.*?</a>", lambda m: m.group(1), fragment, flags=re.I | re.S)
    text = re.sub(r"<\s*(?:p|br)\s*/?>", "\n", text, flags=re.I)
    text = html.unescape(re.sub(r"<[^>]*>", "", text))
    return [line for line in (re.sub(r"\s+", " ", x).strip() for x in text.split("\n")) if line]


def parse_comment(fragment: str | None) -> Parsed:
    """Read one top-level comment of a "Who is hiring?" thread."""
    lines = text_lines(fragment)
    first = lines[0] if lines else ""
    if not first:
        return Parsed(skip="empty comment")
    if re.fullmatch(r"\[(?:flagged|dead|deleted)\]", first, re.I):
        return Parsed(skip="flagged or deleted")
    if re.match(r"^[(\[]?closed\b", first, re.I):
        return Parsed(skip="marked closed by its author")
    if SEEKER.search(" ".join(lines[:8])):
        return Parsed(skip="job seeker, not an employer")
    head = _header(lines)
    kv = _key_values(lines)
    body = _body_roles(lines[1:])
    specific = [r for r in head["roles"] if not t.GENERIC_ROLES.search(r.title)]
    roles = (body if len(body) > 1 or not specific else specific) or head["roles"] or _prose_roles(lines)
    company = head["company"] or _first(kv.get("company")) or _prose_company(lines) or _domain_company(lines)
    where = head["where"] + kv.get("location", []) + kv.get("remote", [])
    stated = t.workplace(" ; ".join(where))
    if stated == "unknown":
        stated = t.workplace(" ".join(t.CAPS_WORKPLACE.findall(" ".join(lines))))
    parsed = Parsed(
        company=company, roles=roles, location=_join(head["places"] + kv.get("location", [])), workplace=stated,
        employment=_join(head["employment"] + kv.get("employment", [])),
        salary_text=_join(head["salary"] + [v for v in kv.get("salary", []) if t.SALARY_HINT.search(v)]
                          + [v for v in kv.get("location", []) if t.SALARY_HINT.search(v)]),
        apply_url=_job_url(lines, head["urls"]))
    if not roles:
        parsed.skip = "no role title found" if company else "not a job ad"
    elif not company:
        parsed.skip = "no employer named"
    return parsed


def _first(values):
    return values[0] if values else None


def _join(values) -> str | None:
    seen = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return "; ".join(seen) or None


def _header(lines: list[str]) -> dict:
    """The conventional first line: fields split on ``|`` (or dashes), each classified."""
    out = {"company": None, "roles": [], "where": [], "places": [], "salary": [], "employment": [], "urls": []}
    first = lines[0]
    if "|" in first:
        fields = t.split_top(first, r"\|")
    else:
        fields = [f.strip() for f in DASHES.split(first)] if len(first) <= 150 else []
        if len(fields) < 2 or len(fields[0].split()) > 6:
            return out
        if all(_kind(f) == "unknown" for f in fields[1:]):  # "Fathom – AI Notetaker": a name and a tagline
            out["company"] = _clean_company(fields[0]) if len(first) <= 60 and first[0].isupper() else None
            return out
    fields = [f for f in fields if f]
    if fields and not t.is_role(fields[0]) and DASHES.search(fields[0]):
        fields[:1] = [f for f in DASHES.split(fields[0]) if f.strip()]
    kinds = [_kind(f) for f in fields]
    if kinds and kinds[0] == "place":  # "Burnin (London or NYC) | ...": a name with its places
        kinds[0] = _kind(re.sub(r"\([^)]*\)", "", fields[0]))
    if kinds and kinds[0] == "role" and "role" in kinds[1:]:
        kinds[0] = "company"  # "Global Partners | Senior Director": a name ending like a title
    pick = next((i for i, k in enumerate(kinds[:3]) if k in ("unknown", "company")), None)
    if kinds and kinds[0] == "url" and t.DOMAIN.match(fields[0]) and "/" not in fields[0]:
        pick = 0  # "Oscilar.com | ..." names the company by its domain
    if pick is not None:
        out["company"] = _clean_company(fields[pick])
    for i, (text, kind) in enumerate(zip(fields, kinds)):
        if out["company"] and i == len(fields) - 1:
            text = _trim_tail(text, out["company"])
            kind = _kind(text)
        out["urls"] += t.URL.findall(text)
        if kind not in ("url", "salary"):
            out["where"].append(text)
        if i == pick:
            continue
        if kind == "role" and (split := t.role_prefix(text)):  # "Engineer (Go) Newport Beach, CA"
            out["roles"].append(Role(t.clean_title(split[0])))
            out["places"].append(split[1])
        elif kind == "role":
            out["roles"] += [Role(t.clean_title(r)) for r in t.split_roles(text) if t.is_role(r)]
        elif kind == "salary":
            out["salary"].append(text)
        elif kind == "employment":
            out["employment"].append(text)
        elif kind in ("workplace", "place"):
            out["places"].append(re.sub(r"^(?:location|based in)\s*:\s*", "", text, flags=re.I))
        elif kind == "unknown" and not out["roles"] and (split := t.role_prefix(text)):
            out["roles"].append(Role(t.clean_title(split[0])))
            out["places"].append(split[1])
    return out


def _kind(text: str) -> str:
    text = text.strip()
    if re.match(r"^company\s*:", text, re.I):
        return "company"
    if t.URL.fullmatch(text) or t.DOMAIN.match(text):
        return "url"
    if t.YC_BATCH.match(text):
        return "other"
    if t.SALARY_HINT.search(text) and not t.is_role(text):
        return "salary"
    if t.is_role(text):
        return "role"
    if t.workplace(text) != "unknown":
        return "workplace"
    if t.EMPLOYMENT.match(text) or (t.EMPLOYMENT.search(text) and len(text.split()) <= 6):
        return "employment"
    return "place" if t.is_place(text) else "unknown"


def _trim_tail(text: str, company: str) -> str:
    """The last header field often runs into the first sentence: cut it there."""
    if len(text.split()) <= 8:
        return text
    word = company.split()[0]
    cut = re.search(rf"\s(?={re.escape(word)}\b)", text) if len(word) >= 4 else None
    cut = cut or re.search(r"\s(?=(?:We|We're|We’re|Our|Pitch:)\s)", text)
    return text[:cut.start()].strip() if cut else " ".join(text.split()[:8])


def _clean_company(text: str) -> str | None:
    text = t.URL.sub("", re.sub(r"^\s*(?:#+|company\s*:)\s*", "", text, flags=re.I))
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", text)
    text = DASHES.split(text)[0].strip(" ,.-|:;")
    if not text or t.YC_BATCH.match(text) or len(text) > 60 or len(text.split()) > 6:
        return None
    return re.sub(r"\s+", " ", text)


def _key_values(lines: list[str]) -> dict[str, list[str]]:
    """``Location: Remote (US)``-style lines anywhere in the comment, by kind."""
    out: dict[str, list[str]] = {}
    for line in lines:
        m = KV.match(line)
        if not m or not m.group("v").strip():
            continue
        key = m.group("k").strip().lower()
        kind = next((k for k, names in KEYS.items() if key in names), None)
        if kind and kind != "role" and len(m.group("v")) <= 100:
            out.setdefault(kind, []).append(m.group("v").strip())
    return out


def _body_roles(lines: list[str]) -> list[Role]:
    """Roles listed one per line: "- Staff Engineer (Go) | $200k | https://...", "Designer: https://..."."""
    roles = []
    for line in lines:
        m = KV.match(line)
        if m and m.group("k").strip().lower() in KEYS["role"] and m.group("v").strip():
            value, pay = t.split_pay(m.group("v"))
            roles += [Role(t.clean_title(r), salary_text=pay) for r in t.split_roles(value) if t.is_role(r, strict=True)]
            continue
        bullet = BULLET.match(line)
        text = re.sub(r"^(?:\[\d+\]\s*)+", "", line[bullet.end():] if bullet else line)
        cut = t.first_separator(text, LINE_CUT)
        title, rest = (text[:cut.start()].strip(), text[cut.start():]) if cut else (text.strip(), "")
        title, pay = t.split_pay(title)  # "Support Engineer £30k–£55k | Full-time"
        if pay:
            rest = f"{pay} | {rest}"
        if not (bullet or rest.strip(" :")) or len(title) > 90 or not t.is_role(title, strict=True):
            continue
        extra = " ".join(re.findall(r"\([^)]*\)|\[[^\]]*\]", title)) + " " + rest
        places = [f.strip(" -–—:") for f in re.split(r"\||\s[–—-]\s", t.URL.sub(" ", rest))
                  if t.is_place(f) and len(f) < 80]
        urls = [u.rstrip(".,;:") for u in t.URL.findall(rest)]
        roles.append(Role(t.clean_title(title), location=_join(places), workplace=t.workplace(extra),
                          salary_text=_join(f.strip(" -–—:|()") for f in re.split(r"\||\(", extra) if t.salary(f)),
                          apply_url=urls[0] if urls else None))
    return roles


def _prose_roles(lines: list[str]) -> list[Role]:
    for line in lines[:6]:
        if listed := _listed_roles(line):
            return listed
        for pattern in ROLE_PROSE:
            for m in pattern.finditer(line):
                title = t.clean_title(m.group("t"))
                if t.is_role(title) and (len(title.split()) >= 2 or title.isupper()):
                    return [Role(title)]
    return []


def _listed_roles(line: str) -> list[Role]:
    """Roles after a colon in prose: "Hiring at Acme: Senior Rust engineer and Product Designer"."""
    return [Role(title, salary_text=pay) for title, pay in t.listed_roles(line)]


def _prose_company(lines: list[str]) -> str | None:
    for line in lines[:4]:
        for pattern in COMPANY_PROSE:
            m = pattern.search(line)
            if m and not NOT_NAMES.match(m.group("c")) and not t.is_role(m.group("c")):
                return _clean_company(m.group("c"))
    return None


def _domain_company(lines: list[str]) -> str | None:
    for url in t.URL.findall(" ".join(lines)):
        if domain := t.registered_domain(url):
            return domain
    return None


def _job_url(lines: list[str], header_urls: list[str]) -> str | None:
    """The first link that looks like a job page or an ATS (the header's first)."""
    urls = header_urls + t.URL.findall(" ".join(lines))
    return next((u.rstrip(".,;:") for u in urls if JOB_URL.search(u.split("://", 1)[-1])), None)


class HNComment:
    """One top-level comment (Firebase item shape) -> its postings, or why it has none."""

    def __init__(self, item: dict, board: str):
        self.item, self.board = item, board
        self.parsed = None if self.skip_reason(check_text=False) else parse_comment(item.get("text"))

    def skip_reason(self, check_text: bool = True) -> str | None:
        item = self.item
        if not isinstance(item.get("id"), int):
            return "no item id"
        if item.get("deleted"):
            return "deleted"
        if item.get("dead"):
            return "dead (flagged or killed)"
        if item.get("type") not in (None, "comment"):
            return f"not a comment: {item.get('type')}"
        return self.parsed.skip if check_text and self.parsed else None

    def url(self) -> str:
        return ITEM_URL.format(id=self.item.get("id"))

    def postings(self) -> list[Posting]:
        if self.skip_reason():
            return []
        p, item = self.parsed, self.item
        many = len(p.roles) > 1
        out = []
        for n, role in enumerate(p.roles, start=1):
            pay = role.salary_text or p.salary_text
            out.append(Posting(
                source=SOURCE, board=self.board, external_id=f"{item.get('id')}-{n}" if many else str(item.get("id")),
                title=role.title, company=p.company, description_html=_html(item.get("text")), url=self.url(),
                apply_url=role.apply_url or p.apply_url, location_raw=role.location or p.location,
                workplace=role.workplace if role.workplace != "unknown" else p.workplace,
                employment_type_raw=p.employment, posted_at=item.get("time"), **t.salary(pay)))
        return out


def _html(text) -> str | None:
    return as_str(text) if isinstance(text, str) else None


# -- API shapes ------------------------------------------------------------------
def item_path(item_id) -> str:
    return f"/v0/item/{item_id}.json"


def user_path(user: str) -> str:
    return f"/v0/user/{user}.json"


def submitted(user) -> list[int]:
    """A Firebase user's submissions, newest first."""
    if not isinstance(user, dict) or not isinstance(user.get("submitted"), list):
        raise BadPayload("expected a user object with a 'submitted' list")
    return [i for i in user["submitted"] if isinstance(i, int)]


def is_hiring_story(item) -> bool:
    return (isinstance(item, dict) and item.get("type") == "story" and not item.get("deleted")
            and str(item.get("title") or "").startswith(HIRING_TITLE))


def story_kids(item) -> list[int]:
    """The top-level comment ids of a story."""
    if not isinstance(item, dict) or item.get("type") not in ("story", "job", "poll"):
        raise BadPayload("expected a story item")
    kids = item.get("kids") or []
    if not isinstance(kids, list):
        raise BadPayload("expected 'kids' to be a list")
    return [k for k in kids if isinstance(k, int)]


def algolia_comments(tree) -> list[dict]:
    """The top-level comments of an Algolia ``items/{id}`` tree, as Firebase items."""
    if not isinstance(tree, dict) or not isinstance(tree.get("children"), list):
        raise BadPayload("expected an Algolia item with a 'children' list")
    out = []
    for child in tree["children"]:
        if not isinstance(child, dict):
            out.append(child)
            continue
        gone = child.get("author") is None and child.get("text") is None
        out.append({"id": child.get("id"), "by": child.get("author"), "time": child.get("created_at_i"),
                    "text": child.get("text"), "type": child.get("type"), "parent": child.get("parent_id"),
                    **({"deleted": True} if gone else {})})
    return out
