"""Titles of work around AI: who builds it, who rates and labels its data, who governs, sells or supports it.
Each case says what the title had been before the rule."""

import pytest

from tracker.classify.classifier import default_classifier
from tracker.classify.normalize import clean_title


@pytest.fixture(scope="module")
def clf():
    return default_classifier()


@pytest.mark.parametrize("title, code", [
    # rating or labelling a model's answers is keying and checking data (O*NET has no AI trainer)
    ("AI Evaluator", "43-9021.00"),  # was a geological technician (O*NET's "Test Evaluator")
    ("LLM Evaluation Specialist", "43-9021.00"),  # was a sociologist (a program evaluator)
    ("LLM Response Rater", "43-9021.00"),  # was a billing clerk (O*NET's telegraph "Rater")
    ("Search Quality Rater - Dutch", "43-9021.00"),
    ("Ads Quality Rater", "43-9021.00"),
    ("Internet Assessor (Part-Time)", "43-9021.00"),  # was a real estate assessor
    ("Generalist AI Trainer (Remote)", "43-9021.00"),  # was a trainer of people
    ("AI Tutor - Physics", "43-9021.00"),  # xAI's and Outlier's word for a subject-expert trainer
    ("Search Engine Evaluator", "13-1161.01"),  # O*NET's own title keeps O*NET's code
    ("Energy Rater", "47-4011.01"),  # not every rater rates a model
    # governing AI is compliance work
    ("AI Governance Analyst", "13-1041.00"),  # was a database architect (O*NET's "Data Governance Analyst")
    ("Responsible AI Program Manager", "11-9199.02"),  # was a general manager ("responsible program manager")
    ("Head of Responsible AI", "11-9199.02"),  # was a chief executive
    ("AI Ethics Lead", "13-1041.00"),
    ("Compliance Lead", "13-1041.00"),  # was an environmental science technician
    # selling, supporting or advocating AI is the seller's, supporter's or advocate's job
    ("AI Sales Engineer", "41-9031.00"),  # was a software developer
    ("AI Support Engineer", "15-1232.00"),
    ("AI Developer Advocate", "15-1252.00"),  # was an urban planner
    ("AI Business Development Manager", "11-2022.00"),
    # building AI is software work
    ("AI Developer", "15-1252.00"),  # was computer occupations, all other
    ("AI Agent Developer", "15-1252.00"),  # was an intelligence analyst's reading
    ("AI Engineer", "15-1252.00"),
    ("AI Research Scientist", "15-1221.00"),
    ("Applied Scientist, LLM", "15-1221.00"),
    ("MLOps Engineer", "15-2051.00"),
])
def test_ai_work_titles(clf, title, code):
    assert clf.classify(title).soc_code == code, title


@pytest.mark.parametrize("title, role", [
    ("Responsible AI Lead", "none"),  # governs AI; was builds_ai
    ("AI Risk Manager", "none"),
    ("AI Compliance Lead", "none"),
    ("AI Evaluator", "none"),  # rates a model's answers; builds no model
    ("AI Safety Researcher", "builds_ai"),
    ("AI Developer", "builds_ai"),
    ("Machine Learning Engineer", "builds_ai"),
    ("Chatbot Developer", "builds_ai"),  # was none
    ("AI Transformation Director", "none"),  # adopts AI in a firm; was builds_ai
    ("AI Rater", "none"),
])
def test_ai_role_of_ai_work_titles(clf, title, role):
    assert clf.classify(title).ai_role == role, title


def test_ai_rating_words_need_ai_or_rating_context():
    assert clean_title("Model Evaluator") == "data entry keyer"
    assert clean_title("Program Evaluator") == "program evaluator"  # a program's evaluator: an analyst's work
    assert clean_title("Quality Rater") == "quality rater"  # no search, ads or model said
