"""``tracker classify`` command, the pipeline stage and ``reclassify``."""

import json
import sqlite3

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from db.migrations import migrate
from tracker.classify.classifier import default_classifier
from tracker.classify.cli import classify
from tracker.classify.reclassify import reclassify
from tracker.items import BoardSnapshot, Posting
from tracker.pipelines.classify import ClassifyPipeline

COLUMNS = ("soc_code", "soc_title", "soc_confidence", "ai_exposure", "ai_exposure_tier", "ai_role")


def run(args, stdin=None):
    result = CliRunner().invoke(classify, args, input=stdin)
    return result


def test_single_title_json_and_text():
    out = json.loads(run(["Senior Payroll Clerk - Remote", "--json"]).output)
    assert out["soc_code"].startswith("43-3051") and set(COLUMNS) <= set(out)
    text = run(["Payroll Clerk", "--explain"]).output
    assert "Payroll" in text and "matched_title" in text


def test_description_file(tmp_path):
    f = tmp_path / "d.txt"
    f.write_text("Responsibilities:\n- Use ChatGPT and other AI tools to draft customer emails.\n"
                 "- Answer customer questions by phone and email.\n")
    out = json.loads(run(["Customer Service Representative", "--description", str(f), "--json"]).output)
    assert out["ai_role"] == "uses_ai"


def test_batch_one_json_line_per_input_line():
    lines = ["Registered Nurse", "", "Machine Learning Engineer", "x" * 10_000, "Ingeniero de software"]
    result = run(["--batch", "--json"], "\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.output.splitlines()]
    assert len(rows) == len(lines)
    assert rows[0]["soc_code"].startswith("29-1141") and rows[2]["ai_role"] == "builds_ai"
    assert all(set(COLUMNS) <= set(r) for r in rows)


def test_tasks_batch():
    result = run(["--tasks", "--batch"], "Write news articles and edit copy.\nPour concrete into forms.\n")
    rows = [json.loads(x) for x in result.output.splitlines()]
    assert [r["exposure_label"] for r in rows][1] == "E0" and rows[0]["exposure_label"] != "E0"
    assert all(0 <= r["score"] <= 1 for r in rows)


def test_bad_input_never_reaches_the_user_as_a_traceback(tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 40)  # not UTF-8
    result = run(["Registered Nurse", "--description", str(junk), "--json"])
    assert result.exit_code == 0 and json.loads(result.output)["soc_code"].startswith("29-1141")
    words = tmp_path / "d.txt"
    words.write_text("Responsibilities: write software, review code, deploy services and design APIs. " * 5)
    result = run(["软件工程师", "--description", str(words), "--json"])  # no usable title word
    assert result.exit_code == 0 and json.loads(result.output)["soc_code"] is None
    result = run(["--batch", "--json"], b"Welder\n\xff\xfeNurse\xc3\n")
    rows = [json.loads(x) for x in result.output.splitlines()]
    assert result.exit_code == 0 and len(rows) == 2 and "\ufffd" in rows[1]["title"]
    result = run(["--tasks", "--batch"], "Pour concrete.\n\n   \n")
    rows = [json.loads(x) for x in result.output.splitlines()]
    assert [r["exposure_label"] for r in rows] == ["E0", None, None]


@pytest.mark.parametrize("title", ["Remote", "Part-Time", "Senior", "Night Shift - Remote", "General Application",
                                   "Talent Pool", "Initiativbewerbung (m/w/d)", "Don't see a role that fits? Apply here",
                                   "Internship", "N/A", "de", "für", "/a"])
def test_titles_of_posting_noise_only_are_unclassified(title):
    out = json.loads(run([title, "--json"]).output)
    assert out["soc_code"] is None and out["soc_confidence"] == 0
    assert "names no job" in out["exposure_rationale"] and repr(title) in out["exposure_rationale"]


def test_missing_title_is_a_usage_error():
    result = run([])
    assert result.exit_code == 2 and "TITLE" in result.output


def test_pipeline_tags_postings():
    snap = BoardSnapshot("greenhouse", "acme", "Acme")
    snap.postings = [Posting("greenhouse", "acme", "1", title="Staff Accountant II"),
                     Posting("greenhouse", "acme", "2", title="ML Engineer", description_text="Train models in PyTorch.")]
    ClassifyPipeline().process_item(snap)
    a, b = snap.postings
    assert a.soc_code.startswith("13-2011") and a.ai_exposure_tier and a.exposure_rationale
    assert b.ai_role == "builds_ai" and a.classifier_version == default_classifier().version


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "jobs.db"
    migrate(Database(path))
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO postings (id, source, board, external_id, title, description_text) "
                         "VALUES (?, 'x', 'b', ?, ?, ?)",
                         [(f"x:b:{i}", str(i), t, None) for i, t in enumerate(["Welder", "Data Analyst", "Nurse"])])
    conn.close()
    return str(path)


def test_reclassify_updates_only_changed_rows(db):
    first = reclassify(db)
    assert first == {"seen": 3, "changed": 3, "unchanged": 0}
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT soc_code, ai_exposure, ai_exposure_tier, ai_role, exposure_rationale, "
                        "classifier_version FROM postings").fetchall()
    assert all(all(v is not None for v in r) for r in rows)
    assert reclassify(db) == {"seen": 3, "changed": 0, "unchanged": 3}
    changes = conn.total_changes
    with conn:  # an older classifier's tag on one row
        conn.execute("UPDATE postings SET classifier_version = 'old', ai_exposure = 0.01 WHERE id = 'x:b:1'")
    conn.close()
    assert changes == 0
    assert reclassify(db) == {"seen": 3, "changed": 1, "unchanged": 2}
    assert reclassify(db, only_stale=True) == {"seen": 0, "changed": 0, "unchanged": 0}
