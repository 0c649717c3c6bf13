"""Readers for the reference files (../shared/data/reference) the bundle is built from.

Only the build script and the benches use this module; a classifying install never does.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "data" / "reference"


def reference_dir() -> Path:
    return Path(os.environ.get("TRACKER_REFERENCE_DIR", DEFAULT_DIR))


def _tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def occupations(ref: Path) -> dict[str, dict]:
    """O*NET-SOC code -> {title, description} (O*NET 29.3 Occupation Data)."""
    return {r["O*NET-SOC Code"]: {"title": r["Title"], "description": r["Description"]}
            for r in _tsv(ref / "onet_29_3" / "Occupation Data.txt")}


def alternate_titles(ref: Path) -> list[tuple[str, str]]:
    """(title, code) from O*NET Alternate Titles (alternate and short titles)."""
    from openpyxl import load_workbook

    wb = load_workbook(ref / "onet_29_3" / "Alternate Titles.xlsx", read_only=True)
    out = []
    for row in list(wb.active.iter_rows(values_only=True))[1:]:
        code, _, alt, short = row[:4]
        out.append((alt, code))
        if short:
            out.append((short, code))
    return out


def reported_titles(ref: Path) -> list[tuple[str, str]]:
    return [(r["Reported Job Title"], r["O*NET-SOC Code"])
            for r in _tsv(ref / "onet_29_3" / "Sample of Reported Titles.txt")]


def occupation_titles(ref: Path) -> list[tuple[str, str]]:
    """(title, code) for each occupation's own title, plus its head where the qualifier narrows
    nothing: "Dispatchers, Except Police, Fire, and Ambulance" also gives "Dispatchers" (O*NET lists
    a bare "Dispatcher" only under other codes), "Substitute Teachers, Short-Term" "Substitute Teachers"."""
    out = []
    for code, o in occupations(ref).items():
        out.append((o["title"], code))
        head, _, qualifier = o["title"].partition(", ")
        if qualifier.startswith(("Except ", "General", "Short-Term")):
            out.append((head, code))
    return out


# O*NET rows that no job posting means: a bare "Owner" is listed only under Urologists (an owner of
# a practice reported it), which coded "Business Owner" and "Owner Operator" as urologists; "Internal
# Medicine Physician" only under Pediatric Surgeons (General Internal Medicine Physicians list it with
# "(IM Physician)" after it, so the exact form won)
NOT_POSTING_TITLES = {("Owner", "29-1229.03"), ("Internal Medicine Physician", "29-1243.00")}


def all_titles(ref: Path) -> list[tuple[str, str]]:
    """Every (title, code) pair: occupation titles, alternate, short and reported titles."""
    pairs = occupation_titles(ref) + alternate_titles(ref) + reported_titles(ref)
    return [p for p in pairs if p not in NOT_POSTING_TITLES]


def task_statements(ref: Path) -> list[dict]:
    """O*NET 29.3 tasks: code, task_id, text."""
    return [{"code": r["O*NET-SOC Code"], "task_id": int(r["Task ID"]), "text": r["Task"]}
            for r in _tsv(ref / "onet_29_3" / "Task Statements.txt")]


def labelled_tasks(ref: Path) -> list[dict]:
    """Eloundou et al. task labels: code, task_id, text, human (E0|E1|E2), gpt4."""
    return [{"code": r["O*NET-SOC Code"], "task_id": int(float(r["Task ID"])), "text": r["Task"],
             "human": r["human_exposure_agg"], "gpt4": r["gpt4_exposure"]}
            for r in _tsv(ref / "gpts_are_gpts" / "full_labelset.tsv") if r["human_exposure_agg"]]


def eloundou_occupations(ref: Path) -> dict[str, dict]:
    """O*NET-SOC code -> human and GPT-4 beta (share of tasks exposed, E1 + 0.5 E2)."""
    with open(ref / "gpts_are_gpts" / "occ_level.csv", encoding="utf-8") as f:
        return {r["O*NET-SOC Code"]: {"human_beta": float(r["human_rating_beta"]),
                                      "gpt4_beta": float(r["dv_rating_beta"])}
                for r in csv.DictReader(f)}


def microsoft_scores(ref: Path) -> dict[str, float]:
    """SOC 2018 detailed code -> Microsoft AI applicability score (Tomlinson et al. 2025)."""
    with open(ref / "working_with_ai" / "soc_ai_applicability_scores.csv", encoding="utf-8") as f:
        return {r["SOC Code"]: float(r["ai_applicability_score"]) for r in csv.DictReader(f)}


def related_occupations(ref: Path) -> dict[str, list[str]]:
    """O*NET-SOC code -> its primary related occupations, most related first."""
    out: dict[str, list[str]] = {}
    for r in _tsv(ref / "onet_29_3" / "Related Occupations.txt"):
        if r["Relatedness Tier"].startswith("Primary"):
            out.setdefault(r["O*NET-SOC Code"], []).append(r["Related O*NET-SOC Code"])
    return out


def task_dwas(ref: Path) -> dict[int, list[str]]:
    """O*NET Task ID -> its detailed work activities' titles, each followed by its IWA title."""
    from openpyxl import load_workbook

    iwa = {r["DWA Title"]: r["IWA Title"] for r in _tsv(ref / "onet_29_3" / "DWA Reference.txt")}
    wb = load_workbook(ref / "onet_29_3" / "Tasks to DWAs.xlsx", read_only=True)
    out: dict[int, list[str]] = {}
    for row in list(wb.active.iter_rows(values_only=True))[1:]:
        task_id, title = int(row[2]), row[5]
        out.setdefault(task_id, []).extend([title, iwa.get(title, "")])
    return out


def employment(ref: Path) -> dict[str, float]:
    """US employment by 6-digit SOC (BLS OEWS May 2021, national cross-industry; public domain):
    detailed occupations, and broad groups for codes without a detailed row."""
    import csv

    out: dict[str, float] = {}
    path = ref / "gpts_are_gpts" / "national_May2021_dl.csv"
    with path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row["O_GROUP"] in ("detailed", "broad"):
                try:
                    out.setdefault(row["OCC_CODE"], float(row["TOT_EMP"].replace(",", "")))
                except ValueError:  # "**": not published
                    continue
    return out
