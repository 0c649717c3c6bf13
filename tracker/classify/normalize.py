"""Title normalization: strip what postings add to an occupation title.

``clean_title("Sr. Software Engineer II (Contract) - Remote, Payments Team")`` ->
``"software engineer"``. Index titles go through ``basic`` only (case, punctuation,
plurals), queries through ``clean_title`` and then ``basic``, so both sides meet in
the same vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import filterfalse

from tracker.classify.ai_titles import domain_ai
from tracker.classify.foreign import translate
from tracker.classify.title_patterns import (
    AMPERSAND, AMPERSAND_AS, ASSISTANT_MANAGER, ASSISTANT_TO, BUSINESS_DEV, CLINICAL_UNIT, CO_OP, DEV_AS, DOTTED,
    FEDERAL_IT, FEDERAL_IT_AS, FUNCTION_AS, FUNCTION_WORDS, GENDER_ENDING, GROWTH, HOURS_BY_START,
    HOURS_START, LEVEL, MARKETING, NHS_BAND, NO_JOB_AT_ALL, NOT_A_JOB, PARENS, PAY, PEOPLE_HR, RANK_OF, RELATIONS,
    SERVICE_DESK, SPELLED, SPLITTERS, STAFF_ONLY, WORKLOAD)
from tracker.classify.title_words import (  # noqa: F401 (re-exported: tests read NOT_A_JOB_WORDS)
    ABBREV, ADMIN_WORK, CIVIL_SERVICE_GRADES, CLINICAL, DOCTOR_ENDINGS, EXECUTIVES, EXPANDS, KEEP_WITH,
    LEVEL_ONLY, LINK_WORDS, MARKETING_FIELDS, NOISE_WORDS, NOT_A_JOB_WORDS, NOUN_AFTER_A_WORD, PHRASES, PLACE_ENDS,
    POSTING_PAIRS, PROTECTIVE, QUANT_WORDS, RANK_AS, RANK_ONLY, REGION_CODES, RELIGIOUS, SENIORITY,
    SIGNAL_WORK, STAFF_ROLES, SYSTEM_ADMIN, TEAM_WORDS, TECH_BEFORE, UNIFORMED_CHIEFS, UNIT_WORDS)

MAX_CHARS = 200  # longer input is cut: a title is never this long

NON_WORD = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))  # all but [a-z0-9]: a space
POSSESSIVE = re.compile(r"(?<=[^\W\d_])['\u2019][sS]\b")
# letters NFKD does not split into a base letter and an accent ("tømrer", "læge", "Schweißer")
UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "œ": "oe", "Œ": "OE",
                              "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})
ON_SITE = re.compile(r"\bon site\b")
FUER = re.compile(r"\bf\u00fcr\b", re.I)


def fold(text: str) -> str:
    """Lowercase, strip accents and possessive 's ("Founder's Associate"), keep letters, digits and spaces."""
    return " ".join(fold_words(text))


def fold_words(text: str) -> list[str]:
    """The words of ``fold(text)``."""
    text = text[:MAX_CHARS]
    if "'" in text or "\u2019" in text:
        text = POSSESSIVE.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return text.lower().replace("&", " and ").encode().translate(NON_WORD).decode().split()  # ASCII by now


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    if len(word) <= 4 or word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def basic(text: str) -> str:
    """The shared form of index titles and cleaned queries."""
    return " ".join(map(singular, fold_words(text)))


@lru_cache(maxsize=65536)
def _is_level(word: str) -> bool:
    return LEVEL.match(word) is not None


def _strip_words(words: list[str]) -> list[str]:
    if SENIORITY.isdisjoint(words) and not any(map(_is_level, words[1:])):
        return words  # the common case: nothing to strip (LEVEL_ONLY words are SENIORITY words)
    words = words[:1] + [w for w in words[1:] if not _is_level(w)]  # "Assistant III": "assistant" ends it
    out = []
    for i, w in enumerate(words):
        if w not in SENIORITY:
            out.append(w)
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        if (w in NOUN_AFTER_A_WORD and prev and prev not in SENIORITY and nxt not in ("manager", "director")) or \
                w in KEEP_WITH.get(prev, ()):  # ("Marketing Associate Manager" is a marketing manager)
            out.append(w)  # "Medical Assistant Instructor"; "Assistant Principal NYC" keeps its principal
            continue
        if nxt and nxt not in KEEP_WITH.get(w, ()) and nxt != "of":
            continue  # ("head of x" keeps its rank: see RANK_OF)
        if not nxt and prev in SENIORITY:  # "senior associate" -> "associate"
            out.append(w)
            continue
        if not nxt and prev not in ("team", "tech", "shift", "project", "program", "of", ""):
            if w not in ("lead", "associate", "assistant", "apprentice", "intern", "head", "chief"):  # a last "Trainee"
                # is a level of the job before it ("Conductor Trainee"; "Management Trainee" stays: KEEP_WITH)
                continue  # "Engineer Senior"; a last "Chief" is the job ("Fire Chief", "Crew Chief")
        out.append(w)
    out = out or words
    return [] if LEVEL_ONLY.issuperset(out) else out  # "Senior" alone names no job


def _words(segment: str) -> tuple[str, ...]:
    """Folded words; "on site" is one noise word ("site" alone is not: Site Reliability Engineer)."""
    if "\u00fc" in segment or "\u00dc" in segment:  # German "für" would fold to the English word "fur"
        segment = FUER.sub("fuer", segment)
    words = fold_words(segment)
    if "on" in words and "site" in words:
        words = ON_SITE.sub("onsite", " ".join(words)).split()
    return tuple(words)


@lru_cache(maxsize=65536)  # segments ("Remote", "Payments Team") repeat across postings
def _segment(segment: str, pair=None) -> str | None:
    """A segment cleaned (``_clean_words``), or None when it is noise: one cache, one folding."""
    words = _words(segment)
    if not HOURS_START.isdisjoint(words):  # "Part Time", "Sign On Bonus", "Spanish Speaking": as a whole, noise
        words = _without_hours(words)  # (whatever index pair one of their words makes: "time sale")
    if words[-1:] and words[-1] in TEAM_WORDS and "for" in words[1:-1]:  # "SRE for Cloud Network Team": the team
        words = words[:words.index("for")]  # follows "for" ("Payments Team" alone is noise)
    return None if _noise(words) else _clean_words(words, pair)


@lru_cache(maxsize=65536)
def _noise_word(w: str) -> bool:
    return w in NOISE_WORDS or w.isdigit() or len(w) == 1 or w in LINK_WORDS


def _noise(words: tuple[str, ...]) -> bool:
    """Whether a segment's words name no job ("Remote", "Part-Time", "Payments Team", "Apply here")."""
    if len(words) > 1 and _is_level(words[-1]):  # "Remote III", "Payments Team II": the level says nothing
        words = tuple(filterfalse(_is_level, words)) or words
    return not words or all(map(_noise_word, words)) or (
        len(words) > 1 and words[-1] in TEAM_WORDS) or (
        not NOT_A_JOB_WORDS.isdisjoint(words) and NOT_A_JOB.search(" ".join(words)) is not None)


def clean_title(title: str | None, known=None, exact=None, pair=None) -> str:
    """Drop levels, seniority, locations, parentheses, team names and other posting noise.

    ``known(word)`` says whether a word can end an occupation title; with it, the first
    segment that ends in such a word wins (``"NYC - Nurse"`` -> ``"nurse"``). ``exact(text)``
    says whether a cleaned text is an index title as it stands (then "director of x" stays);
    ``pair(a, b)`` whether two words stand together in an index title: a noise word in such a pair
    is part of the title ("Night Auditor", "Contract Specialist", "Remote Sensing Analyst").
    """
    cleaned = title_segments(title, exact, pair)
    if known is not None:
        jobs = [c for c in cleaned if c and (known(c.split()[-1]) or (exact is not None and exact(c)))]
        if len(jobs) > 1 and jobs[0] in CIVIL_SERVICE_GRADES:  # "Senior Executive Officer - Policy Advisor": a UK
            return jobs[1]  # civil service grade, then the job
        if len(jobs) > 1 and jobs[0] == "manager" and cleaned[cleaned.index(jobs[0]) + 1] == jobs[1] and \
                f"{jobs[1].rsplit(' ', 1)[-1]}s" not in fold_words(title):  # "Manager - Legal Entity Controller": a
            return jobs[1]  # level of the job named next (a "Manager, Customer Success Managers" manages them)
        if jobs:
            return jobs[0]  # a segment ending in a job word, or an O*NET title as it stands ("Landscaper - Crew")
        if cleaned and len(cleaned) < len(SPLITTERS.split(title)) and NO_JOB_AT_ALL.search(fold(title)):
            return ""  # what is left of an open application ("General Application: You're Good at Everything")
    return next((c for c in cleaned if c), "")


def title_segments(title: str | None, exact=None, pair=None) -> list[str]:
    """Every cleaned segment of a title that is not noise, in order ("Project Manager -
    Construction" -> ["project manager", "construction"]); ``clean_title`` picks one of them."""
    if not title:
        return []
    text = title[:MAX_CHARS]
    if "(" in text or "[" in text or "{" in text:
        if "Specialist (" in text and (m := FEDERAL_IT.search(text)):  # "IT Specialist (INFOSEC)": the
            text = text[:m.start()] + FEDERAL_IT_AS[m.group(1).upper()] + text[m.end():]  # parentheses name the job
        if "(" in text and SPELLED.search(text):
            text = _spelled_out(text, pair)
        text = PARENS.sub(" ", text)
    if "$" in text or "\u20ac" in text or "\u00a3" in text:
        text = PAY.sub(" ", text)  # "Cook $15/hr": "/hr" is not human resources
    if "/" in text or "\u00b7" in text:
        text = GENDER_ENDING.sub("", text)  # "Conductor/a de camión", "Mitarbeiter/in"
    if ("co-op" in (low := text.lower()) or "coop" in low) and CO_OP.search(text):
        text = CO_OP.sub("Intern", text)
    if "and " in text and NHS_BAND.search(text):
        text = NHS_BAND.sub(" ", text)
    if "%" in text:  # a Swiss workload ("80-100%"), not a word of the job
        text = WORKLOAD.sub(" ", text)
    if "&" in text and AMPERSAND.search(text):  # "Director, FP&A", "Manager, L&D"
        text = AMPERSAND.sub(lambda m: AMPERSAND_AS[re.sub(r"[\s&]", "", m.group(0)).lower()], text)
    if "." in text:
        text = DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # "R.N.", "L.P.N.": "RN", "LPN"
    if ("OR " in text or "PT " in text or "OT " in text) and CLINICAL_UNIT.search(text):
        text = CLINICAL_UNIT.sub(lambda m: UNIT_WORDS[m.group(1)], text)
    segments = [s.strip() for s in SPLITTERS.split(text) if s and s.strip()]
    if "/" in text and exact is not None:  # "Cook/Prep Cook", "Driver/Warehouse Associate": two jobs, the first
        segments = [p for s in segments for p in _two_jobs(s, exact, pair)]  # named first ("HR/Payroll": one)
    if len(segments) > 1 and not REGION_CODES.isdisjoint(segments[1:]):  # "Veterinarian - Boston, MA": a place
        segments = segments[:1] + [s for s in segments[1:] if s not in REGION_CODES]
    if segments and segments[0] in CLINICAL:  # "PT - Outpatient Clinic"; a later "PT" is part-time
        segments[0] = CLINICAL[segments[0]]
    # (segment, cleaned) of those that are not noise; all noise ("Remote", "Part-Time"): no title at all
    kept = [(s, c) for s in segments if (c := _segment(s, pair)) is not None]
    lowered = title.lower()
    staff = [s for s, _ in kept if STAFF_ONLY.search(fold(s))] if "staff" in lowered or "mts" in lowered else []
    cleaned = [c for s, c in kept if s not in staff]
    if staff:  # "Member of Technical Staff - Backend Engineer"; with only a team ("Multimodal AI", "Next Generation
        engineer = _segment("software engineer", pair)  # Agents"): a software engineer
        roles = any(c and c.rsplit(" ", 1)[-1] in STAFF_ROLES for c in cleaned)
        cleaned = cleaned + [engineer] if roles else [engineer] + cleaned
    if len(cleaned) > 1 and cleaned[0] in RANK_ONLY and cleaned[1] and _heads(cleaned[0], cleaned[1], pair):
        cleaned = [_ranked(cleaned[0], cleaned[1])] + cleaned[2:]  # "VP, Engineering"; not "General Manager - NYC"
        # (_rank_of below takes each through PHRASES: "head of product" -> "product director" -> "product manager")
    return [_growth(domain_ai(_rank_of(c, exact), exact)) for c in cleaned]


def _spelled_out(text: str, pair=None) -> str:
    """The abbreviation that parentheses spell out, spelled out ("HDD Operator (Horizontal Directional Drill)" ->
    "Horizontal Directional Drill Operator"; "PPC Strategist (Pay-Per-Click Strategist)" too), unless an index
    title has it (``pair(word, "")``: "BSA Investigator (Bank Secrecy Act Investigator)" stays)."""
    for m in SPELLED.finditer(text):
        words = m.group(1).replace("-", " ").split()
        rest = text[:m.start()] + text[m.end():]
        if len(words) > 2 and words[-1].lower() in rest.lower().split():
            words = words[:-1]  # the job word is outside too
        short = "".join(w[0] for w in words).upper()
        if len(words) > 1 and (at := re.search(rf"\b{short}\b", rest)) and not (pair and pair(short.lower(), "")):
            return rest[:at.start()] + " ".join(words) + rest[at.end():]
    return text


def _two_jobs(segment: str, exact, pair=None) -> list[str]:
    """A segment "A/B" as two when A is an O*NET title as it stands ("Bartender/Server"), else as it is."""
    left, sep, right = segment.partition("/")
    if not sep or "/" in right or not right.strip() or not (job := _segment(left, pair)) or not exact(job):
        return [segment]
    return [left, right]


def _heads(rank: str, function: str, pair=None) -> bool:
    """Whether a rank segment heads the next one: O*NET pairs the function's last word with the rank's
    ("VP, Engineering": "engineering director"; not "General Manager - NYC"; an assistant manager with a
    manager or a supervisor)."""
    if pair is None:
        return True
    last = function.rsplit(" ", 1)[-1]
    if rank == "assistant manager" and last in PLACE_ENDS:
        return False
    if rank == "assistant manager":
        ranks = ("manager", "supervisor")
    elif RANK_AS.get(rank, "director") == "director":  # a director's function may pair with "manager" only
        ranks = ("director", "manager")  # ("VP, Internal Audit" -> "internal audit director")
    else:
        ranks = (RANK_AS[rank].rsplit(" ", 1)[-1],)
    return any(pair(last, r) for r in ranks)


def _growth(cleaned: str) -> str:
    """"growth manager" -> "marketing manager": a firm's growth team markets (O*NET's "growth" is plants');
    "alliance manager" -> "business development manager" (see BUSINESS_DEV)."""
    if "partner" in cleaned or "alliance" in cleaned or "development" in cleaned:
        cleaned = BUSINESS_DEV.sub(lambda m: DEV_AS[m.group(1)], cleaned)
    return GROWTH.sub("marketing", cleaned) if cleaned.startswith("growth ") else cleaned


def _rank_of(cleaned: str, exact=None) -> str:
    """"head of customer success" -> "customer success director" (see RANK_OF)."""
    if cleaned in PHRASES:
        return PHRASES[cleaned]
    if cleaned.startswith("consultant ") and exact is not None and not exact(cleaned) and \
            cleaned.endswith(DOCTOR_ENDINGS) and exact(cleaned[len("consultant "):]):
        return cleaned[len("consultant "):]  # a UK hospital's "Consultant Cardiologist": a senior cardiologist
    if cleaned.endswith(" strategy analyst") and exact is not None and not exact(cleaned):  # "Sales Strategy Analyst":
        before = set(cleaned.split()[:-2])  # a firm's strategy work (O*NET lists strategy analysts under quants)
        if before.isdisjoint(QUANT_WORDS):
            return "market research analyst" if not before.isdisjoint(MARKETING_FIELDS) else "management analyst"
    if cleaned.endswith(" evangelist") and RELIGIOUS.isdisjoint(cleaned.split()):  # "Product Evangelist": a firm's
        return "marketing specialist"  # advocate (O*NET: clergy)
    if (cleaned == "seller" or cleaned.endswith(" seller")) and exact is not None and not exact(cleaned):
        return cleaned[:-len("seller")] + "sale representative"  # "Specialist Seller": a firm's ("Ticket Seller" stays)
    if cleaned.endswith(" chief of staff"):  # "Marketing Chief of Staff": not military staff either
        return PHRASES["chief of staff"]
    if cleaned.endswith(" chief") and cleaned.split()[-2] not in UNIFORMED_CHIEFS:  # "Marketing Chief": its head
        return cleaned[:-len("chief")] + "director"
    if " to " in cleaned and (m := ASSISTANT_TO.match(cleaned)) and not EXECUTIVES.isdisjoint(m.group(2).split()):
        return "executive assistant"  # "Administrative Assistant to the CEO" (O*NET's words read "ceo" alone)
    if "assistant manager" in cleaned and _assistant_manager(cleaned, exact):
        # SOC codes assistant managers as first-line supervisors ("restaurant supervisor"); alone, most are a
        # store's or a restaurant's ("assistant store manager": the retail supervisor)
        return "assistant store manager" if cleaned == "assistant manager" else ASSISTANT_MANAGER.sub("supervisor",
                                                                                                       cleaned)
    m = RANK_OF.match(cleaned) if " of " in cleaned else None
    if not m or (exact is not None and exact(cleaned)):
        return cleaned
    ranked = _ranked(m.group(1), m.group(2))
    return PHRASES.get(ranked, ranked)  # "head of product" -> "product director" -> "product manager"


def _assistant_manager(cleaned: str, exact=None) -> bool:
    """Whether "assistant manager" in a cleaned title is an assistant to a manager: not in an O*NET title
    ("credit assistant manager") nor after a word that makes an assistant a job ("executive assistant manager")."""
    if exact is None:
        return True
    before = cleaned.split(" assistant manager")[0].split()
    return not exact(cleaned) and not (before and exact(f"{before[-1]} assistant"))


def _ranked(rank: str, function: str) -> str:
    """A rank over a function as O*NET writes it: ("vice president", "people") -> "human resource director"."""
    return f"{PEOPLE_HR.sub('human resource', function)} {RANK_AS.get(rank, 'director')}"


def _paired(words: list[str], i: int, pair) -> bool:
    """Whether words[i] forms an index title's word pair (or a posting one, POSTING_PAIRS) with a
    neighbour that is not noise."""
    w = singular(words[i])
    nxt = singular(words[i + 1]) if i + 1 < len(words) and words[i + 1] not in NOISE_WORDS else None
    prev = singular(words[i - 1]) if i > 0 and words[i - 1] not in NOISE_WORDS else None
    return (nxt is not None and ((w, nxt) in POSTING_PAIRS or pair(w, nxt))) or (prev is not None and pair(prev, w))


@lru_cache(maxsize=65536)
def _expanded(word: str) -> tuple[str, ...]:
    """An abbreviation's words ("mgr" -> ("manager",), "SREs" -> ("site", "reliability", "engineer"))."""
    if word not in ABBREV and word[-1:] == "s" and word[:-1] in ABBREV:
        word = word[:-1]
    return tuple(ABBREV.get(word, word).split())


def _without_hours(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without HOURS phrases ("part time", "sign on bonus") and "<language> speaking" (maybe none left)."""
    out, i = [], 0
    while i < len(words):
        size = 2 if words[i + 1:i + 2] == ("speaking",) else next(
            (len(p) for p in HOURS_BY_START.get(words[i], ()) if words[i:i + len(p)] == p), 0)
        if not size:
            out.append(words[i])
        i += size or 1
    return tuple(out)


def _clean_words(words: tuple[str, ...], pair=None) -> str:
    """A segment's folded words without levels, seniority and noise, expanded, English and singular."""
    words = tuple(translate(words))  # a foreign title's words come back as a list
    core = words[next((i for i, w in enumerate(words) if w not in SENIORITY), len(words)):]  # "Staff Tech Lead"
    if core[:1] == ("tlm",):
        core = ("tech", "lead", "manager") + core[1:]
    if core[:2] in (("tech", "lead"), ("technical", "lead")) and len(core) <= 3:  # a software team's lead (O*NET:
        if len(core) == 2 and core[0] == "tech":  # instructional coordinators); a "Tech Lead Manager" manages the team
            return "software engineer"
        if core[2:] == ("manager",):
            return "software engineering manager"
    if words[:1] == ("supervisory",) and len(words) > 2 and words[1] in PROTECTIVE:  # "Supervisory Police Officer"
        words = (words[1], "supervisor")
    if "chief" in words and "staff" in words and "chief of staff" in " ".join(words):  # "Chief of Staff to the CTO"
        return PHRASES["chief of staff"]
    if "tech" in words[:-1]:  # "Tech Sales", "Tech Ops": technical; "Pharmacy Tech" stays a technician
        words = tuple("technical" if w == "tech" and nxt in TECH_BEFORE else w for w, nxt in zip(words, words[1:] + ("",)))
    if "admin" in words:  # "Admin Assistant", "Admin Analyst": administrative work; a last "Admin", or a system's
        # ("Linux Admin Support Engineer", "Salesforce Admin Specialist"), administers
        words = tuple("administrative" if w == "admin" and nxt in ADMIN_WORK and prev not in SYSTEM_ADMIN else w
                      for prev, w, nxt in zip(("",) + words[:-1], words, words[1:] + ("",)))
    if "dsp" in words:  # a DSP engineer processes signals; a DSP alone supports people
        words = tuple("digital signal processing" if w == "dsp" and nxt in SIGNAL_WORK else w
                      for w, nxt in zip(words, words[1:] + ("",)))
    if "cdl" in words and "non" in words:  # "Non-CDL Driver": a light truck's (a CDL is a heavy truck's licence)
        words = tuple(" ".join(words).replace("non cdl", "light truck").split())
    words = [x for w in words for x in _expanded(w)] if not EXPANDS.isdisjoint(words) else list(words)
    if words[0] == "chief" and words[-1] == "officer" and len(words) > 2 and words[1] not in KEEP_WITH["chief"] \
            and words[1] not in UNIFORMED_CHIEFS:  # "Chief Data Officer" heads data work (see RANK_OF); "Chief
        words = ["head", "of"] + words[1:-1]  # Financial Officer" and "Chief Police Officer" stay
    if not NOISE_WORDS.isdisjoint(words):
        words = [w for i, w in enumerate(words) if w not in NOISE_WORDS or (pair is not None and _paired(words, i, pair))] \
            or words
    if any(len(w) > 3 and w.isdigit() for w in words):  # "Assistant Manager #1234", "2026": an id or a year ("911")
        words = [w for w in words if not (len(w) > 3 and w.isdigit())] or words
    cleaned = " ".join(map(singular, _strip_words(words)))
    if "people " in cleaned:
        cleaned = PEOPLE_HR.sub("human resource", cleaned)
    if " relation" in cleaned or " affair" in cleaned:  # "Investor Relations Manager", "Government Affairs": public
        cleaned = RELATIONS.sub("public relation", cleaned)  # relations (O*NET's relations are labor relations)
    if cleaned.startswith(("brand ", "workplace ")):  # "Brand Lead": marketing; "Workplace Manager": facilities
        cleaned = FUNCTION_AS.sub(lambda m: FUNCTION_WORDS[m.group(1)], cleaned)
    if "deal desk" in cleaned:  # a sales team's pricing and contract desk, not a front desk; its staff price and
        staff = cleaned.endswith((" analyst", " specialist", " associate", " coordinator"))  # approve deals
        cleaned = cleaned.replace("deal desk", "business operation" if staff else "sale operation")
    if "trust and safety" in cleaned:  # a platform's content and conduct policy work, not workplace safety
        cleaned = cleaned.replace("trust and safety", "compliance")
    if "customer service desk" in cleaned:
        cleaned = SERVICE_DESK.sub("customer service", cleaned)
    return MARKETING.sub("marketing", cleaned) if "market" in cleaned or "paid" in cleaned or "demand gen" in cleaned \
        else cleaned
