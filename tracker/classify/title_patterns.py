"""The regular expressions and phrase tables of title cleaning (tracker/classify/normalize.py): levels,
ranks, separators, posting noise that spans words (pay, hours, parentheses), and the rewrites of whole
phrases. Data only; the rules that apply them are in normalize.py.
"""

from __future__ import annotations

import re

LEVEL = re.compile(r"^(i{1,3}|iv|v|vi{0,3}|[lp]\d{1,2}|ic\d|t\d|e\d|\d{1,2})$")
# "Head of Engineering", "VP of Sales": O*NET writes "<function> director" (see RANK_AS)
RANK_OF = re.compile(r"^(head|director|senior director|associate director|assistant director|vice president|manager) "
                     r"of (?:the )?(.+)$")
# marketing channels named in a title ("Paid Media Manager", "Go-to-Market Lead"): marketing work
MARKETING = re.compile(r"\b(?:go to market|paid (?:social|media|search)|performance marketing|field marketing|"
                       r"demand gen(?:eration)?)\b")
GROWTH = re.compile(r"^growth(?= (?:director|manager|lead|vice president|marketer|specialist|associate|analyst|"
                    r"strategist|coordinator|hacker)$)")
ASSISTANT_TO = re.compile(r"^((?:executive |administrative |personal )?assistant) to (.+)$")  # for whom
ASSISTANT_MANAGER = re.compile(r"\bassistant manager\b")  # O*NET's words read it as a credit analyst
SERVICE_DESK = re.compile(r"\bcustomer service desk\b")  # a store's counter, not an IT service desk
# AI words name the domain, not the job, unless the job builds AI ("AI Engineer"): "AI Project
# Manager" is a project manager (O*NET's few AI titles - "AI Consultant" under Intelligence
# Analysts - would otherwise pull every such title to intelligence analysts)
AI_WORDS = re.compile(r"\b(?:(?:generative|conversational|applied) )?(?:artificial intelligence|machine learning)\b")
# governing AI is compliance work ("Responsible AI Lead", "AI Governance Analyst"), not building AI
AI_GOVERNANCE = re.compile(r"\bresponsible (?:artificial intelligence|machine learning)\b|"
                           r"\b(?:artificial intelligence|machine learning) (?:governance|ethics?|compliance)\b")
# rating a model's or a search engine's answers is data work, as labelling is ("Search Quality Rater"); the
# role word ends the title (RATING_ROLES: a quick check before the pattern)
RATING_ROLES = ("rater", "evaluator", "assessor")
RATING_WORK = re.compile(r"^(?:(?:search|ads?|internet|web|map|media|social media|response|model|chatbot|prompt) )+"
                         rf"(?:quality )?(?:{'|'.join(RATING_ROLES)})$")
# a tech firm's rank title: the other segment says the function, alone it means a software engineer
STAFF_ONLY = re.compile(r"\bmember of (the )?technical staff\b|^mts$")
# the lookahead lets the engine skip every position where no separator can start (2x faster)
SPLITTERS = re.compile(r"(?=[\s|\u2022\u00b7,:\-\u2013\u2014])(?:\s+[-\u2013\u2014|@/]\s+|\s*[|\u2022\u00b7]\s*|,\s+|:\s+|"
                       r"\s+at\s+|\s+in\s+(?=[A-Z])|(?<=\w)(?<!\b[cC][oO])[-\u2013\u2014]\s+(?!(?:und|oder|og|och|en|and|or)\s)|"
                       r"\s+[-\u2013\u2014](?=\w))")  # "Cook- Days"; not "Maschinen- und Anlagenführer", "CO- Owner"
OPEN_APPLICATION = r"\b(?:general|open|spontaneous|unsolicited|speculative) applications?\b"
# postings that name no job: an ATS's open application, talent pool or "apply here" entry
NOT_A_JOB = re.compile(OPEN_APPLICATION + r"|\btalent "
                       r"(?:pool|community|network)\b|\bfuture (?:opportunit|openings?|roles?)|expression of interest|"
                       r"\bdon ?t see\b|\bapply here\b|\b(?:multiple|various|several) (?:positions|roles|openings)\b|"
                       r"\binitiativbewerbung\b|\bcandidature spontanee\b|\bjoin our team\b|\bgeneral interest\b|"
                       r"\b(?:test|demo|dummy) (?:job|posting|position|req)s?\b|\bbug bash\b|\b(?:easy apply|ea) test\b|"
                       r"^test ea\b|^test \d+$|\bcheck ?box(?:es)?\b|\bea job\b|"  # an ATS's test postings
                       r"^(?:n a|tbd|tba|none|test|various)$|^(?:(?:skills|key|your|job|the) (?:and )?)?(?:requirements|"
                       r"responsibilities|qualifications|duties|overview|description|benefits|about us|about the role)$")
# an open application or an ATS's test posting: the rest of the title names no job either ("General Application:
# You're Good at Everything", "EA Test - Most Questions"); a talent pool's does ("Future Opportunities: Channel Sales")
NO_JOB_AT_ALL = re.compile(OPEN_APPLICATION + r"|\b(?:easy apply|ea) (?:test|job)\b|\btest (?:ea|job)\b|\bcheck ?box")
# the other gender's ending written after a slash ("Conductor/a", "médico/a", "Mitarbeiter/in")
GENDER_ENDING = re.compile(r"(?<=[^\W\d_]{3})(?:/(?:a|as|o|os|e|es|in|innen|ne|ière)|\u00b7(?:e|euse|rice|ère|ne)s?)"
                           r"(?![^\W\d_])", re.I)  # and the French middle dot ("Directeur·rice")
DOTTED = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,4}(?![\w])")
# a student's work term ("Finance Co-op", "Intern/Co-op"): an intern (O*NET's one "CO Op" is a telephone operator)
CO_OP = re.compile(r"\b(?:intern(?:ship)?\s*/\s*)?co-?op(?:\s*/\s*intern(?:ship)?)?\b", re.I)
RELATIONS = re.compile(r"\b(?:government|investor|analyst|media|press|industry|label|external|stakeholder|"
                       r"community|developer|creator|influencer) relation\b|\b(?:government|public|corporate|external) affair\b")
FUNCTION_WORDS = {"brand": "marketing", "workplace": "facility", "workplace experience": "facility"}
FUNCTION_AS = re.compile(r"^(brand|workplace experience|workplace)(?= (?:lead|associate|analyst|specialist|coordinator|"
                         r"strategist|manager|director|experience manager|operation manager)$)")
# a firm's partnerships and alliances are business development, its corporate development mergers and acquisitions,
# and a sales development head leads sellers (O*NET's bare "development" titles are training and fundraising)
BUSINESS_DEV = re.compile(r"\b(partnership|alliance|partner development|partner|sale development|corporate development)"
                          r"(?= (?:manager|director|lead|vice president|head|associate|specialist|executive)$)")
DEV_AS = {"partnership": "business development", "alliance": "business development", "partner": "business development",
          "partner development": "business development", "sale development": "sale",
          "corporate development": "merger and acquisition"}
# phrases of hours and place that are noise as a whole, even where one of their words pairs in an index title
HOURS = [tuple(p.split()) for p in """part time|full time|work from home|per diem|immediate start|sign on bonus|sign bonus|
no experience needed|no experience required|no experience necessary|no experience|maternity cover|maternity leave|
multiple locations|weekly pay|daily pay|same day pay|flexible hours|flexible schedule|graduate scheme|relocation available|
visa sponsorship|hiring immediately|now hiring|apply now|start immediately|ab sofort|in vollzeit|in teilzeit|
zur verstarkung unseres teams|zur verstarkung unserer teams|zur verstarkung unseres team|zur verstarkung""".replace(
    "\n", " ").split("|")]
HOURS_BY_START: dict[str, list[tuple[str, ...]]] = {}
for _p in HOURS:  # longest first: "zur verstarkung unseres teams" before "zur verstarkung"
    HOURS_BY_START.setdefault(_p[0], []).append(_p)
HOURS_START = set(HOURS_BY_START) | {"speaking"}
WORKLOAD = re.compile(r"\b\d{1,3}\s?(?:(?:-|\u2013|/)\s?\d{1,3}\s?)?%")
# US federal IT Specialists (series 2211) name their specialty in parentheses
FEDERAL_IT = re.compile(r"\b(?:IT|Information Technology) Specialist\s*\((INFOSEC|SYSADMIN|APPSW|NETWORK|DATAMGT|CUSTSPT|"
                        r"OS|ENTARCH|INET|SYSANALYSIS)[^)]*\)", re.I)
FEDERAL_IT_AS = {"INFOSEC": "Information Security Analyst", "SYSADMIN": "Systems Administrator",
                 "APPSW": "Software Developer", "NETWORK": "Network Administrator", "DATAMGT": "Database Administrator",
                 "CUSTSPT": "Computer Support Specialist", "OS": "Systems Administrator",
                 "ENTARCH": "Enterprise Architect", "INET": "Web Developer", "SYSANALYSIS": "Computer Systems Analyst"}
# functions written as "X&Y" ("Director, FP&A", "Manager, L&D"), spelled out before "&" becomes "and"
AMPERSAND_AS = {"fpa": "Financial Planning and Analysis", "ld": "Learning and Development",
                "rd": "Research and Development", "ts": "Trust and Safety", "fi": "Finance and Insurance"}
AMPERSAND = re.compile(r"\b(?:FP\s?&\s?A|L\s?&\s?D|R\s?&\s?D|T\s?&\s?S|F\s?&\s?I)\b", re.I)  # F&I: a car dealer's
NHS_BAND = re.compile(r"\b[Bb]and\s?[1-9][abcd]?\b")  # a British health service pay band ("Band 5 Staff Nurse")
PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
SPELLED = re.compile(r"\(([A-Za-z][A-Za-z -]{4,80})\)")  # parentheses that may spell an abbreviation out
PAY = re.compile(r"(?:up to |from |starting at )?[$\u20ac\u00a3]\s?\d[\d,.]*\s?[kK]?(?:\s?(?:-|to|\u2013)\s?[$\u20ac\u00a3]?\s?"
                 r"\d[\d,.]*\s?[kK]?)?(?:\s?(?:/|per |an? )\s?(?:hr|hour|h|wk|week|yr|year|annum|month|mo|day)\b)?", re.I)
# capitals before a clinical job word name a unit or a therapy, not "or" / part-time ("OR Tech", "PT Aide")
CLINICAL_UNIT = re.compile(r"\b(OR(?= (?:Nurse|Nurses|RN|RNs)\b)|(?:OR|PT|OT)(?= (?:Tech|Techs|Technician|Technicians|"
                           r"Aide|Aides|Scheduler|Coordinator|Assistant|Assistants)(?: (?:I{1,3}|IV|\d))?\s*(?:$|[-,|/(])))")
# "People" names human resources in posting titles ("People Partner", "Head of People"), not elsewhere
PEOPLE_HR = re.compile(r"^people$|\bpeople(?= (?:partner|operation|ops|business|team|generalist|experience|"
                       r"analytic|coordinator|specialist|program|system|data|manager|lead|director|associate|advisor|"
                       r"consultant|officer|head|vice president|support|service|services|engagement|strategy|"
                       r"strategist|insight|insights|development|planning)\b)")
