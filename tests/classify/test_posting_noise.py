"""Posting noise around a title leaves its occupation alone.

A probe of 300 common titles with 33 prefixes and 59 suffixes found words and phrases that changed
the code ("Part Time Sales Associate" was a securities agent, "Overnight Teacher" a stocker,
"Teacher - Sign On Bonus" a self-enrichment teacher, "General Manager - NYC" "nyc manager"); these
titles were stable after the fixes, and must stay so.
"""

import pytest

from tracker.classify.classifier import default_classifier

TITLES = ["Electrician Apprentice", "Automotive Technician", "Receptionist", "Communications Manager", "RN - Night Shift",
          "Fast Food Worker", "Estimator", "Shipping and Receiving Clerk", "Busser", "Quality Engineer", "Sales Manager",
          "Lifeguard", "Graphic Designer", "Attorney", "Software Test Engineer", "Content Writer",
          "Patient Care Technician", "Engineering Manager", "Warehouse Worker", "Systems Administrator", "Java Developer",
          "Van Driver", "Waiter", "Network Administrator", "Quality Inspector", "Cleaner", "Package Handler",
          "Bank Teller", "Dental Assistant", "Landscaper", "Home Health Aide", "Public Relations Specialist", "Barista",
          "Pharmacist", "Sales Associate", "QA Engineer", "Construction Manager", "Customer Service Representative",
          "Housekeeping Supervisor", "Bus Driver"]
PREFIXES = ["Remote", "Temporary", "Seasonal", "Weekend", "Hybrid", "Per Diem", "Freelance", "Evening", "Overnight",
            "Casual", "Part Time", "Full-Time", "Licensed", "Certified", "Work From Home", "URGENT:"]
SUFFIXES = [" - Remote", " (Contract)", " - Spanish Speaking", " | Hybrid", " - $25/hr", " - Req 12345",
            " - 12 Month Contract", " - Maternity Cover", " (m/f/d)", " - Up to $5,000 Sign-On Bonus", " - Nights",
            " - Travel", " - No Experience Needed", " - Weekly Pay", " - Austin, TX", " - Multiple Locations",
            " - Summer 2026", " - Visa Sponsorship", " - 40 hrs", " - Tier 2", " #1234", " - Float Pool", " - Hourly"]


@pytest.mark.parametrize("title", TITLES)
def test_noise_leaves_the_code_alone(title):
    clf = default_classifier()
    code = clf.classify(title).soc_code
    assert code
    changed = {v: r.soc_code for v in [f"{p} {title}" for p in PREFIXES] + [title + s for s in SUFFIXES]
               if (r := clf.classify(v)).soc_code != code}
    assert not changed, (code, changed)


@pytest.mark.parametrize("title, noise", [
    ("Kraftfahrer Klasse C1 Auslieferung Getränke", " zur Verstärkung unseres Teams"),  # German filler
    ("Key Account Manager Lebensmitteleinzelhandel", " (w/m/d) ab sofort"),  # "from now on"
    ("Técnico/a de Prevención de Riesgos Laborales", " 80-100%"),  # a Swiss workload
    ("Profesor/a de autoescuela", " 100%"),
])
def test_european_posting_phrases_leave_the_code_alone(title, noise):
    clf = default_classifier()
    assert clf.classify(title + noise).soc_code == clf.classify(title).soc_code
