"""A title's place or trade choosing among the codes O*NET's words give (posting_rules' BY_CONTEXT), and
posting forms of trade titles: "Non-CDL", an abbreviation spelled out in parentheses, "OSP"."""

import pytest

from tracker.classify.classifier import default_classifier
from tracker.classify.normalize import clean_title


@pytest.fixture(scope="module")
def clf():
    return default_classifier()


# each group: a kind of posting or a rule; each case says what the title had been where that is not plain
CASES = {
    "restaurants, farms, bakeries, trucks and trades": [
        ("Shift Manager - Drive-Thru Restaurant", "35-1012.00"),  # a restaurant's shift: food work (was a store's)
        ("Shift Supervisor - Starbucks", "35-1012.00"),
        ("Shift Manager - Kitchen", "35-1012.00"),
        ("Shift Supervisor - Retail Store", "41-1011.00"),
        ("Filialleiter (m/w/d) Lebensmitteleinzelhandel", "41-1011.00"),  # a grocery store's manager stays a store's
        ("Tractor Driver - Harvest Season - Overtime Available", "45-2091.00"),  # was an industrial truck operator
        ("Tractor Driver", "53-7051.00"),
        ("Swine Technician - Farrowing Unit", "45-2093.00"),  # tends a farm's animals (was a veterinary technician)
        ("Swine Technician - Veterinary Clinic", "29-2056.00"),
        ("Oven Operator - Bread Line - Weekends", "51-3091.00"),  # bakes (was a furnace and kiln operator)
        ("Oven Operator", "51-9051.00"),
        ("Non-CDL Box Truck Driver - Same Day Pay", "53-3033.00"),  # was a heavy truck driver ("CDL" read alone)
        ("Non-CDL Delivery Driver", "53-3033.00"),
        ("CDL-A Driver - Home Daily - $1,500 Sign-On Bonus", "53-3032.00"),
        ("HDD Operator (Horizontal Directional Drill) - Fiber Build", "47-5023.00"),  # was a press operator
        ("OSP Lineman - Aerial & Underground", "49-9052.00"),  # outside plant: telecoms (was a power-line installer)
    ],
    "a title read with its other segments": [
        # a one-word job read with a place keeps its job word ("Cook - Nursing Home" had been a health services manager)
        ("Cook - Nursing Home", "35-2014.00"),
        ("Cook - Senior Living Community", "35-2014.00"),  # had been a community health worker
        ("Cook - School Cafeteria", "35-2012.00"),
        ("Associate - Customer Support", "43-4051.00"),  # a generic role is still read with its segment
        ("Supervisor - Warehouse", "53-1042.00"),
        # a sure reading with the title's segment, in the same major group, keeping the title's words
        ("Software Engineer, Frontend", "15-1254.00"),  # had been software developers (front end: web developers)
        ("Senior Software Engineer, Machine Learning (Ads)", "15-2051.00"),
        ("Journeyman Lineman - Distribution (Storm Duty Required)", "49-9051.00"),  # not a power dispatcher
        ("CO- Owner Veterinarian", "29-1131.00"),  # "Co-" joins its word (had been a correctional officer, "CO")
    ],
    "hourly network and aerospace titles": [
        ("General Labor - Temp to Hire", "53-7062.00"),  # a staffing agency's labourer (was labor relations)
        ("Picker", "53-7065.00"),  # a warehouse's order picker (O*NET's "Picker" picks fruit)
        ("Fruit Picker", "45-2092.00"),
        ("Driver - Forklift", "53-7051.00"),  # was a heavy truck driver
        ("Network Engineer", "15-1241.00"),  # telecommunications engineering needs a telecoms word
        ("Voice Network Engineer", "15-1241.01"),
        ("Systems Engineer III - Missile Defense - TS/SCI", "17-2011.00"),  # was a software developer
        ("Flight Software Engineer", "15-1252.00"),
    ],
    "car dealer and public works titles": [
        ("F&I Manager", "11-3031.00"),  # a car dealer's finance and insurance (was "and manager")
        ("Master Technician - Toyota", "49-3023.00"),  # a dealer's master mechanic (was a ship's master)
        ("Service Manager - Ford", "49-1011.00"),  # a dealer's service department: its technicians' supervisor
        ("Office Manager - Auto Dealership", "43-1011.00"),
        ("Sr. Auto Club Safety Program Coordinator", "43-1011.00"),
        ("Equipment Operator II - Streets", "47-2073.00"),  # heavy equipment (was a farm's)
        ("BDC Agent", "41-9041.00"),  # a dealer's business development center phones customers
    ],
    "restaurant managers and building engineers": [
        ("General Manager - QSR", "11-9051.00"),  # one restaurant's general manager (was general and operations)
        ("District Manager - Restaurants", "11-1021.00"),  # several restaurants: operations
        ("Building Engineer - Commercial Property", "49-9071.00"),  # keeps a building running (was a civil engineer)
        ("Engineer - Hotel", "49-9071.00"),  # (was an electrical engineer)
        ("Electrical Engineer - Casino Resort Development", "17-2071.00"),
    ],
    "retail farm plant and contractor titles": [
        ("Store Team Leader", "41-1011.00"),
        ("CRM Manager", "11-2021.00"),  # customer relationship marketing (was a store's supervisor)
        ("Planogram Analyst", "27-1026.00"),  # shelf layouts (was a management analyst)
        ("Technical Designer - Knits", "27-1022.00"),  # an apparel firm's (was a mechanical drafter)
        ("Technical Designer", "17-3013.00"),
        ("Equipment Operator - Farm", "45-2091.00"),
        ("Harvest Crew Member", "45-2092.00"),  # not a fast food crew's
        ("Line Worker - Poultry Processing", "51-3023.00"),  # a poultry plant's line (was team assemblers)
        ("Production Worker", "51-2092.00"),
        ("QA Technician - Food Plant", "19-4013.00"),
        ("Subcontracts Manager - Space Systems", "13-1023.00"),  # solar installation managers need a solar word
        ("Proposal Manager - Federal Practice", "13-1199.00"),  # (was business continuity planners)
        ("Capture Manager", "11-2022.00"),  # wins contracts (was data entry keyers)
        ("Logistics Management Specialist", "13-1081.00"),
    ],
    "data analysts leaders and people functions": [
        ("Data Analyst", "15-2051.00"),  # as the case files' coders code it (O*NET lists one under statisticians)
        ("Senior Data Analyst", "15-2051.00"),
        ("Statistician", "15-2041.00"),
        ("Survey Statistician", "15-2041.00"),
        ("Industry Marketing Leader", "11-2021.00"),  # a function's leader manages it (was a crew leader's code)
        ("Crew Leader", "35-1012.00"),
        ("People Strategy, Engineering", "13-1071.00"),  # (was a probation officer)
        ("Order Management Specialist", "43-4151.00"),  # (was a stocker)
    ],
    "inventory clerks and deal desks": [
        ("Inventory Control Specialist - Cycle Counts", "43-5071.00"),  # keeps stock records (was a stocker)
        ("Inventory Coordinator", "43-5071.00"),
        ("Stocker", "53-7065.00"),
        ("Deal Desk Specialist, EMEA (Dublin)", "13-1199.00"),  # prices and approves deals (was operations research)
        ("Head of AMER Deal Desk", "11-1021.00"),
    ],
    "british indian and australian titles": [
        # British, Indian and Australian boards' words
        ("Executive - Accounts", "43-3031.00"),  # an accounts executive keeps the books (was an advertising manager)
        ("Team Leader - Customer Service", "43-1011.00"),  # the team's supervisor (was managers, all other)
        ("Team Leader, Production", "51-1011.00"),
        ("Band 5 Staff Nurse - Acute Medicine", "29-1141.00"),  # an NHS pay band
        ("Band Director", "27-2041.00"),
        ("Healthcare Support Worker Band 3", "31-1131.00"),
        ("Cover Supervisor", "25-3031.00"),  # a school's (was a furnace operator)
        ("Early Years Educator", "39-9011.00"),  # (was a health educator)
        ("Production Operative", "51-2092.00"),  # (was an industrial engineering technologist)
        ("Gas Safe Engineer", "47-2152.00"),  # fits boilers (was a petroleum engineer)
        ("Lettings Negotiator", "41-9022.00"),  # (was labor relations)
        ("Paraplanner", "13-2052.00"),
        ("Mechanical Fitter - FIFO", "49-9041.00"),
        ("Sparky", "47-2111.00"),
        ("Porter - Hospital", "31-1132.00"),  # moves patients (was a bellhop)
        ("Sales Officer - Bank", "41-3091.00"),  # (was a police officer)
        ("Social Worker", "21-1021.00"),  # healthcare social workers need a health word
        ("Medical Social Worker, LCSW - Hospice", "21-1022.00"),
    ],
    "school plant construction legal and social titles": [
        ("Principal - Elementary", "11-9032.00"),  # a school's head (was a special education teacher)
        ("Lead Teacher - Preschool", "25-2011.00"),  # the school's level (was a secondary teacher)
        ("Special Education Teacher - Preschool", "25-2051.00"),
        ("Senior Elementary School Teacher Except Special Education", "25-2021.00"),
        ("Framer", "47-2031.00"), ("Picture Framer", "51-2099.00"),
        ("Field Engineer - Construction", "17-2051.00"),  # a builder's (was an electrical engineer)
        ("Operations Manager - Manufacturing", "11-3051.00"),
        ("BIM Coordinator", "17-3011.00"),
        ("PR Account Executive", "27-3031.00"),  # a PR agency's (was a technical sales representative)
        ("Account Executive - Public Sector", "41-4011.00"),
        ("E-Discovery Analyst", "23-2099.00"),  # (was a bioinformatics scientist)
        ("Subrogation Specialist", "13-1031.00"),
        ("Recovery Coach", "21-1093.00"),  # (was a sports coach)
    ],
    "community health titles": [
        ("Licensed Professional Counselor", "21-1014.00"),  # (was a psychologist)
        ("Ophthalmic Technician", "29-2057.00"),  # a clinic's (was a lens lab's)
    ],
    "places of porters guards desks and assistants": [
        ("Porter - Apartment Community", "37-2011.00"),  # cleans the building (was a bellhop)
        ("Porter", "39-6011.00"),
        ("Patrol Officer - Security", "33-9032.00"),  # a guard firm's patrol (was police)
        ("Patrol Officer", "33-3051.00"),
        ("Front Desk Associate - Gym", "43-4171.00"),  # a gym's receptionist (was a hotel desk clerk)
        ("Front Desk Agent - Hotel", "43-4081.00"),
        ("Teaching Assistant - University", "25-9044.00"),  # a graduate teaching assistant
        ("Teaching Assistant", "25-9042.00"),
    ],
    "utility and oil field titles": [
        ("System Operator - Grid", "51-8012.00"),  # dispatches power (was a systems administrator)
        ("System Operator", "15-1244.00"),
        ("Production Operator - Oil and Gas", "53-7073.00"),  # tends wells (was team assemblers)
        ("Production Worker - Poultry", "51-3023.00"),
    ],
    "robotics and medical equipment engineers": [
        ("Robotics Engineer", "17-2199.08"),  # O*NET's own occupation (was a software developer: "robotics" read as software)
        ("Robotics Software Engineer - Manipulation", "15-1252.00"),
        ("Field Service Engineer - Medical Devices", "49-9062.00"),  # repairs medical equipment (was ATM repairers)
        ("Field Service Engineer", "49-2011.00"),
    ],
    "billing office and drug firm titles": [
        ("Charge Entry Specialist", "43-3021.00"),  # a hospital's billing (was an explosives worker)
        ("Denials Specialist", "43-3021.00"),  # (was a human resources specialist)
        ("Drug Safety Associate", "19-1042.00"),  # pharmacovigilance (was a health and safety engineer)
        ("Key Account Director - Oncology", "11-2022.00"),  # a drug firm's sales director (was an advertising manager)
        ("Charge Nurse", "29-1141.00"),
    ],
    "farm and store specialists": [
        ("Custom Applicator - Sprayer Operator (CDL Preferred)", "37-3012.00"),  # a farm co-op's (was a carpenter)
        ("Loss Prevention Associate - Plain Clothes - Part Time", "33-9099.02"),  # a store's (was private detectives)
        ("Private Investigator", "33-9021.00"),
        ("Research Technician - Field Trials (Seasonal, Ag Research)", "19-4012.00"),
        ("Research Technician", "19-4021.00"),
    ],
    "software firms business titles": [
        ("Senior Product Marketing Specialist", "13-1161.00"),  # a marketer, not a marketing manager
        ("Product Marketing Manager", "11-2021.00"),
        ("Workplace Experience Coordinator - SF HQ", "11-3013.00"),  # facilities (was a safety technician)
        ("Strategy & Operations Associate", "13-1111.00"),  # (was a brokerage clerk)
        ("Documentation Engineer", "27-3042.00"),  # writes docs (was an industrial engineer)
    ],
}


@pytest.mark.parametrize("title, code", [case for group in CASES.values() for case in group],
                         ids=[f"{name}: {case[0]}" for name, group in CASES.items() for case in group])
def test_place_and_trade(clf, title, code):
    assert clf.classify(title).soc_code == code, title


@pytest.mark.parametrize("title, cleaned", [
    ("HDD Operator (Horizontal Directional Drill)", "horizontal directional drill operator"),
    ("PPC Strategist (Pay-Per-Click Strategist)", "pay click strategist"),  # the job word is outside too ("per" is noise)
    ("Sales Development Representative (SDR)", "sale development representative"),  # the short form inside
    ("Cook (Nights)", "cook"),  # parentheses that spell nothing out are dropped
])
def test_parentheses_spelling_an_abbreviation_out(title, cleaned):
    assert clean_title(title) == cleaned


def test_an_ai_evaluation_analyst_tests_models(clf):
    assert clf.classify("LLM Evaluation Analyst - Model Quality (Hybrid, SF)").soc_code == "15-1253.00"
    assert clf.classify("LLM Evaluation Specialist").soc_code == "43-9021.00"  # rates a model's answers
