"""A posting's duties: split the description into statements and match them to O*NET tasks.

Headers ("Responsibilities", "What you'll do" vs "Requirements", "Benefits", "About us") mark
sections; when a description has duty sections only their statements are kept, otherwise every
statement outside requirement/benefit/company sections. A duty matches the nearest task of its
own occupation (cosine >= MATCH_MIN), else of any occupation (>= OTHER_MIN), if they share two or
more words; the rest are labelled by the text model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

MIN_WORDS, MAX_WORDS, MAX_DUTIES = 4, 60, 40
MATCH_MIN = 0.3  # cosine below this: the duty is scored by the task model instead
OTHER_MIN = 0.4  # a task of another occupation must be this close
MIN_SHARED = 2  # words a duty must share with its task (one shared word is mostly chance)
SPLIT = re.compile(r"\n+|(?<=[.!?;])\s+|\s*[\u2022\u25cf\u25aa\u2023\u2043*]\s+|\s+-\s+(?=[A-Z])")
SKIP = re.compile(r"\b(equal opportunity|benefits?|salary|compensation|401\(?k|pto|paid time|"
                  r"apply|applicants?|we are|we're|our (company|mission|team)|about us|visa|"
                  r"dental|insurance|holidays?|perks?|eeo|disabilit|veteran|\d+\+? years?|"
                  r"degree|bachelor'?s?|master'?s|phd)\b|"
                  r"^(we|our|at \w+|if you|you are|you[\u2019']re|you have|join)\b", re.I)
BULLET = re.compile(r"^\s*([\u2022\u25cf\u25aa\u2023\u2043*\u2013-]|\d+[.)])\s+")
# header words: a duty section, another section, and which wins when both appear
DUTY_HEAD = re.compile(r"responsibilit|duties|\bdo\b|doing|work on|you will|you.ll|day[- ]to[- ]day|\brole\b|"
                       r"job description|accountabilit|your impact|essential functions|projects", re.I)
STRONG_OTHER = re.compile(r"require|qualif|bring|you have|you need|nice to|bonus|prefer|benefit|perks|"
                          r"compensation", re.I)
DUTY_FIRST = re.compile(r"responsibilit|duties|\byou will\b|you.ll (do|work)|about (the|this) (role|position|job)",
                        re.I)
PLAIN_HEAD = re.compile(r"(what you.{0,10}(do|bring|need)|(key |your )?responsibilities|duties|requirements|"
                        r"qualifications|benefits|nice to have)\W*$", re.I)
OTHER_HEAD = re.compile(r"require|qualif|bring|about you|who you are|you have|you need|skills|experience|nice to|"
                        r"bonus|prefer|benefit|perks|offer|about|compensation|salary|\bpay\b|equal|\bwhy\b|"
                        r"values|culture|apply|location|schedule|hours|relocation|results|success|expect|"
                        r"from us|in return|package|join", re.I)


@dataclass
class Duty:
    text: str
    task: str | None  # the matched O*NET task statement
    task_code: str | None
    similarity: float
    label: str  # E0|E1|E2
    score: float  # rubric weight (E1 = 1, E2 = 0.5, E0 = 0), or the model's expected weight
    source: str  # "task" (matched, task label) or "model"


def is_header(line: str) -> bool:
    """A short line with no bullet or full stop, ending in ":" or in "Title Case"/"UPPER CASE"."""
    s = line.strip()
    words = s.split()
    if not s or BULLET.match(s) or len(words) > 8 or s.endswith((".", ";", ",")):
        return False
    return s.endswith(":") or sum(w[:1].isupper() for w in words) * 2 >= len(words) or bool(PLAIN_HEAD.match(s))


def section_kind(line: str) -> str | None:
    """"duty" or "other" for a header line, else None."""
    if not is_header(line):
        return None
    if STRONG_OTHER.search(line) or (OTHER_HEAD.search(line) and not DUTY_FIRST.search(line)):
        return "other"
    return "duty" if DUTY_HEAD.search(line) else None


def statements(text: str) -> list[str]:
    out = []
    for part in SPLIT.split(text):
        s = part.strip(" -\t\u2013:")
        if MIN_WORDS <= len(s.split()) <= MAX_WORDS and not SKIP.search(s):
            out.append(s)
    return out


def split_duties(description: str | None) -> list[str]:
    """Duty-like statements: 4-60 words, from duty sections when there are any, not
    requirements, benefits or company boilerplate."""
    kind, found = "", {"duty": [], "": []}
    for line in (description or "")[:50_000].splitlines():
        if is_header(line):
            kind = section_kind(line) or kind  # an unknown header keeps the section
        elif kind != "other":
            found[kind].extend(statements(line))
    return (found["duty"] or found[""])[:MAX_DUTIES]


def shared_words(features, a: str, b: str) -> int:
    words = [{f for f in features(x) if " " not in f} for x in (a, b)]
    return len(words[0] & words[1])


def match_duties(duties: list[str], tasks, code: str | None) -> list[Duty]:
    """Match each duty to a task of its own occupation (cosine >= MATCH_MIN), else of any
    occupation (cosine >= OTHER_MIN), sharing MIN_SHARED words; else the task model."""
    if not duties:
        return []
    sims = (tasks.vec.transform(duties) @ tasks.matrix_t).toarray()
    own = tasks.code_rows(code) if code is not None else np.zeros(0, np.int64)
    # the best task of the posting's occupation, then of any other, for every duty at once
    best = [(own[sims[:, own].argmax(axis=1)], MATCH_MIN)] if len(own) else []
    if len(own) < sims.shape[1]:
        kept = sims[:, own]
        sims[:, own] = -1.0  # cosines are >= 0: the argmax is the best task outside the occupation
        best.append((sims.argmax(axis=1), OTHER_MIN))
        sims[:, own] = kept
    matched: dict[int, int] = {}
    for i, duty in enumerate(duties):
        for ks, least in best:
            k = int(ks[i])
            if sims[i, k] >= least and shared_words(tasks.vec.features, duty, tasks.texts[k]) >= MIN_SHARED:
                matched[i] = k
                break
    unmatched = [i for i in range(len(duties)) if i not in matched]
    predicted = dict(zip(unmatched, tasks.model.predict([duties[i] for i in unmatched])))
    out = []
    for i, duty in enumerate(duties):
        if i in matched:
            j = matched[i]
            label = tasks.labels[j]
            out.append(Duty(duty, tasks.texts[j], tasks.codes[j], round(float(sims[i, j]), 3), label,
                            tasks.weights[label], "task"))
        else:
            label, score = predicted[i]
            out.append(Duty(duty, None, None, round(float(sims[i].max()), 3), label, score, "model"))
    return out
