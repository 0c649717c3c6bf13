"""Workable public jobs of an account: ``GET /api/v1/widget/accounts/{account}?details=true``.

Docs: https://workable.readme.io/reference/jobs-1. The response, ``{name, description, jobs}``,
names the account (the employer) and lists its published jobs; ``details=true`` adds each job's
HTML ``description``. A job open in several places is listed once per place, under the same
``shortcode`` with one entry in ``locations`` each: ``account_jobs`` merges them into one job.
Locations marked ``hidden`` are left out. The page object also reads the job-detail shape
(``/api/v2/accounts/{account}/jobs/{shortcode}``: ``workplace``, ``remote``, ``published``,
``requirements``, ``benefits``, ``department`` as a list).
"""

from __future__ import annotations

from tracker.extract import BadPayload, first
from tracker.extract.fields import employment, joined, plain, text
from tracker.items import Posting
from tracker.normalize import workplace as workplace_from_words

SOURCE = "workable"
PUBLIC_URL = "https://apply.workable.com/j/{shortcode}"
WORKPLACE = {"on_site": "onsite", "onsite": "onsite", "hybrid": "hybrid", "remote": "remote"}
DETAIL_TYPES = {"full": "full-time", "part": "part-time"}  # the job-detail shape's ``type``
SECTIONS = (("requirements", "Requirements"), ("benefits", "Benefits"))


def places(job: dict) -> list[dict]:
    """The job's visible ``locations``; without that list, one place made of its flat city/state/country."""
    listed = job.get("locations")
    if isinstance(listed, list):
        return [p for p in listed if isinstance(p, dict) and p.get("hidden") is not True]
    flat = {"city": job.get("city"), "region": job.get("state"), "country": job.get("country")}
    return [flat] if any(text(v) for v in flat.values()) else []


class WorkableJob:
    """One job of the account (entries of the same job merged by ``account_jobs``)."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board
        self.places = places(payload)

    def location_raw(self) -> str | None:
        lines = []
        for place in self.places:
            parts = []
            for key in ("city", "region", "country"):
                part = plain(place.get(key))
                if part and part.casefold() not in (x.casefold() for x in parts):
                    parts.append(part)
            line = ", ".join(parts)
            if line and line not in lines:
                lines.append(line)
        return "; ".join(lines) or None

    def place(self) -> dict:
        """City and region of a single place; the country code when every place has the same one."""
        codes = {(text(p.get("countryCode")) or "").upper() for p in self.places} - {""}
        found = {"country": codes.pop() if len(codes) == 1 else None}
        if len(self.places) == 1:
            found.update(city=plain(self.places[0].get("city")), region=plain(self.places[0].get("region")))
        return found

    def workplace(self) -> str:
        """The detail shape's ``workplace``; else ``telecommuting``/``remote``, unless the places say hybrid."""
        p = self.payload
        kind = WORKPLACE.get(str(first(p.get("workplace"), p.get("workplace_type")) or "").lower())
        if kind:
            return kind
        remote = p.get("telecommuting") is True or p.get("remote") is True
        if remote and workplace_from_words("unknown", self.location_raw()) != "hybrid":
            return "remote"
        return "unknown"

    def description_html(self) -> str | None:
        parts = [text(self.payload.get("description"))]
        for key, heading in SECTIONS:
            section = text(self.payload.get(key))
            parts.append(f"<h3>{heading}</h3>{section}" if section else None)
        return "\n".join(x for x in parts if x) or None

    def kind(self) -> dict:
        """Employment type: the list's ``employment_type`` ("Full-time") or the detail's ``type`` ("full")."""
        raw = text(first(self.payload.get("employment_type"), self.payload.get("type")))
        kind = employment(raw) or DETAIL_TYPES.get((raw or "").lower())
        return {"employment_type_raw": raw, "employment_type": kind}

    def to_posting(self) -> Posting:
        p = self.payload
        shortcode = text(p.get("shortcode"))
        url = text(first(p.get("url"), p.get("shortlink"))) or (PUBLIC_URL.format(shortcode=shortcode)
                                                                 if shortcode else None)
        return Posting(
            source=SOURCE, board=self.board, external_id=shortcode, title=plain(p.get("title")),
            description_html=self.description_html(), url=url,
            apply_url=text(p.get("application_url")) or url, location_raw=self.location_raw(),
            workplace=self.workplace(), department=joined(p.get("department")),
            seniority=None if str(p.get("experience")).lower() == "not applicable" else plain(p.get("experience")),
            posted_at=text(first(p.get("published_on"), p.get("published"), p.get("created_at"))),
            **self.place(), **self.kind(),
        )


def account_jobs(data) -> list:
    """The account's jobs, one per ``shortcode`` (the places of repeated entries merged), or
    ``BadPayload``. Entries without a shortcode, and non-objects, are passed on as they are."""
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise BadPayload("expected an object with a 'jobs' list")
    jobs, by_code = [], {}
    for job in data["jobs"]:
        code = text(job.get("shortcode")) if isinstance(job, dict) else None
        if code is None:
            jobs.append(job)
        elif code in by_code:
            by_code[code]["locations"] += places(job)
        else:
            by_code[code] = {**job, "locations": places(job)}
            jobs.append(by_code[code])
    return jobs


def account_name(data) -> str | None:
    """The account's name: the employer."""
    return plain(data.get("name")) if isinstance(data, dict) else None
