"""Posting -> occupation, exposure, tier, AI role and a readable rationale."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache

from tracker.classify.airole import ai_role
from tracker.classify.bundle import DATA_DIR, Bundle
from tracker.classify.duties import match_duties, occupation_affinity, split_duties
from tracker.classify.exposure import adjust, tier

AMBIGUOUS = 0.5  # below this title confidence, a description may re-rank the candidates
DESCRIPTION_WEIGHT = 0.5


@dataclass
class Classification:
    soc_code: str | None
    soc_title: str | None
    soc_confidence: float
    ai_exposure: float | None
    ai_exposure_tier: str | None
    ai_role: str
    exposure_rationale: str
    classifier_version: str
    details: dict = field(default_factory=dict)

    def fields(self) -> dict:
        """The Posting / postings-table columns."""
        d = asdict(self)
        d.pop("details")
        return d


class Classifier:
    def __init__(self, data_dir=DATA_DIR):
        self.bundle = Bundle(data_dir)

    @property
    def version(self) -> str:
        return self.bundle.version

    def occupation(self, code: str | None) -> dict:
        return self.bundle.occupations["occupations"].get(code, {}) if code else {}

    def _pick(self, match, description: str | None):
        """The title's code, re-ranked by the description when the title is ambiguous."""
        if not description or match.confidence >= AMBIGUOUS or len(description.split()) < 20:
            return match.code, match.confidence, None
        affinity = occupation_affinity(description, self.bundle.tasks)
        if not affinity:
            return match.code, match.confidence, None
        top = max(affinity.values())
        candidates = set(match.scores) | set(affinity)
        combined = {c: (1 - DESCRIPTION_WEIGHT) * match.scores.get(c, 0.0)
                    + DESCRIPTION_WEIGHT * affinity.get(c, 0.0) / top for c in candidates}
        code = max(combined, key=combined.get)
        return code, round(min(1.0, combined[code]), 3), "description"

    def classify(self, title: str | None, description: str | None = None) -> Classification:
        match = self.bundle.titles.match(title or "")
        code, confidence, via = self._pick(match, description)
        occ = self.occupation(code)
        score = occ.get("exposure")
        duties = []
        weight = 0.0
        if description and score is not None:
            duties = match_duties(split_duties(description), self.bundle.tasks, code)
            score, weight = adjust(score, [d.score for d in duties])
        role, evidence = ai_role(title, description)
        cuts = tuple(self.bundle.occupations["tier_cuts"])
        result = Classification(
            soc_code=code, soc_title=occ.get("title"), soc_confidence=confidence if code else 0.0,
            ai_exposure=score, ai_exposure_tier=tier(score, cuts), ai_role=role,
            exposure_rationale="", classifier_version=self.version)
        result.details = {
            "cleaned_title": match.query, "matched_title": match.matched if code == match.code else None,
            "title_similarity": match.similarity, "candidates": match.scores, "coded_via": via or "title",
            "indices": {k: occ.get(k) for k in ("human_beta", "gpt4_beta", "msft")},
            "occupation_exposure": occ.get("exposure"), "exposure_source": occ.get("source"),
            "duty_weight": weight, "duties": [asdict(d) for d in duties], "ai_role_evidence": evidence,
            "tier_cuts": list(cuts)}
        result.exposure_rationale = rationale(result)
        return result

    def classify_titles(self, titles: list[str]) -> list[Classification]:
        """Title-only classification of many titles (one vectorized pass)."""
        self.bundle.titles.match_many(titles)  # fills the match cache in one batch
        return [self.classify(t) for t in titles]

    def classify_tasks(self, statements: list[str]) -> list[tuple[str, float]]:
        return self.bundle.tasks.model.predict(statements)


def rationale(r: Classification) -> str:
    """One sentence a person can read."""
    d = r.details
    if r.soc_code is None:
        return f"No occupation: the title {d['cleaned_title']!r} matched no O*NET title; AI role {r.ai_role}."
    idx = d["indices"]
    parts = [f"{k.replace('_', ' ')} {v:.2f}" for k, v in idx.items() if v is not None]
    how = (f"matched O*NET title {d['matched_title']!r} (similarity {d['title_similarity']:.2f})"
           if d["matched_title"] else "chosen from the description among the title's candidates")
    occ = d["occupation_exposure"]
    text = (f"Coded to {r.soc_title} ({r.soc_code}, confidence {r.soc_confidence:.2f}): "
            f"{how}; occupation exposure {'n/a' if occ is None else f'{occ:.2f}'} "
            f"({'; '.join(parts) or 'no index'}; {d['exposure_source']})")
    if d["duties"]:
        matched = [x for x in d["duties"] if x["source"] == "task"]
        labels = ", ".join(f"{lab} {sum(x['label'] == lab for x in d['duties'])}" for lab in ("E0", "E1", "E2"))
        text += (f"; {len(d['duties'])} duties ({len(matched)} matched to O*NET tasks; {labels}) "
                 f"weigh {d['duty_weight']:.2f}")
        if matched:
            best = max(matched, key=lambda x: x["similarity"])
            text += f", e.g. {best['task'][:80]!r} [{best['label']}]"
    if r.ai_exposure is not None:
        text += f"; AI exposure {r.ai_exposure:.2f} ({r.ai_exposure_tier})"
    text += f"; AI role {r.ai_role}"
    if d["ai_role_evidence"]:
        text += f" ({d['ai_role_evidence']})"
    return text + "."


@lru_cache(maxsize=4)
def default_classifier(data_dir: str = str(DATA_DIR)) -> Classifier:
    return Classifier(data_dir)
