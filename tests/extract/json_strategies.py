"""Hypothesis strategies for JSON records shaped like a source's (its keys, any values)."""

from __future__ import annotations

from hypothesis import strategies as st

LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)


def records(keys: list[str]):
    """Objects with the source's keys (at any depth) holding arbitrary JSON values."""
    names = st.sampled_from(keys)
    values = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(names, inner, max_size=4),
                          max_leaves=10)
    return st.dictionaries(names, values, max_size=len(keys))


TEXT_FIELDS = ("external_id", "title", "company", "description_html", "description_text", "url", "apply_url",
               "location_raw", "city", "region", "country", "employment_type", "employment_type_raw",
               "department", "seniority", "salary_currency", "salary_period")


def assert_well_typed(posting) -> None:
    """What a page object hands the pipelines: text fields are text or None, amounts positive numbers."""
    for name in TEXT_FIELDS:
        value = getattr(posting, name)
        assert value is None or (isinstance(value, str) and value == value.strip() and value), (name, value)
    for name in ("salary_min", "salary_max"):
        value = getattr(posting, name)
        assert value is None or (isinstance(value, float) and value > 0), (name, value)
    assert posting.workplace in ("onsite", "hybrid", "remote", "unknown")
