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

from tracker.classify.foreign import translate

MAX_CHARS = 200  # longer input is cut: a title is never this long

SENIORITY = {
    "senior", "sr", "snr", "junior", "jr", "jnr", "principal", "staff", "lead", "head", "chief",
    "entry", "level", "mid", "midlevel", "intermediate", "experienced", "expert", "trainee",
    "apprentice", "graduate", "grad", "intern", "internship", "new", "associate", "assistant",
    "journeyman", "journeyperson", "journeywoman",  # a trade's level ("Journeyman Lineman")
}
# seniority words that are part of the occupation when they stand next to these
KEEP_WITH = {"head": {"nurse", "coach", "chef", "teacher", "cook", "start"},
             "chief": {"executive", "officer", "financial", "operating", "technology", "information",
                       "marketing", "nursing", "medical", "engineer", "of", "mate", "justice"},
             "staff": {"nurse", "accountant", "pharmacist", "physician", "auditor"},
             "associate": {"professor", "attorney", "dean", "director", "editor", "producer", "pastor"},
             "assistant": {"professor", "manager", "principal", "director", "editor", "teacher",
                           "coach", "chef", "engineer", "superintendent", "dean", "controller",
                           "buyer", "cook", "store", "to", "attorney", "nurse", "pharmacist"},
             "lead": {"teacher", "carpenter", "cook", "abatement", "poisoning"},
             "graduate": {"teaching", "research"},  # a graduate student's job at a university
             "apprentice": set(), "intern": set(), "trainee": set(),
             # a rank word that is part of the job after these: "School Principal", "Vice Principal",
             # "Data Entry", and "senior" of a place for the old ("Senior Living Community Cook")
             "school": {"principal"}, "vice": {"principal"}, "data": {"entry"},
             "senior": {"living", "center", "citizen"}}
# after a job's word these name the job itself ("Medical Assistant", "Sales Associate"), not a level
NOUN_AFTER_A_WORD = {"assistant", "associate"}
LEVEL_ONLY = {"senior", "sr", "snr", "junior", "jr", "jnr", "entry", "level", "mid", "midlevel", "intermediate",
              "experienced", "new", "intern", "internship", "trainee", "graduate", "apprentice"}
LEVEL = re.compile(r"^(i{1,3}|iv|v|vi{0,3}|[lp]\d{1,2}|ic\d|t\d|e\d|\d{1,2})$")
NOISE_WORDS = set("""remote hybrid onsite on wfh work from home anywhere contract contractor temporary
temp part full time fixed term permanent freelance seasonal per diem prn ft pt emea apac latam amer americas
us usa uk eu europe canada united states relocation visa bonus day days night nights weekend weekends shift
m f d w h all gender genders and or based only position positions opening role roles job urgent hiring immediate start
multiple various several now apply today req requisition bpo
vollzeit teilzeit unbefristet befristet festanstellung sofort minijob cdi cdd plein partiel completa parcial uur
nuit noche nacht notte noite v x alternance alternant alternante werkstudent werkstudentin""".split())  # and the same in the European languages of the recordings
POSTING_PAIRS = {("shift", "lead")}  # noise words kept beside these, though no O*NET title pairs them
# "de", "für": a segment of only these (or of single letters) names no job ("para" is a paraprofessional)
LINK_WORDS = {"de", "des", "du", "del", "da", "das", "dos", "fuer", "und", "zum", "zur", "der"}
# a rank with no function: the next segment says what it heads ("Director, Product Marketing")
RANK_ONLY = {"vice president", "director", "head", "manager", "managing director", "senior director",
             "associate director", "general manager", "chief"}
# "Head of Engineering", "VP of Sales", "Director, Product Marketing": O*NET writes a function's
# managers as "<function> director" / "<function> manager" ("Engineering Director"), and its few
# "head of" / "vice president" titles pull such queries elsewhere (loss prevention, colleges)
RANK_AS = {"manager": "manager", "general manager": "manager", "chief": "chief"}  # others: director
RANK_OF = re.compile(r"^(head|director|senior director|associate director|vice president|manager) of (?:the )?(.+)$")
# whole cleaned segments that posting titles use in a sense O*NET's title list lacks
PHRASES = {"chief of staff": "chief operating officer",  # an executive's deputy, not military staff
           "product owner": "product manager", "scrum master": "project manager",  # agile roles
           # software firms' titles: O*NET reads "advocate" as planning, "client partner" as counselling
           "developer advocate": "software developer", "developer evangelist": "software developer",
           "developer relation": "software developer", "client partner": "account executive",
           "partner manager": "partnership manager", "administrative business partner": "executive assistant",
           "business development representative": "sale development representative",  # BDRs sell (O*NET: marketing)
           "shift lead": "shift supervisor",  # O*NET reads a bare "lead" as instructional
           "teacher assistant": "teaching assistant",  # O*NET lists it under postsecondary assistants only
           "hvac technician": "hvac service technician",  # (under geothermal technicians first)
           # a bare "Operations Specialist" works in a business, not an airfield; a bare "Cleaner" cleans buildings
           "operation specialist": "business operation specialist", "operation associate": "business operation "
           "specialist", "operation coordinator": "business operation specialist", "cleaner": "janitor",
           "content creator": "content writer",  # O*NET lists it under video game designers first
           # hospital laboratory titles (BLS: clinical laboratory technologists "are also called medical
           # technologists"; O*NET lists "Medical Technologist" under other codes only)
           "medical technologist": "clinical laboratory technologist",
           "medical laboratory scientist": "clinical laboratory technologist",
           "clinical laboratory scientist": "clinical laboratory technologist",
           # a startup's founders run it (O*NET's "Founder" casts metal); UK insurers' claims handlers adjust claims
           "founder": "chief executive", "co founder": "chief executive", "cofounder": "chief executive",
           "founder associate": "business operation specialist",  # a generalist working for the founders
           "claim handler": "claim adjuster",
           # a car dealer's technician services cars (O*NET's words pull "automotive" to glass and engineering)
           "automotive technician": "automotive service technician", "auto technician": "automotive service technician",
           "tax associate": "tax accountant",  # an accounting firm's junior (O*NET: revenue agents)
           # a hospital's unit secretary, and its environmental services (housekeeping) staff
           "health unit coordinator": "unit secretary", "environmental service technician": "janitor",
           "environmental service aide": "janitor", "environmental service associate": "janitor",
           "environmental service worker": "janitor", "environmental service attendant": "janitor",
           "evs technician": "janitor", "evs aide": "janitor",
           "case manager": "case worker",  # a social-services case manager manages cases, not staff (O*NET: managers)
           # UK, Irish and Indian posting words
           "joiner": "carpenter", "kitchen porter": "dishwasher", "groundworker": "construction laborer",
           "care assistant": "personal care aide", "care worker": "personal care aide",
           "support worker": "personal care aide", "healthcare assistant": "nursing assistant",
           "health care assistant": "nursing assistant", "nursery nurse": "childcare worker",
           "nursery practitioner": "childcare worker", "house officer": "resident physician",  # a junior doctor
           "telecaller": "telemarketer", "tele caller": "telemarketer",
           "voice process executive": "customer service representative",
           "voice process associate": "customer service representative",
           "owner operator": "truck driver",  # a trucker with their own truck
           # labelling data for AI models is keying and checking data, not packaging
           "data labeler": "data entry keyer", "data annotator": "data entry keyer",
           "data labeling specialist": "data entry keyer", "data annotation specialist": "data entry keyer"}
# marketing channels named in a title ("Paid Media Manager", "Go-to-Market Lead"): marketing work
MARKETING = re.compile(r"\b(?:go to market|paid (?:social|media|search)|performance marketing|demand gen(?:eration)?)\b")
GROWTH = re.compile(r"^growth(?= (?:director|manager|lead|vice president|marketer|specialist|associate|analyst|"
                    r"strategist|coordinator|hacker)$)")
# a last "Chief" of a service or unit is the job ("Police Chief", "Crew Chief"); of a function, its director
UNIFORMED_CHIEFS = set("""police fire crew battalion deputy party section division branch bureau flight shift station
district wire plant guard checkroom traffic maintenance gauger helicopter intelligence""".split())
ASSISTANT_TO = re.compile(r"^((?:executive |administrative |personal )?assistant) to (.+)$")  # for whom
# ("Research Assistant to the Director" stays a research assistant)
EXECUTIVES = set("ceo cfo coo cto cio president chief executive vice director founder partner principal".split())
ASSISTANT_MANAGER = re.compile(r"\bassistant manager\b")  # O*NET's words read it as a credit analyst
SERVICE_DESK = re.compile(r"\bcustomer service desk\b")  # a store's counter, not an IT service desk
# AI words name the domain, not the job, unless the job builds AI ("AI Engineer"): "AI Project
# Manager" is a project manager (O*NET's few AI titles - "AI Consultant" under Intelligence
# Analysts - would otherwise pull every such title to intelligence analysts)
AI_WORDS = re.compile(r"\b(?:(?:generative|conversational|applied) )?(?:artificial intelligence|machine learning)\b")
AI_CORE_WORDS = {"engineer", "scientist", "researcher", "developer", "architect", "programmer",
                 "research", "engineering", "science", "modeler", "lead"}
DOCTOR_ENDINGS = ("ist", "ian", "surgeon")
RANK_WORDS = {"director", "manager", "vice president", "chief", "head", "lead", "officer"}
# a tech firm's rank title: the other segment says the function, alone it means a software engineer
STAFF_ONLY = re.compile(r"\bmember of (the )?technical staff\b|^mts$")
TEAM_WORDS = {"team", "squad", "pod", "org", "organization", "department", "dept", "division", "unit", "group"}
# the lookahead lets the engine skip every position where no separator can start (2x faster)
SPLITTERS = re.compile(r"(?=[\s|\u2022\u00b7,:\-\u2013\u2014])(?:\s+[-\u2013\u2014|@/]\s+|\s*[|\u2022\u00b7]\s*|,\s+|:\s+|"
                       r"\s+at\s+|\s+in\s+(?=[A-Z])|(?<=\w)[-\u2013\u2014]\s+(?!(?:und|oder|og|och|en|and|or)\s)|"
                       r"\s+[-\u2013\u2014](?=\w))")  # "Cook- Days"; not "Maschinen- und Anlagenführer"
# postings that name no job: an ATS's open application, talent pool or "apply here" entry
NOT_A_JOB = re.compile(r"\b(?:general|open|spontaneous|unsolicited|speculative) applications?\b|\btalent "
                       r"(?:pool|community|network)\b|\bfuture (?:opportunit|openings?|roles?)|expression of interest|"
                       r"\bdon ?t see\b|\bapply here\b|\b(?:multiple|various|several) (?:positions|roles|openings)\b|"
                       r"\binitiativbewerbung\b|\bcandidature spontanee\b|\bjoin our team\b|\bgeneral interest\b|"
                       r"^(?:n a|tbd|tba|none|test|various)$|^(?:(?:skills|key|your|job|the) (?:and )?)?(?:requirements|"
                       r"responsibilities|qualifications|duties|overview|description|benefits|about us|about the role)$")
# a match of NOT_A_JOB contains one of these words (a fast check first: most segments have none)
NOT_A_JOB_WORDS = set("""application applications talent future of see here positions roles openings initiativbewerbung
spontanee our general n tbd tba none test various requirements responsibilities qualifications duties overview
description benefits about""".split())
# the other gender's ending written after a slash ("Conductor/a", "médico/a", "Mitarbeiter/in")
GENDER_ENDING = re.compile(r"(?<=[^\W\d_]{3})(?:/(?:a|as|o|os|e|es|in|innen|ne|ière)|\u00b7(?:e|euse|rice|ère|ne)s?)"
                           r"(?![^\W\d_])", re.I)  # and the French middle dot ("Directeur·rice")
DOTTED = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,4}(?![\w])")
PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
PAY = re.compile(r"(?:up to |from |starting at )?[$\u20ac\u00a3]\s?\d[\d,.]*\s?[kK]?(?:\s?(?:-|to|\u2013)\s?[$\u20ac\u00a3]?\s?"
                 r"\d[\d,.]*\s?[kK]?)?(?:\s?(?:/|per |an? )\s?(?:hr|hour|h|wk|week|yr|year|annum|month|mo|day)\b)?", re.I)
CLINICAL = {"PT": "physical therapist", "OT": "occupational therapist",  # as a title's first segment
            "DON": "director of nursing", "ADON": "director of nursing"}  # (assistant) director of nursing
# capitals before a clinical job word name a unit or a therapy, not "or" / part-time ("OR Tech", "PT Aide")
CLINICAL_UNIT = re.compile(r"\b(OR(?= (?:Nurse|Nurses|RN|RNs)\b)|(?:OR|PT|OT)(?= (?:Tech|Techs|Technician|Technicians|"
                           r"Aide|Aides|Scheduler|Coordinator|Assistant|Assistants)(?: (?:I{1,3}|IV|\d))?\s*(?:$|[-,|/(])))")
# (the clinical word must end the job: "PT Assistant Store Manager" is part-time, "PT RN" a part-time nurse)
UNIT_WORDS = {"OR": "Operating Room", "PT": "Physical Therapy", "OT": "Occupational Therapy"}
ABBREV = {"mgr": "manager", "eng": "engineer", "engr": "engineer", "dev": "developer",
          "admin": "administrator", "asst": "assistant", "assoc": "associate", "rep": "representative",
          "reps": "representative", "tech": "technician", "coord": "coordinator", "spec": "specialist",
          "exec": "executive", "acct": "accountant", "dir": "director", "svp": "vice president",
          "vp": "vice president", "avp": "vice president", "evp": "vice president", "swe": "software engineer",
          "sde": "software engineer", "sre": "site reliability engineer", "qa": "quality assurance",
          "rn": "registered nurse", "lpn": "licensed practical nurse", "lvn": "licensed vocational nurse", "cna": "nursing assistant",
          "ml": "machine learning", "ai": "artificial intelligence", "genai": "artificial intelligence",
          "llm": "machine learning", "llms": "machine learning", "mlops": "machine learning operation",
          "hrbp": "human resources business partner", "tpm": "technical program manager",
          "pmm": "product marketing manager", "sdet": "software quality assurance engineer",
          "tam": "technical account manager", "csm": "customer success manager", "ea": "executive assistant",
          "ap": "accounts payable", "asm": "assistant store manager", "dsp": "direct support professional",
          "rbt": "registered behavior technician", "bcba": "behavior analyst", "pta": "physical therapist assistant",
          "cota": "occupational therapy assistant", "sourcer": "recruiter", "hr": "human resources",
          "ux": "user experience", "ui": "user interface", "pm": "product manager", "cdl": "truck driver",
          "fullstack": "full stack", "frontend": "front end", "backend": "back end", "devops": "devops engineer",
          "ae": "account executive", "para": "paraprofessional", "bdr": "business development representative",
          "sdr": "sales development representative", "fde": "forward deployed engineer", "gtm": "go to market",
          "ops": "operations", "huc": "health unit coordinator", "cust": "customer", "svc": "service",
          "svcs": "service", "mktg": "marketing", "mkt": "marketing", "med": "medical",
          # British spellings (O*NET's titles are American)
          "anaesthetist": "anesthesiologist", "anaesthetics": "anesthesiology", "paediatric": "pediatric",
          "paediatrics": "pediatrics", "paediatrician": "pediatrician", "orthopaedic": "orthopedic",
          "orthopaedics": "orthopedics", "haematology": "hematology", "gynaecology": "gynecology",
          "gynaecologist": "gynecologist", "oesophageal": "esophageal", "programme": "program",
          "programmes": "program", "labour": "labor", "labourer": "laborer", "centre": "center",
          "organisation": "organization", "organisational": "organizational", "behaviour": "behavior",
          "behavioural": "behavioral", "catalogue": "catalog", "licence": "license", "defence": "defense",
          "tyre": "tire", "aluminium": "aluminum", "fibre": "fiber", "jewellery": "jewelry"}
EXPANDS = {*ABBREV, *(a + "s" for a in ABBREV)}  # the words _expanded changes (the rest stay as they are)
SYSTEM_ADMIN = {"it", "system", "systems", "network", "linux", "windows", "unix", "database", "db", "cloud", "server",
                "salesforce", "workday", "servicenow", "sharepoint", "sap", "oracle", "jira", "m365", "office365"}
ADMIN_WORK = {"assistant", "assistants", "analyst", "coordinator", "specialist", "clerk", "support", "officer",
              "associate", "manager", "supervisor", "aide", "secretary", "staff", "worker", "professional", "team"}
SIGNAL_WORK = {"engineer", "engineering", "developer", "software", "firmware", "algorithm", "architect", "design",
               "designer", "hardware", "system", "systems", "audio", "embedded", "research", "scientist"}
# "People" names human resources in posting titles ("People Partner", "Head of People"), not elsewhere
PEOPLE_HR = re.compile(r"^people$|\bpeople(?= (?:partner|operation|ops|business|team|generalist|experience|"
                       r"analytic|coordinator|specialist|program|system|data)\b)")


NON_WORD = re.compile(r"[^a-z0-9]+")
POSSESSIVE = re.compile(r"(?<=[^\W\d_])['\u2019][sS]\b")
# letters NFKD does not split into a base letter and an accent ("tømrer", "læge", "Schweißer")
UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "œ": "oe", "Œ": "OE",
                              "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})
ON_SITE = re.compile(r"\bon site\b")
FUER = re.compile(r"\bf\u00fcr\b", re.I)


def fold(text: str) -> str:
    """Lowercase, strip accents and possessive 's ("Founder's Associate"), keep letters, digits and spaces."""
    text = text[:MAX_CHARS]
    if "'" in text or "\u2019" in text:
        text = POSSESSIVE.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return NON_WORD.sub(" ", text.lower().replace("&", " and ")).strip()


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
    return " ".join(singular(w) for w in fold(text).split())


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
            if w not in ("lead", "associate", "assistant", "apprentice", "intern", "trainee", "head", "chief"):
                continue  # "Engineer Senior"; a last "Chief" is the job ("Fire Chief", "Crew Chief")
        out.append(w)
    out = out or words
    return [] if LEVEL_ONLY.issuperset(out) else out  # "Senior" alone names no job


def _words(segment: str) -> tuple[str, ...]:
    """Folded words; "on site" is one noise word ("site" alone is not: Site Reliability Engineer)."""
    if "\u00fc" in segment or "\u00dc" in segment:  # German "für" would fold to the English word "fur"
        segment = FUER.sub("fuer", segment)
    text = fold(segment)
    return tuple((ON_SITE.sub("onsite", text) if "on site" in text else text).split())


@lru_cache(maxsize=65536)  # segments ("Remote", "Payments Team") repeat across postings
def _segment(segment: str, pair=None) -> str | None:
    """A segment cleaned (``_clean_words``), or None when it is noise: one cache, one folding."""
    words = _words(segment)
    return None if _noise(words) else _clean_words(words, pair)


def _noise(words: tuple[str, ...]) -> bool:
    """Whether a segment's words name no job ("Remote", "Part-Time", "Payments Team", "Apply here")."""
    if len(words) > 1 and _is_level(words[-1]):  # "Remote III", "Payments Team II": the level says nothing
        words = tuple(w for w in words if not _is_level(w)) or words
    return not words or all(w in NOISE_WORDS or w.isdigit() or len(w) == 1 or w in LINK_WORDS for w in words) or (
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
        for c in cleaned:
            if c and (known(c.split()[-1]) or (exact is not None and exact(c))):
                return c  # a segment ending in a job word, or an O*NET title as it stands ("Landscaper - Crew")
    return next((c for c in cleaned if c), "")


def title_segments(title: str | None, exact=None, pair=None) -> list[str]:
    """Every cleaned segment of a title that is not noise, in order ("Project Manager -
    Construction" -> ["project manager", "construction"]); ``clean_title`` picks one of them."""
    if not title:
        return []
    text = title[:MAX_CHARS]
    if "(" in text or "[" in text or "{" in text:
        text = PARENS.sub(" ", text)
    if "$" in text or "\u20ac" in text or "\u00a3" in text:
        text = PAY.sub(" ", text)  # "Cook $15/hr": "/hr" is not human resources
    if "/" in text or "\u00b7" in text:
        text = GENDER_ENDING.sub("", text)  # "Conductor/a de camión", "Mitarbeiter/in"
    if "." in text:
        text = DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # "R.N.", "L.P.N.": "RN", "LPN"
    if ("OR " in text or "PT " in text or "OT " in text) and CLINICAL_UNIT.search(text):
        text = CLINICAL_UNIT.sub(lambda m: UNIT_WORDS[m.group(1)], text)
    segments = [s.strip() for s in SPLITTERS.split(text) if s and s.strip()]
    if segments and segments[0] in CLINICAL:  # "PT - Outpatient Clinic"; a later "PT" is part-time
        segments[0] = CLINICAL[segments[0]]
    # (segment, cleaned) of those that are not noise; all noise ("Remote", "Part-Time"): no title at all
    kept = [(s, c) for s in segments if (c := _segment(s, pair)) is not None]
    lowered = title.lower()
    staff = [s for s, _ in kept if STAFF_ONLY.search(fold(s))] if "staff" in lowered or "mts" in lowered else []
    cleaned = [c for s, c in kept if s not in staff]
    if staff:  # "Member of Technical Staff - Backend Engineer"; with only a team ("Multimodal AI"): an engineer
        cleaned.append(_segment("software engineer", pair))
    if len(cleaned) > 1 and cleaned[0] in RANK_ONLY and cleaned[1]:  # "VP, Engineering"
        cleaned = [_ranked(cleaned[0], cleaned[1])] + cleaned[2:]
    return [_growth(_domain_ai(_rank_of(c, exact), exact)) for c in cleaned]


def _growth(cleaned: str) -> str:
    """"growth manager" -> "marketing manager": a firm's growth team markets (O*NET's "growth" is plants')."""
    return GROWTH.sub("marketing", cleaned) if cleaned.startswith("growth ") else cleaned


def _rank_of(cleaned: str, exact=None) -> str:
    """"head of customer success" -> "customer success director" (see RANK_OF)."""
    if cleaned in PHRASES:
        return PHRASES[cleaned]
    if cleaned.startswith("consultant ") and exact is not None and not exact(cleaned) and \
            cleaned.endswith(DOCTOR_ENDINGS) and exact(cleaned[len("consultant "):]):
        return cleaned[len("consultant "):]  # a UK hospital's "Consultant Cardiologist": a senior cardiologist
    if cleaned.endswith(" chief of staff"):  # "Marketing Chief of Staff": not military staff either
        return "chief operating officer"
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
    return _ranked(m.group(1), m.group(2))


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


def _domain_ai(cleaned: str, exact=None) -> str:
    """"artificial intelligence project manager" -> "project manager" (see AI_WORDS)."""
    if "artificial intelligence" not in cleaned and "machine learning" not in cleaned:
        return cleaned
    if not AI_CORE_WORDS.isdisjoint(cleaned.split()) or (exact is not None and exact(cleaned)):
        return cleaned
    rest = " ".join(AI_WORDS.sub(" ", cleaned).split())
    return cleaned if not rest or rest in RANK_WORDS else rest


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


def _clean_words(words: tuple[str, ...], pair=None) -> str:
    """A segment's folded words without levels, seniority and noise, expanded, English and singular."""
    words = tuple(translate(words))  # a foreign title's words come back as a list
    if words[:2] == ("tech", "lead") and len(words) <= 3:  # a software team's lead (O*NET: instructional
        if len(words) == 2:  # coordinators); a "Tech Lead Manager" manages the team
            return "software engineer"
        if words[2] == "manager":
            return "software engineering manager"
    if "admin" in words:  # "Admin Assistant", "Admin Analyst": administrative work; a last "Admin", or a system's
        # ("Linux Admin Support Engineer", "Salesforce Admin Specialist"), administers
        words = tuple("administrative" if w == "admin" and nxt in ADMIN_WORK and prev not in SYSTEM_ADMIN else w
                      for prev, w, nxt in zip(("",) + words[:-1], words, words[1:] + ("",)))
    if "dsp" in words:  # a DSP engineer processes signals; a DSP alone supports people
        words = tuple("digital signal processing" if w == "dsp" and nxt in SIGNAL_WORK else w
                      for w, nxt in zip(words, words[1:] + ("",)))
    words = [x for w in words for x in _expanded(w)] if not EXPANDS.isdisjoint(words) else list(words)
    if not NOISE_WORDS.isdisjoint(words):
        words = [w for i, w in enumerate(words) if w not in NOISE_WORDS or (pair is not None and _paired(words, i, pair))] \
            or words
    cleaned = " ".join(map(singular, _strip_words(words)))
    if "people " in cleaned:
        cleaned = PEOPLE_HR.sub("human resource", cleaned)
    if "customer service desk" in cleaned:
        cleaned = SERVICE_DESK.sub("customer service", cleaned)
    return MARKETING.sub("marketing", cleaned) if "market" in cleaned or "paid" in cleaned or "demand gen" in cleaned \
        else cleaned
