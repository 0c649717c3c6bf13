"""Posting-title rules: where O*NET's title list codes a posting title the way no posting means it.

Each rule is general (a kind of title in a kind of context), not a list of titles: account
executives sell; a manager of computing work is a computer and information systems manager;
a software specialty code needs its specialty's word; an engineer or designer in a software
context stays in computing. ``posting_rule`` returns the code a rule gives, or None.
"""

from __future__ import annotations

import re

from tracker.classify.needs_words import BY_CONTEXT, NEEDS_FALLBACK, NEEDS_OF_MANAGERS, NEEDS_UNLESS_EXACT, NEEDS_WORD
from tracker.classify.normalize import basic

# Posting titles in software firms that O*NET's title list codes elsewhere ("Full Stack Engineer"
# is listed under Engineers, All Other; "Product Engineer" reads as mechanical). An engineer /
# developer title is kept in computer occupations (15-) when the title itself names a software
# thing, or when the posting's description / department is plainly about software, unless the
# title names a physical engineering discipline.
TECH_HEADS = {"engineer", "developer", "architect", "programmer"}
SOFTWARE_WORDS = set("""software swe stack backend frontend front back sre devops sdk api web ios android mobile
cloud ml ai llm python java javascript typescript rust golang rails ruby react node elixir scala kotlin swift php
flutter firmware automation qa reliability fullstack ux ui saas app prompt vision deployed pretraining inference
mlops nlp machine intelligence agent agents security infosec cybersecurity cyber threat it perception
autonomy multimodal agentic generative genai founding alignment interpretability rlhf posttraining finetuning gpu cuda
kernel kernels transformer transformers diffusion reinforcement evals distributed browser identity authentication auth
iam finops finop devex devtool compiler database observability kubernetes kubernete k8s linux search gameplay graphic
rendering model migration gitlab github website""".split())  # "Founding Engineer": a startup's
# specialty codes a software title only gets when it names the specialty (O*NET lists "Back End
# Engineer" under Web Developers and "Platform Engineer" under Blockchain Engineers)
SPECIALTY = {"15-1254.00": set("web front frontend ui javascript react html css wordpress shopify".split()),
             "15-1299.07": set("blockchain crypto web3 smart solidity defi ledger".split())}
PHYSICAL_WORDS = set("""civil mechanical electrical electronic electronics chemical structural hvac manufacturing
process industrial environmental petroleum nuclear aerospace biomedical agricultural mining marine materials
geotechnical transportation traffic highway water plumbing hardware rf radio fuel solar wind power automotive
optical mechatronics piping building construction field sound audio broadcast""".split())
TECH_CONTEXT = re.compile(r"\b(software|saas|apis?|kubernetes|python|typescript|javascript|react|backend|frontend|"
                          r"full[- ]?stack|llms?|machine learning|cloud|aws|gcp|github|microservices|open[- ]source|"
                          r"devops|codebase|developers?|engineering team|product engineering|ai|ml|infrastructure|"
                          r"platform)\b", re.I)
TECH_DEPARTMENT = re.compile(r"\b(engineering|software|r ?& ?d|research|product|tech|technology|technical|"
                             r"platform|infrastructure|data|ml|ai)\b", re.I)
DESIGN_DEPARTMENT = re.compile(r"\b(design|ux|ui)\b", re.I)  # a designer's department at a software firm
TECH_CONTEXT_MIN = 3  # distinct tech words a description needs
MANAGER_WORDS = {"manager", "director", "head", "vice", "vp", "cto", "chief"}
PRODUCT_DESIGN, DIGITAL_DESIGN = "27-1021.00", "15-1255.00"  # Commercial and Industrial / Web and Digital Interface
PHYSICAL_DESIGN = re.compile(r"\b(cad|solidworks|rhino|keyshot|creo|prototyp\w*|manufactur\w*|injection|tooling|"
                             r"fabrics?|sewing|tech packs?|materials|factory|factories|industrial design)\b", re.I)
PHYSICAL_DESIGN_WORDS = set("""industrial furniture fashion interior packaging toy footwear jewelry apparel textile
automotive mechanical lighting exhibit exhibition floral landscape kitchen hardware""".split())
# a "director" in a posting manages; O*NET's bare "Director" is a film or stage director
STAGE_DIRECTORS = "27-2012.00"
STAGE_WORDS = set("""film movie theater theatre stage music musical casting video tv television broadcast show
choir band orchestra opera dance radio podcast documentary photography creative art animation game news newsroom
talent programming sport sports station""".split())  # O*NET's own media directors ("News Director") stay
OTHER_MANAGERS = "11-9199.00"
MANAGER_SHARE = 0.02  # a manager code the title's candidates give less than this is a guess: managers, all other
# O*NET files "AI Consultant" under Intelligence Analysts: "artificial intelligence" is not intelligence work
INTELLIGENCE_ANALYSTS = "33-3021.06"
SALES_REP = "41-4011.00"  # "Account Executive" in a posting sells (O*NET lists it under advertising managers)
ADVERTISING_WORDS = {"advertising", "ad", "ads", "media", "agency", "advertisement"}
BOOKKEEPING = "43-3031.00"
ACCOUNTS_CLERK = re.compile(r"\baccounts\s+(executive|officer)\b|\b(executive|officer)\s*[-\u2013\u2014,:|]\s*accounts\b",
                            re.I)  # ("Executive - Accounts")
KEY_ACCOUNT_WORDS = set("""key strategic enterprise national major global named territory corporate sale sales client
customer regional commercial""".split())
# "Account Manager" in a posting keeps customers buying (O*NET lists it under financial managers too)
SERVICES_SALES_REP, SALES_ENGINEERS = "41-3091.00", "41-9031.00"
ACCOUNT_MANAGER_SKIP = {"technical", "advertising", "ad", "ads", "media", "agency", "bank", "banking", "loan"}
COMPUTER_SUPPORT, CUSTOMER_SERVICE = "15-1232.00", "43-4051.00"
# consultants, analysts and administrators of a business software product set it up for a firm: computer
# systems analysts (O*NET reads "SAP Consultant" as a retail salesperson's "consultant")
ENTERPRISE_SOFTWARE = set("""sap abap hana s4hana successfactors salesforce sfdc servicenow workday oracle peoplesoft
netsuite d365 hubspot marketo jira atlassian sharepoint tableau erp crm hris epic cerner""".split())
ENTERPRISE_MODULES = set("""fico fi co mm sd hcm financial functional technical finance hr payroll cloud""".split())
ENTERPRISE_ROLES = {"consultant", "analyst", "specialist", "administrator", "expert"}
SYSTEMS_ANALYSTS = "15-1211.00"
# the grades a K-12 teacher's title names ("5th Grade", "Grades K-5", "Grade 7", "6th-8th grade")
_G = r"(k|kg|1[0-2]|[1-9])(?:st|nd|rd|th)?"
GRADE = re.compile(rf"\b{_G}(?:\s*(?:-|\u2013|to|/)\s*{_G})?\s+grades?\b|\bgrades?\s+{_G}(?:\s*(?:-|\u2013|to)\s*{_G})?\b",
                   re.I)
SCHOOL_LEVEL = re.compile(r"\b(?:preschool|pre-?k|toddler|infant|kindergarten|elementary|middle school|high school)\b",
                          re.I)
SCHOOL_LEVEL_AS = {"preschool": "preschool", "pre-k": "preschool", "prek": "preschool", "toddler": "preschool",
                   "infant": "preschool", "kindergarten": "kindergarten", "elementary": "elementary",
                   "middle school": "middle", "high school": "high"}
PRESCHOOL, CAREER_TECHNICAL = "25-2011.00", {"middle": "25-2023.00", "high": "25-2032.00"}
EDUCATION_ADMINISTRATORS = "11-9032.00"  # a school's principal
GRADE_CODES = {(False, "preschool"): PRESCHOOL, (True, "preschool"): "25-2051.00",
               (False, "kindergarten"): "25-2012.00", (False, "elementary"): "25-2021.00",
               (False, "middle"): "25-2022.00", (False, "high"): "25-2031.00", (True, "kindergarten"): "25-2055.00",
               (True, "elementary"): "25-2056.00", (True, "middle"): "25-2057.00", (True, "high"): "25-2058.00"}
TRADE_WORDS = {"maintenance", "repair", "service", "field", "lab", "laboratory", "pharmacy", "medical", "surgical",
               "veterinary", "automotive", "hvac", "plant", "production", "quality", "facilities"}
# a software firm's solutions engineers and consultants sell: sales engineers (presales)
PRESALES = re.compile(r"\b(?:solution (?:engineer|consultant)|pre ?sale(?: engineer| consultant| architect)?)$")
# customer success managers keep a software firm's customers buying (services sales, like account managers)
CUSTOMER_SUCCESS = re.compile(r"^(?:\w+ )?(?:customer|client|partner) success(?: (?P<role>manager|specialist|associate|"
                              r"representative|engineer|director|vice president|head|lead))?$")
SALES_MANAGERS, ADVERTISING_SALES, PR_SPECIALISTS = "11-2022.00", "41-3011.00", "27-3031.00"
CUSTOMER_SUCCESS_CODES = {"engineer": COMPUTER_SUPPORT,  # technical support of the customers' use
                          "director": SALES_MANAGERS, "vice president": SALES_MANAGERS, "head": SALES_MANAGERS}
# a software firm's engineering manager manages computing work (O*NET's is architecture and engineering)
ENGINEERING_MANAGERS, COMPUTING_MANAGERS = "11-9041.00", "11-3021.00"
SOFTWARE_DEVELOPERS, PROGRAMMERS, RESEARCH_SCIENTISTS = "15-1252.00", "15-1251.00", "15-1221.00"
COMPUTER_OTHER = "15-1299.00"
MARKETING_MANAGERS, PURCHASING_MANAGERS, MARKETERS = "11-2021.00", "11-3061.00", "13-1161.00"
NON_MANAGER_ROLES = {"specialist", "associate", "coordinator", "analyst", "assistant"}
PURCHASING_WORDS = {"procurement", "purchasing", "sourcing", "indirect", "buying", "supplier", "suppliers", "vendor"}
# an architect of computing or of a customer's systems (O*NET's plain "Architect" designs buildings)
BUILDING_ARCHITECTS, SYSTEMS_ARCHITECTS = "17-1011.00", "15-1299.08"
IT_ARCHITECT_WORDS = set("""customer consulting enablement solution solutions identity security data cloud technical
integration platform system systems enterprise network infrastructure software application applications it
salesforce sap technology digital api devops ai""".split())
# O*NET's "Tool Programmer" programs machine tools; a game studio's "Tools Programmer" writes software
CNC_PROGRAMMERS = "51-9162.00"
CNC_WORDS = {"cnc", "numerical", "numerically", "machine", "machining", "machinist", "lathe", "mill", "milling",
             "router", "edm", "cam", "tooling", "die", "mold"}
# SOC codes that split a job by what it serves ("Buyers and Purchasing Agents, Farm Products", "Medical
# Secretaries"): a title gets one only when it names that; otherwise the general code ("... Except Farm
# Products", "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive")
GENERAL_SECRETARIES, FARM_BUYERS = "43-6014.00", "13-1021.00"
SPECIFIC = {FARM_BUYERS: (set("""farm farms agricultural agriculture grain grains livestock cattle crop crops cotton
                               tobacco fruit vegetable produce dairy timber log logs seafood fish""".split()), None),
            "43-6011.00": (set("executive ceo cfo coo cto president chief vp director board founder".split()),
                           GENERAL_SECRETARIES),
            "43-6012.00": (set("legal law attorney attorneys litigation paralegal court".split()), GENERAL_SECRETARIES),
            "43-6013.00": (set("""medical clinic clinical hospital patient health healthcare physician dental dentist
                               doctor ward unit surgery""".split()), GENERAL_SECRETARIES),
            SALES_REP: (set("""technical scientific science medical pharmaceutical pharma biotech device devices
                               laboratory lab software saas technology tech it engineering chemical semiconductor
                               electronics electronic diagnostics cloud data cyber security""".split()),
                           "41-4012.00")}  # "Technical and Scientific Products" reps, unless the context is software
SOFTWARE_QA, QA_WORDS = "15-1253.00", {"qa", "test", "testing", "tester", "sdet"}
INDUSTRIAL_ENGINEERS = "17-2112.00"
# a title of one bare word, with no other segment and no description (O*NET lists a bare "Supervisor" only
# under social workers, and "Manager" and "Professor" pull to one department's or one subject's)
BARE = {"supervisor": "43-1011.00", "manager": "11-1021.00", "professor": "25-1199.00", "lecturer": "25-1199.00",
        "team lead": "41-1011.00", "team leader": "41-1011.00"}  # (a store's, most often)
PLANT_QA = {"food", "safety", "pharmaceutical", "pharma", "gmp", "medical", "device", "supplier", "welding"}
CLINICAL_INTERN_CODES = {"29-1229.00", "29-1299.00"}  # O*NET's interns (Classifier._intern)
CLINICAL_WORDS = set("""medical medicine surgical surgery dental pharmacy pharmacist psychology clinical dietetic
veterinary physician nursing nurse hospital rotating residency resident therapy therapist radiology radiologic
respiratory optometry chiropractic speech""".split())
# O*NET lists "Tax Analyst" and "Revenue" titles under government tax examiners; a firm's tax analyst or manager
# is an accountant, and "Revenue Operations" is sales operations. The government's say so
TAX_EXAMINERS, ACCOUNTANTS, FINANCIAL_MANAGERS = "13-2081.00", "13-2011.00", "11-3031.00"
TAX_OFFICE_WORDS = set("""examiner examiners collector collectors collection collections agent agents officer officers
auditor auditors enforcement irs government federal state county city municipal department bureau revenue service
treasury hmrc assessor examining examination""".split()) - {"revenue"}
# a bare "Research Scientist" at a software firm does computing research, not medical research
RESEARCH_SCIENTIST = ("research", "scientist")


def posting_rule(match, code: str | None, description: str | None, department: str | None,
                 title: str = "", described: bool = False) -> str | None:
    """General posting-title rules (see TECH_HEADS etc.); the code they give, or None. ``described``: the
    description chooses (or chose) among the title's candidates, so it may say what NEEDS_WORD asks of a title."""
    words = (match.qualified or match.query).split()  # a bare role is read with its segments ("Associate - Support")
    if not words or not code:
        return None
    ws = set(words)
    read: dict[str, object] = {}  # each read once (a functools.cache per call costs more than the rules)

    def raw() -> set[str]:  # with the segments cleaning dropped ("Research Engineer, Pretraining")
        if "raw" not in read:
            read["raw"] = set(basic(title).split()) | ws
        return read["raw"]

    if match.query in BARE and not match.qualified and not description and (len(words) == 1 or raw() <= ws):
        return BARE[match.query]  # nothing else to go by: the common reading, not O*NET's few one-word rows

    def tech() -> bool:  # the description scan is the costly part
        if "tech" not in read:
            read["tech"] = software_context(raw(), description, department)
        return read["tech"]

    def unsaid(c: str) -> bool:  # a specialised code whose word the title lacks
        need = None if described else needed_words(c)
        if need is None or raw() & need:
            return False
        # exempt: O*NET's own title as it stands ("Front Desk Agent"), or not a manager ("Program Coordinator")
        return not (c in NEEDS_UNLESS_EXACT and match.matched == match.query or
                    c in NEEDS_OF_MANAGERS and not ws & MANAGER_WORDS)

    # these three re-code to a family; the other rules may then refine the code ("Head of AI" manages)
    if code.startswith(STAGE_DIRECTORS[:7]) and "director" in ws and not raw() & STAGE_WORDS:  # and sub-codes
        managers = [c for c, v in match.scores.items() if c.startswith("11-") and v >= MANAGER_SHARE and not unsaid(c)]
        code = next((c for c in managers if (need := needed_words(c)) and raw() & need), None) or next(
            iter(managers), OTHER_MANAGERS)  # one whose own word the title has first ("Radiology Director")
        return posting_rule(match, code, description, department, title, described) or code
    if unsaid(code):
        code = (not ws & MANAGER_WORDS and NEEDS_FALLBACK.get(code)) or next(
            (c for c in match.scores if not unsaid(c)), OTHER_MANAGERS if ws & MANAGER_WORDS else None)
        return code and (posting_rule(match, code, description, department, title, described) or code)
    if code == INTELLIGENCE_ANALYSTS and "artificial intelligence" in match.query and \
            "intelligence" not in match.query.replace("artificial intelligence", ""):
        code = SOFTWARE_DEVELOPERS if words[-1] in ("developer", "programmer") else next(
            (c for c in match.scores if c.startswith("15-")), RESEARCH_SCIENTISTS)
        return posting_rule(match, code, description, department, title, described) or code
    if code == TAX_EXAMINERS and not raw() & TAX_OFFICE_WORDS:
        if "tax" in ws:  # a tax director runs a finance function
            return FINANCIAL_MANAGERS if ws & {"director", "head", "vice", "president", "chief"} else ACCOUNTANTS
        return next((c for c in match.scores if c != TAX_EXAMINERS), None)
    if code in BY_CONTEXT and (to := next((c for need, unless, c in BY_CONTEXT[code]
                                           if raw() & need and not raw() & unless), None)):
        return to  # "Shift Manager - Drive-Thru Restaurant": a food service supervisor
    if code in SPECIFIC and not raw() & SPECIFIC[code][0] and not (code == SALES_REP and tech()):
        # "Purchasing Agent": not farm products; "Sales Representative": no technical products. A sibling
        # the title names wins ("Administrative Assistant - Legal": legal secretaries)
        named = next((c for c, (ws_, _) in SPECIFIC.items() if c != code and c[:5] == code[:5] and raw() & ws_), None)
        if code == FARM_BUYERS and not named:
            named = "13-1022.00" if "buyer" in ws else "13-1023.00"  # wholesale and retail buyers, purchasing agents
        return named or SPECIFIC[code][1]
    if words[-2:] in (["account", "executive"], ["account", "officer"]) and ACCOUNTS_CLERK.search(title) and \
            not raw() & KEY_ACCOUNT_WORDS:
        return BOOKKEEPING  # an "Accounts Executive" (India, UK) keeps the books; a "Key Accounts Executive" sells
    if "account executive" in match.query and not ws & MANAGER_WORDS and \
            words[words.index("executive") - 1] == "account":  # also with a team after it ("... Federal Civilian")
        if raw() & {"pr", "relation"}:  # a PR agency's account executive runs clients' publicity
            return PR_SPECIALISTS
        return ADVERTISING_SALES if ws & ADVERTISING_WORDS else SALES_REP  # an ad seller, not an ad manager
    if words[-3:] == ["technical", "account", "manager"]:  # a customer's technical adviser, at a software firm
        return SALES_ENGINEERS
    if code.startswith("25-") and words[-1] == "principal":  # "Principal - Elementary": a school's head
        return EDUCATION_ADMINISTRATORS
    if code.startswith("25-20") and code != PRESCHOOL and (grade := school_level(title)):  # "5th Grade"
        if code in CAREER_TECHNICAL.values():  # career/technical teachers: middle or secondary
            return CAREER_TECHNICAL.get(grade, code)
        special = bool(raw() & {"special", "sped"}) and "except special" not in basic(title)  # (O*NET's own words)
        return GRADE_CODES[(code.startswith("25-205") or special, grade)]
    if (words in (["technician", "lead"], ["technical", "lead"]) and not raw() & (PHYSICAL_WORDS | TRADE_WORDS)
            and (raw() & {"tech", "technical"} or tech())):
        return SOFTWARE_DEVELOPERS  # a software team's "Tech Lead" (O*NET: instructional coordinators, lead technicians)
    if PRESALES.search(match.query):  # O*NET lists "Solutions Engineer" under software developers
        return SALES_ENGINEERS
    if not code.startswith("15-") and enterprise_role(words):  # "SAP FICO Consultant", "Salesforce Admin"
        return SYSTEMS_ANALYSTS
    if (code == COMPUTER_SUPPORT and words[:2] in (["customer", "support"], ["customer", "service"])
            and not ws & MANAGER_WORDS and not tech()):
        return CUSTOMER_SERVICE  # a customer support specialist of a shop or a bank answers customers
    if m := CUSTOMER_SUCCESS.search(match.query):  # O*NET: "Customer Success Manager" supervises office clerks
        return CUSTOMER_SUCCESS_CODES.get(m.group("role"), SERVICES_SALES_REP)
    if (words[-2:] == ["account", "manager"] and not raw() & ACCOUNT_MANAGER_SKIP and not code.startswith("41-")
            and (len(words) == 2 or match.similarity < 1)):  # O*NET's own "Benefits Account Manager" stays
        return SALES_REP if tech() else SERVICES_SALES_REP
    if (code == ENGINEERING_MANAGERS or (words[-1] in MANAGER_WORDS and "engineering" in ws and not code.startswith("11-"))) \
            and not raw() & PHYSICAL_WORDS and tech():  # "Site Reliability Engineering Manager"
        return COMPUTING_MANAGERS
    if code == SOFTWARE_DEVELOPERS and words[-2:] == ["solution", "architect"]:
        return SYSTEMS_ARCHITECTS  # designs a customer's systems (O*NET lists the title under five codes)
    if code == BUILDING_ARCHITECTS and words[-1] == "architect" and (ws & IT_ARCHITECT_WORDS or (
            len(words) == 1 and tech())):  # "Customer Architect", "Identity Architect": computer systems architects
        return SYSTEMS_ARCHITECTS
    if code == MARKETING_MANAGERS and words[-1] in NON_MANAGER_ROLES:  # "Product Marketing Specialist": a marketer
        return MARKETERS
    if code == MARKETING_MANAGERS and words[-2:] == ["category", "manager"] and raw() & PURCHASING_WORDS:
        return PURCHASING_MANAGERS  # a procurement category manager buys (O*NET's category managers market)
    if code == CNC_PROGRAMMERS and not raw() & CNC_WORDS:
        return SOFTWARE_DEVELOPERS if tech() else PROGRAMMERS
    if code == PROGRAMMERS and words[-1] in ("developer", "engineer"):
        return SOFTWARE_DEVELOPERS  # O*NET lists "Java Developer" under programmers, "C++ Developer" not
    if code == RESEARCH_SCIENTISTS and words[-3:] == ["artificial", "intelligence", "engineer"] and \
            not raw() & {"research", "researcher", "scientist", "science"}:
        return SOFTWARE_DEVELOPERS  # an "AI Engineer" builds products on models (O*NET: research scientists)
    if code == COMPUTER_OTHER and words[-1] in ("developer", "programmer") and "artificial intelligence" in match.query:
        return SOFTWARE_DEVELOPERS  # "AI Agent Developer" writes software (O*NET: computer occupations, all other)
    if (code.startswith("19-") and tuple(words[-2:]) == RESEARCH_SCIENTIST and len(words) == 2
            and tech()):
        return RESEARCH_SCIENTISTS
    if (code.startswith("15-") and not code.startswith(("15-1299.09", "15-1255")) and ws & MANAGER_WORDS
            and not ws & {"project", "program"}):  # IT project managers and design directors stay
        return COMPUTING_MANAGERS  # a manager of computing work
    if code in SPECIALTY and words[-1] in TECH_HEADS and not raw() & SPECIALTY[code]:
        return SOFTWARE_DEVELOPERS
    if code == PRODUCT_DESIGN and words[-1] == "designer" and not raw() & PHYSICAL_DESIGN_WORDS and \
            not (department and set(basic(department).split()) & PHYSICAL_DESIGN_WORDS):
        # "Product Designer" at a software firm designs screens, not objects; a posting's plain "Product
        # Designer" mostly does too, unless its description is about making objects
        digital = tech() or bool(department and DESIGN_DEPARTMENT.search(department)) or (
            words[-2:] == ["product", "designer"] and not physical_design(description))
        return DIGITAL_DESIGN if digital else None
    if code == SOFTWARE_QA and words[-2:] == ["quality", "engineer"] and not tech():
        return INDUSTRIAL_ENGINEERS  # a plain "Quality Engineer" works in a plant unless the context is software
    if code.startswith(("15-", "41-9031")) or words[-1] not in TECH_HEADS or ws & PHYSICAL_WORDS:
        return None
    if raw() & PLANT_QA and (ws & QA_WORDS or "quality assurance" in match.query):
        return None  # a plant's quality engineer ("QA Engineer - Food Safety"), not a software tester
    if not tech():
        return None
    if ws & QA_WORDS or "quality assurance" in match.query:  # a software tester ("QA Engineer")
        return SOFTWARE_QA
    return next((c for c in match.scores if c.startswith("15-")), SOFTWARE_DEVELOPERS)


def needed_words(code: str) -> set[str] | None:
    """The words a title needs to get this specialised code (NEEDS_WORD: by code, or by major group as "55-")."""
    return NEEDS_WORD.get(code) or NEEDS_WORD.get(code[:3])


def distinct_hits(pattern: re.Pattern, description: str | None) -> int:
    """How many different terms of ``pattern`` a description names (in its first 20,000 characters)."""
    return len({m.lower() for m in pattern.findall(description[:20000])}) if description else 0


def physical_design(description: str | None) -> bool:
    """A designer's description about making objects (CAD, prototypes, materials, manufacturing)."""
    return distinct_hits(PHYSICAL_DESIGN, description) >= 2


def enterprise_role(words: list[str]) -> bool:
    """A consultant / analyst / admin of the business software named right before the role, modules
    aside ("sap fico consultant"), not a user of it ("payroll specialist workday")."""
    for i, w in enumerate(words):
        if w in ENTERPRISE_ROLES:
            j = i - 1
            while j >= 0 and words[j] in ENTERPRISE_MODULES:
                j -= 1
            return j >= 0 and words[j] in ENTERPRISE_SOFTWARE
    return False


def school_level(title: str) -> str | None:
    """"preschool", "kindergarten", "elementary", "middle" or "high" from the grades a school title names
    ("Grades K-5", "7th Grade Math") or its school ("Lead Teacher - Preschool"), or None."""
    grades = [0 if g.lower().startswith("k") else int(g) for m in GRADE.finditer(title) for g in m.groups() if g]
    if not grades:
        return SCHOOL_LEVEL_AS[m.group(0).lower()] if (m := SCHOOL_LEVEL.search(title)) else None
    low, high = min(grades), max(grades)
    if high == 0:
        return "kindergarten"
    return "elementary" if high <= 5 else "middle" if low >= 6 and high <= 8 else "high" if low >= 9 else None


def software_context(words: set[str], description: str | None, department: str | None) -> bool:
    """The title, department or description plainly about software (see TECH_CONTEXT)."""
    if words & SOFTWARE_WORDS or words & ENTERPRISE_SOFTWARE or (department and TECH_DEPARTMENT.search(department)):
        return True
    return distinct_hits(TECH_CONTEXT, description) >= TECH_CONTEXT_MIN
