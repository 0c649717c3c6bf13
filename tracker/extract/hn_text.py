"""Word-level readers for free-text job ads (Hacker News "Who is hiring?" comments).

Each function reads one short piece of text (a header field, a list line) and says what it
is: a role title, a place, a workplace arrangement, a salary. Pure functions, no I/O; they
return None (or "unknown") for what they do not recognise, and never raise.
"""

from __future__ import annotations

import re
from functools import lru_cache

ROLE_NOUNS = (
    "engineer eng swe sre developer dev programmer hacker designer architect manager em pm tpm "
    "scientist researcher analyst lead leader head director officer cto ceo cfo coo cpo ciso vp president "
    "administrator admin sysadmin specialist consultant advocate evangelist marketer recruiter "
    "representative rep executive ae bdr sdr associate intern technician writer editor coordinator "
    "strategist operator owner partner generalist fde mts professor faculty teacher instructor "
    "accountant controller counsel attorney nurse physician therapist assistant builder maintainer "
    "expert principal founder cofounder co-founder qa tester producer artist economist quant trader "
    "staff mathematician physicist chemist biologist clinician gtm"
).split()
_NOUN = "|".join(sorted((re.escape(n) for n in ROLE_NOUNS), key=len, reverse=True))
_NOUN_END = re.compile(rf"(?:^|[\s/+&-])(?:{_NOUN})(?:s|es)?(?:-[A-Z]\w+)?(?:\s+(?:[IVX]{{1,3}}|[1-5]))?\s*$", re.I)
_OF_ROLE = re.compile(r"\b(?:head|director|vp|vice president|chief|member|manager|professor)s? of\b", re.I)
GENERIC_ROLES = re.compile(
    r"\b(?:multiple|various|several|many|open|all|\d+)\s+(?:[\w-]+\s+){0,3}(?:roles|positions|openings|jobs)\b"
    r"|^(?:roles|positions)\b|\bhiring (?:for|across)\b|^[\w.+#-]+(?: [\w.+#-]+){0,3} (?:roles|positions|openings)$", re.I)
_HEAD_CUT = re.compile(r",|;|:|\(|\[| for | in | at | on | with | - | – | — | -- |\|", re.I)
_LEVELS = re.compile(r"^(?:senior|sr\.?|staff|principal|lead|junior|jr\.?|mid(?:-level)?|entry(?:-level)?|"
                     r"founding|head|intern|new grad|\d\+?)$", re.I)
_STOP_START = re.compile(
    r"^(?:we|we're|we’re|our|you|you'll|your|if|this|the|these|looking|experience|strong|build|building|"
    r"work|join|apply|also|and|or|must|nice|bonus|what|why|how|who|about|email|contact|send|see|more|"
    r"please|location|salary|stack|requirements?|responsibilities|benefits|role|roles)\b", re.I)
_ADJECTIVES = re.compile(r"^(?:(?:skilled|talented|great|strong|experienced|exceptional|passionate|motivated|"
                         r"ambitious|curious|excellent|amazing|awesome|top|early|new|an?|the|our|more)\s+)+", re.I)

REMOTE = re.compile(r"\bremote(?:ly)?\b|\bwfh\b|\bwork(?:ing)? from (?:home|anywhere)\b|\banywhere\b", re.I)
NOT_REMOTE = re.compile(r"\b(?:no|not|non)[- ]remote\b|\bremote not\b", re.I)
HYBRID = re.compile(r"\bhy[br]{2}id\b|\bpart[- ]remote\b|\b\d(?:\s*[-–]\s*\d)?\s*(?:x|days?)\s*(?:/|a|per|in)?\s*"
                    r"(?:the\s+)?(?:week|wk|office)\b", re.I)
DAYS_REMOTE = re.compile(r"\b\d\s*days?\s*(?:/\s*\w+\s*)?(?:remote|wfh|from home)\b(?:\s+ok)?", re.I)
ONSITE = re.compile(r"\bon[- ]?site\b|\bin[- ](?:office|person)\b|\boffice[- ]based\b|\bIRL\b", re.I)
CAPS_WORKPLACE = re.compile(r"\b(?:REMOTE|ONSITE|ON-SITE|HYBRID)\b")
EMPLOYMENT = re.compile(r"\b(?:full[- ]?time|part[- ]?time|fulltime|partime|contract(?:or)?|contract-to-hire|"
                        r"intern(?:ship)?s?|co-?ops?|freelance|permanent|temporary|fte)\b", re.I)

PLACES = re.compile(
    r"\b(?:usa?|u\.s\.a?\.?|uk|eu|emea|apac|latam|americas|north america|south america|europe|asia|africa|"
    r"worldwide|global|anywhere|canada|mexico|brazil|argentina|colombia|germany|france|spain|portugal|italy|"
    r"netherlands|the netherlands|belgium|switzerland|austria|ireland|sweden|norway|denmark|finland|poland|"
    r"czech republic|estonia|greece|turkey|israel|uae|dubai|egypt|nigeria|kenya|india|pakistan|china|japan|"
    r"korea|singapore|vietnam|indonesia|philippines|australia|new zealand|aus|nz|sf|nyc|bay area|silicon valley|"
    r"san francisco|new york|los angeles|la|seattle|boston|austin|chicago|denver|atlanta|miami|portland|"
    r"washington|dc|toronto|vancouver|montreal|waterloo|ottawa|london|berlin|munich|hamburg|paris|amsterdam|"
    r"barcelona|madrid|lisbon|dublin|zurich|zürich|geneva|stockholm|copenhagen|oslo|helsinki|warsaw|prague|"
    r"vienna|tel aviv|bangalore|bengaluru|tokyo|beijing|shanghai|hong kong|sydney|melbourne|cet|est|pst|"
    r"gmt|utc|[a-z]+ time ?zones?)\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[A-Z]{2}\b", re.I)

URL = re.compile(r"https?://[^\s<>\"'|()\[\]]+", re.I)
DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?$", re.I)
YC_BATCH = re.compile(r"^\(?\s*YC\s*[SWFX]?\s*'?\d{2}\s*\)?$", re.I)

# -- salary -----------------------------------------------------------------------
_SYMBOLS = {"$": "USD", "us$": "USD", "ca$": "CAD", "c$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD",
            "s$": "SGD", "€": "EUR", "£": "GBP", "₹": "INR"}
_CODES = "USD|CAD|AUD|NZD|SGD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|INR|JPY"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SALARY = re.compile(
    rf"(?P<pre>\b(?:{_CODES})\s?)?(?P<cur>US\$|CA\$|C\$|AU\$|A\$|NZ\$|S\$|\$|€|£|₹)?\s?(?P<lo>{_NUM})\s?(?P<lok>[kK]\b)?"
    rf"(?:\s?(?:-|–|—|~|to)\s?(?:US\$|CA\$|C\$|AU\$|A\$|NZ\$|S\$|\$|€|£|₹)?\s?(?P<hi>{_NUM})\s?(?P<hik>[kK]\b)?)?"
    rf"\s?(?P<plus>\+)?\s?(?P<code>\b(?:{_CODES})\b)?\s?(?P<plus2>\+)?"
    r"(?P<per>\s?(?:/|per|an|a)\s?(?:hr|hour|h|yr|year|annum|mo|month)\b|\s(?:hourly|annually|monthly)\b)?", re.I)
SALARY_HINT = re.compile(rf"(?:US\$|CA\$|C\$|AU\$|A\$|NZ\$|S\$|\$|€|£|₹)\s?\d|\d\s?[kK]\b|\b(?:{_CODES})\s?\d|\d\s?(?:{_CODES})\b"
                         r"|\b(?:salary|comp(?:ensation)?|pay)\b.*\d", re.I)
_BOUNDS = {"year": (10_000, 5_000_000), "month": (500, 200_000), "hour": (5, 2_000)}


def workplace(text: str | None) -> str:
    """remote | hybrid | onsite | unknown: remote when any remote option is offered."""
    if not text:
        return "unknown"
    text = DAYS_REMOTE.sub(" hybrid ", text)
    if REMOTE.search(text) and not NOT_REMOTE.search(text):
        return "remote"
    if HYBRID.search(text):
        return "hybrid"
    return "onsite" if ONSITE.search(text) else "unknown"


def is_place(text: str) -> bool:
    return bool(PLACES.search(text))


def _head(text: str) -> str:
    return _HEAD_CUT.split(text, maxsplit=1)[0].strip(" .!*:")


def is_role(text: str, strict: bool = False) -> bool:
    """Whether ``text`` names a job (its head ends with a role noun: "Senior Data Engineer, Payments").

    ``strict`` (for lines of prose) also wants a capital first letter and no sentence opener.
    """
    text = re.sub(r"^(?:(?:now )?hiring(?: for)?:\s*|(?:now )?hiring for\s+|hiring\s+(?=.*s$))", "", text.strip(" -*•.:"),
                  flags=re.I)
    if not text or len(text) > (90 if strict else 200) or re.search(r"\b(?:years?|yrs)\b", text, re.I):
        return False
    if _STOP_START.match(text) and (strict or not GENERIC_ROLES.search(text)):
        return False
    head = _head(text)
    if len(head.split()) > 7 or (strict and not _title_case(head)) or _LEVELS.match(head):
        return False
    generic = not strict and len(text.split()) <= 8 and GENERIC_ROLES.search(text)
    return bool(_NOUN_END.search(head) or _OF_ROLE.search(head) or generic)


def _title_case(head: str) -> bool:
    """Every word of a title is capitalised, an acronym, a connector or a role noun ("iOS/Flutter Developer")."""
    for word in re.findall(r"[^\s/+&,-]+", head):
        if not (word[0].isupper() or word[0].isdigit() or re.match(r"[a-z]+[A-Z]", word)
                or word.lower() in ("of", "and", "for", "in", "the", "to", "or", "a")
                or re.fullmatch(rf"(?:{_NOUN})(?:s|es)?", word, re.I)):
            return False
    return bool(head) and head[0].isalnum()


def role_prefix(text: str) -> tuple[str, str] | None:
    """A role at the start of a longer field: "Senior Engineer (Python) Newport Beach, CA" -> title, rest."""
    match = re.match(rf"^((?:[A-Z][\w/+&.-]*\s+){{0,4}}(?:{_NOUN})s?\b(?:\s*\([^)]{{1,30}}\))?)\s*(.*)$", text, re.I)
    if not match or _STOP_START.match(text) or not (is_place(match.group(2)) or workplace(match.group(2)) != "unknown"):
        return None
    return match.group(1).strip(), match.group(2).strip()


def split_roles(text: str) -> list[str]:
    """One field naming several roles -> one title each ("PM, Designer & Data Engineer")."""
    text = re.sub(r"^(?:(?:we(?:'re| are) )?(?:now )?hiring(?: for)?|roles?|positions?|looking for)\s*:?\s*", "",
                  text.strip(), flags=re.I).strip(" .:")
    pieces = [p for p in split_top(URL.sub("", text), r",|;|\s\+\s|\s&\s|\sand\s|\s/\s")
              if not re.fullmatch(r"(?:and )?(?:many )?more|etc", p, re.I)]
    if len(pieces) < 2:
        return [text] if text else []
    if all(is_role(p) for p in pieces):
        if " / " in text and any(len(p.split()) < 2 for p in pieces):
            return [text]
        return pieces
    if any(_LEVELS.match(p) for p in pieces[:-1]) or not is_role(pieces[-1]):
        return [text]
    noun = pieces[-1].split()[-1]
    if len(pieces) >= 3 and all(len(p.split()) <= 2 for p in pieces[:-1]):
        return [p if is_role(p) else f"{p} {noun}" for p in pieces]
    return [text]


def split_pay(text: str) -> tuple[str, str | None]:
    """Roles text and the pay stated after it, outside parentheses ("ML Engineer (Remote) $150k-$200k")."""
    pay = SALARY_HINT.search(text)
    if not pay or pay.start() == 0 or text.count("(", 0, pay.start()) != text.count(")", 0, pay.start()):
        return text, None  # (pay in parentheses is dropped by clean_title)
    return text[:pay.start()].rstrip(" -–—,;(|"), text[pay.start():].strip(" -–—,;()|") or None


# a list of roles after "hiring ...:" or "open roles:" in a prose line
ROLE_LIST = re.compile(r"\b(?:open (?:roles?|positions?)|(?:is|are|we'?re|we’re|now) hiring(?: (?:at|for) [^:.!?|]{1,40})?|"
                       r"hiring at [^:.!?|]{1,40})\s*:\s*(?P<t>[^.!?|]{3,150})", re.I)


def listed_roles(line: str) -> list[tuple[str, str | None]]:
    """(title, pay text) of the roles listed after a colon in prose ("Hiring at Acme: Senior Rust
    engineer and Product Designer", "Open roles: Support Engineer £30k–£55k")."""
    m = ROLE_LIST.search(line)
    if not m:
        return []
    text, pay_text = split_pay(m.group("t"))
    roles = []
    for piece in split_roles(text):
        cut = first_separator(piece, r",|;|\s[-–—]\s")
        title = clean_title(piece[:cut.start()] if cut else piece)
        if is_role(title) and (len(title.split()) >= 2 or title.isupper()):
            roles.append((title, pay_text))
    return roles


def first_separator(text: str, separators: str) -> re.Match | None:
    """The first separator that is outside parentheses."""
    depth = 0
    for m in re.finditer(rf"[()\[\]]|{separators}", text):
        if m.group(0) in "([":
            depth += 1
        elif m.group(0) in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            return m
    return None


def split_top(text: str, separators: str) -> list[str]:
    """Split on separators that are outside parentheses."""
    out, depth, start = [], 0, 0
    for m in re.finditer(rf"[()\[\]]|{separators}", text):
        token = m.group(0)
        if token in "([":
            depth += 1
        elif token in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(text[start:m.start()])
            start = m.end()
    out.append(text[start:])
    return [p.strip().rstrip(".") for p in out if p.strip(" .")]


def clean_title(text: str) -> str:
    """Drop list markers, footnote marks, links, long or workplace parentheticals, trailing punctuation."""
    text = URL.sub("", re.sub(r"^\s*(?:\[\d+\]\s*)+|\[[^\]]*\]|\s*[→»]+\s*$", "", text))
    kept = []
    for part in re.split(r"(\([^()]*\))", text):
        if part.startswith("(") and (len(part) > 32 or workplace(part) != "unknown" or is_place(part)
                                     or SALARY_HINT.search(part) or not part.strip("() ")):
            continue
        kept.append(part)
    text = re.sub(r"\s+", " ", "".join(kept))
    return _ADJECTIVES.sub("", text).strip(" -–—:;,|*").rstrip(".")


def salary(text: str | None) -> dict:
    """Structured pay when clearly stated ("$150k-$200k", "€58–65k", "$40/hr"), else {}.

    Conservative: a currency must be given; two different bands in one text give nothing.
    """
    found = []
    for m in SALARY.finditer(text or ""):
        band = _band(m)
        if band and band not in found:
            found.append(band)
    same = [b for b in found if found and b["salary_currency"] == found[0]["salary_currency"]]
    return found[0] if len(same) == 1 else {}


def _band(m) -> dict | None:
    symbol = (m.group("cur") or "").lower()
    currency = (m.group("code") or m.group("pre") or "").strip().upper() or _SYMBOLS.get(symbol)
    if not currency:
        return None
    lo, hi = _num(m.group("lo")), _num(m.group("hi"))
    k_lo, k_hi = bool(m.group("lok")), bool(m.group("hik"))
    if k_hi and lo < 1000 and (hi is None or lo < hi):
        k_lo = True
    lo, hi = lo * (1000 if k_lo else 1), (hi * (1000 if k_hi else 1) if hi is not None else None)
    per = (m.group("per") or "").lower()
    period = ("hour" if re.search(r"h", per) and "month" not in per else "month" if "mo" in per
              else "year" if per or k_lo or lo >= 10_000 else None)
    low, high = _BOUNDS.get(period, (1, 0))
    values = [v for v in (lo, hi) if v is not None]
    if period is None or not all(low <= v <= high for v in values) or (hi is not None and hi < lo):
        return None
    single = hi is None
    plus = m.group("plus") or m.group("plus2")
    return {"salary_min": lo, "salary_max": None if single and plus else (lo if single else hi),
            "salary_currency": currency, "salary_period": period}


def _num(value: str | None) -> float | None:
    return float(value.replace(",", "")) if value else None


@lru_cache(maxsize=1)
def _tld():
    import tldextract  # a Scrapy dependency; the bundled suffix list, never a download

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


AGGREGATORS = {"ycombinator", "linkedin", "lnkd", "github", "google", "ashbyhq", "greenhouse", "grnh", "lever",
               "workable", "recruitee", "breezy", "gusto", "dover", "gem", "polymer", "trinethire", "wellfound",
               "climatebase", "notion", "x", "twitter", "youtube", "calendly", "forms", "typeform", "bamboohr",
               "rippling", "smartrecruiters", "workday", "myworkdayjobs", "teamtailor", "personio", "jobvite",
               "applytojob", "whoishiringjobs", "huggingface", "medium", "substack", "nordictechjobs",
               "talentio", "welcometothejungle", "otta", "levels", "glassdoor", "indeed", "tally", "producthunt", "deel"}


def registered_domain(url: str) -> str | None:
    """``https://jobs.acme.co.uk/x`` -> ``acme.co.uk``; None for job boards, ATSs and social sites."""
    parts = _tld()(url)
    if not parts.domain or not parts.suffix or parts.domain.lower() in AGGREGATORS:
        return None
    return f"{parts.domain}.{parts.suffix}".lower()
