"""Recorded layoff files (../shared/data/layoffs) as the routes the layoff spiders fetch.

``RULES``: (source, glob under the layoffs folder, board token from the file and the spider).
A ``{state}`` in the source is the file's name (``raw-fixtures/nc.csv`` -> ``warn-nc``); a rule
whose spider is not here (yet) reads nothing. The route is the spider's ``board_url("/<source>",
token)`` path (and exact query, if any). VCR cassettes (``CASSETTES``) hold several responses:
one whose URL is a layoff spider's real board URL (its base-URL setting's host, the board token
being the URL's file name) is served at that spider's route. ``ROUTE_PROVIDERS``: modules that
make ``{route: (body, content_type)}`` for sources not served one file per board (SEC); a module
not written yet is skipped. Licences come from PROVENANCE.md: only files from licensed
repositories ship. The manifest's ``layoffs`` part lists each source's boards (what the demo
crawls) and why every other file was left out.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib
import inspect
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from w3lib.url import safe_url_string

from tracker.sources import all_sources

TYPES = {".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         ".csv": "text/csv; charset=utf-8", ".html": "text/html; charset=utf-8", ".pdf": "application/pdf",
         ".json": "application/json; charset=utf-8"}
SUFFIXES = {kind: suffix for suffix, kind in TYPES.items()}


# -- board tokens -------------------------------------------------------------
def _stem(path: Path, spider) -> str:
    """Files kept under the name the state gives them (Iowa's ``WARN_20180503.xlsx``)."""
    return path.stem


def _year_in_name(path: Path, spider) -> str | None:
    match = re.search(r"(?<!\d)(20\d\d|19\d\d)(?!\d)", path.stem)
    return match.group(1) if match else None


def _fiscal_span(path: Path, spider) -> str | None:
    """California's past-year PDFs: ``..._FY2020-21.pdf`` -> ``7-1-20-to-6-30-21``."""
    match = re.search(r"FY(\d\d)(\d\d)-(\d\d)", path.stem)
    return f"7-1-{match.group(2)}-to-6-30-{match.group(3)}" if match else None


def _current(path: Path, spider) -> str | None:
    """A source that publishes one file (its current report): the spider's own board for it."""
    return spider.default_boards[0] if len(spider.default_boards) == 1 else None


def _raw_export(path: Path, spider) -> str | None:
    """A scraper's raw export of a state's list: the year of most notices when the state's boards
    are years, else the source's one file, else the export's repository (its own board)."""
    if spider.default_boards and all(b.isdigit() for b in spider.default_boards):
        years = Counter(re.findall(r"\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b", path.read_text(errors="replace")))
        return years.most_common(1)[0][0] if years else None
    return _current(path, spider) or path.parent.parent.name


# (source, glob under the layoffs folder, board token from the file and the spider)
RULES = (
    ("warn-ia", "warn/state-sources/ia/*.xlsx", _stem),
    ("warn-de", "warn/state-sources/de/*.html", _current),
    ("warn-ca", "warn/state-sources/ca/*.xlsx", _current),
    ("warn-ca", "warn/state-sources/ca/*.pdf", _fiscal_span),
    ("warn-tx", "warn/state-sources/tx/*.xlsx", _year_in_name),
    ("warn-il", "warn/state-sources/il/*.xlsx", _stem),
    ("warn-nc", "warn/state-sources/nc/*.html", _year_in_name),
    ("warn-ma", "warn/state-sources/ma/*.csv", _stem),
    ("warn-ct", "warn/state-sources/ct/*.json", _current),
    ("warn-ky", "warn/state-sources/ky/*.csv", _current),
    ("warn-mt", "warn/state-sources/mt/*.xlsx", _current),
    ("warn-ny", "warn/state-sources/ny/*.csv", _current),
    ("warn-or", "warn/state-sources/or/*.html", _current),
    ("warn-ri", "warn/state-sources/ri/*.xlsx", _current),
    ("warn-{state}", "warn/warn-notice-register/raw-fixtures/*.csv", _raw_export),
    ("layoffs-fyi", "layoffs-fyi/*.csv", _stem),
)
CASSETTES = "warn/warn-scraper-cassettes/*.yaml"
# (glob, why) of files a parser could read but that are not what any source serves
NOT_SERVED = (
    ("warn/warn-notice-register/export_*.csv",
     "warn-notice-register's normalized export (its own columns, merged states), not a file a state serves"),
)
# (module, function, glob of the files it reads): function(layoffs_dir) -> {route: (body, content_type)},
# or (body, content_type, origin) to name the one file a route comes from (its licence then applies)
ROUTE_PROVIDERS = (
    ("tracker.sec_recordings", "sec_routes", "sec-edgar/*"),
)


# Files whose licence PROVENANCE.md leaves open but whose content is itself a public record that
# anyone may republish: the text of filings made to the SEC (EDGAR serves them to the public).
PUBLIC_RECORDS = {
    "sec-edgar/8k_item_2.05_examples.md": "public record (text of SEC filings, as EDGAR publishes them)",
}


# -- licences -----------------------------------------------------------------
def licences(layoffs_dir: Path) -> callable:
    """``origin -> licence`` read from PROVENANCE.md: a table's licence column, else the licence
    of the repository a row or line names (WS, WNR, ...), else "none"."""
    lines = (layoffs_dir / "PROVENANCE.md").read_text().splitlines()
    repos = {}
    for line in lines:
        match = re.match(r"- (\w+)\s+= \S+(.*)$", line)
        if match:
            found = re.search(r"(Apache-2\.0|MIT|BSD-\d-Clause)\.?\s*$", match.group(2))
            repos[match.group(1)] = found.group(1) if found else "none"
    named = re.compile(r"\b(" + "|".join(map(re.escape, repos)) + r")\b") if repos else None

    def repo_licence(text: str) -> str | None:
        found = named.search(text) if named else None
        return f"{repos[found.group(1)]} ({found.group(1)})" if found else None

    table, sections, section, header = {}, [], None, []
    for line in lines:
        if line.startswith("## "):
            section = [line[3:].split()[0], []]
            sections.append(section)
        elif section is not None:
            section[1].append(line)
        if not line.startswith("|"):
            header = []
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not header:
            header = [c.lower().split()[0] if c else "" for c in cells]
        elif section and not set(cells[0]) <= set("-: "):
            given = dict(zip(header, cells))
            licence = given.get("licence") or repo_licence(given.get("from", ""))
            table[section[0] + cells[0].strip("`")] = licence or "none"

    def licence(origin: str) -> str:
        if origin in PUBLIC_RECORDS:
            return PUBLIC_RECORDS[origin]
        if origin in table:
            return table[origin]
        for prefix, body in sections:
            if origin.startswith(prefix):
                own = [line for line in body if Path(origin).name in line]
                heard = next(filter(None, map(repo_licence, own)), None)
                said = re.search(r"\bFrom (\w+)", "\n".join(body))
                said = repo_licence(said.group(1)) if said else None
                return heard or said or "none"
        return "none"

    return licence


def shippable(licence: str) -> bool:
    return not licence.lower().startswith("none")


# -- reading the recordings ---------------------------------------------------
def _board_url(spider, base: str, token: str) -> str:
    board_url = spider.board_url
    if not isinstance(inspect.getattr_static(spider, "board_url"), classmethod):
        board_url = spider().board_url  # layoffs-fyi's is an instance method (its ``-a url=``)
    return safe_url_string(board_url(base, token))


def route_of(spider, source: str, token: str) -> str:
    """The mirror's key for a board's first request: its path, encoded as it goes on the wire, and
    its exact query if it has one (a later page's other query then finds nothing recorded)."""
    url = urlsplit(_board_url(spider, "/" + source, token))
    return f"{url.path}?{url.query}" if url.query else url.path


def _cassette_bodies(path: Path, spiders: dict):
    """(source, token, body, content_type) of each recorded response a layoff spider would ask for
    (same host as the spider's real base URL, same path as its board URL for the file's name)."""
    from tracker import settings

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for interaction in yaml.load(path.read_text(), Loader=loader).get("interactions") or []:
        uri, response = interaction["request"]["uri"], interaction["response"]
        status = response.get("status", {})
        if (status.get("code") if isinstance(status, dict) else status) != 200:
            continue
        recorded = urlsplit(safe_url_string(uri))
        request_path, token = recorded.path, Path(recorded.path).stem
        body = response["body"].get("string") or b""
        body = body if isinstance(body, bytes) else base64.b64decode(body)
        body = gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body
        kind = (response.get("headers", {}).get("Content-Type") or [TYPES.get(Path(request_path).suffix, "")])[0]
        for source, spider in spiders.items():
            base = getattr(settings, spider.base_url_setting, "")
            real = urlsplit(_or_none(_board_url, spider, base, token) or "")
            if (real.netloc, real.path) == (recorded.netloc, request_path):  # the spider's own site and file
                yield source, token, body, kind


def _or_none(function, *args):
    try:
        return function(*args)
    except ValueError:  # not a board this spider knows (a malformed token)
        return None


def _candidates(layoffs_dir: Path, spiders: dict):
    """(origin, source, token, body, content_type, why-not) for every recorded layoff file."""
    for path in sorted(layoffs_dir.glob(CASSETTES)):
        for source, token, body, kind in _cassette_bodies(path, spiders):
            yield path.relative_to(layoffs_dir).as_posix(), source, token, body, kind, None
    for pattern_source, pattern, token_of in RULES:
        for path in sorted(layoffs_dir.glob(pattern)):
            origin = path.relative_to(layoffs_dir).as_posix()
            source = pattern_source.format(state=path.stem.lower())
            if source not in spiders:
                yield origin, source, None, None, None, f"no {source} spider yet"
                continue
            token = token_of(path, spiders[source])
            why = None if token else "no board token found in its name or content"
            if token and not _or_none(route_of, spiders[source], source, token):
                token, why = None, f"{token!r} is not a board of {source}"
            body = path.read_bytes() if token else None
            yield origin, source, token, body, TYPES.get(path.suffix.lower()), why


def build_layoffs(layoffs_dir: str | Path, out_dir: Path, shippable_only: bool, max_bytes: int | None):
    """Write the servable layoff recordings under ``out_dir``; return (manifest entries, the
    manifest's ``layoffs`` part: boards per source and why the other files were left out)."""
    layoffs_dir = Path(layoffs_dir)
    licence_of = licences(layoffs_dir)
    spiders = {n: s.spider for n, s in all_sources().items() if s.kind == "layoffs"}
    entries, boards, left_out, taken, used = [], {}, {}, {}, set()
    for origin, source, token, body, kind, why in _candidates(layoffs_dir, spiders):
        licence = licence_of(origin)
        if not why and shippable_only and not shippable(licence):
            why = f"licence {licence}: tests only, not shipped"
        if not why and max_bytes and len(body) > max_bytes:
            why = f"{len(body)} bytes, over the bundle's {max_bytes}"
        if not why and (source, token) in taken:
            why = f"board {token} already served from {taken[source, token]}"
        if why:
            left_out.setdefault(origin, f"{source}: {why}")
            continue
        taken[source, token] = origin
        used.add(origin)
        file = _write(out_dir, source, token, kind, body)
        entries.append(_entry(source, route_of(spiders[source], source, token), file, origin, licence,
                              body, kind, token=token))
        boards.setdefault(source, []).append(token)
    for provider in ROUTE_PROVIDERS:
        _provided(provider, layoffs_dir, out_dir, spiders, licence_of, shippable_only, entries, boards,
                  left_out, used)
    for pattern, why in NOT_SERVED:
        for path in sorted(layoffs_dir.glob(pattern)):
            left_out.setdefault(path.relative_to(layoffs_dir).as_posix(), why)
    for path in sorted(p for p in layoffs_dir.rglob("*") if p.is_file()):
        origin = path.relative_to(layoffs_dir).as_posix()
        if origin not in used and origin not in left_out and path.name != "PROVENANCE.md":
            left_out[origin] = "no layoff spider reads it"
    part = {"about": "Layoff files the demo crawls; provenance in shared/data/layoffs/PROVENANCE.md.",
            "boards": boards, "left_out": [{"origin": o, "why": w} for o, w in sorted(left_out.items())
                                           if o not in used]}
    return entries, part


def _provided(provider_spec, layoffs_dir, out_dir, spiders, licence_of, shippable_only, entries, boards,
              left_out, used):
    """Routes from a provider module (``module.function(layoffs_dir)``); skipped if it is not here.
    A route's licence is that of the file it names as its third item, else the most restrictive of
    the files the provider reads (``files``); a source ships all its routes or none."""
    module, function, files = provider_spec
    try:
        provider = getattr(importlib.import_module(module), function)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        left_out[f"({module})"] = "not written yet"
        return
    read = [p.relative_to(layoffs_dir).as_posix() for p in sorted(layoffs_dir.glob(files))]
    unlicensed = [o for o in read if not shippable(licence_of(o))]
    fallback = licence_of(unlicensed[0]) if unlicensed else " / ".join(sorted({licence_of(o) for o in read}))
    by_source = {}
    for route, (body, kind, *origin) in sorted(provider(layoffs_dir).items()):
        origin = origin[0] if origin else None
        licence = licence_of(origin) if origin else fallback
        by_source.setdefault(route.strip("/").split("/")[0], []).append((route, body, kind, origin, licence))
    for source, routes in by_source.items():
        if source not in spiders:
            left_out[f"({module}) /{source}"] = f"no {source} spider yet"
            continue
        blocked = sorted({o or ", ".join(unlicensed) for _, _, _, o, lic in routes if not shippable(lic)})
        if shippable_only and blocked:
            for origin in read:
                left_out.setdefault(origin, f"{source}: {module} makes routes from files without a licence "
                                            f"({'; '.join(blocked)}): tests only, not shipped")
            continue
        for route, body, kind, origin, licence in routes:
            body = body.encode() if isinstance(body, str) else body
            file = _write(out_dir, source, hashlib.sha256(route.encode()).hexdigest()[:12], kind, body)
            entries.append(_entry(source, route, file, origin or f"({module})", licence, body, kind))
        used.update(read)
        boards.setdefault(source, [])  # crawled with the spider's own boards


def _write(out_dir: Path, source: str, name: str, kind: str, body: bytes) -> str:
    file = f"recordings/{source}/{re.sub(r'[^A-Za-z0-9._-]+', '_', name)}{SUFFIXES.get(kind, '')}"
    (out_dir / file).parent.mkdir(parents=True, exist_ok=True)
    (out_dir / file).write_bytes(body)
    return file


def _entry(source, route, file, origin, licence, data, content_type, **extra) -> dict:
    return {"source": source, **extra, "route": route, "file": file, "content_type": content_type,
            "origin": f"shared/data/layoffs/{origin}", "licence": licence,
            "sha256": hashlib.sha256(data).hexdigest()[:16]}
