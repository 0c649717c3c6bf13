"""Posting -> occupation, exposure, tier, AI role and a readable rationale."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields
from functools import cached_property, lru_cache

from tracker.classify.airole import ai_role
from tracker.classify.bundle import DATA_DIR, Bundle
from tracker.classify.duties import match_duties, split_duties
from tracker.classify.exposure import adjust, tier
from tracker.classify.normalize import basic, fold
from tracker.classify.posting_rules import CLINICAL_INTERN_CODES, CLINICAL_WORDS, posting_rule
from tracker.classify.role_words import (
    EDUCATION_WORDS, GENERIC_ROLES, MARKETING_WORDS, RANK_READINGS, ROLE_READINGS, SEARCH_MARKETERS,
    STORE_ASSOCIATE_CODES, STORE_WORDS, TRADE_LEADS)

AMBIGUOUS = 0.5  # below this title confidence, a description may re-rank the candidates
MIN_DESCRIPTION_WORDS = 8  # "Officer: originate residential mortgage loans" says enough
CLOSE = 0.3  # word cosine from which the rationale names the nearest O*NET title
QUALIFIER_WEIGHT = 0.5  # weight of "<other segments> <title>" when re-ranking an ambiguous title's candidates
DESCRIPTION_WEIGHT = 0.5
INSTRUCTIONAL_COORDINATORS = "25-9031.00"
CHIEF_EXECUTIVES = "11-1011.00"
TOP_JOB = {"chief", "ceo", "managing", "president", "group", "company", "corporate", "senior", "top"}
SURE_STRATEGIST = 0.5  # the analyst reading must be this sure ("Deal Strategist" reads as nothing in particular)
# a qualified reading this sure may bring its own codes ("Adjunct Professor - Biology": biology teachers)
SURE_QUALIFIED = 0.6
BY_SUBJECT = "25-1"  # postsecondary teachers: SOC splits them by subject
PROFESSIONAL_END = "28-"  # codes sort by SOC group: 11- (managers) to 27- (arts, media) are professional work
# bump when title cleaning, posting rules or scoring code change what a title is coded to: the
# bundle's version only changes with its data, and `tracker reclassify --only-stale` goes by it
RULES_VERSION = "117"


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
        """The Posting / postings-table columns (not ``asdict``: it deep-copies the details, most of the
        cost of a batch)."""
        return {name: getattr(self, name) for name in COLUMNS}


COLUMNS = tuple(f.name for f in dataclass_fields(Classification) if f.name != "details")


class Classifier:
    def __init__(self, data_dir=DATA_DIR):
        self.bundle = Bundle(data_dir)

    @cached_property
    def version(self) -> str:
        """"<bundle method>.<rules>+<data hash>", e.g. "4.1+a3b4d54d"."""
        method, _, data = self.bundle.version.partition("+")
        return f"{method}.{RULES_VERSION}+{data}"

    def occupation(self, code: str | None) -> dict:
        return self.bundle.occupations["occupations"].get(code, {}) if code else {}

    def _qualify(self, match, title: str):
        """A title re-ranked by the title read with its other segments ("Project Manager - Construction" as
        "construction project manager"). An ambiguous title: among its own candidates, plus the reading's
        when that reading is sure or the title is one word ("Supervisor, Warehouse")."""
        if not match.scores:
            return match
        qualified = self.bundle.titles.qualified(title, match.query)
        if not qualified:
            return match
        alt = self.bundle.titles.match(qualified)
        if match.confidence >= AMBIGUOUS:  # a clear title is only narrowed to another of its own candidates by
            # a sure reading ("Bus Driver - School District": school bus drivers)
            # or to a code of the same major group whose O*NET title keeps the title's words ("Software Engineer,
            # Frontend": a front end software engineer)
            same_job = alt.matched and alt.code and match.code and alt.code[:2] == match.code[:2] and \
                set(match.query.split()) <= set(alt.matched.split())
            if alt.confidence >= SURE_QUALIFIED and (alt.code in match.scores or same_job) and alt.code != match.code:
                return replace(match, code=alt.code, matched=alt.matched, similarity=alt.similarity, qualified=qualified)
            return match
        # a sure qualified reading, or any beside a one-word title ("Supervisor - Warehouse"), adds its codes
        # (a reading whose nearest O*NET title lost the job word is about the place: "Cook - Nursing Home")
        one_word = " " not in match.query and (match.query in GENERIC_ROLES or match.query in RANK_READINGS or
                                               not alt.matched or match.query in alt.matched.split())
        codes = dict.fromkeys(match.scores)
        # (or, for a postsecondary teacher, the subject's: "Associate Professor - Mechanical Engineering")
        if one_word or alt.confidence >= SURE_QUALIFIED or ((match.code or "").startswith(BY_SUBJECT) and
                                                             (alt.code or "").startswith(BY_SUBJECT)):
            codes.update(dict.fromkeys(alt.scores))
        weight = 1.0 if one_word else QUALIFIER_WEIGHT  # a bare "Supervisor" says less than "warehouse supervisor"
        combined = {c: match.scores.get(c, 0.0) + weight * alt.scores.get(c, 0.0) for c in codes}
        best = max(combined, key=combined.get)
        if best == match.code:
            return match
        return replace(match, code=best, scores=shares(combined), matched=alt.matched if alt.code == best else None,
                       similarity=alt.similarity if alt.code == best else 0.0, qualified=qualified)

    def _lead_worker(self, match):
        """"Painter Lead", "Site Reliability Engineer Lead": a lead worker is coded with the workers they lead
        (SOC classification principle 3), so the title is read without "lead" when a job word comes before it."""
        words = match.query.split()
        if len(words) < 2 or words[-1] != "lead" or words[-2] not in self.bundle.titles.heads:
            return match
        alt = self.bundle.titles.match(" ".join(words[:-1]))  # the rules then read the job alone
        return alt if alt.code else match

    def _lead(self, match, title: str):
        """"Product Lead", "Production Lead": O*NET's "lead" titles are mostly instructional coordinators
        ("Team Lead", "Curriculum Lead"); a posting's lead of a function manages it, of a trade supervises."""
        if match.code != INSTRUCTIONAL_COORDINATORS or match.query.split()[-1:] != ["lead"]:
            return match
        # read with the title's other segments ("Team Lead - Customer Service", "Lead - Warehouse")
        text = (self.bundle.titles.qualified(title, match.query) or match.query).split()
        if len(text) < 2 or not EDUCATION_WORDS.isdisjoint(text):
            return match
        role = "supervisor" if not TRADE_LEADS.isdisjoint(text) else "manager"
        alt = self._read_as(match, " ".join(text[:-1] + [role]))
        return alt if alt.code else match

    def _intern(self, match, title: str):
        """"IT Intern", "Procurement Intern": O*NET's interns are physicians in training. A posting's intern
        of a function is read with the function alone ("IT"), among both readings' non-clinical candidates."""
        words = match.query.split()
        if match.code not in CLINICAL_INTERN_CODES or len(words) < 2 or words[-1] != "intern" or \
                not CLINICAL_WORDS.isdisjoint(words + basic(title).split()):
            return match
        alt = self.bundle.titles.match(" ".join(words[:-1]))
        combined = {c: match.scores.get(c, 0.0) + alt.scores.get(c, 0.0)
                    for c in {**match.scores, **alt.scores} if not c.startswith("29-")}
        # interns train for professional work (SOC groups 11-27), not a clerk's or a soldier's
        combined = {c: v for c, v in combined.items() if c < PROFESSIONAL_END} or combined
        if not combined:
            return match
        scores = shares(combined)
        best = next(iter(scores))
        return replace(match, code=best, scores=scores, confidence=min(match.confidence, scores[best]),
                       matched=alt.matched if alt.code == best else None,
                       similarity=alt.similarity if alt.code == best else 0.0)

    def _coordinator(self, match):
        """"Marketing Coordinator", "Project Coordinator": O*NET lists many coordinators under managers; a
        posting's coordinator is read as the function's specialist unless the occupation is a coordinator's
        ("Clinical Research Coordinators") or the specialist reading is a manager too. So is an "X Executive"
        that O*NET's words make a chief executive ("Customer Service Executive", "Purchase Executive": staff
        in Indian and British postings) unless the title names the top job."""
        words = match.query.split()
        executive = words[-1:] == ["executive"] and (match.code or "").startswith("11-") and TOP_JOB.isdisjoint(words) \
            and words[-2:-1] != ["account"]  # (account executives sell: posting_rules)
        if len(words) < 2 or (words[-1] != "coordinator" and not executive) or words[-2] == "program" or \
                not (match.code or "").startswith(("11-", "27-2012")) or \
                "Coordinator" in self.occupation(match.code).get("title", ""):  # a "program" names no function
            return match
        alt = self._read_as(match, " ".join(words[:-1] + ["specialist"]))
        return alt if alt.code and not alt.code.startswith("11-") else match

    def _generic(self, match, title: str):
        """"Principal, Sales Enablement", "Supervisor, Premium Support": a bare generic role is read with the
        function its other segments name (O*NET's bare "Principal" runs a school)."""
        if match.query not in GENERIC_ROLES or match.qualified:  # (an ambiguous one was already, by _qualify)
            return match
        qualified = self.bundle.titles.qualified(title, match.query)
        if not qualified:
            return match
        role = GENERIC_ROLES[match.query]
        alt = self._read_as(match, qualified if role == match.query else f"{qualified[:-len(match.query)]}{role}")
        return alt if alt.code else match

    def _associate(self, match):
        """"Risk Associate", "Events Associate": a bare "Associate" stocks shelves or sells in a store; an associate
        of an office function is read as its specialist (unless the function is a store's or a warehouse's)."""
        alt = self._role_as(match, STORE_ASSOCIATE_CODES, "associate", STORE_WORDS, "specialist")
        return alt if alt and alt.code < PROFESSIONAL_END else match

    def _strategist(self, match):
        """"Fraud Strategist", "Pricing Strategist": O*NET's strategists are search marketers; a posting's
        strategist of another function is read as its analyst when that reading is sure."""
        alt = self._role_as(match, {SEARCH_MARKETERS}, "strategist", MARKETING_WORDS, "analyst")
        return alt if alt and alt.confidence >= SURE_STRATEGIST else match

    def _role_reading(self, match):
        """"Marketing Advisor", "Legal Leader", "Events Officer": see ROLE_READINGS."""
        role = match.query.rsplit(" ", 1)[-1]
        if role not in ROLE_READINGS or match.matched == match.query:  # O*NET's own title stays ("Den Leader")
            return match
        codes, unless, other = ROLE_READINGS[role]
        alt = self._role_as(match, codes, role, unless, other)
        # an office's reading: a professional's or a manager's code, an assistant's office code
        ok = alt and alt.code not in codes and (alt.code < PROFESSIONAL_END and not alt.code.startswith("33-")
                                                or (other == "assistant" and alt.code.startswith("43-"))
                                                or (alt.code.startswith("41-") and "sale" in match.query.split()))
        return alt if ok else match

    def _role_as(self, match, codes: set[str], role: str, unless: set[str], other: str):
        """"X <role>" coded to one of ``codes`` read as "X <other>" (None when the title is not such, names one
        of ``unless``, or the other reading codes nothing)."""
        words = match.query.split()
        if match.code not in codes or words[-1:] != [role] or len(words) < 2 or not unless.isdisjoint(words):
            return None
        alt = self._read_as(match, " ".join(words[:-1] + [other]))
        return alt if alt.code else None

    def _read_as(self, match, text: str):
        """The match of the title re-worded as ``text``, shown under the title's own cleaned form."""
        return replace(self.bundle.titles.match(text), query=match.query)

    @cached_property
    def _codes_by_word(self) -> dict[str, set[str]]:
        """word -> the codes of the index titles that use it (read once, when a description is first used)."""
        index, out = self.bundle.titles, {}
        for t, title in enumerate(index.titles):
            codes = [index.codes[i] for i in index.title_codes(t)]
            for word in title.split():
                out.setdefault(word, set()).update(codes)
        return out

    def _pick(self, match, description: str | None):
        """The title's code, or another of its candidates when the title is ambiguous and the
        description's duties match that occupation's tasks better."""
        if not description or match.confidence >= AMBIGUOUS or len(description.split()) < MIN_DESCRIPTION_WORDS:
            return match.code, match.confidence, None
        affinity = self.bundle.profiles.affinity(description)
        if not affinity:
            return match.code, match.confidence, None
        top = max(affinity.values())
        # the title's own candidates; a bare word ("Officer", "Analyst") also lets the description bring
        # the occupations whose O*NET titles use that word ("Loan Officer"). Letting it add codes to a
        # real title lowered accuracy (bench/classify_real_titles.py)
        candidates = dict.fromkeys(match.scores)
        if " " not in match.query:
            candidates.update(dict.fromkeys(c for c in affinity if c in self._codes_by_word.get(match.query, ())))
        combined = {c: (1 - DESCRIPTION_WEIGHT) * match.scores.get(c, 0.0)
                    + DESCRIPTION_WEIGHT * affinity.get(c, 0.0) / top for c in candidates}
        if not combined:  # a title with no usable word ("软件工程师", "Remote"): the title decides nothing
            return match.code, match.confidence, None
        code = max(combined, key=combined.get)
        return code, round(min(1.0, combined[code]), 3), "description"

    def classify(self, title: str | None, description: str | None = None,
                 department: str | None = None) -> Classification:
        title = plain_title(title)
        match = self._qualify(self.bundle.titles.match(title), title)
        match = self._lead_worker(self._generic(match, title))
        match = self._associate(self._strategist(self._coordinator(self._lead(self._intern(match, title), title))))
        match = self._role_reading(match)
        described = bool(description) and match.confidence < AMBIGUOUS and len(description.split()) >= \
            MIN_DESCRIPTION_WORDS  # the description will choose among the candidates (see _pick)
        ruled = posting_rule(match, match.code, description, department, title, described)
        if ruled and ruled != match.code:  # the rule decides; the description is not asked to re-rank
            code, confidence, via = ruled, round(min(match.confidence, 0.5), 3), "posting rule"
        else:
            code, confidence, via = self._pick(match, description)
            via = via or ("qualifier" if match.qualified else None)
            # the re-ranked code (the same code was ruled on above)
            ruled = posting_rule(match, code, description, department, title, via == "description") \
                if code != match.code else None
            if ruled and ruled != code:
                code, confidence, via = ruled, round(min(confidence, 0.5), 3), "posting rule"
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
            "title": title, "cleaned_title": match.query,
            "matched_title": match.matched if code == match.code else None,
            "qualified_title": match.qualified,
            "title_similarity": match.similarity, "candidates": match.scores, "coded_via": via or "title",
            "indices": {k: occ.get(k) for k in ("human_beta", "gpt4_beta", "msft")},
            "occupation_exposure": occ.get("exposure"), "exposure_source": occ.get("source"),
            "duty_weight": weight, "duties": [dict(vars(d)) for d in duties], "ai_role_evidence": evidence,
            "tier_cuts": list(cuts),
            "title_occupation": self.occupation(match.code).get("title") if code != match.code else None}
        result.exposure_rationale = rationale(result)
        return result

    def prime(self, titles: list[str | None]) -> None:
        """Match many titles in one vectorized pass (and their qualified forms), so
        that ``classify`` of each finds its match cached: 10-20x faster than one at a time (an "X Lead"
        or "X Coordinator" re-read as another role is matched then, one at a time)."""
        index = self.bundle.titles
        titles = [plain_title(t) for t in titles]
        matches = index.match_many(titles)
        index.match_many([q for t, m in zip(titles, matches) if m.scores for q in [index.qualified(t, m.query)] if q])

    def classify_titles(self, titles: list[str], departments: list[str | None] | None = None) -> list[Classification]:
        """Title-only classification of many titles (one vectorized pass); departments optional."""
        self.prime(titles)
        return [self.classify(t, department=d) for t, d in zip(titles, departments or [None] * len(titles))]

    def classify_tasks(self, statements: list[str]) -> list[tuple[str | None, float | None]]:
        """(label, score) per statement; (None, None) for a blank one."""
        texts = [s for s in statements if s and s.strip()]
        labels = iter(self.bundle.tasks.model.predict(texts) if texts else [])
        return [next(labels) if s and s.strip() else (None, None) for s in statements]


def shares(combined: dict[str, float]) -> dict[str, float]:
    """Candidate scores as shares of their sum, best first (as TitleMatch.scores)."""
    total = sum(combined.values())
    return {c: round(v / total, 4) for c, v in sorted(combined.items(), key=lambda x: -x[1])}


MARKUP = re.compile(r"<[a-z/!][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);", re.I)


def plain_title(title: str | None) -> str:
    """The title as text, without the tags and entities a feed may leave in it ("<b>Nurse</b>",
    "Nurse &amp; Caregiver"); "R&D Engineer" stays as it is."""
    title = title or ""
    if ("<" not in title and "&" not in title) or not MARKUP.search(title):
        return title
    from tracker.text import html_to_text  # lxml: loaded only for such a title

    return " ".join((html_to_text(title) or "").split())


def rationale(r: Classification) -> str:
    """One sentence a person can read."""
    d = r.details
    if r.soc_code is None:
        title = d.get("title", "")
        if d["cleaned_title"]:
            why = f"(read as {d['cleaned_title']!r}) matched no O*NET title"
        elif any(ch.isalpha() for ch in title) and not fold(title):
            why = "has no words the classifier reads (titles in Latin script only)"
        else:
            why = "names no job (posting noise, a rank alone, or an open application)"
        return f"No occupation: the title {title!r} {why}; AI role {r.ai_role}."
    idx = d["indices"]
    parts = [f"{k.replace('_', ' ')} {v:.2f}" for k, v in idx.items() if v is not None]
    if d["coded_via"] == "qualifier":
        how = f"chosen among the title's candidates by reading it whole ({d['qualified_title']!r})"
    elif d["coded_via"] == "description" and not d["matched_title"]:
        how = "chosen from the description among the title's candidates"
    elif d["matched_title"] and d["title_similarity"] >= CLOSE:
        how = f"matched O*NET title {d['matched_title']!r} (similarity {d['title_similarity']:.2f})"
    else:  # word pieces decided, not a near title: say so rather than print a far one
        how = f"no close O*NET title for {d['cleaned_title']!r}; coded from its words and word pieces"
    if d["coded_via"] == "posting rule":
        was = f" from {d['title_occupation']}" if d.get("title_occupation") else ""
        how = (f"re-coded{was} by a posting-title rule (where O*NET's title list codes a posting title oddly:"
               " software firms' engineers and managers, sales titles, secretaries, buyers, directors)")
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
