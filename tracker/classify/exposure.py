"""Occupation exposure: cited indices combined into one 0..1 score, a tier, and the duty adjustment.

Method (also in data/ATTRIBUTION.md):
- Indices (licences allow shipping): Eloundou et al. human beta and GPT-4 beta (share of an
  occupation's O*NET tasks exposed to LLMs, E1 + 0.5 E2; MIT), and Microsoft's AI
  applicability score (Tomlinson et al. 2025; CC BY 4.0), rescaled to 0..1 by its maximum.
- ``ai_exposure = 0.4 human_beta + 0.3 gpt4_beta + 0.3 msft_scaled``, renormalized over the
  indices an occupation has.
- An occupation without Eloundou labels gets an estimated beta: the mean of (a) the task
  model's beta over its O*NET task statements and (b) the mean Eloundou beta of its primary
  related occupations; it stands in for both betas.
- Tiers are the terciles of the occupation scores: low < cut1 <= medium < cut2 <= high.
- Posting duties matched to O*NET tasks move the score toward the duties' own beta:
  ``(1 - w) occupation + w duties`` with ``w = min(MAX_DUTY_WEIGHT, n_duties / DUTY_SATURATION)``.
"""

from __future__ import annotations

WEIGHTS = {"human_beta": 0.4, "gpt4_beta": 0.3, "msft": 0.3}
MAX_DUTY_WEIGHT, DUTY_SATURATION = 0.5, 16


def combine(human_beta: float | None, gpt4_beta: float | None, msft_scaled: float | None) -> float | None:
    values = {"human_beta": human_beta, "gpt4_beta": gpt4_beta, "msft": msft_scaled}
    present = {k: v for k, v in values.items() if v is not None}
    if not present:
        return None
    total = sum(WEIGHTS[k] for k in present)
    return round(sum(WEIGHTS[k] * v for k, v in present.items()) / total, 4)


def tier(score: float | None, cuts: tuple[float, float]) -> str | None:
    if score is None:
        return None
    return "low" if score < cuts[0] else "medium" if score < cuts[1] else "high"


def adjust(occupation_score: float, duty_scores: list[float]) -> tuple[float, float]:
    """(adjusted score, weight given to the duties)."""
    if not duty_scores:
        return occupation_score, 0.0
    w = min(MAX_DUTY_WEIGHT, len(duty_scores) / DUTY_SATURATION)
    duties = sum(duty_scores) / len(duty_scores)
    return round((1 - w) * occupation_score + w * duties, 4), round(w, 3)


def occupation_scores(codes, eloundou: dict, msft: dict, estimated: dict) -> dict[str, dict]:
    """Per O*NET-SOC code: the index values, the combined score and where it came from."""
    top = max(msft.values()) if msft else 1.0
    out = {}
    for code in codes:
        e, m = eloundou.get(code), msft.get(code[:7])
        scaled = None if m is None else round(min(1.0, m / top), 4)
        if e:
            hb, gb, source = e["human_beta"], e["gpt4_beta"], "indices"
        elif estimated.get(code) is not None:
            hb = gb = estimated[code]
            source = "estimated"
        else:
            hb = gb = None
            source = "msft only" if m is not None else "none"
        out[code] = {"human_beta": hb, "gpt4_beta": gb, "msft": m, "msft_scaled": scaled,
                     "exposure": combine(hb, gb, scaled), "source": source}
    return out


def tercile_cuts(scores: list[float]) -> tuple[float, float]:
    s = sorted(scores)
    return round(s[len(s) // 3], 4), round(s[2 * len(s) // 3], 4)
