"""The classifier on the shipped bundle: titles, exposure, duties, tasks, bad input."""

import gzip
import json
import shutil

import pytest

from tracker.classify.bundle import DATA_DIR, BundleMissing
from tracker.classify.classifier import Classifier, default_classifier


@pytest.fixture(scope="module")
def clf():
    return default_classifier()


def test_bundle_is_small_and_attributed():
    files = list(DATA_DIR.iterdir())
    assert all(f.stat().st_size < 5_000_000 for f in files)
    assert sum(f.stat().st_size for f in files) < 5_000_000
    text = (DATA_DIR / "ATTRIBUTION.md").read_text()
    for needle in ("O*NET", "CC BY 4.0", "Eloundou", "MIT", "Tomlinson"):
        assert needle in text
    manifest = json.loads((DATA_DIR / "manifest.json").read_text())
    assert manifest["counts"]["occupations"] >= 1000


def test_every_occupation_has_an_exposure():
    occ = json.loads(gzip.decompress((DATA_DIR / "occupations.json.gz").read_bytes()))["occupations"]
    assert all(o["exposure"] is not None and 0 <= o["exposure"] <= 1 for o in occ.values())


@pytest.mark.parametrize("title, soc", [
    ("Registered Nurse", "29-1141"), ("Sr. Software Engineer II - Remote", "15-1252"),
    ("Cashier (Part-Time)", "41-2011"), ("Financial Analyst, Payments Team", "13-2051"),
    ("Truck Driver - CDL A", "53-3032"), ("Welder", "51-4121"),
])
def test_common_titles(clf, title, soc):
    r = clf.classify(title)
    assert r.soc_code.startswith(soc), (title, r.soc_code, r.soc_title)
    assert 0 < r.soc_confidence <= 1
    assert 0 <= r.ai_exposure <= 1 and r.ai_exposure_tier in ("low", "medium", "high")
    assert r.soc_title in r.exposure_rationale and r.classifier_version == clf.version


def test_exposure_orders_occupations(clf):
    writer = clf.classify("Technical Writer").ai_exposure
    roofer = clf.classify("Roofer").ai_exposure
    assert writer > roofer
    assert clf.classify("Roofer").ai_exposure_tier == "low"


@pytest.mark.parametrize("title", ["", "   ", "x" * 100_000, "软件工程师", "!!!"])
def test_bad_titles_do_not_raise(clf, title):
    r = clf.classify(title)
    assert r.ai_role in ("builds_ai", "uses_ai", "none")
    assert r.exposure_rationale


def test_markup_left_in_a_title_is_read_as_text(clf):
    assert clf.classify("<b>Nurse</b>").soc_code == clf.classify("Nurse").soc_code  # was "b nurse b": EMTs
    assert clf.classify("Nurse &amp; Caregiver").details["title"] == "Nurse & Caregiver"
    assert clf.classify("R&D Engineer").details["title"] == "R&D Engineer"  # no entity: left alone
    assert clf.classify("<p></p>").soc_code is None
    assert [r.fields() for r in clf.classify_titles(["<i>Payroll Clerk</i>"])] == \
        [clf.classify("<i>Payroll Clerk</i>").fields()]


def test_non_english_titles(clf):
    # common job words of es/pt/fr/de titles are translated (tracker/classify/foreign.py)...
    assert clf.classify("Vendedora de tienda con experiencia").soc_code == "41-2031.00"  # Retail Salespersons
    assert clf.classify("Pflegefachkraft (m/w/d)").soc_code.startswith("29-1141")
    assert clf.classify("Desarrollador Backend").soc_code.startswith("15-12")
    # ...other words are not guessed: low confidence
    assert clf.classify("Sachbearbeiter Grundsatzfragen").soc_confidence < 0.5
    # a compound ending in a known field word is read in part ("Lohnbuchhaltung": accounting)
    assert clf.classify("Sachbearbeiter Lohnbuchhaltung").soc_code.startswith("43-3")


FINANCE = """Responsibilities:
- Prepare monthly financial reports and variance analyses for senior management.
- Build financial models to forecast revenue and expenses.
- Analyze budget data and recommend cost reductions.
- Write summaries of financial results for executives."""
LAB = """Responsibilities:
- Collect blood samples from patients and label specimens.
- Operate laboratory equipment such as centrifuges to analyze samples.
- Clean work areas and sterilize laboratory instruments.
- Load specimens into analyzers and restock supplies."""


def test_duties_move_the_score(clf):
    a, b = clf.classify("Analyst", FINANCE), clf.classify("Analyst", LAB)
    assert a.ai_exposure > b.ai_exposure
    assert a.details["duties"] and any(d["source"] == "task" for d in a.details["duties"])
    assert "duties" in a.exposure_rationale


def test_description_resolves_ambiguous_title(clf):
    r = clf.classify("Associate", LAB + "\n" + LAB.replace("-", "*"))
    assert r.soc_code.startswith("29-2"), r.soc_title
    assert r.details["coded_via"] == "description"


def test_description_chooses_among_a_real_titles_candidates(clf):
    """A title of several words keeps one of its own candidates: the description only re-ranks."""
    title = "Operations Associate"
    match = clf.bundle.titles.match(title)
    assert match.confidence < 0.5  # ambiguous enough for the description to be asked
    r = clf.classify(title, LAB + "\n" + LAB.replace("-", "*"))
    assert r.soc_code in match.scores
    assert not r.soc_code.startswith("29-2")


def test_task_labels(clf):
    out = clf.classify_tasks(["Write and edit news articles for publication.",
                              "Lay bricks and mortar to build walls.", ""])
    assert [label for label, _ in out][:2] != ["E0", "E0"]
    assert out[1][0] == "E0"
    assert all(0 <= s <= 1 for _, s in out[:2])
    assert out[2] == (None, None)  # a blank statement gets no label


def test_batch_equals_single(clf):
    titles = ["Data Analyst", "Welder", "Data Analyst", ""]
    batch = [r.fields() for r in clf.classify_titles(titles)]
    assert batch == [clf.classify(t).fields() for t in titles]


def test_primed_matches_give_the_same_results_with_descriptions():
    # a fresh classifier each: one primes a board's titles in one batch (the crawl's classify stage),
    # the other matches each title when it classifies it
    postings = [("Associate", "You will audit financial statements and prepare tax returns."),
                ("Project Manager - Construction", "Manage the construction schedule and subcontractors."),
                ("Senior Software Engineer", None), (None, "Text without a title.")]
    primed, single = Classifier(), Classifier()
    primed.prime([t for t, _ in postings])
    assert len(primed.bundle.titles._raw) >= 4 and not single.bundle.titles._raw
    assert [primed.classify(t, d).fields() for t, d in postings] == [single.classify(t, d).fields() for t, d in postings]


def test_missing_bundle_is_reported(tmp_path):
    with pytest.raises(BundleMissing):
        Classifier(tmp_path).classify("Nurse")


def test_bundle_copy_classifies_offline(tmp_path, monkeypatch):
    """A copy of the data directory alone is enough (no reference files, no network)."""
    monkeypatch.setenv("TRACKER_REFERENCE_DIR", str(tmp_path / "nowhere"))
    shutil.copytree(DATA_DIR, tmp_path / "data")
    r = Classifier(tmp_path / "data").classify("Payroll Clerk")
    assert r.soc_code.startswith("43-3051")
