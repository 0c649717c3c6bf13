"""Real posting titles: software-firm engineer titles, account executives, MTS, manager titles."""

import json
from pathlib import Path

import pytest

from tracker.classify.classifier import default_classifier
from tracker.classify.normalize import clean_title

CASES = Path(__file__).resolve().parents[1] / "cases" / "titles" / "real_postings.jsonl"
SOFTWARE_TEXT = ("You will build our backend services in Python and TypeScript, ship APIs used by thousands of "
                 "developers, run them on AWS with Kubernetes, and review code on GitHub with a small team.")


@pytest.fixture(scope="module")
def clf():
    return default_classifier()


def test_cases_file_is_labelled_and_split():
    cases = [json.loads(x) for x in CASES.read_text().splitlines()]
    assert len(cases) >= 150 and len({c["title"] for c in cases}) == len(cases)
    assert {c["half"] for c in cases} == {"design", "holdout"}
    assert all(c["soc"] and c["soc"] not in c["also"] and c["rule"] for c in cases)


@pytest.mark.parametrize("raw, clean", [
    ("Member of Technical Staff - Backend Engineer", "back end engineer"),
    ("Member of Technical Staff", "software engineer"),
    ("SREs", "site reliability engineer"),
    ("Emerging Enterprise AE (SF)", "emerging enterprise account executive"),
])
def test_posting_vocabulary(raw, clean):
    assert clean_title(raw) == clean


def test_engineer_titles_stay_in_computer_occupations_in_a_software_context(clf):
    # without context the title model alone may read "stack" / "product" as physical engineering
    assert clf.classify("Senior Full-Stack Engineer").soc_code.startswith("15-")  # "stack": a software word
    assert clf.classify("Product Engineer", department="Engineering").soc_code.startswith("15-")
    assert clf.classify("Product Engineer", SOFTWARE_TEXT).soc_code.startswith("15-")
    r = clf.classify("Product Engineer", SOFTWARE_TEXT)
    assert r.details["coded_via"] == "posting rule" and "posting-title rule" in r.exposure_rationale
    assert f"re-coded from {r.details['title_occupation']} by" in r.exposure_rationale  # what the title said
    # a named physical discipline, or no software cue at all, is left to the title model
    assert clf.classify("Civil Engineer", SOFTWARE_TEXT).soc_code.startswith("17-2051")
    assert clf.classify("Mechanical Engineer", department="Engineering").soc_code.startswith("17-")


def test_account_executives_and_managers(clf):
    assert clf.classify("Mid Market Account Executive").soc_code == "41-4011.00"
    # a media seller's or ad platform's AE sells ad space (rules 96; blind coders agreed on the holdout titles)
    assert clf.classify("Advertising Account Executive").soc_code == "41-3011.00"
    assert clf.classify("Software Engineering Manager").soc_code == "11-3021.00"
    assert clf.classify("Senior Software Engineer").soc_code == "15-1252.00"


def test_account_managers_sell_and_technical_ones_advise(clf):
    assert clf.classify("Key Account Manager").soc_code == "41-3091.00"  # O*NET's list: financial managers
    assert clf.classify("Account Manager", SOFTWARE_TEXT).soc_code == "41-4011.00"
    assert clf.classify("Technical Account Manager").soc_code == "41-9031.00"
    assert clf.classify("Account Manager, Advertising Solutions").soc_code != "41-3091.00"  # an ad agency's
    assert clf.classify("Employee Benefit Account Manager").soc_code != "41-3091.00"  # an O*NET title keeps its own


def test_engineering_managers_of_software_manage_computing_work(clf):
    assert clf.classify("Engineering Manager").soc_code == "11-9041.00"  # no software cue
    assert clf.classify("Engineering Manager", SOFTWARE_TEXT).soc_code == "11-3021.00"
    assert clf.classify("Director of Engineering, Generative AI").soc_code == "11-3021.00"
    assert clf.classify("Mechanical Engineering Manager", SOFTWARE_TEXT).soc_code == "11-9041.00"


@pytest.mark.parametrize("title, code", [
    ("Senior Developer Advocate", "15-1252.00"),  # O*NET's word list reads "advocate" as planning
    ("Tech Lead", "15-1252.00"), ("Technical Lead, Evaluation Infrastructure", "15-1252.00"),
    ("Sr. Client Partner, Mid-Market", "41-4011.00"),  # not a rehabilitation counsellor
    ("Paid Media Manager", "11-2021.00"), ("Manager, Paid Social", "11-2021.00"), ("Go-to-Market Manager", "11-2021.00"),
    ("Research Scientist, Perception", "15-1221.00"),
    ("Tools Programmer", "15-1251.00"),  # no machine-tool word: not a CNC programmer
    ("CNC Programmer", "51-9162.00"),
    ("Pharmacy Tech Lead", "29-2052.00"),  # "tech" after a field is still a technician
    # O*NET lists a bare "Dispatcher" / "Substitute Teacher" only under other codes; the occupation's
    # own title ("Dispatchers, Except Police, Fire, and Ambulance") gives its head too
    ("Dispatcher", "43-5032.00"), ("Substitute Teacher", "25-3031.00"), ("911 Dispatcher", "43-5031.00"),
    ("Senior Counsel, Vendor", "23-1011.00"),  # "counsel" ends 10 index titles: a job word, "vendor" a team
    # hospital, store, trade and university titles
    ("LVN - Home Health", "29-2061.00"), ("DON - Skilled Nursing Facility", "11-9111.00"),
    ("Medical Technologist - Blood Bank", "29-2011.00"), ("Medical Laboratory Scientist II", "29-2011.00"),
    ("Customer Service Desk Associate", "43-4051.00"), ("Service Desk Analyst", "15-1232.00"),
    ("Journeyman Lineman", "49-9051.00"), ("Graduate Teaching Assistant - Chemistry", "25-9044.00"),
    ("Operador de Montacargas - Turno de Noche", "53-7051.00"), ("Lavaplatos", "35-9021.00"),
    ("Ayudante General de Producción", "51-9198.00"),
    ("Head of AI", "11-3021.00"),  # re-coded from intelligence analysts, then a manager of computing work
    ("Solutions Engineer, Data Infrastructure", "41-9031.00"), ("Solutions Consultant", "41-9031.00"),  # presales
    ("Customer Success Manager - Boston", "41-3091.00"), ("Customer Success Engineer", "15-1232.00"),
    ("Director of Customer Success", "11-2022.00"), ("Demand Generation Manager", "11-2021.00"),
    ("BDR", "41-3091.00"), ("Shift Lead - Nights", "41-1011.00"),  # O*NET: marketing analysts; instructional
    ("Customer Support Specialist", "43-4051.00"),  # a shop's or bank's: customer service
    ("Customer Support Specialist - SaaS", "15-1232.00"),  # a software firm's: computer user support
    ("2nd Founding Engineer", "15-1252.00"), ("Founding Mechanical Engineer", "17-2141.00"),  # a startup's
    ("Content Creator", "27-3043.00"),  # O*NET lists it under video game designers first
    ("SAP FICO Consultant", "15-1211.00"), ("Salesforce Admin", "15-1211.00"),  # business software set-up
    ("SAP Berater FI/CO (m/w/d)", "15-1211.00"), ("Salesforce Developer", "15-1252.00"),
    # the grades a K-12 teacher's title names
    ("Teacher - 5th Grade (2026-2027 School Year)", "25-2021.00"), ("7th Grade Math Teacher", "25-2022.00"),
    ("High School Teacher 9th-12th Grade", "25-2031.00"), ("Special Education Teacher, Grades K-5", "25-2056.00"),
    # common titles O*NET's word list reads oddly
    ("Assistant Manager - Mall of America", "41-1011.00"), ("Restaurant Assistant Manager", "35-1012.00"),
    ("Manager, Executive Assistants", "43-6011.00"),  # a manager of executive assistants: not an assistant manager
    ("HVAC Technician", "49-9021.00"), ("Teacher Assistant", "25-9042.00"),
    ("Operations Specialist", "13-1199.00"), ("Cleaner", "37-2011.00"), ("Vehicle Cleaner", "53-7061.00"),
    # a user of business software is not its systems analyst; presales comes first
    ("HR Specialist (Workday)", "13-1071.00"), ("Payroll Specialist - Workday", "43-3051.00"),
    ("SAP Presales Consultant", "41-9031.00"), ("Special Ed Para Professional", "25-9043.00"), ("Para", "25-9042.00"),
    ("Fachinformatiker für Anwendungsentwicklung", "15-1252.00"), ("Concrete Pour Foreman", "47-1011.00"),
    ("SPED Teacher - Grades 6-8", "25-2057.00"), ("CTE Teacher - Grades 9-12", "25-2032.00"),
    # Polish, Czech, Romanian, Hungarian and Finnish job words (tracker/classify/foreign_words.tsv)
    ("Pielęgniarka", "29-1141.00"), ("Magazynier", "53-7065.00"), ("Účetní", "13-2011.00"),
    ("Vânzător", "41-2031.00"), ("Raktáros", "53-7065.00"), ("Ohjelmistokehittäjä", "15-1252.00"),
])
def test_software_firm_titles_o_net_reads_otherwise(clf, title, code):
    assert clf.classify(title).soc_code == code


@pytest.mark.parametrize("title", ["Technician Lead - Maintenance", "Technical Lead, HVAC", "Fluid Dynamics Analyst"])
def test_rules_leave_other_fields_alone(clf, title):
    assert clf.classify(title).soc_code not in ("15-1252.00", "15-1211.00")


def test_batch_with_departments_equals_single(clf):
    titles, deps = ["Product Engineer", "Product Engineer", "Nurse"], ["Engineering", None, None]
    batch = [r.soc_code for r in clf.classify_titles(titles, deps)]
    assert batch == [clf.classify(t, department=d).soc_code for t, d in zip(titles, deps)]
    assert batch[0] != batch[1]


def test_written_titles_keep_their_accuracy(clf):
    """The reviewer-written set (bench/classify_real_titles.py --written): a floor a few points
    under today's figures (main: 2-digit 85%, 6-digit 73%), so a change that breaks whole
    groups of titles fails here."""
    cases = [json.loads(x) for x in CASES.with_name("written_titles.jsonl").read_text().splitlines()]
    main = [c for c in cases if c["set"] == "main"]
    got = [r.soc_code or "" for r in clf.classify_titles([c["title"] for c in main])]
    two = sum(g[:2] == c["soc"][:2] for g, c in zip(got, main)) / len(main)
    six = sum(g == c["soc"] for g, c in zip(got, main)) / len(main)
    assert len(main) >= 300 and two >= 0.82 and six >= 0.69, (two, six)


@pytest.mark.parametrize("name, size", [("recorded_titles.jsonl", 250), ("recorded_titles_2.jsonl", 315),
                                        ("industry_titles.jsonl", 300), ("european_titles.jsonl", 200),
                                        ("mixed_titles.jsonl", 300), ("fresh_titles.jsonl", 300)])
def test_blind_title_sets_are_valid(clf, name, size):
    cases = [json.loads(x) for x in CASES.with_name(name).read_text().splitlines()]
    occupations = clf.bundle.occupations["occupations"]
    assert len(cases) == size and len({c["title"] for c in cases}) == len(cases)
    assert all(c["soc"] in occupations and set(c["also"]) <= set(occupations) for c in cases)


@pytest.mark.parametrize("title, code", [
    ("Backend Engineer", "15-1252.00"),  # O*NET: Web Developers; a back-end engineer is not one
    ("Platform Engineer", "15-1252.00"),  # O*NET: Blockchain Engineers
    ("Frontend Engineer", "15-1254.00"),  # names the web specialty: stays
    ("Blockchain Engineer", "15-1299.07"),
    ("Prompt Engineer", "15-1252.00"),  # AI words keep an engineer in computing...
    ("Forward Deployed Engineer", "15-1252.00"),
    ("Civil Engineer", "17-2051.00"),  # ...a physical discipline stays
])
def test_software_specialties_need_their_word(clf, title, code):
    assert clf.classify(title).soc_code == code


def test_a_dropped_segment_still_says_software(clf):
    r = clf.classify("Research Engineer, Pretraining")
    assert r.details["cleaned_title"] == "research engineer" and r.soc_code.startswith("15-")


@pytest.mark.parametrize("title, department, code", [
    ("Product Designer", "Product", "15-1255.00"),  # a software firm's product designer designs screens
    ("Product Designer", "Design", "15-1255.00"),
    ("Senior Product Designer, Mobile", None, "15-1255.00"),
    ("Product Designer", None, "15-1255.00"),  # no context: most posted product designers design screens
    ("Product Designer II", "Hardware", "27-1021.00"),  # a hardware team's designs objects
    ("Furniture Product Designer", "Design", "27-1021.00"),
    ("Design Engineer", "Design", "17-2141.00"),  # a design department makes no engineer a programmer
])
def test_product_designers(clf, title, department, code):
    assert clf.classify(title, department=department).soc_code == code


def test_a_product_designer_who_makes_objects():
    """A description about prototypes, CAD and manufacturing keeps O*NET's reading (objects)."""
    objects = ("You will take consumer products from sketch to prototype, build CAD models in SolidWorks and "
               "work with our manufacturing partners on materials and tooling.")
    screens = "You will design flows and interfaces for our web and mobile apps, from research to shipped UI."
    c = default_classifier()
    assert c.classify("Product Designer", objects).soc_code == "27-1021.00"
    assert c.classify("Product Designer", screens).soc_code == "15-1255.00"


@pytest.mark.parametrize("title, code", [
    ("Project Manager - Construction", "11-9021.00"),  # Construction Managers, not Project Management Specialists
    ("Research Scientist, Machine Learning", "15-1221.00"),
    ("Adjunct Professor - Biology", "25-1042.00"),  # a sure qualified reading brings its own code
    ("Associate - Retail Store", "41-2031.00"),  # so does any beside a one-word title, and it weighs more
    ("Supervisor, Warehouse", "53-1042.00"),  # (O*NET lists a bare "Supervisor" under social workers only)
])
def test_an_ambiguous_title_is_read_with_its_qualifier(clf, title, code):
    r = clf.classify(title)
    assert r.soc_code == code and r.details["coded_via"] == "qualifier"
    own = clf.bundle.titles.match(title).scores  # one of the title's own candidates, or of a sure qualified reading
    assert r.soc_code in own or clf.bundle.titles.match(r.details["qualified_title"]).confidence >= 0.6 or \
        " " not in r.details["cleaned_title"]
    assert clf.classify_titles([title])[0].fields() == r.fields()


def test_a_clear_title_ignores_its_qualifier(clf):
    assert clf.classify("Registered Nurse - ICU").details["coded_via"] == "title"


@pytest.mark.parametrize("title, major", [
    ("Director, Strategic Partnerships", "11-"),  # a manager, not a film director...
    ("Sr. Alliance Director", "11-"),
    ("Film Director", "27-"),  # ...unless the title says stage or screen
    ("Senior AI Security Researcher", "15-"),  # "artificial intelligence" is not intelligence analysis
    ("Senior Member of Technical Staff, Multimodal AI", "15-"),  # MTS with only a team: an engineer
    ("Principal Threat Hunting and Emulation Engineer - InfoSec", "15-"),
    ("Procurement Intern", "13-"),  # an intern of a business function is no physician in training...
    ("Medical Intern", "29-"),  # ...a medical one is
    ("IT Intern", "15-"),  # read with the function alone ("IT"), not as O*NET's physicians in training
    ("Investment Intern", "13-20"),
    ("Operations Intern", "11-"),  # was a software developer: "intern" alone brought the candidate
    ("Tech Lead Manager, Backend", "11-3021"),  # manages a software team
    ("Sr. Equity Admin Analyst", "13-"),  # "Admin" before a job word: administrative work
    ("Administrative Assistant", "43-6014"),  # SOC's general secretaries, unless the title says whose
    ("Administrative Assistant to the CEO", "43-6011"),
    ("Medical Administrative Assistant", "43-6013"),
    ("Purchasing Agent", "13-1023"),  # farm products only when the title names them
    ("Buyer", "13-1022"),
    ("Grain Buyer", "13-1021"),
    ("Outside Sales Representative", "41-4012"),  # technical products only when the title or context says so
    ("Medical Device Sales Representative", "41-4011"),
    ("Product Lead", "11-2021"),  # a lead of a function manages it (O*NET's "lead": instructional coordinators)
    ("Production Lead", "51-1011"),  # a lead of a trade supervises
    ("Curriculum Lead", "25-9031"),  # in education it stays
    ("Lead - Warehouse", "53-1"),  # a bare "Lead" read with its other segment supervises the warehouse...
    ("Team Lead - Curriculum", "25-9031"),  # ...or stays in education
    ("Founding GTM Lead", "11-2021"),  # go-to-market
    ("Co-founders", "11-1011"),  # a startup's founders (O*NET's "Founder" casts metal)
    ("Product Chief of Staff", "11-1021"),  # not a military chief of staff: an executive's deputy runs operations
    ("Claims Handler - Third Party", "13-1031"),
    ("Director of Business Strategy", "11-"),  # a manager, not a media programming director
    (".NET Engineer Roles", "15-"),  # "roles" is posting noise, not acting
    ("Automotive Technician", "49-3023"),  # services cars (O*NET's words: glass installers)
    ("Tax Associate", "13-2011"),
    ("Accounts Executive", "43-3031"),  # India, UK: keeps the books...
    ("Senior Accounts Officer - Mumbai", "43-3031"),
    ("Key Accounts Executive", "41-"),  # ...unless the accounts are customers
    ("Senior Java Developer - Remote", "15-1252"),  # a developer, as "C++ Developer"...
    ("COBOL Programmer", "15-1251"),  # ...a programmer stays
    ("Business Owner", "11-"),  # O*NET lists a bare "Owner" only under Urologists (reference.NOT_POSTING_TITLES)
    ("Salon Owner", "11-"),
    ("Physician - Internal Medicine", "29-1216"),  # O*NET lists "Internal Medicine Physician" under pediatric surgeons
])
def test_more_posting_rules(clf, title, major):
    assert clf.classify(title).soc_code.startswith(major)


@pytest.mark.parametrize("title", ["Requirements", "Skills and Requirements", "About the role"])
def test_section_headers_scraped_as_titles_are_unclassified(clf, title):
    assert clf.classify(title).soc_code is None



@pytest.mark.parametrize("title, cleaned", [
    ("Consumer Operations, Program Manager", "program manager"),  # "operations" heads few O*NET titles: a team
    ("Design Systems, Product Designer", "product designer"),
    ("Product Owner - Payments", "product manager"),
    ("Sr. Technical Sourcer", "technical recruiter"),
    ("Account Executive France", "account executive"),  # a place after the job, without a separator
    ("Customer Success Engineer Tel Aviv", "customer success engineer"),
])
def test_the_job_segment_is_found(clf, title, cleaned):
    assert clf.bundle.titles.clean(title) == cleaned


def test_a_sales_rep_of_a_software_firm_sells_technical_products(clf):
    assert clf.classify("Sales Representative").soc_code == "41-4012.00"
    assert clf.classify("Sales Representative", SOFTWARE_TEXT).soc_code == "41-4011.00"


def test_a_software_tester_is_a_qa_analyst(clf):
    assert clf.classify("QA Engineer", SOFTWARE_TEXT).soc_code == "15-1253.00"
    assert clf.classify("Senior Backend Engineer", SOFTWARE_TEXT).soc_code == "15-1252.00"


@pytest.mark.parametrize("title, code", [
    ("News Director", "27-2012.03"),  # O*NET's own media directors stay
    ("Administrative Assistant - Legal", "43-6012.00"),  # a sibling the title names wins
    ("Meat Buyer", "13-1022.00"),
    ("Legal Assistant to Partner", "23-2011.00"),  # "assistant to": only an executive's assistant
    ("Marketing Associate Manager", "11-2021.00"),
    ("Marketing Chief", "11-2021.00"),  # a function's chief is its director; a uniformed one stays
    ("Police Chief", "33-1012.00"),
    ("PT Assistant Store Manager", "41-1011.00"),  # part-time, not physical therapy
    ("Linux Admin Support Engineer", "15-1244.00"),  # a system's admin administers it
    ("Automotive Technician Dallas", "49-3023.00"),  # the place goes, then the title is cleaned again
    ("Team Lead - Customer Service", "43-1011.00"),  # a team's lead supervises, read with its qualifier
    ("QA Engineer - Food Safety", "17-2112.02"),  # a plant's quality engineer, not a software tester
    ("Commis Waiter", "35-3031.00"),  # "commis" is English too
    ("Health Unit Coordinator - Cardiac Step Down", "43-6013.00"),  # a hospital unit's secretary
    ("Environmental Services Technician", "37-2011.00"),  # a hospital's cleaning staff, not HVAC
    ("Project Coordinator", "13-1082.00"),  # a coordinator is the function's specialist, not its manager...
    ("Marketing Coordinator", "13-1161.00"),  # (not search marketing: the title names no search work)
    ("Clinical Research Coordinator", "11-9121.01"),  # ...unless O*NET's occupation is a coordinator's
    ("Case Manager - Homeless Services", "21-1021.00"),  # manages cases, not staff (not a health setting)
    ("RN Case Manager", "29-1141.00"),
])
def test_review_cases(clf, title, code):
    assert clf.classify(title).soc_code == code


def test_a_place_alone_does_not_qualify_a_one_word_title(clf):
    assert clf.bundle.titles.qualified("Operator - Munich", "operator") is None


@pytest.mark.parametrize("title, code", [
    ("School Principal", "11-9032"), ("Vice Principal", "11-9032"),  # the rank word is the job here...
    ("Principal Engineer", "17-"),  # ...not here
    ("Remote Data Entry - No Experience", "43-9021"),  # "entry" was dropped as entry-level
    ("Founder's Associate", "13-1199"),  # possessive 's: "founder s associate" was a fast-food worker
    ("Consultant Anaesthetist", "29-1211"),  # a UK consultant is a senior doctor; British spelling
    ("Consultant Cardiologist", "29-1212"),
    ("Paediatric Nurse", "29-1141"),
    ("Kitchen Porter", "35-9021"), ("Joiner", "47-2031"), ("Healthcare Assistant", "31-1131"),
    ("Nursery Nurse", "39-9011"), ("Telecaller", "41-9041"), ("BPO Voice Process Executive", "43-4051"),
    ("Owner Operator - Box Truck", "53-3032"),  # a trucker with their own truck
    ("Data Labeling Specialist", "43-9021"),  # AI data labelling, not packaging
    ("R.N.", "29-1141"), ("L.P.N. - Nights", "29-2061"),  # dotted abbreviations
    ("Cust Svc Rep", "43-4051"), ("Sr Mgr Mktg", "11-2021"),
    ("Landscaper - Crew Member", "37-3011"),  # an O*NET title as it stands wins over a later segment
    ("Nanny - Live Out", "39-9011"),
    ("Alternance - Assistant RH H/F", "13-1071"),  # a French work-study contract; RH: human resources
    ("Call Center Agent", "43-4051"), ("Relationship Manager", "41-3031"), ("Room Attendant", "37-2012"),
    ("Registered Practical Nurse", "29-2061"), ("Disability Support Worker", "31-1122"),
    ("Heavy Equipment Operator", "47-2073"), ("Food Runner", "35-9011"),
    ("Customer Service Executive", "43-4051"), ("IT Executive", "15-"),  # staff, not chief executives...
    ("Chief Executive", "11-1011"),  # ...unless the title names the top job
    ("Warehouse Manager", "11-3071"), ("Cloud Engineer", "15-1299.08"),
    ("Quality Engineer", "17-2112"),  # a plant's, without a software context...
    ("Software Quality Engineer", "15-1253"),  # ...a software tester with one
    ("Supervisor", "43-1011"), ("Manager", "11-1021"), ("Professor", "25-1199"),  # one bare word...
    ("Supervisor - Warehouse", "53-1042"), ("Professor - Biology", "25-1042"),  # ...else its other segment
    ("Bus Driver - School District", "53-3051"),  # a clear title narrowed by a sure reading of its segments
    ("Social Worker - Child Protective Services", "21-1021"),
])
def test_regional_words_and_abbreviations(clf, title, code):
    assert clf.classify(title).soc_code.startswith(code)


@pytest.mark.parametrize("title", ["Hiring Now!!!", "Req #1234", "Apply Today"])
def test_posting_noise_alone_names_no_job(clf, title):
    assert clf.classify(title).soc_code is None
