"""Title normalization, AI role and exposure rules (no bundle needed)."""

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.classify.airole import ai_role
from tracker.classify.duties import split_duties
from tracker.classify.exposure import adjust, combine, tier
from tracker.classify.foreign import ENDINGS, load_words, translate
from tracker.classify.normalize import MAX_CHARS, NOT_A_JOB, NOT_A_JOB_WORDS, clean_title


@pytest.mark.parametrize("raw, clean", [
    ("Sr. Software Engineer II (Contract) - Remote, Payments Team", "software engineer"),
    ("Remote - Registered Nurse", "registered nurse"),
    ("Data Scientist III, Ads", "data scientist"),
    ("Software Engineer L5", "software engineer"),
    ("Senior Associate", "associate"),
    ("Team Lead - Customer Support", "customer support supervisor"),  # the team's supervisor
    ("Head Chef", "head chef"),
    ("Assistant Professor of Biology", "assistant professor of biology"),
    ("Accountant (m/f/d) | Hybrid", "accountant"),
    ("Nurses", "nurse"),
    ("VP, Engineering", "engineering director"),
    ("Director, Product Marketing - Remote", "product marketing director"),
    ("Head of Engineering, Scribe", "engineering director"),  # the rank is kept, the team dropped
    ("VP of Sales", "sale director"),
    ("Head of People", "human resource director"),
    ("Chief of Staff", "operation manager"),
    ("General Manager, Sales", "sale manager"),
    ("AI Project Manager", "project manager"),  # AI words name the domain, not the job...
    ("Senior ML Engineer", "machine learning engineer"),  # ...unless the job builds AI
    ("AI Research Resident", "artificial intelligence research resident"),
    ("Cook $15/hr", "cook"),  # pay is not "hr" (human resources)
    ("Line Cook - up to $21/hr - Days", "line cook"),
    ("Cook- Healthcare", "cook"),  # a dash spaced on one side splits too
    ("Sales Associate- Part-Time-Southlake", "sale associate"),
    ("PT - Outpatient Clinic", "physical therapist"),  # first: the clinician...
    ("Cashier - PT", "cashier"),  # ...later: part-time
    ("HRBP", "human resource business partner"),
    ("Senior Front-end Engineer - Open Application", "front end engineer"),  # an ATS's open call is no job
    ("SDET II", "software quality assurance engineer"),
    ("Executive Assistant II - Paris", "executive assistant"),  # a level after "Assistant" keeps the job
    ("Marketing Associate III", "marketing associate"),
    ("Senior Associate Product Manager", "product manager"),  # first, "associate" is a rank...
    ("Medical Assistant Instructor", "medical assistant instructor"),  # ...after a job's word, the job
    ("Police Chief", "police chief"),  # a last "Chief" is the job
    ("Sales Engineer Senior", "sale engineer"),
    ("Sr. OR Tech - Full Time", "operating room technician"),  # capitals before a clinical job: a unit
    ("PT Aide", "physical therapy aide"),
    ("Registered Nurse - Portland, OR", "registered nurse"),  # elsewhere a state
    ("DSP Engineer", "digital signal processing engineer"),  # signals in engineering...
    ("DSP - Direct Support Professional", "direct support professional"),  # ...else a care worker
])
def test_clean_title(raw, clean):
    assert clean_title(raw) == clean


def test_noise_words_in_an_index_word_pair_stay():
    pairs = {("night", "auditor"), ("contract", "specialist")}.__contains__
    pair = lambda a, b: pairs((a, b))  # noqa: E731
    assert clean_title("Night Auditor") == "auditor"
    assert clean_title("Night Auditor", pair=pair) == "night auditor"
    assert clean_title("Contract Specialist - Night Shift", pair=pair) == "contract specialist"
    assert clean_title("Contract Software Engineer", pair=pair) == "software engineer"


def test_rank_of_stays_when_it_is_an_index_title():
    assert clean_title("Director of Nursing") == "nursing director"
    assert clean_title("Director of Nursing", exact={"director of nursing"}.__contains__) == "director of nursing"


@pytest.mark.parametrize("raw", ["", None, "   ", "((()))", "!!!"])
def test_clean_title_empty(raw):
    assert clean_title(raw) == ""


@pytest.mark.parametrize("raw, clean", [
    ("Auxiliar admin", "administrative assistant"),  # translated words (a list) pass the "admin" and "DSP"
    ("Assistente admin de vendas", "sale assistant administrator"),  # rules without a crash
    ("Técnico DSP de audio", "audio technician direct support professional"),
])
def test_translated_words_pass_the_word_rules(raw, clean):
    assert clean_title(raw) == clean


def test_clean_title_huge_and_non_english():
    assert len(clean_title("Engineer " * 10_000)) <= MAX_CHARS
    assert clean_title("Ingénieur logiciel") == "software engineer"  # common job words are translated
    assert clean_title("软件工程师") == ""


def test_ai_role_rules():
    assert ai_role("Machine Learning Engineer")[0] == "builds_ai"
    assert ai_role("Senior ML Engineer, Ranking")[0] == "builds_ai"
    assert ai_role("Data Scientist")[0] == "none"  # a title alone does not make it AI building
    assert ai_role("Data Scientist", "You will train models in PyTorch and fine-tune LLMs.")[0] == "builds_ai"
    assert ai_role("Marketing Manager", "You use ChatGPT and other AI tools to draft copy.")[0] == "uses_ai"
    boiler = "We may use AI tools to screen applications from candidates."
    assert ai_role("Marketing Manager", boiler)[0] == "none"
    assert ai_role("Cashier", "Handle cash and serve customers.")[0] == "none"


@pytest.mark.parametrize("title, description, role", [
    ("Research Scientist, Machine Learning / NLP", None, "builds_ai"),  # every AI term is read
    ("Data Scientist, Generative AI", None, "builds_ai"),
    ("AI Sales Specialist", None, "none"),  # sells AI: a business function, not building
    ("AI Product Marketing Manager", None, "none"),
    ("Customer Success Manager - AI Platform", None, "none"),
    ("Head of AI", None, "builds_ai"),
    ("Recruiter", "Our mission is to make generative AI actionable. We build the best deep learning cloud.",
     "none"),  # the employer's blurb is not the job
    ("Accountant", "We use AI tools every day, and you will draft memos with ChatGPT.", "uses_ai"),
    ("Research Engineer, Post-Training", "You will fine-tune our models with reinforcement learning.", "builds_ai"),
    ("Commercial Counsel", "You will negotiate contracts for our LLM platform.", "none"),
    ("Research Engineer, Pretraining", None, "builds_ai"),  # model-building words of AI labs' titles
    ("Staff Software Engineer, Foundation Model Serving", None, "builds_ai"),
    ("Senior Data Scientist, Causal Inference", None, "none"),  # statistics, not AI
    ("Inference Engineer", None, "builds_ai"),  # serves models; so do RLHF and agentic titles
    ("Senior Software Engineer, RLHF", None, "builds_ai"),
    ("Agentic AI Engineer", None, "builds_ai"),
    ("Product Designer", "Experience working on data tools, AI tools, or infrastructure products.", "none"),
    ("Public Relations Manager", "Experience with AI, developer tools, or infrastructure technology.", "none"),
    ("Product Manager", "Build the cursor of human data for AI training.", "none"),  # not the Cursor editor
    ("Sales Specialist", "Acme is a no-code tool to design AI workflows that leverage LLMs.", "none"),  # the product
    ("Software Engineer", "You will write code with Cursor and Claude every day.", "uses_ai"),
    ("Python Engineer", "Improve the core of the langchain and langgraph packages.", "builds_ai"),
    ("Analyst", "Experience with AI tools such as ChatGPT is a plus.", "uses_ai"),  # "is a plus": not the employer
    ("Analyst", "You will build dashboards and use AI tools every day.", "uses_ai"),  # building something else
])
def test_ai_role_reads_the_job_not_the_company(title, description, role):
    assert ai_role(title, description)[0] == role


def test_exposure_combination_and_tiers():
    assert combine(0.5, 0.5, 0.5) == 0.5
    assert combine(None, None, 0.2) == 0.2
    assert combine(None, None, None) is None
    assert combine(1.0, 0.0, None) == pytest.approx(0.4 / 0.7, abs=1e-3)
    cuts = (0.2, 0.4)
    assert [tier(x, cuts) for x in (0.1, 0.2, 0.39, 0.4, None)] == ["low", "medium", "medium", "high", None]
    assert adjust(0.5, []) == (0.5, 0.0)
    score, w = adjust(0.5, [1.0] * 40)
    assert w == 0.5 and score == 0.75


def test_split_duties_skips_boilerplate():
    text = ("Responsibilities:\n- Prepare monthly financial reports for management.\n"
            "- Reconcile general ledger accounts every month.\nWe offer great benefits and a 401k.\nApply now")
    assert split_duties(text) == ["Prepare monthly financial reports for management.",
                                  "Reconcile general ledger accounts every month."]
    assert split_duties(None) == [] and split_duties("") == []


@pytest.mark.parametrize("words, english", [
    ("analista de datos", "data analyst"),  # noun "de" noun: the second noun first
    ("tecnico de enfermagem", "nursing technician"),
    ("chef de projet informatique", "project information technology manager"),  # "chef" beside French words
    ("softwareentwickler", "software developer"),  # a German compound split at a job ending
    ("desarrollador backend", "backend developer"),
    ("ingenieur logiciel", "software engineer"),
])
def test_foreign_job_words(words, english):
    assert " ".join(translate(words.split())) == english


@pytest.mark.parametrize("raw, clean", [
    ("Conductor/a de camión", "truck driver"),  # the other gender's ending after a slash; "conductor" in Spanish
    ("Técnico/a de redes", "rede technician"), ("Mitarbeiter/in Lager", "warehouse worker"),
    ("A/B Testing Analyst", "a b testing analyst"),  # not a gender ending
    ("Erzieher (m/w/d) für unsere Kita", "preschool teacher"),  # what follows "für" is the place
    ("Barnskötare till förskola – Uppsala kommun", "preschool childcare worker"),  # a specialty: kept
    ("Fur Trapper", "fur trapper"), ("Till Operator", "till operator"),  # English words stay
    ("Busfahrer (m/w/d)", "bus driver"),  # a short prefix keeps its s
    ("Ausbildung zum Kaufmann im Einzelhandel", "retail clerk"),  # an apprenticeship: the trade
    ("Maschinen- und Anlagenführer", "machine machine operator"),  # a German elision, not a split
    ("Cook- Days", "cook"), ("Verkäufer (m/w/d) Vollzeit", "salesperson"),  # hours words are noise
    ("Representante de Servicio al Cliente", "customer service representative"),  # a fixed phrase
    ("Tømrer", "carpenter"), ("Staplerfahrer (m/w/d)", "forklift operator"),  # ø folded to o; a compound
    ("Pflegefachfrau / Pflegefachmann (m/w/d) Intensivstation", "registered nurse"),
    ("Conducteur de travaux TCE (H/F)", "construction manager tce"), ("Chef de Partie", "line cook"),
    ("Assistenz der Geschäftsführung (m/w/d)", "executive assistant"),  # fixed phrases
    ("Lagerleder til distributionscenter", "distributionscenter warehouse manager"),
    ("Agent d'accueil", "receptionist"),  # a phrase (was read word by word: "reception agent")
    ("Financial Services Client Manager", "financial service client manager"),  # no phrase reads English
    ("Concrete Pour Foreman", "concrete pour foreman"), ("Work Till Late Barista", "till late barista"),
    ("Fachkraft für Lagerlogistik", "warehouse specialist"),  # "für" before a specialty: read like "de"
    ("Directeur·rice du design", "design director"), ("I/O Engineer", "i o engineer"),  # not a gender ending
    ("Prozessingenieur", "prozess engineer"),  # a double s is no joining s
    ("Analista de Recursos Humanos", "human resource analyst"),  # a two-word field read as one
    ("Chargée de recrutement H/F", "recruiting specialist"),  # French "chargé(e) de X": an X specialist
    ("Mechatroniker für Kältetechnik (m/w/d)", "refrigeration mechanic"),  # a field compound translated
    ("Infra Engineer", "infra engineer"),  # English usage stays
    ("Head of Growth", "marketing director"), ("Growth Analyst", "marketing analyst"),  # a growth team markets
    ("Assistant Principal - Elementary", "assistant principal"),  # a rank word kept as a job's partner stays
    ("Multiple Senior Eng", "engineer"),  # a count of openings is noise
])
def test_european_title_forms(raw, clean):
    assert clean_title(raw) == clean


@pytest.mark.parametrize("words", ["personal trainer", "commercial counsel", "train conductor", "chef",
                                   "client services manager", "data engineer", "credit bureau analyst",
                                   "limousine driver", "technical illustrator"])  # field words as tails
def test_english_titles_are_not_translated(words):
    assert translate(words.split()) == words.split()


def test_no_word_of_onet_titles_splits_as_a_field_compound():
    from tracker.classify.classifier import default_classifier
    from tracker.classify.foreign import _field_compound

    words = {w for t in default_classifier().bundle.titles.titles for w in t.split()}
    assert not [w for w in words if _field_compound(w)]  # "illustrator", "limousine" stay English
    assert clean_title("Illustrator für Kinderbücher").endswith("illustrator")


def test_a_field_compound_splits_in_a_foreign_title():
    assert translate("elektroniker fuer betriebstechnik".split())[:2] == ["betrieb", "engineering"]
    assert translate(["betriebstechnik"]) == ["betriebstechnik"]  # alone it is no evidence of a language


def test_foreign_word_list_is_folded_and_unambiguous():
    sections = load_words()
    assert set(sections) == {"jobs", "fields", "endings"} and len(sections["jobs"]) > 200
    words = [w for part in ("jobs", "fields") for ws in sections[part].values() for w in ws.split()]
    assert all(re.fullmatch("[a-z]+", w) for w in words)  # folded as titles are
    assert len(words) == len(set(words))  # one English reading each


def test_german_job_endings_are_not_tails_of_each_other():
    # foreign._compound looks an ending up by its length: two that fit one word would be ambiguous
    assert not [(a, b) for a in ENDINGS for b in ENDINGS if a != b and a.endswith(b)]


def test_not_a_job_matches_only_with_its_trigger_words():
    # normalize._noise runs NOT_A_JOB only on a segment with one of NOT_A_JOB_WORDS: every phrase of
    # up to three of the pattern's own words (and their singulars) that matches has one
    words = set(re.findall(r"[a-z]+", re.sub(r"\\[a-zA-Z]", " ", NOT_A_JOB.pattern)))
    words |= {w[:-1] for w in words if w.endswith("s")} | {"engineer"}
    missed = [phrase for k in (1, 2, 3) for phrase in itertools.product(sorted(words), repeat=k)
              if NOT_A_JOB_WORDS.isdisjoint(phrase) and NOT_A_JOB.search(" ".join(phrase))]
    assert not missed


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12), max_size=8))
def test_translate_never_loses_a_title(words):
    out = translate(words)
    assert isinstance(out, list) and (out or not words) and all(w and " " not in w for w in out)


def test_a_level_after_noise_or_a_team_is_noise_too():
    from tracker.classify.classifier import default_classifier

    clf = default_classifier()
    index = clf.bundle.titles
    assert index.qualified("Dry Cleaning Attendant - Remote III", "dry cleaning attendant") is None
    assert index.qualified("Die Barber, Payments Team II", "die barber") is None
    assert clf.classify("Teacher - Grade 3").soc_code.startswith("25-20")  # a grade is no level
