"""Task exposure models (text only, text + O*NET DWAs) and posting duties: splitting and matching."""

import gzip
import json
import random

import pytest

from tracker.classify.bundle import DATA_DIR
from tracker.classify.classifier import default_classifier
from tracker.classify.duties import match_duties, section_kind, split_duties
from tracker.classify.tasks import LABELS, TaskModel, dwa_text, train_task_model


@pytest.fixture(scope="module")
def clf():
    return default_classifier()


def test_predict_interface(clf):
    model = clf.bundle.tasks.model
    assert model.predict([]) == []
    out = model.predict(["Prepare tax returns for clients.", "", "x" * 5000])
    assert len(out) == 3
    assert all(label in LABELS and 0 <= score <= 1 for label, score in out)


def test_shipped_model_is_text_only_and_fits_its_labels():
    data = json.loads(gzip.decompress((DATA_DIR / "tasks.json.gz").read_bytes()))
    assert "dwa_vectorizer" not in data["model"]  # the DWA model is build-time only
    rows = data["rows"]
    assert {r[3] for r in rows} == {"human", "model"} and {r[2] for r in rows} <= set(LABELS)
    human = random.Random(0).sample([r for r in rows if r[3] == "human"], 2000)
    pred = TaskModel(data["model"]).predict([r[1] for r in human])
    agree = sum(p == r[2] for (p, _), r in zip(pred, human)) / len(human)
    assert agree > 0.75  # training fit; a wrong class order or vocabulary would fall to ~0.3


def test_dwa_features_carry_what_text_cannot():
    groups = [["Operate heavy machinery.", "Operate equipment."],
              ["Prepare financial documents.", "Prepare documents."],
              ["Program computer systems.", "Develop software."]]
    texts = [f"Perform duty number {i} for the unit." for i in range(90)]
    dwas = [dwa_text(groups[i % 3]) for i in range(90)]
    labels = [LABELS[i % 3] for i in range(90)]
    onet = TaskModel(train_task_model(texts, labels, dwas))
    test = ["Perform duty number 999 for the unit."] * 3
    assert [label for label, _ in onet.predict(test, [dwa_text(g) for g in groups])] == list(LABELS)
    text_only = TaskModel(train_task_model(texts, labels))
    assert len({label for label, _ in text_only.predict(test)}) == 1


POSTING = """About Acme
We are a fast-growing company building tools for finance teams.
What You'll Do
- Prepare monthly financial statements and reconcile general ledger accounts.
- Analyze budget variances and report findings to management.
Financial Reporting
- Coordinate the annual audit with external auditors.
Requirements
- 5+ years of experience in accounting.
- Strong attention to detail and clear communication skills.
Benefits
- Generous health coverage for you and your family members.
"""


def test_split_keeps_duty_sections_only():
    assert split_duties(POSTING) == [
        "Prepare monthly financial statements and reconcile general ledger accounts.",
        "Analyze budget variances and report findings to management.",
        "Coordinate the annual audit with external auditors."]  # "Financial Reporting": a sub-header


def test_split_without_duty_headers_drops_other_sections():
    text = ("Prepare payroll records for all staff members.\nBenefits:\n"
            "- Generous health coverage for you and your family members.")
    assert split_duties(text) == ["Prepare payroll records for all staff members."]


@pytest.mark.parametrize("line, kind", [
    ("Responsibilities:", "duty"), ("KEY RESPONSIBILITIES", "duty"), ("What you will do", "duty"),
    ("About the role:", "duty"), ("Qualifications", "other"), ("What you'll bring:", "other"),
    ("Why Join Us", "other"), ("Own the results of the campaign", None), ("- Experience with Python", None)])
def test_section_kind(line, kind):
    assert section_kind(line) == kind


def test_matching_prefers_own_occupation_and_needs_shared_words(clf):
    tasks = clf.bundle.tasks
    duties = ["Make travel arrangements for the executives and their families.", "We play to win every day."]
    own, chance = match_duties(duties, tasks, "43-6011.00")
    assert own.source == "task" and own.task_code == "43-6011.00"
    assert own.label == tasks.labels[tasks.texts.index(own.task)]
    assert chance.source == "model" and chance.task is None  # one shared word ("play") is not a match
