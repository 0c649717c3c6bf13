"""Jobicy: ``GET https://jobicy.com/api/v2/remote-jobs?count=100`` -> ``{"jobs": [...]}``.

Docs: https://github.com/Jobicy/remote-jobs-api. The latest listings (``count`` at most 100),
each naming its employer. Salary is structured (``salaryMin``/``salaryMax``, ISO 4217
``salaryCurrency``, ``salaryPeriod`` hourly|monthly|yearly ...) when given. ``jobIndustry``
names arrive entity-escaped (``Healthcare &amp; Medical``).
"""

from __future__ import annotations

from tracker.extract import BadPayload
from tracker.extract.fields import amount, employment, html_fragment, joined, period, plain, text
from tracker.items import Posting

SOURCE = "jobicy"


class JobicyJob:
    """One item of ``jobs``."""

    def __init__(self, payload: dict, board: str):
        self.payload, self.board = payload, board

    def salary(self) -> dict:
        p = self.payload
        low, high = amount(p.get("salaryMin")), amount(p.get("salaryMax"))
        if low is None and high is None:
            return {}
        return {"salary_min": low, "salary_max": high, "salary_currency": text(p.get("salaryCurrency")),
                "salary_period": period(p.get("salaryPeriod"))}

    def seniority(self) -> str | None:
        level = plain(self.payload.get("jobLevel"))
        return None if level is None or level.lower() == "any" else level

    def to_posting(self) -> Posting:
        p = self.payload
        url, kind = text(p.get("url")), joined(p.get("jobType"))
        return Posting(
            source=SOURCE, board=self.board, external_id=text(p.get("id")), title=plain(p.get("jobTitle")),
            company=plain(p.get("companyName")), description_html=html_fragment(p.get("jobDescription")),
            url=url, apply_url=url, location_raw=plain(p.get("jobGeo")), workplace="remote",
            department=joined(p.get("jobIndustry")), employment_type_raw=kind, employment_type=employment(kind),
            seniority=self.seniority(), posted_at=p.get("pubDate"), **self.salary(),
        )


def board_jobs(data) -> list:
    """The ``jobs`` list, or ``BadPayload``."""
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise BadPayload("expected an object with a 'jobs' list")
    return data["jobs"]
