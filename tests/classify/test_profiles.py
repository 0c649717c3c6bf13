"""A bare title ("Officer", "Analyst") coded from its posting's description (tracker/classify/profiles.py)."""

import pytest

from tracker.classify.bundle import BundleMissing, Bundle
from tracker.classify.classifier import default_classifier


@pytest.fixture(scope="module")
def clf():
    return default_classifier()


@pytest.mark.parametrize("title, description, code", [
    ("Officer", "Patrol your assigned beat, respond to emergency calls, make arrests, enforce traffic laws and "
                "write incident reports for the department.", "33-3051"),
    ("Officer", "Run our anti-money-laundering program: monitor transactions, review KYC files, keep policies in "
                "line with banking regulations and report suspicious activity to regulators.", "13-"),
    ("Analyst", "Write SQL, build dashboards in Tableau and Looker, define metrics with product managers and "
                "present insights from customer data.", "15-2051"),
    ("Analyst", "Monitor security alerts in our SIEM, investigate intrusions and malware, run vulnerability "
                "scans and harden firewalls and endpoints against cyber attacks.", "15-12"),
    ("Technician", "Draw blood from patients, label and process specimens, and run tests on laboratory "
                   "analyzers in our hospital lab.", "29-2012"),
    ("Specialist", "Recruit hourly staff: post openings, screen resumes, schedule interviews, extend offers and "
                   "run onboarding.", "13-1071"),
    ("Coordinator", "Plan corporate events and conferences end to end: book venues, negotiate with vendors, "
                    "manage budgets and run registration.", "13-1121"),
])
def test_a_bare_title_is_coded_from_its_description(clf, title, description, code):
    r = clf.classify(title, description)
    assert r.soc_code.startswith(code) and r.details["coded_via"] == "description"
    # only occupations that O*NET lists under the title's own word: an "Officer" stays some officer
    assert r.soc_code in clf._codes_by_word[title.lower()]


def test_without_a_description_the_title_decides(clf):
    assert clf.classify("Analyst").details["coded_via"] == "title"
    assert clf.classify("Analyst", "Tableau dashboards.").details["coded_via"] == "title"  # too short to say


def test_a_clear_title_is_not_recoded_by_its_description(clf):
    text = "Draw blood from patients, label and process specimens, and run tests on laboratory analyzers."
    assert clf.classify("Registered Nurse", text).soc_code.startswith("29-1141")


def test_affinity_ranks_the_described_occupation(clf):
    affinity = clf.bundle.profiles.affinity(
        "Meet with home buyers, review income and credit, and originate residential mortgage loans.")
    assert set(list(affinity)[:3]) & {"13-2072.00", "43-4131.00"}  # loan officers, loan interviewers
    assert list(affinity.values()) == sorted(affinity.values(), reverse=True) and len(affinity) <= 10
    assert clf.bundle.profiles.affinity("") == {} and clf.bundle.profiles.affinity("the and of") == {}


def test_missing_profiles_are_reported(tmp_path):
    with pytest.raises(BundleMissing, match="profiles.npz"):
        Bundle(tmp_path).profiles  # noqa: B018


def test_profiles_cover_every_occupation(clf):
    assert len(clf.bundle.profiles.codes) == len(clf.bundle.occupations["occupations"])
