"""The word lists of title cleaning (tracker/classify/normalize.py): levels and ranks, posting noise,
abbreviations and British spellings, and whole-title phrases that postings use in a sense O*NET's
title list lacks. Data only; the rules that read them are in normalize.py.
"""

from __future__ import annotations

SENIORITY = {
    "senior", "sr", "snr", "junior", "jr", "jnr", "principal", "staff", "lead", "head", "chief",
    "entry", "level", "mid", "midlevel", "intermediate", "experienced", "expert", "trainee",
    "apprentice", "graduate", "grad", "intern", "internship", "new", "associate", "assistant",
    "journeyman", "journeyperson", "journeywoman",  # a trade's level ("Journeyman Lineman")
    "supervisory",  # a US federal supervisor of specialists is coded with them ("Supervisory Contract Specialist")
    "deputy",  # a UK or Indian rank ("Deputy Manager", "Deputy Head Teacher"); "Deputy Sheriff" stays (KEEP_WITH)
}

# a US federal "Supervisory X Officer" of a protective service supervises it (33-10xx: "police supervisor");
# a supervisory specialist is coded with the specialists (SOC principle 3: "supervisory" is a rank)
PROTECTIVE = {"police", "correctional", "correction", "fire", "security", "border", "detention", "customs"}

# "Tech" before these is technical ("Tech Sales", "Tech Ops"); as a title's last word a technician ("Pharmacy Tech")
TECH_BEFORE = {"sales", "sale", "lead", "ops", "operations", "support", "programmer", "recruiter", "recruiting", "writer",
               "partner", "consultant", "strategy", "product", "program", "project", "account"}

# US state and Canadian province codes: a segment of one after a place ("Boston, MA") is not a job ("MA")
REGION_CODES = set("""AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC
ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS ON PE QC SK""".split())

# seniority words that are part of the occupation when they stand next to these
KEEP_WITH = {"head": {"nurse", "coach", "chef", "teacher", "cook", "start"},
             "chief": {"executive", "officer", "financial", "operating", "technology", "information",
                       "marketing", "nursing", "medical", "engineer", "of", "mate", "justice"},
             "staff": {"nurse", "accountant", "pharmacist", "physician", "auditor", "writer"},
             "associate": {"professor", "attorney", "dean", "director", "editor", "producer", "pastor"},
             "assistant": {"professor", "manager", "principal", "director", "editor", "teacher",
                           "coach", "chef", "engineer", "superintendent", "dean", "controller",
                           "buyer", "cook", "store", "to", "attorney", "nurse", "pharmacist"},
             "lead": {"teacher", "carpenter", "cook", "abatement", "poisoning"},
             "graduate": {"teaching", "research", "assistant"},  # a graduate student's job at a university
             "apprentice": set(), "intern": set(), "trainee": set(),
             # a rank word that is part of the job after these: "School Principal", "Vice Principal",
             # "Data Entry", and "senior" of a place for the old ("Senior Living Community Cook")
             "school": {"principal"}, "vice": {"principal"}, "data": {"entry"}, "management": {"trainee"},
             "senior": {"living", "center", "citizen"},
             "deputy": {"sheriff", "marshal", "constable", "coroner", "warden", "jailer", "clerk", "registrar",
                        "assessor", "treasurer", "sheriffs"}}

# after a job's word these name the job itself ("Medical Assistant", "Sales Associate"), not a level
NOUN_AFTER_A_WORD = {"assistant", "associate"}

LEVEL_ONLY = {"senior", "sr", "snr", "junior", "jr", "jnr", "entry", "level", "mid", "midlevel", "intermediate",
              "experienced", "new", "intern", "internship", "trainee", "graduate", "apprentice"}

NOISE_WORDS = set("""remote hybrid onsite on wfh work from home anywhere contract contractor temporary
temp part full time fixed term permanent freelance seasonal casual overnight overnights evening evenings bilingual
travel apprenticeship summer winter spring autumn month months week weeks year years certified licensed qualified
accredited hrs hours hour hourly salary salaried tier float pool hire c2h w2 fifo per diem prn ft pt emea apac latam amer
americas
us usa uk eu europe canada united states relocation visa bonus day days night nights weekend weekends shift
m f d w h all gender genders and or based only position positions opening role roles job urgent hiring immediate start
multiple various several now apply today req requisition bpo
vollzeit teilzeit unbefristet befristet festanstellung sofort minijob cdi cdd plein partiel completa parcial uur
nuit noche nacht notte noite v x alternance alternant alternante werkstudent werkstudentin""".split())  # and the same in the European languages of the recordings

# a segment of only these is the language the job needs ("Localization Lead, Polish": no polisher) or teaches
LANGUAGES = set("""english french german spanish italian portuguese dutch flemish polish japanese korean mandarin chinese
cantonese arabic hindi russian turkish swedish norwegian danish finnish hebrew greek czech slovak hungarian romanian
bulgarian croatian serbian slovenian vietnamese thai indonesian malay tagalog ukrainian brazilian european latin
american canadian fluent fluency native speaker speakers language languages""".split())

# before "strategy analyst": a trading desk's quants keep O*NET's reading; a marketing team's are market researchers
QUANT_WORDS = {"quantitative", "quant", "trading", "investment", "portfolio", "equity", "fixed", "income", "credit",
               "derivative", "derivatives", "hedge", "fund", "asset", "risk", "rate", "rates", "macro"}
MARKETING_FIELDS = {"marketing", "content", "brand", "social", "media", "digital", "seo", "search", "creative",
                    "communication", "growth", "advertising", "campaign", "customer", "consumer", "product"}

# UK civil service grades written before the job ("Higher Executive Officer - Data Analyst")
CIVIL_SERVICE_GRADES = {"executive officer", "higher executive officer", "senior executive officer"}

RELIGIOUS = {"church", "ministry", "gospel", "christian", "faith", "pastoral", "worship", "bible", "catholic",
             "baptist", "methodist", "religious", "mission", "missionary"}

TEACHING = {"teacher", "instructor", "professor", "lecturer", "tutor", "translator", "interpreter", "linguist", "faculty"}

# after "Member of Technical Staff", a segment ending in one of these is the job; else it is a team
STAFF_ROLES = {"engineer", "developer", "scientist", "researcher", "architect", "designer", "manager", "analyst",
               "programmer", "lead"}

POSTING_PAIRS = {("shift", "lead")}  # noise words kept beside these, though no O*NET title pairs them

# "de", "für": a segment of only these (or of single letters) names no job ("para" is a paraprofessional)
LINK_WORDS = {"de", "des", "du", "del", "da", "das", "dos", "fuer", "und", "zum", "zur", "der"}

# a rank with no function: the next segment says what it heads ("Director, Product Marketing")
RANK_ONLY = {"vice president", "director", "head", "manager", "managing director", "senior director",
             "associate director", "general manager", "chief", "assistant manager", "team leader", "team lead",
             "executive"}  # ("Team Leader - Customer Service", and a British or Indian "Executive - Accounts")

# "Head of Engineering", "VP of Sales", "Director, Product Marketing": O*NET writes a function's
# managers as "<function> director" / "<function> manager" ("Engineering Director"), and its few
# "head of" / "vice president" titles pull such queries elsewhere (loss prevention, colleges)
# a segment ending in one of these after a store's "Assistant Manager" is its place ("Tyson Center"), not a function
PLACE_ENDS = {"center", "centre", "mall", "plaza", "square", "crossing", "common", "village", "park", "outlet",
              "galleria", "town", "marketplace"}

# (SOC codes assistant managers as first-line supervisors: "Assistant Manager, Finance" -> "finance supervisor")
RANK_AS = {"manager": "manager", "general manager": "manager", "chief": "chief",
           "assistant manager": "supervisor", "team leader": "supervisor", "team lead": "supervisor",
           "executive": "executive"}  # others: director

# whole cleaned segments that posting titles use in a sense O*NET's title list lacks
PHRASES = {"chief of staff": "operation manager",  # an executive's deputy, not military staff
           "product owner": "product manager", "scrum master": "project manager",  # agile roles
           # a tech firm's executive assistants; a retailer's store leaders; a country's head of business
           "executive business partner": "executive assistant", "administrative business partner": "executive assistant",
           "store leader": "store manager", "assistant store leader": "assistant store manager",
           "country manager": "general manager",
           # strategy, communications and relations work of a firm (O*NET's nearest titles: sustainability,
           # "all other" managers, labor relations)
           "strategy manager": "management analyst", "strategy analyst": "management analyst",
           "strategy associate": "management analyst", "strategy lead": "management analyst",
           "communication manager": "public relation manager", "communication director": "public relation director",
           "communication lead": "public relation manager",
           # a retail store's floor leader and sales supervisor (O*NET: restaurants, non-retail sales)
           "floor leader": "retail supervisor", "sale supervisor": "retail sale supervisor",
           # a software firm's industry managers sell to an industry's firms (Pinterest's sell ads; O*NET: food service);
           # its platform managers run a product platform (O*NET: railway platforms); a sales area's vice president
           "industry manager": "account manager", "industry lead": "account manager", "industry leader": "account manager",
           "platform manager": "product manager", "area vice president": "sale director",
           "insight specialist": "market research analyst", "insight analyst": "market research analyst",  # a firm's
           "insight manager": "market research manager", "insight lead": "market research manager",  # consumer insights
           "engagement manager": "project manager",  # a services firm's delivery lead (O*NET: community relations)
           "growth engineer": "software engineer", "growth": "marketing specialist",  # (O*NET: plant growth)
           "sale ambassador": "retail salesperson",  # a store's ("Brand Ambassador" promotes products)
           # a firm's heads of product, legal and treasury, and its public policy managers
           "product director": "product management director", "legal director": "general counsel",
           "legal manager": "legal operation manager", "treasury manager": "treasurer", "treasury director": "treasurer",
           "public policy manager": "public relation manager", "public policy director": "public relation director",
           "public policy lead": "public relation manager",
           "business development director": "business development manager",
           "analytics director": "analytics manager",
           "renewal manager": "account manager", "renewal specialist": "account manager",  # a software firm's renewals
           "renewal representative": "account manager",
           "facility operation manager": "facility manager",  # (O*NET lists it only under farm managers)
           "medical officer": "physician", "visual information specialist": "graphic designer",  # US federal titles
           "keyholder": "retail supervisor", "key holder": "retail supervisor",  # a store's shift lead
           "route sale representative": "route salesperson", "veteran service representative": "claims examiner",
           "payroll administrator": "payroll specialist", "special need assistant": "special education assistant",
           "administrative executive": "office administrator",  # (Singapore, India: staff)
           "maintenance fitter": "maintenance mechanic",  # (Australia, UK)
           "recreation aid": "recreation aide", "teacher aid": "teacher aide", "nursing aid": "nursing aide",
           "nurse aid": "nursing aide", "pharmacy aid": "pharmacy aide", "home health aid": "home health aide",
           # software firms' titles: O*NET reads "advocate" as planning, "client partner" as counselling
           "developer advocate": "software developer", "developer evangelist": "software developer",
           "developer relation": "software developer", "client partner": "account executive",
           "partner manager": "partnership manager", "partner engineer": "partner solution engineer",  # a partner's
           "partner development representative": "sale development representative",
           "partnership engineer": "partner solution engineer", "strategic finance": "financial analyst",
           "user experience engineer": "user interface engineer",  # builds interfaces (O*NET: software QA)
           "assistant controller": "controller",
           "medical science liaison": "medical scientist", "user interface artist": "graphic designer",
           "development associate": "fundraiser", "development officer": "fundraiser",  # a nonprofit's development
           "development coordinator": "fundraiser", "disease intervention specialist": "community health worker",
           "agency producer": "insurance sale agent", "insurance producer": "insurance sale agent",  # sells policies
           # a trial's monitor and coordinator (O*NET: lab technologists, academic counsellors); a postdoc researches
           "clinical research associate": "clinical research coordinator", "study coordinator":
           "clinical research coordinator", "postdoctoral researcher": "research scientist", "postdoctoral fellow":
           "research scientist", "postdoctoral research fellow": "research scientist", "postdoctoral associate":
           "research scientist", "postdoctoral scholar": "research scientist", "postdoc": "research scientist",
           "quality assurance specialist": "quality control analyst",  # (O*NET: government property inspectors)
           "program officer": "program manager",
           # a professional firm's associate of a practice (read with its segment: "Senior Associate, Deals")
           "consulting associate": "management analyst", "advisory associate": "management analyst",
           "deal associate": "financial analyst", "transaction service associate": "financial analyst",
           "business operation associate": "business operation specialist", "data wrangler": "data analyst",
           "utilization review nurse": "registered nurse", "utilization management nurse": "registered nurse",
           "prior authorization specialist": "insurance claim clerk",  # (O*NET: informatics, correspondence clerks)  # (O*NET: operations research)  # a funder's or an agency's (O*NET: transportation planners)  # a finance team's (O*NET: inventory controllers)
           "localization language lead": "translator", "language lead": "translator",  # a product's translators
           "localization specialist": "translator", "localization linguist": "translator",  # presales engineer; (not HR) "administrative business partner": "executive assistant",
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
           "sparky": "electrician", "chippy": "carpenter",  # Australian and British trade slang
           "cover supervisor": "substitute teacher",  # a British school's (O*NET's words: a furnace's)
           "early educator": "childcare worker", "early practitioner": "childcare worker",  # "Early Years ..."
           "early teacher": "preschool teacher", "room leader": "childcare worker",  # a nursery's room
           "domestic assistant": "housekeeping cleaner",  # a hospital's cleaner
           "production operative": "production worker", "machine operative": "machine operator",  # "operative":
           "cleaning operative": "cleaner", "general operative": "laborer",  # a British worker or operator
           # a British gas engineer fits and services boilers (O*NET: petroleum engineers)
           "gas engineer": "plumber", "gas safe engineer": "plumber", "plumber and gas engineer": "plumber",
           "heating engineer": "heating and air conditioning mechanic", "boiler engineer": "heating and air conditioning mechanic",
           "letting negotiator": "real estate sale agent", "sale negotiator": "real estate sale agent",  # estate agency
           "paraplanner": "financial planner", "conveyancing assistant": "paralegal",
           "back office executive": "office clerk", "storeperson": "stock clerk", "storeman": "stock clerk",
           "mechanical fitter": "industrial machinery mechanic",  # a British or Australian fitter maintains machines
           "healthcare support worker": "nursing assistant",
           # plant and construction trades (O*NET's words: tire builders, picture framers, production clerks' supervisors)
           "molding technician": "plastic molding technician", "framer": "carpenter",
           "maintenance planner": "production planner", "metrology technician": "calibration technician",
           # law firms', insurers' and social services' (O*NET's words: bioinformatics, IT support, sports coaches)
           "e discovery analyst": "legal support worker", "e discovery specialist": "legal support worker",
           "litigation support specialist": "legal support worker", "litigation support analyst": "legal support worker",
           "subrogation specialist": "claim examiner", "recovery coach": "peer support specialist",
           "shelter monitor": "social and human service assistant", "shelter advocate": "social and human service assistant",
           "licensed professional counselor": "mental health counselor",  # an LPC counsels (O*NET: psychologists)
           # a hospital's billing office and a drug firm's safety and sales work (O*NET's words: explosives, HR)
           "charge specialist": "billing specialist",  # "Charge Entry Specialist" ("entry" went as a level)
           "denial specialist": "billing specialist", "revenue cycle analyst": "financial analyst",
           "drug safety associate": "pharmacovigilance specialist", "key account director": "sale director",
           "custom applicator": "pesticide applicator",  # a farm co-op's sprayer (O*NET: a siding applicator)
           "documentation engineer": "technical writer",  # a software firm's docs (O*NET: industrial engineers)
           "strategy and operation associate": "management analyst",  # (O*NET's words: brokerage clerks, security)
           "strategy and operation analyst": "management analyst",
           "ophthalmic technician": "ophthalmic medical technician",  # a clinic's (O*NET: a lens lab's)
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
           "data labeling specialist": "data entry keyer", "data annotation specialist": "data entry keyer",
           "artificial intelligence trainer": "data entry keyer", "data trainer": "data entry keyer",
           "artificial intelligence data trainer": "data entry keyer", "annotation specialist": "data entry keyer",
           "rlhf specialist": "data entry keyer",  # (an "AI Trainer" rates a model's answers; it trains no people)
           "red teamer": "penetration tester", "artificial intelligence red teamer": "penetration tester",
           "conversation designer": "user experience designer", "conversational designer": "user experience designer",
           "compliance lead": "compliance specialist",  # (O*NET's words: an environmental compliance lead)
           # a staffing agency's hourly work (O*NET: labor relations; a fruit picker)
           "general labor": "laborer", "picker": "order picker",
           "equipment operator": "operating engineer",  # a bare one runs heavy equipment (O*NET: a farm's first)
           # a car dealer's: its business development center phones customers; a master technician repairs cars
           "bdc agent": "telemarketer", "bdc representative": "telemarketer", "bdc specialist": "telemarketer",
           "master technician": "automotive master mechanic",
           "building engineer": "building maintenance engineer",  # a property's (O*NET: civil engineers)
           "store team leader": "store manager",  # (O*NET: managers, all other)
           "crm manager": "marketing manager",  # customer relationship marketing: e-mail, loyalty (O*NET: a store's)
           # a retailer's shelf layouts (O*NET's words: human resources, management analysts)
           "planogram specialist": "merchandise displayer", "planogram analyst": "merchandise displayer",
           "planogram coordinator": "merchandise displayer",
           # a contractor's bids (O*NET's words: business continuity planners, data capture)
           "proposal manager": "proposal specialist", "capture manager": "business development manager",
           "logistics management specialist": "logistics specialist",  # US federal series 0346 (O*NET: managers)
           "order management specialist": "order clerk",  # processes customers' orders (O*NET's words: stockers)
           # keeps the stock records and counts (blind coders: inventory clerks; O*NET's words: stockers)
           **dict.fromkeys(["inventory specialist", "inventory coordinator", "inventory control specialist",
                            "inventory control coordinator", "inventory clerk", "inventory control clerk",
                            "inventory counter", "cycle counter"], "shipping receiving and inventory clerk"),
           # common posting titles that O*NET's list reads otherwise (a common-titles review, session seven)
           "call center agent": "customer service representative",  # O*NET: telemarketers
           "call centre agent": "customer service representative",
           "contact center agent": "customer service representative",
           "contact centre agent": "customer service representative",
           "relationship manager": "relationship banker",  # a bank's (O*NET: public relations managers)
           "room attendant": "housekeeping attendant",  # a hotel's (O*NET: locker room attendants)
           "registered practical nurse": "licensed practical nurse",  # Canada's LPN
           "disability support worker": "personal care aide",  # Australia's NDIS support workers
           "heavy equipment operator": "operating engineer",  # construction (O*NET: surface mining first)
           "food runner": "dining room attendant", "bar attendant": "bartender",
           "warehouse manager": "storage and distribution manager",  # BLS: 11-3071 (O*NET: its supervisors)
           "cloud engineer": "cloud infrastructure engineer"}  # (O*NET: information security engineers)

# a last "Chief" of a service or unit is the job ("Police Chief", "Crew Chief"); of a function, its director
UNIFORMED_CHIEFS = set("""police fire crew battalion deputy party section division branch bureau flight shift station
district wire plant guard checkroom traffic maintenance gauger helicopter intelligence probation parole""".split())

# ("Research Assistant to the Director" stays a research assistant)
EXECUTIVES = set("ceo cfo coo cto cio president chief executive vice director founder partner principal".split())

AI_CORE_WORDS = {"engineer", "scientist", "researcher", "developer", "architect", "programmer",
                 "research", "engineering", "science", "modeler", "lead", "development"}
# with AI words, these rate or label a model's data ("AI Evaluator", "LLM Response Rater", "AI Tutor - Physics")
AI_DATA_ROLES = {"evaluator", "rater", "grader", "annotator", "labeler", "labeller", "tagger", "assessor", "tutor",
                 "trainer", "reviewer"}
AI_DATA_WORK = {"evaluation", "annotation", "labeling", "labelling", "rating"}  # "LLM Evaluation Specialist"
# a job that sells or supports AI, not one that builds it ("AI Sales Engineer", "AI Developer Advocate")
AI_CLIENT_WORDS = {"sale", "sales", "support", "customer", "account", "advocate", "advocacy", "relation", "success",
                   "partner", "presale", "presales", "business"}

DOCTOR_ENDINGS = ("ist", "ian", "surgeon")

RANK_WORDS = {"director", "manager", "vice president", "chief", "head", "lead", "officer"}

TEAM_WORDS = {"team", "squad", "pod", "org", "organization", "department", "dept", "division", "unit", "group"}

# a match of NOT_A_JOB contains one of these words (a fast check first: most segments have none)
NOT_A_JOB_WORDS = set("""application applications talent future of see here positions roles openings initiativbewerbung
spontanee our general n tbd tba none test various requirements responsibilities qualifications duties overview
description benefits about demo dummy bash ea checkbox checkboxes check job""".split())

CLINICAL = {"PT": "physical therapist", "OT": "occupational therapist",  # as a title's first segment
            "DON": "director of nursing", "ADON": "director of nursing"}  # (assistant) director of nursing

# (the clinical word must end the job: "PT Assistant Store Manager" is part-time, "PT RN" a part-time nurse)
UNIT_WORDS = {"OR": "Operating Room", "PT": "Physical Therapy", "OT": "Occupational Therapy"}

ABBREV = {"mgr": "manager", "eng": "engineer", "engr": "engineer", "dev": "developer",
          "admin": "administrator", "asst": "assistant", "assoc": "associate", "rep": "representative",
          "reps": "representative", "tech": "technician", "coord": "coordinator", "spec": "specialist",
          "exec": "executive", "acct": "accountant", "dir": "director", "svp": "vice president", "rvp": "regional vice president",
          "dei": "diversity equity and inclusion",
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
          "ux": "user experience", "ui": "user interface", "pm": "product manager", "cdl": "truck driver", "osp": "outside plant", "ndis": "disability",
          "bim": "building information modeling", "vdc": "virtual design and construction",
          "fullstack": "full stack", "frontend": "front end", "backend": "back end", "devops": "devops engineer",
          "ae": "account executive", "para": "paraprofessional", "bdr": "business development representative",
          "sdr": "sales development representative", "fde": "forward deployed engineer", "gtm": "go to market",
          "ops": "operations", "huc": "health unit coordinator", "cust": "customer", "svc": "service",
          "svcs": "service", "mktg": "marketing", "bizops": "business operations", "grc": "information security", "mkt": "marketing", "med": "medical",
          # British spellings (O*NET's titles are American)
          "anaesthetist": "anesthesiologist", "anaesthetics": "anesthesiology", "paediatric": "pediatric",
          "paediatrics": "pediatrics", "paediatrician": "pediatrician", "orthopaedic": "orthopedic",
          "orthopaedics": "orthopedics", "haematology": "hematology", "gynaecology": "gynecology",
          "gynaecologist": "gynecologist", "oesophageal": "esophageal", "programme": "program",
          "programmes": "program", "labour": "labor", "labourer": "laborer", "centre": "center",
          "organisation": "organization", "organisational": "organizational", "behaviour": "behavior",
          "behavioural": "behavioral", "catalogue": "catalog", "licence": "license", "defence": "defense",
          "tyre": "tire", "aluminium": "aluminum", "fibre": "fiber", "jewellery": "jewelry",
          "counsellor": "counselor", "counselling": "counseling"}

EXPANDS = {*ABBREV, *(a + "s" for a in ABBREV)}  # the words _expanded changes (the rest stay as they are)

SYSTEM_ADMIN = {"it", "system", "systems", "network", "linux", "windows", "unix", "database", "db", "cloud", "server",
                "salesforce", "workday", "servicenow", "sharepoint", "sap", "oracle", "jira", "m365", "office365"}

ADMIN_WORK = {"assistant", "assistants", "executive", "analyst", "coordinator", "specialist", "clerk", "support", "officer",
              "associate", "manager", "supervisor", "aide", "secretary", "staff", "worker", "professional", "team"}

SIGNAL_WORK = {"engineer", "engineering", "developer", "software", "firmware", "algorithm", "architect", "design",
               "designer", "hardware", "system", "systems", "audio", "embedded", "research", "scientist"}
