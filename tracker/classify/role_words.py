"""The word lists of the classifier's role readings (tracker/classify/classifier.py): what a generic role word
("Associate", "Strategist", "Lead", "Partner", "Advisor"...) means after a business function. Data only."""

from __future__ import annotations

EDUCATION_WORDS = set("""curriculum instructional instruction literacy math reading teacher teaching school education
learning academic student students classroom coach coaching program""".split())  # "Program Lead" stays
TRADE_LEADS = set("""production maintenance warehouse assembly machine machining manufacturing plant shift line floor
crew construction cleaning custodial kitchen food store retail shipping receiving packaging quality inventory
fulfillment logistics dock forklift welding mechanical electrical field service install installation
team""".split())  # a team's or crew's lead supervises it
# a role word alone, read with the title's function segment (as what: a "Principal" is a senior specialist)
GENERIC_ROLES = {w: w for w in """analyst associate specialist supervisor consultant advisor adviser coordinator officer
representative strategist partner engineer scientist architect""".split()} | {"principal": "specialist"}
# rank words: read with a place segment, the place says of what, not another job ("Manager - Restaurant")
RANK_READINGS = {"manager", "director", "lead", "leader", "head", "chief", "president", "executive", "staff"}
STORE_ASSOCIATE_CODES = {"53-7065.00", "53-7062.00", "41-2031.00", "41-3031.00"}
STORE_WORDS = set("""sale sales warehouse store retail fulfillment shop stock floor crew team cart grocery deli bakery produce
meat merchandise front cashier customer service pharmacy guest kitchen food restaurant dock loading freight package parcel
inventory receiving shipping production manufacturing distribution material logistics operation""".split())
SEARCH_MARKETERS = "13-1161.01"
MARKETING_WORDS = set("""search seo sem marketing digital media social content brand campaign advertising ad ads growth
paid online web email lifecycle communication creative account sale sales customer partner client""".split())
# "X Partner", "X Advisor", "X Leader", "X Officer", "X Administrator" that O*NET's words read in another world (an
# accounting firm's partner, an academic advisor, a recreation leader, a police officer, a systems administrator):
# role -> (those codes, words that name that world, the role read instead: X's specialist, manager or assistant)
ROLE_READINGS = {
    "partner": ({"13-2011.00", "53-3031.00", "21-1015.00"}, set("""tax audit assurance advisory consulting legal law equity
                managing founding general limited venture investment accounting finance financial""".split()), "specialist"),
    "advisor": ({"21-1012.00"}, set("""academic student admission admissions college career school enrollment education
                university transfer guidance""".split()), "specialist"),
    "leader": ({"39-9032.00", "25-1032.00", "51-9199.00", "51-2099.00", "41-1012.00", "43-9199.00", "35-1012.00"},
               set("""team shift group crew youth camp scout troop recreation activity worship religious ministry church line
               cell production store floor kitchen restaurant food cafe""".split()), "manager"),
    "officer": ({"33-3051.00", "43-5031.00"}, set("""police security correctional correction probation parole detention
                custody patrol border custom cbp immigration fire peace enforcement sheriff court prison jail traffic parking
                animal wildlife""".split()), "specialist"),
    "generalist": ({"13-1071.00", "15-1232.00", "43-9061.00"}, set("human resource people hr".split()), "specialist"),
    "administrator": ({"15-1244.00"}, set("""system network database it security cloud linux window server salesforce sap
                      oracle application platform web crm erp computer hris workday servicenow technology""".split()), "assistant"),
}
