"""AI role of a posting: ``builds_ai`` (ML/AI engineering and research), ``uses_ai`` (asks for
AI tools), or ``none``.

Following the posting studies in NOTES.md §4, a keyword hit is not enough: AI terms in
hiring boilerplate ("we use AI to screen applications") are ignored, and building needs a
building title or building context (train, fine-tune, deploy models; ML frameworks).
"""

from __future__ import annotations

import re
from functools import lru_cache

BUILD_TITLE = re.compile(
    r"\b(machine learning|ml|mlops|ai|artificial intelligence|deep learning|nlp|natural language|"
    r"computer vision|llm|genai|generative ai|applied scientist|research scientist|data scientist|"
    r"perception|reinforcement learning|prompt engineer|pre-?training|post-?training|fine-?tuning|"
    r"foundation models?|interpretability|rlhf|inference (?:engineer|infrastructure|platform|optimization|runtime|"
    r"serving|systems?)|agentic|ai agents?|chatbots?)\b", re.I)  # ("causal inference" is statistics)
BUILD_TITLE_HEAD = re.compile(r"\b(engineer|scientist|researcher|developer|architect|lead|manager|"
                              r"director|head|intern|specialist|consultant|programmer)\b", re.I)
MAKER_HEAD = re.compile(r"\b(engineers?|scientists?|researchers?|developers?|architects?|programmers?|research)\b",
                        re.I)
# a lead / manager / specialist whose title names a business function sells, markets, governs, adopts, rates or
# supports AI ("AI Sales Specialist", "AI Policy Manager", "AI Transformation Director"): not building it
BUSINESS_WORDS = re.compile(r"\b(sales|marketing|product|policy|policies|customer|success|account|legal|counsel|"
                            r"recruit\w*|talent|partnerships?|communications?|finance|support|go[- ]to[- ]market|gtm|"
                            r"business|strategy|program|project|operations|enablement|evangelist|advocate|"
                            r"community|content|writer|trainer|tutor|annotat\w*|ethic\w*|governance|responsible|"
                            r"compliance|risk|transformation|adoption|raters?|evaluators?)\b", re.I)
BUILD_CONTEXT = re.compile(
    r"\b(train(ing)? (and \w+ )?(ml |machine learning |deep learning |neural |language |foundation )?models?|"
    r"fine[- ]?tun(e|ing)|pytorch|tensorflow|jax|keras|scikit[- ]learn|xgboost|hugging ?face|"
    r"transformers?|large language models?|llms?|retrieval[- ]augmented|rag|embeddings?|"
    r"vector (database|store|search)|model (training|serving|deployment|evaluation)|"
    r"deploy(ing)? (ml|machine learning|ai) models?|neural networks?|deep learning|"
    r"computer vision|natural language processing|nlp|reinforcement learning|mlops|"
    r"machine learning (models?|systems|pipelines|infrastructure|algorithms)|"
    r"agent orchestration|langchain|langgraph|llamaindex)\b", re.I)
USE_CONTEXT = re.compile(
    r"\b(chatgpt|chat gpt|github copilot|midjourney|"
    r"(generative |gen)?ai[- ](powered |assisted |driven )?tools?|ai assistants?|"
    r"(using|use|leverage|leveraging) (generative ai|genai|ai|llms?|large language models)|"
    r"(familiar(ity)? with|experience with|proficien\w+ (in|with)) (generative ai|genai|ai|llms?|large language models)"
    r"[- ](tools?|assistants?|coding|copilots?|powered|assisted|workflows?)|prompt(ing| engineering))\b|"
    r"\b(?-i:Copilot|Claude|Gemini|Cursor)\b", re.I)  # product names only capitalised ("the cursor of ...")
# "experience building AI tools", "working on data tools, AI tools...": the product, not the candidate's use
PRODUCT_WORK = re.compile(r"\b(build|building|built|develop|developing|working on|work on|sell|selling)\b"
                          r"(?![^.;]*\b(?:use|uses|using|leverag\w*|and)\b)[^.;]{0,60}$", re.I)  # not "... and use AI tools"
# a sentence about the employer ("our mission is to make generative AI actionable"): not the job
ABOUT_US = re.compile(r"\b(we|we're|we've|our|us|mission|founded|company|backed|customers)\b|"
                      r"\bis an? (?:[\w-]+ ){0,4}(?:tool|platform|company|startup|product|provider|leader|solution)\b",
                      re.I)  # "Acme is a no-code tool that leverages LLMs" (not "... is a plus")
YOU = re.compile(r"\b(you|you'll|you're|your)\b", re.I)
BOILERPLATE = re.compile(r"\b(applicants?|application|candidates?|hiring process|recruit\w*|"
                         r"interview|equal opportunity|screen(ing)? (resumes|applications))\b", re.I)
SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text or "") if s.strip()]


def ai_role(title: str | None, description: str | None = None) -> tuple[str, str | None]:
    """(role, evidence): the role and the phrase that decided it."""
    if not description:
        return _title_role(title or "")
    return _role(title or "", description)


@lru_cache(maxsize=65536)
def _title_role(title: str) -> tuple[str, str | None]:
    """A title read alone (titles repeat: a nightly crawl has many "Software Engineer" postings)."""
    return _role(title, "")


def _role(title: str, text: str) -> tuple[str, str | None]:
    # most descriptions name no AI term at all: one search of the whole text says so (a term
    # inside a sentence is also found in the whole text), before the sentence-by-sentence reading
    build, use = BUILD_CONTEXT.search(text) is not None, USE_CONTEXT.search(text) is not None
    sentences = [s for s in _sentences(text)[:400] if not BOILERPLATE.search(s)] if build or use else []
    build_hits = [m.group(0) for s in sentences for m in BUILD_CONTEXT.finditer(s)] if build else []
    business = BUSINESS_WORDS.search(title) is not None  # a business function's title sells, markets...
    terms = list(BUILD_TITLE.finditer(title))  # every AI term, not only the first
    if terms and BUILD_TITLE_HEAD.search(title) and not business:
        for t in terms:
            name = t.group(0).lower()
            if name not in ("data scientist", "research scientist") or build_hits:
                return "builds_ai", f"title: {t.group(0)}"
    distinct = len({h.lower().rstrip("s") for h in build_hits})  # "llm" and "llms" are one term
    if distinct >= 3 or (distinct >= 2 and MAKER_HEAD.search(title) and not business):
        return "builds_ai", "duties: " + ", ".join(sorted(set(h.lower() for h in build_hits))[:4])
    for s in sentences if use else ():
        m = USE_CONTEXT.search(s)
        if m and (not ABOUT_US.search(s) or YOU.search(s)) and not PRODUCT_WORK.search(s[:m.start()]):
            return "uses_ai", f"asks for AI tools: {m.group(0)}"
    return "none", None
