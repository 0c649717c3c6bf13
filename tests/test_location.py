"""tracker.location: places, workplace and remote scope of location text; the labelled sample."""

from __future__ import annotations

import json

import pycountry
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.locations import labelled, score
from tracker.items import Posting
from tracker.location import apply_location, country_alpha2, parse_locations, region_code
from tracker.workplace import WORKPLACES, description_workplace, location_workplace
from tracker.parse_cli import parse

ALPHA2 = {c.alpha_2 for c in pycountry.countries}


def places(text, **kw):
    return [(p.city, p.region, p.country) for p in parse_locations(text, **kw).places if p.city or p.country]


@pytest.mark.parametrize("text, want", [
    ("San Francisco, CA; New York, NY", [("San Francisco", "US-CA", "US"), ("New York City", "US-NY", "US")]),
    ("London | Berlin", [("London", None, "GB"), ("Berlin", None, "DE")]),
    ("Remote (US or Canada)", [(None, None, "US"), (None, None, "CA")]),
    ("NYC or SF", [("New York City", "US-NY", "US"), ("San Francisco", "US-CA", "US")]),
    ("Toronto, CA", [("Toronto", "CA-ON", "CA")]),
    ("Vancouver, BC, CA", [("Vancouver", "CA-BC", "CA")]),
    ("Los Angeles, CA", [("Los Angeles", "US-CA", "US")]),
    ("Washington, D.C.", [("Washington", "US-DC", "US")]),
    ("US-New York, US-Texas", [("New York City", "US-NY", "US"), (None, "US-TX", "US")]),
    ("280 Bristol St Costa Mesa, CA 92626", [("Costa Mesa", "US-CA", "US")]),
    ("Kenwood, Ohio, United States", [("Kenwood", "US-OH", "US")]),
    ("Edinburgh, Scotland, United Kingdom", [("Edinburgh", "GB-SCT", "GB")]),
    ("München, Deutschland", [("Munich", None, "DE")]),
    ("Zürich or Remote (Europe)", [("Zürich", None, "CH")]),
    ("São Paulo, State of São Paulo, Brazil", [("São Paulo", "BR-SP", "BR")]),
    ("Hamburg, Berlin", [("Hamburg", None, "DE"), ("Berlin", None, "DE")]),
    ("Boston; Cambridge", [("Boston", "US-MA", "US"), ("Cambridge", "US-MA", "US")]),
])
def test_places(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text", ["CA", "Remote - CA", "Georgia", "Skippack, PA"])
def test_ambiguous_places_are_left_unresolved(text):
    assert all(p.country is None and p.region is None for p in parse_locations(text).places)


def test_small_towns_are_settled_by_the_larger_gazetteer():
    assert places("Scotts Valley, CA") == [("Scotts Valley", "US-CA", "US")]  # not Canada: no such town there
    assert places("Shiloh, IL") == [("Shiloh", "US-IL", "US")]  # Illinois, not Israel
    assert places("Richmond, CA") == [("Richmond", "US-CA", "US")]  # a city of both: "CA" after it is the state


def test_context_decides_ambiguous_codes():
    assert places("CA", country_hint="US") == [(None, "US-CA", "US")]
    assert places("Remote (US/CA)") == [(None, None, "US"), (None, None, "CA")]
    assert places("NY/CA") == [(None, "US-NY", "US"), (None, "US-CA", "US")]
    assert places("Cambridge") == [("Cambridge", None, None)]


@pytest.mark.parametrize("text, workplace, scope", [
    ("Remote - US", "remote", "US"),
    ("Remote, EMEA time zones", "remote", "EMEA"),
    ("Hybrid (3 days/week)", "hybrid", None),
    ("Berlin, Germany; ONSITE (2 days/week)", "hybrid", None),
    ("NYC (Onsite)", "onsite", None),
    ("REMOTE (Worldwide)", "remote", "worldwide"),
    ("Remote (North America & Europe)", "remote", "North America,Europe"),
    ("London", "unknown", None),
    ("Hybrid Remote, Berlin", "hybrid", None),  # one workplace named in two words
    ("Remote/Hybrid", "remote", None),  # either: the most flexible
])
def test_workplace_and_scope(text, workplace, scope):
    parsed = parse_locations(text)
    assert (parsed.workplace, parsed.remote_scope) == (workplace, scope)


def test_regions_are_scope_not_countries_and_unknown_text_keeps_its_raw():
    assert places("EMEA; APAC; LATAM") == []
    assert parse_locations("Multiple locations").places[0].raw == "Multiple locations"
    assert places("infrastructure, sandboxing, CI/CD, cloud") == []  # no "CI" (Côte d'Ivoire) from prose


def test_description_workplace_is_conservative():
    assert description_workplace("This role is hybrid (3 days/week in the office).") == "hybrid"
    assert description_workplace("The position is fully remote within the US.") == "remote"
    assert description_workplace("This role is on-site in Austin.") == "onsite"
    assert description_workplace("We build remote sensing tools and have remote teams.") == "unknown"
    assert location_workplace("No remote") == "onsite"


def test_apply_location_fills_the_posting():
    p = Posting("lever", "b", "1", location_raw="Toronto, ON; Remote (US)", country="Canada")
    apply_location(p)
    assert (p.city, p.region, p.country, p.workplace) == ("Toronto", "CA-ON", "CA", "remote")
    assert [x["country"] for x in json.loads(p.locations)] == ["CA", "US"]
    kept = Posting("ashby", "b", "2", location_raw="Las Vegas, NV (Hybrid)", city="Las Vegas", region="Nevada",
                   country="United States", workplace="onsite")
    apply_location(kept)
    assert (kept.city, kept.region, kept.country, kept.workplace) == ("Las Vegas", "US-NV", "US", "onsite")
    empty = Posting("x", "b", "3", description_text="This is a fully remote role.")
    apply_location(empty)
    assert (empty.locations, empty.country, empty.workplace) == (None, None, "remote")
    assert country_alpha2("Anywhere") is None and region_code("State of São Paulo", "BR") == "BR-SP"
    listed = Posting("ashby", "b", "4", location_raw="San Francisco Office", city="San Francisco, Seattle",
                     region="California, Washington", country="United States")
    apply_location(listed)  # a source's joined list is no city: the place read from the text is
    assert (listed.city, listed.region, listed.country) == ("San Francisco", "US-CA", "US")
    odd = Posting("x", "b", "5", location_raw=12345, city=7, country=["US"])
    apply_location(odd)
    assert (odd.locations, odd.city, odd.country) == (None, None, None)


def test_extra_strings_are_read_together():
    assert places("Cambridge", extra=["Boston, MA"]) == [("Cambridge", "US-MA", "US"), ("Boston", "US-MA", "US")]


def test_cli_prints_json():
    result = CliRunner().invoke(parse, ["location", "CA", "--country-hint", "US"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["places"] == [{"city": None, "region": "US-CA", "country": "US", "raw": "CA"}]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120) | st.lists(st.sampled_from(
    ["CA", "NY", "Remote", "(", ")", ";", "/", ",", " - ", "London", "Hybrid", "US", "São Paulo", "12345", "or"]),
    max_size=12).map(" ".join))
def test_any_text_parses(text):
    parsed = parse_locations(text, country_hint="US")
    assert parsed.workplace in WORKPLACES
    for place in parsed.places:
        assert place.country is None or place.country in ALPHA2
        assert place.region is None or place.region.split("-")[0] == place.country


def test_labelled_sample():
    """Real location strings of the recordings, labelled by hand (bench/locations.py)."""
    rows = labelled()
    assert len(rows) >= 200
    result = score(rows)
    assert result["wrong_country_strings"] == 0 and result["ambiguous_wrong_country"] == 0
    assert result["country_accuracy"] >= 0.93
    assert result["places_exact"] >= 0.90
    assert result["workplace_exact"] >= 0.97


@pytest.mark.parametrize("text, country, city", [
    ("Porto Alegre, RS", "BR", "Porto Alegre"),  # a Brazilian state code, not Serbia
    ("Belo Horizonte, MG", "BR", "Belo Horizonte"),  # not Madagascar
    ("Mumbai, MH", "IN", "Mumbai"),  # not the Marshall Islands
    ("Munich, BY", "DE", "Munich"),  # Bavaria, not Belarus
    ("Remote - Panama", "PA", None),  # the country, not Panama City
    ("Bosnia and Herzegovina", "BA", None),  # one country, not a list of two
])
def test_codes_and_names_other_boards_use(text, country, city):
    p = Posting("x", "b", "1", location_raw=text)
    apply_location(p)
    assert (p.country, p.city) == (country, city)


@pytest.mark.parametrize("text", ["Home based - UK", "Remoto - México", "Teletrabajo, España", "Home Office, Germany"])
def test_remote_words_in_other_languages_are_not_cities(text):
    parsed = parse_locations(text)
    assert parsed.workplace == "remote" and all(p.city is None for p in parsed.places)


def test_remote_yes_fields_in_descriptions():
    assert description_workplace("Work mode: Remote\nTeam: Data") == "remote"
    assert description_workplace("Location: Berlin. Remote: yes") == "remote"


def test_a_list_of_country_codes_is_countries():
    assert [p.country for p in parse_locations("Remote (US, CA)").places] == ["US", "CA"]
    assert [p.country for p in parse_locations("US, CA, UK").places] == ["US", "CA", "GB"]
    assert [(p.region, p.country) for p in parse_locations("San Francisco, CA, US").places] == [("US-CA", "US")]
