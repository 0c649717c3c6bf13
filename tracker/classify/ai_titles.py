"""Titles of work around AI: the AI words name the domain, not the job ("AI Project Manager" is a project
manager), unless the job builds AI ("AI Engineer"); AI's raters and labellers key data; its governance is
compliance. Used by ``normalize.title_segments`` on each cleaned segment."""

from __future__ import annotations

from tracker.classify.title_patterns import AI_GOVERNANCE, AI_WORDS, RATING_ROLES, RATING_WORK
from tracker.classify.title_words import (
    AI_CLIENT_WORDS, AI_CORE_WORDS, AI_DATA_ROLES, AI_DATA_WORK, LEVEL_ONLY, PHRASES, RANK_WORDS)

AI_RANKS = {"manager", "director", "vice president", "head"}
AI_KEEP = {"consultant", "specialist", "advisor", "expert"}


def domain_ai(cleaned: str, exact=None) -> str:
    """"artificial intelligence project manager" -> "project manager" (see AI_WORDS); AI's raters and
    labellers key data ("AI Evaluator"); its governance is compliance ("Responsible AI Lead")."""
    if "artificial intelligence" not in cleaned and "machine learning" not in cleaned:
        rates = cleaned.endswith(RATING_ROLES) and RATING_WORK.match(cleaned)
        return "data entry keyer" if rates and not (exact is not None and exact(cleaned)) else cleaned
    if exact is not None and exact(cleaned):
        return cleaned
    if AI_GOVERNANCE.search(cleaned):
        cleaned = " ".join(AI_WORDS.sub(" ", AI_GOVERNANCE.sub("compliance", cleaned)).split())
        return PHRASES.get(cleaned, cleaned)
    words = cleaned.split()
    rest = " ".join(AI_WORDS.sub(" ", cleaned).split())
    if words[-1] in AI_DATA_ROLES or (not AI_DATA_WORK.isdisjoint(words) and AI_CORE_WORDS.isdisjoint(words)
                                      and words[-1] != "analyst"):  # an "LLM Evaluation Analyst" tests models
        return "data entry keyer"
    if not AI_CORE_WORDS.isdisjoint(words) and AI_CLIENT_WORDS.isdisjoint(words):
        return cleaned
    if rest in AI_RANKS and cleaned.endswith(" " + rest):  # "Machine Learning Manager": manages ML engineers
        return f"{cleaned[:-len(rest)]}engineering {rest}"
    # "AI Intern" learns AI work; an "AI Consultant" or "AI Specialist" is one of AI
    return cleaned if not rest or rest in RANK_WORDS or rest in LEVEL_ONLY or rest in AI_KEEP else PHRASES.get(rest, rest)
