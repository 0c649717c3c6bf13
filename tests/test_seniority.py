"""Seniority and employment type from titles and source fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.seniority import LEVELS, employment_from_title, seniority

SAMPLE = Path(__file__).parent / "cases" / "seniority" / "titles.jsonl"


@pytest.mark.parametrize("title, level", [
    ("Senior Software Engineer", "senior"),
    ("Sr. Data Analyst", "senior"),
    ("Staff Frontend Software Engineer", "staff"),
    ("Staff Accountant", None),  # a job title, not the level above senior
    ("Staff Nurse - ICU", None),
    ("Principal Engineer", "principal"),
    ("Engineering Manager", "manager"),
    ("Manager, Software Engineering", "manager"),
    ("Product Manager, Payments", None),  # an individual contributor's job
    ("Senior Product Manager", "senior"),
    ("Customer Success Manager", None),
    ("Director of Engineering", "director"),
    ("Head of Design", "director"),
    ("Associate Director, Finance", "director"),
    ("VP of Engineering", "executive"),
    ("Chief Revenue Officer", "executive"),
    ("Executive Assistant to the CEO", None),
    ("Account Executive", None),
    ("Associate Product Manager", "junior"),
    ("Associate", None),
    ("Junior Developer", "junior"),
    ("Software Engineer I", "junior"),
    ("Software Engineer II - Remote", "mid"),
    ("Software Engineer III", "senior"),
    ("Customer Support Specialist, Tier 2", None),
    ("Summer Intern 2026", "intern"),
    ("Werkstudent (m/w/d) Marketing", "intern"),
    ("Software Engineer (m/w/d)", None),  # gender marker, not a level
    ("Senior/Staff Product Engineer", "senior"),  # open from the lowest level named
    ("Lead Generation Specialist", None),
    ("Mid-Market Account Executive", None),
    ("", None),
])
def test_title_levels(title, level):
    assert seniority(title) == level


@pytest.mark.parametrize("title, field, level", [
    ("Software Engineer", "Mid-Senior Level", "senior"),  # SmartRecruiters experienceLevel label
    ("Designer", "Midweight", "mid"),  # Jobicy jobLevel
    ("Designer", "Entry level", "junior"),
    ("Designer", "Internship", "intern"),
    ("Senior Designer", "Entry level", "senior"),  # the title is more specific than the field
    ("Designer", "Not Applicable", None),
    (None, "Director", "director"),
])
def test_source_field_when_title_is_silent(title, field, level):
    assert seniority(title, field) == level


@pytest.mark.parametrize("title, kind", [
    ("Senior Developer (Contract)", "contract"),
    ("Contract - Data Analyst", "contract"),
    ("Recruiter, contract-to-hire", "contract"),
    ("Contracts Manager", None),
    ("Contract Specialist", None),
    ("Solutions Consultant", None),
    ("Part-time Tutor", "part-time"),
    ("Software Engineer Intern", "internship"),
    ("Temporary Receptionist", "temporary"),
    ("Full Time Warehouse Associate", "full-time"),
])
def test_employment_from_title(title, kind):
    assert employment_from_title(title) == kind


def test_labelled_sample_of_real_titles():
    cases = [json.loads(line) for line in SAMPLE.read_text().splitlines()]
    assert len(cases) >= 150
    level_ok = sum(seniority(c["title"]) == c["seniority"] for c in cases)
    kind_ok = sum(employment_from_title(c["title"]) == c["employment_type"] for c in cases)
    assert level_ok / len(cases) >= 0.99 and kind_ok == len(cases)
    assert {c["seniority"] for c in cases} - {None} >= {"senior", "staff", "principal", "manager",
                                                        "director", "executive", "junior"}


@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=40)))
def test_any_text_gives_a_known_level_or_none(title, field):
    assert seniority(title, field) in (*LEVELS, None)
    assert employment_from_title(title) in ("internship", "temporary", "contract", "part-time", "full-time", None)


@pytest.mark.parametrize("title, level", [
    ("Founder's Associate", None), ("President's Club Coordinator", None),
    ("Desenvolvedor Sênior", "senior"), ("Analista Júnior", "junior"), ("Desarrollador Semi Senior", "mid"),
    ("Analista Pleno", "mid"), ("Estágio em Engenharia", "intern"), ("Becario de Marketing", "intern"),
    ("Driver - Class 1", None), ("Software Engineer, Grade 5", None),
])
def test_other_formats_and_languages(title, level):
    assert seniority(title) == level
