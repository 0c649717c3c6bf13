"""Source-independent normalization: countries, employment types, workplace, annual pay."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from tracker.location import country_alpha2
from tracker.normalize import annual_usd, employment_type, workplace


@pytest.mark.parametrize("value, code", [
    ("US", "US"), ("us", "US"), ("USA", "US"), ("United States", "US"), ("Germany", "DE"),
    ("DEU", "DE"), ("Türkiye", "TR"), ("United Kingdom", "GB"), ("", None), (None, None),
    ("Remote", None), ("CA", "CA"),  # not a country: nothing; a country code stays that country
])
def test_country_code(value, code):
    assert country_alpha2(value) == code


@pytest.mark.parametrize("raw, value", [
    ("Full-Time", "full-time"), ("Regular", "full-time"), ("Part time", "part-time"),
    ("Contract", "contract"), ("Intern", "internship"), ("fulltime_fixed_term", None), (None, None),
    # contract words of German, French, Spanish, Dutch and Nordic boards
    ("Vollzeit", "full-time"), ("Teilzeit", "part-time"), ("Praktikum", "internship"), ("CDI", "full-time"),
    ("CDD", "temporary"), ("Stage", "internship"), ("Tiempo completo", "full-time"), ("Deltid", "part-time"),
    ("Vaste aanstelling", "full-time"), ("Befristet", "temporary"), ("PER_DIEM", "contract"),
])
def test_employment_type(raw, value):
    assert employment_type(raw) == value


def test_workplace_keeps_source_field_and_reads_location_words():
    assert workplace("onsite", "Remote - US") == "onsite"
    assert workplace("unknown", "Remote - US") == "remote"
    assert workplace("unknown", "London (Hybrid)") == "hybrid"
    assert workplace("unknown", "Berlin") == "unknown"


def test_annual_usd():
    assert annual_usd(150_000, "USD", "year") == 150_000
    assert annual_usd(40, "USD", "hour") == 83_200
    assert annual_usd(75, "USD", "year") is None  # a slip for 75k: no annual figure
    assert annual_usd(5_000, "EUR", "month", "2024-03-01") == 65_233.2  # 60,000 EUR at the ECB's March 2024 average


@given(st.one_of(st.none(), st.text(max_size=40)))
def test_country_code_never_raises(value):
    result = country_alpha2(value)
    assert result is None or isinstance(result, str)


def test_entities_in_plain_fields_are_decoded():
    from tracker.items import Posting
    from tracker.normalize import normalize_posting

    p = normalize_posting(Posting("greenhouse", "b", "1", title="R&amp;D Engineer", company="AT&amp;T",
                                  department="Sales &amp; Marketing", location_raw="S&atilde;o Paulo, Brazil"))
    assert (p.title, p.company, p.department, p.location_raw) == (
        "R&D Engineer", "AT&T", "Sales & Marketing", "São Paulo, Brazil")
    assert p.country == "BR"
