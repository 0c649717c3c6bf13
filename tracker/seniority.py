"""Seniority and employment type from a posting's title and a source's own level field.

Seniority values: intern, junior, mid, senior, staff, principal, manager, director,
executive. The title decides when it states a level ("Senior", "Jr.", "Staff Engineer",
"Head of", "VP", a roman level "II"); otherwise the source's field ("Mid-Senior Level",
"Midweight", "Entry level") does; otherwise the seniority is unknown (``None``), never a default.

Rules a reader may want to check:
- "Manager" marks a people manager, except in titles where it names an individual
  contributor's job (Product, Project, Program, Account, Community, Customer Success ...).
- "Staff" marks the level above senior only before an engineering, science, design or
  research role ("Staff Engineer"); "Staff Accountant" and "Staff Nurse" are not staff level.
- "Associate" is junior only before a role ("Associate Product Manager"); "Associate
  Director" is a director and "Associate" alone is unknown.
- Roman levels: I -> junior, II -> mid, III and above -> senior.
"""

from __future__ import annotations

import re
from functools import lru_cache

LEVELS = ("intern", "junior", "mid", "senior", "staff", "principal", "manager", "director", "executive")

_W = r"(?<![\w-])"
_END = r"(?![\w-])"
_LEVEL_END = r"(?=\s*(?:$|[-–,(|/:]))"  # a roman or numbered level closes the title or a part of it
_IC_MANAGER = (r"product|project|program|programme|account|accounts|community|customer success|success|"
               r"partner|partnerships?|channel|territory|relationship|client|case|category|brand|content|"
               r"social media|campaign|release|property|portfolio|key account|sales|marketing|event|events|"
               r"office|facilities|payroll|talent acquisition|implementation|solutions?|technical account|"
               r"growth|lifecycle|procurement|vendor|support|service delivery|delivery|contracts?|data|"
               r"risk|compliance|quality|credit|asset|wealth|inventory|supply|supply chain|demand|care|claims|"
               r"benefits|leasing|membership|fundraising|grants?|media|digital")
_ROLE_NOUNS = r"(?:engineer|scientist|designer|researcher|architect|developer|analyst|programmer|sre)"

TITLE_RULES: tuple[tuple[str, re.Pattern], ...] = (
    ("executive", re.compile(
        _W + r"(?:chief\s+(?:[\w&-]+\s+){0,3}officer|ceo|cto|cfo|coo|cmo|cio|ciso|cpo|chro|vp|svp|evp|avp|"
             r"vice[- ]president|president|co-?founder|founder|managing director|general manager)" + _END + r"(?!['’]s\b)", re.I)),
    ("director", re.compile(_W + r"(?:director|head of|head,|(?:department|division) head)" + _END, re.I)),
    ("intern", re.compile(_W + r"(?:intern|internship|werkstudent(?:in)?|praktikant(?:in)?|stagiaire|est[áa]gio|estagi[áa]ri[oa]|becari[oa]|"
                               r"co-?op student|summer student)" + _END, re.I)),
    ("principal", re.compile(_W + r"(?:principal|distinguished)" + _END, re.I)),
    ("staff", re.compile(_W + r"staff\s+(?:[\w+/&.-]+\s+){0,4}?" + _ROLE_NOUNS + _END, re.I)),
    ("manager", re.compile(_W + r"(?:manager|supervisor)" + _END, re.I)),
    ("mid", re.compile(_W + r"(?:semi[- ]?senior|ssr\.?|pleno)" + _END, re.I)),
    ("senior", re.compile(_W + r"(?:senior|s[êe]nior|sr\.?|snr\.?|lead(?!\s+generation)|tech lead|team lead)" + _END
                          + r"|" + _W + r"(?<!tier )(?<!class )(?<!grade )(?<!band )(?<!phase )(?:iii|iv|v|vi|3|4|5|level\s*(?:3|4|5|iii|iv|v))" + _LEVEL_END, re.I)),
    ("junior", re.compile(_W + r"(?:junior|j[úu]nior|jr\.?|entry[- ]level|graduate|new grad|trainee|apprentice|"
                               r"associate(?=\s+\w)(?!\s+(?:director|vice|general|partner|principal)))" + _END
                          + r"|" + _W + r"(?<!tier )(?<!class )(?<!grade )(?<!band )(?<!phase )(?:i|1|level\s*(?:1|i))" + _LEVEL_END, re.I)),
    ("mid", re.compile(_W + r"(?:mid[- ]level|intermediate|midweight|mid-weight)" + _END
                       + r"|" + _W + r"(?<!tier )(?<!class )(?<!grade )(?<!band )(?<!phase )(?:ii|2|level\s*(?:2|ii))" + _LEVEL_END, re.I)),
)
_IC_MANAGER_TITLE = re.compile(_W + r"(?:" + _IC_MANAGER + r")\s+manager" + _END, re.I)
_PEOPLE_MANAGER = re.compile(r"^\W*(?:(?:senior|sr\.?|associate)\s+)?(?:manager|supervisor)\b|"
                             r"\bmanager\s+of\b|\bmanager\s*,\s*(?:engineering|software|development|"
                             r"operations|people)|\b(?:engineering|development|people|team|store|shift|plant|"
                             r"branch|restaurant|area|regional|district)\s+(?:manager|supervisor)\b", re.I)

# A source's own level field (SmartRecruiters experienceLevel, Jobicy jobLevel, JSON-LD ...).
FIELD_RULES: tuple[tuple[str, re.Pattern], ...] = (
    ("intern", re.compile(r"intern", re.I)),
    ("executive", re.compile(r"executive|c-level|vp|vice president", re.I)),
    ("director", re.compile(r"director", re.I)),
    ("manager", re.compile(r"manager|management", re.I)),
    ("senior", re.compile(r"senior|mid[-_ ]senior|experienced|expert|lead", re.I)),
    ("junior", re.compile(r"entry|junior|graduate|associate|beginner", re.I)),
    ("mid", re.compile(r"mid|intermediate", re.I)),
)


_IC_ORDER = ("senior", "staff", "principal")
_LEVEL_LIST = re.compile(r"\b(senior|sr\.?|staff|principal|lead)\b\s*(?:/|\||,|\bor\b|\band\b)\s*"
                         r"\b(senior|sr\.?|staff|principal|lead)\b", re.I)
_LEVEL_WORD = {"senior": "senior", "sr": "senior", "sr.": "senior", "lead": "senior", "staff": "staff",
               "principal": "principal"}


def _title_level(title: str) -> str | None:
    listed = _LEVEL_LIST.search(title)
    if listed:  # "Senior/Staff Engineer", "(Lead | Staff)": open from the lowest level named
        named = {_LEVEL_WORD[w.lower()] for w in listed.groups()}
        return min(named, key=_IC_ORDER.index)
    for level, pattern in TITLE_RULES:
        if not pattern.search(title):
            continue
        if level == "manager" and _IC_MANAGER_TITLE.search(title) and not _PEOPLE_MANAGER.search(title):
            continue  # "Product Manager": an individual contributor's job, no level stated
        if level == "executive" and re.search(r"\bvp\b|vice[- ]president", title, re.I) is None \
                and re.search(r"assistant|executive assistant to", title, re.I):
            continue  # "Assistant to the President"
        return level
    return None


@lru_cache(maxsize=65536)
def seniority(title: str | None, field: str | None = None) -> str | None:
    """The seniority a title states, else the one a source's level field states, else ``None``."""
    if title:
        level = _title_level(_strip_noise(title))
        if level:
            return level
    if field:
        for level, pattern in FIELD_RULES:
            if pattern.search(field):
                return level
    return None


_NOISE = re.compile(r"\((?:m|f|w|d|x|all genders?|h/f|f/h|m/w/d|m/f/d|w/m/d|f/m/d|m/f/x)(?:/\w+)*\)", re.I)


def _strip_noise(title: str) -> str:
    """Drop gender markers such as "(m/w/d)" whose letters would read as roman levels."""
    return _NOISE.sub(" ", title)


_TITLE_EMPLOYMENT = (
    ("internship", re.compile(_W + r"(?:intern|internship|werkstudent(?:in)?|praktikum|co-?op)(?![\w-])", re.I)),
    ("temporary", re.compile(_W + r"(?:temporary|temp|seasonal|fixed[- ]term|maternity cover|"
                                  r"parental leave cover)(?![\w-])", re.I)),
    ("contract", re.compile(r"[(\[|,\-–]\s*(?:contract(?:or)?|freelance|freelancer)\b|"
                            r"\b(?:contract|freelance)\s*(?:[)\]]|role\b|position\b|$)|"
                            r"^\s*(?:contract|freelance)\s*[-–:|]|\bcontract[- ]to[- ]hire\b|\b1099\b", re.I)),
    ("part-time", re.compile(r"\bpart[- ]?time\b|\bteilzeit\b", re.I)),
    ("full-time", re.compile(r"\bfull[- ]?time\b|\bvollzeit\b", re.I)),
)


def employment_from_title(title: str | None) -> str | None:
    """An employment type the title states ("(Contract)", "Part-time", "Intern"), else ``None``.

    Stricter than reading a source's field: "Contracts Manager" and "Solutions Consultant"
    name jobs, not contracts.
    """
    if not title:
        return None
    for value, pattern in _TITLE_EMPLOYMENT:
        if pattern.search(title):
            return value
    return None
