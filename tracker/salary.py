"""Pay stated in free text: "$150k-$200k/yr", "EUR 60.000-75.000", "₹20-30 LPA", "OTE $200k".

``parse_salary(text)`` returns every pay range found, in text order; ``best_base(text)`` the
first base range. Numbers that are not pay (headcount, 401k, years, funding, phone numbers,
dates) carry no currency or sit next to funding words, and are skipped; a range whose yearly
figure falls outside ``PLAUSIBLE_ANNUAL`` is dropped.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

ANNUAL_FACTOR = {"year": 1, "month": 12, "week": 52, "day": 260, "hour": 2080}
# currencies whose postings quote pay by the month, and the figure below which an unmarked one is monthly
MONTHLY_NORM = {"PLN": 50_000, "CZK": 250_000, "HUF": 5_000_000, "RON": 40_000, "BRL": 80_000, "TRY": 500_000,
                "UAH": 300_000, "BGN": 20_000, "RSD": 1_000_000}
PLAUSIBLE_ANNUAL = (1_000, 10_000_000)
DOLLARS = {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"}
KRONA = {"SEK", "NOK", "DKK", "ISK"}
# the currency of a posting's country: what a bare figure or "kr" in its text is paid in
COUNTRY_CURRENCY = {
    "US": "USD", "GB": "GBP", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "IE": "EUR", "DE": "EUR", "FR": "EUR",
    "ES": "EUR", "IT": "EUR", "NL": "EUR", "BE": "EUR", "AT": "EUR", "FI": "EUR", "PT": "EUR", "GR": "EUR",
    "LU": "EUR", "EE": "EUR", "LV": "EUR", "LT": "EUR", "SK": "EUR", "SI": "EUR", "HR": "EUR", "CY": "EUR",
    "MT": "EUR", "SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK", "CH": "CHF", "PL": "PLN", "CZ": "CZK",
    "HU": "HUF", "RO": "RON", "BG": "BGN", "IN": "INR", "BR": "BRL", "MX": "MXN", "JP": "JPY", "SG": "SGD",
    "HK": "HKD", "IL": "ILS", "ZA": "ZAR", "TR": "TRY", "UA": "UAH"}
CURRENCY = {
    "us$": "USD", "usd": "USD", "ca$": "CAD", "c$": "CAD", "cad": "CAD", "a$": "AUD",
    "au$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD",
    "hk$": "HKD", "hkd": "HKD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
    "¥": "JPY", "jpy": "JPY", "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    "pln": "PLN", "zł": "PLN", "brl": "BRL", "r$": "BRL", "mxn": "MXN", "zar": "ZAR",
    "ils": "ILS", "₪": "ILS", "czk": "CZK", "ron": "RON", "huf": "HUF", "jp¥": "JPY",
}
_CODES = (r"USD|CAD|AUD|NZD|SGD|HKD|EUR|GBP|INR|JPY|CHF|SEK|NOK|DKK|PLN|BRL|MXN|ZAR|ILS|CZK|RON|HUF|"
          r"SAR|AED|QAR|KRW|CNY|TWD|THB|MYR|IDR|VND|NGN|KES|EGP|TRY|UAH|ARS|CLP|COP|PEN|ISK|BGN")
_SYM = r"US\$|CA\$|C\$|AU\$|A\$|NZ\$|S\$|HK\$|R\$|\$|€|£|₹|¥|₪"
_CUR = rf"(?:{_SYM}|\b(?:{_CODES})(?![A-Za-z])|\bRs\.?)"
_NUM = (r"(?P<indian>\d{1,2}(?:,\d{2})+,\d{3}(?!\d))(?:\.\d{1,2}(?!\d))?"  # "15,00,000": lakh grouping
        r"|\d{1,3}(?:(?P<sep>[,.'\u00a0\u202f ])\d{3}(?!\d))(?:(?P=sep)\d{3}(?!\d))*(?:[.,]\d{1,2}(?!\d))?"
        r"|\d+(?:[.,]\d{1,2}(?!\d))?")
_MULT = r"(?:\s?(?:k|K|thousand|mm|MM|m|M|million|bn|b|B|billion|T|trillion|lakhs?|lacs?|L|crores?|Cr)\b)"
AMOUNT = re.compile(
    rf"(?P<pre>{_CUR})?\s?(?P<num>{_NUM})(?P<mult>{_MULT})?"
    rf"(?:\s?(?P<suf>{_SYM}|\b(?:{_CODES}|euros?|zł|kr\.?)(?!\w)))?",
)
RETIREMENT = re.compile(r"(?:401|403|457)\s?\(?[kKbB]\)?")
MULTIPLIER = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "lakh": 1e5,
              "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "l": 1e5, "crore": 1e7, "crores": 1e7,
              "cr": 1e7, "b": 1e9, "bn": 1e9, "billion": 1e9, "t": 1e12, "trillion": 1e12}
# "to" in other languages too: es/pt/it "a", fr "à", pt "até", es "hasta", de "bis", nl "tot", pl "do"
RANGE_SEP = re.compile(r"^\s*(?:-|–|—|‒|−|~|to|and|through|until|bis|a|à|até|hasta|tot|do|til)\s*$", re.I)
NOT_PAY_BEFORE = re.compile(
    r"\b(raised|raising|funding|funded|series [a-f]|valuation|valued|revenue|arr|backed|"
    r"invest\w*|seed|grant|budgets?|stipend|perks?|wellness|ads|market (?:cap|size)|spend|assets|aum|"
    r"sales? (?:is|are|of|between|worth|volume)|tuition|"
    r"reimburse\w*|allowance|credit|deductible|donat\w*|fund|round|worth|gmv|cost|costs|"
    r"prize|reward|gets|win|fee|price|priced|save[sd]?|volume|closing|quota|deals?|contracts?|"
    r"scaled?|scaling|managing|manage|grew|grow|capped|housing)\b[^.;\n|]{0,40}$", re.I)
NOT_PAY_AFTER = re.compile(
    r"^\s*\+?\s*(?:(?:in|of|for|per|a)\s+)?(?:annual\s+|yearly\s+|monthly\s+|housing\s+)?"
    r"(?:funding|revenue|arr|valuation|"
    r"round|series|seed|raised?|sales|assets|volume|gmv|under management|budget|learning|education|"
    r"wellness|home office|office|equipment|stipend|allowance|credit|worth|users|customers|stars|"
    r"workflow|seat|user|month of|signing|sign-on|relocation|acv|tcv|contracts?|deals?|quota|meals?|food|"
    r"lunch|gym|phone|internet|commuter|stipend|employees|pipeline|fte|people|headcount|views|business|"
    r"clients?|accounts?|units?|items?|projects?|project revenue|ad spend)\b", re.I)
PAY_WORD = re.compile(r"salary|compensation|\bpay\b|\bbase\b|\bOTE\b|wage|\brate\b|\bearn|remuneration|"
                      r"\bCTC\b|package|gehalt|lohn|\bLPA\b|salario|salário|salaire|sueldo|retribuci|"
                      r"remunera[cç]|r[ée]mun[ée]ration|stipendio|wynagrodzenie|\bl[øö]n\b|palkka", re.I)
PAY_AFTER = re.compile(r"^[^\w\n]{0,3}(?:USD|EUR|GBP|CAD)?[^\S\n]*(?:base|salary|OTE|total comp|compensation|"
                       r"on[- ]target|per\b|a year|annual)", re.I)
# period words after an amount, English first, then es/pt/fr/de/it/nl/pl/nordic ("por mes", "pro Jahr")
_PER = r"(?:/\s*|per\s+|an?\s+|p\.?\s?|por\s+|al\s+|ao\s+|par\s+|pro\s+|im\s+|all'|om\s+|na\s+)"
_GROSS = r"(?:(?:gross|brutto|bruto|brut|brutos|lordo|[A-Z]{3})\s*)?"
PERIOD_AFTER = [
    ("hour", re.compile(rf"^\s*{_GROSS}{_PER}(?:hour|hr|h|hora|heure|stunde|std|ora|uur|godzin[eę]|timme|timen|tim)\b"
                        rf"|^\s*{_GROSS}(?:hourly|stündlich)", re.I)),
    ("day", re.compile(rf"^\s*{_GROSS}{_PER}(?:day|d|d[ií]a|dia|jour|tag|giorno|dag|dzień)\b|^\s*(?:daily|diario)",
                       re.I)),
    ("week", re.compile(rf"^\s*{_GROSS}{_PER}(?:week|wk|w|semana|semaine|woche|settimana|tydzień)\b|^\s*weekly",
                        re.I)),
    ("month", re.compile(rf"^\s*{_GROSS}{_PER}(?:month|mo|mth|m|mes|mês|mois|monat|mese|maand|miesiąc|måned|månad|mån|md|"
                         rf"kuukausi)\b|^\s*{_GROSS}(?:monthly|mensual(?:es)?|mensal|mensais|mensuels?|monatlich|mensil[ei]|"
                         r"maandelijks|miesięcznie|månedlig|månadslön|kuukaudessa)\b", re.I)),
    ("year", re.compile(rf"^\s*{_GROSS}{_PER}(?:year|yr|y|annum|a\b|a[nñ]o|ano|an|jahr|anno|jaar|rok|år|året|vuosi)\b"
                        rf"|^\s*{_GROSS}(?:annually|annual|yearly|p\.?a\.?|pa|LPA|anual(?:es)?|anuais|annuels?|jährlich|"
                        r"annu[oi]|jaarlijks|rocznie|årlig|årslön)\b", re.I)),
]
PERIOD_BEFORE = [
    ("hour", re.compile(r"hourly|per hour|hour(?:ly)? (?:rate|pay|wage)|por hora|Stundenlohn|taux horaire", re.I)),
    ("month", re.compile(r"monthly|per month|mensual|mensal|mensuel|Monatsgehalt|monatlich|miesięczn", re.I)),
    ("year", re.compile(r"annual|yearly|per year|per annum|\bOTE\b|salary|base|Jahresgehalt|salaire annuel|"
                        r"anual|annuel|\bRAL\b", re.I)),
]
KINDS = [
    ("ote", re.compile(r"\bOTE\b|on[- ]target|target (?:total )?(?:earnings|compensation|cash)|"
                       r"with commission|including commission|incl\.? (?:variable|commission)", re.I)),
    ("bonus", re.compile(r"bonus|commission|referral", re.I)),
    ("equity", re.compile(r"equity|stock|RSU|options|shares", re.I)),
    ("base", re.compile(r"base|salary", re.I)),
]
LOCATION = re.compile(
    r"(?:^|[\n.;•|])\s*(?P<loc>[A-Z][^:\n.;$€£₹|]{1,60}?)\s*(?::|–|—|\||-)\s*"
    r"(?:salary range\s*:?\s*)?$")
LOCATION_IN = re.compile(r"\b(?:in|for|within)\s+(?:the\s+)?(?P<loc>(?:[A-Z][\w.'-]*,?\s?){1,5}"
                         r"(?:\([^)]*\))?)\s*(?:is|are|will be|:|ranges?|\bfrom\b)[^$€£₹\n]{0,40}$")
NON_LOCATION = re.compile(
    r"salary|compensation|\bcomp\b|pay|range|base|OTE|bonus|rate|stipend|equity|the |this |our |we |"
    r"time\b|contract|engineer|manager|director|developer|scientist|designer|analyst|executive|"
    r"counsel|specialist|\blead\b|\bsr\b|staff|senior|junior|founding|role|position|intern|officer|"
    r"head of|account|associate|consultant|architect|recruiter|product|sales|marketing|in-office", re.I)
PLACE = re.compile(
    r",\s?[A-Z]{2}\b|\b(?:zone|tier|area|region|remote|city|metro|county|state|province|NYC|SF|LA|DC|"
    r"US|USA|U\.S\.|UK|EU|Europe|Canada|India|Germany|London|Berlin|Paris|Dublin|Toronto|Seattle|"
    r"Boston|Austin|Chicago|Denver|Francisco|York|Angeles|California|Washington|Texas|Colorado|"
    r"Massachusetts|Ontario|Quebec|Bangalore|Bengaluru|Amsterdam|Singapore|Sydney|Tokyo|Zurich|Munich|"
    r"Warsaw|Madrid|Barcelona|Lisbon|Stockholm|Copenhagen|Australia|Japan|Brazil|Mexico|Spain|France|"
    r"Italy|Netherlands|Poland|Ireland|Switzerland|onsite|on-site|hybrid)\b", re.I)


@dataclass
class SalaryRange:
    """One stated range; ``min`` or ``max`` is None for "up to $X" / "from $X"."""

    min: float | None
    max: float | None
    currency: str | None
    period: str
    kind: str
    text: str
    start: int
    end: int
    location: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def _number(num: str, sep: str | None) -> float:
    if sep:  # thousands separated: the other mark (if any) is the decimal point
        head, _, tail = re.match(r"(.*?)(?:[.,](\d{1,2}))?$", num).group(1, 1, 2)
        value = float(re.sub(r"\D", "", head))
        return value + (float("0." + tail) if tail else 0.0)
    return float(num.replace(",", "."))


def _currency(code: str | None, default: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lower()
    if code == "$":
        return default if default in DOLLARS else "USD"
    if code == "¥" and default == "CNY":
        return "CNY"
    if code.rstrip(".") == "kr":  # Swedish, Norwegian, Danish or Icelandic crowns: only the country says which
        return default if default in KRONA else None
    if code.upper() in _CODES.split("|"):
        return code.upper()
    return CURRENCY.get(code)


def parse_amount(value) -> float | None:
    """One pay amount as a structured field holds it: 3500, "3500", "3.500", "3.500,00",
    "120'000", "12 000", "$120k", "150,000"; None for zero, negative or unreadable (feeds write 0
    for "not given")."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) if 0 < value < float("inf") else None
    m = AMOUNT.search(str(value)[:100])
    if not m:
        return None
    sep = m.group("sep") or ("," if m.group("indian") else None)
    number = _number(m.group("num"), sep) * MULTIPLIER.get((m.group("mult") or "").strip().lower(), 1.0)
    return number if 0 < number < float("inf") else None


def lpa_ok(code: str | None, text: str, start: int, end: int) -> bool:
    """A bare "L" suffix is lakh only next to a rupee sign/code or "PA"/"per annum"."""
    near = text[max(0, start - 15):start]
    return (_currency(code, None) == "INR" or bool(re.search(r"₹|\bRs\b|\bINR\b", near))
            or bool(re.match(r"\s*(?:PA\b|per annum)", text[end:end + 12], re.I)))


def _amounts(text: str, default: str | None):
    for m in AMOUNT.finditer(text):
        num, sep = m.group("num"), m.group("sep") or ("," if m.group("indian") else None)
        spaced = sep == " " and not (m.group("pre") or m.group("suf"))  # "40 000": pay only beside a currency
        mult = (m.group("mult") or "").strip()
        pre, suf = m.group("pre"), m.group("suf")
        code = suf if suf and suf != "$" and (not pre or pre.strip() == "$") else pre or suf
        if mult == "m" and m.group("mult").startswith(" ") and not code:  # "5 m": metres, minutes
            continue
        start = m.start("pre") if m.group("pre") else m.start("num")
        if not pre and start and (text[start - 1].isalnum() or text[start - 1] in "_/#"):
            continue  # "L2L", "v2", "x86", "/55-85k-": part of a word, path or id
        token = (text[max(0, start - 200):start].split() or [""])[-1]
        if not pre and ("/" in token or "www." in token):
            continue  # inside a URL
        if mult == "L" and not lpa_ok(code, text, start, m.end()):
            continue  # "L" means lakh only in rupee context
        yield {"start": start, "end": m.end(), "value": _number(num, sep),
               "mult": MULTIPLIER.get(mult.lower(), 1.0),
               "lpa": mult == "LPA" or text[m.end():m.end() + 4].upper().startswith(" LPA"),
               "cur": _currency(code, default), "weak": (code or "").strip() == "$", "raw_mult": mult,
               "spaced": spaced}


def _period(text: str, start: int, end: int, values: list[float]) -> str:
    after = text[end:end + 30]
    for name, rx in PERIOD_AFTER:
        if rx.search(after):
            return name
    before = text[max(0, start - 60):start]
    for name, rx in PERIOD_BEFORE:
        if rx.search(before):
            if name == "year" and max(values) < 1000:
                continue
            return name
    top = max(values)
    if top < 1000:
        return "hour"
    monthly = top < 15_000 and PAY_WORD.search(before) and not re.search(r"year|bonus", before, re.I)
    return "month" if monthly else "year"


def _explicit_period(after: str) -> bool:
    return any(rx.search(after) for _, rx in PERIOD_AFTER)


def _kind(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 50):start]
    before = re.split(r"[.;\n|+•](?=\s)|\s[-–—]\s", before)[-1]
    after = re.split(r"[.;\n(,+|•]|\s[-–—]\s", text[end:end + 40])[0]
    hits = []
    for name, rx in KINDS:
        for m in rx.finditer(before):
            hits.append((len(before) - m.end(), name))
        for m in rx.finditer(after):
            hits.append((m.start() - 15, name))
    cuts = [text.rfind(c, 0, start) for c in ("\n", ";", "|", ". ", ",")]
    line_start = max([start - 60] + [i + 1 for i in cuts if i >= 0])
    if any(name == "ote" for _, name in hits) or KINDS[0][1].search(text, line_start, start):
        return "ote"
    return min(hits)[1] if hits else "base"


def _location(text: str, start: int) -> str | None:
    line = text[:start].rsplit("\n", 1)[-1]
    m = LOCATION.search(line) or LOCATION.search(text[max(0, start - 80):start])
    if m and not NON_LOCATION.search(m.group("loc")) and PLACE.search(m.group("loc")):
        return m.group("loc").strip()
    m = LOCATION_IN.search(line)
    if m and not NON_LOCATION.search(m.group("loc")) and PLACE.search(m.group("loc")):
        return m.group("loc").strip(" ,")
    return None


def _plausible(lo: float | None, hi: float | None, period: str) -> bool:
    factor = ANNUAL_FACTOR[period]
    return all(PLAUSIBLE_ANNUAL[0] <= v * factor <= PLAUSIBLE_ANNUAL[1] for v in (lo, hi) if v is not None)


def parse_salary(text: str, default_currency: str | None = None) -> list[SalaryRange]:
    """Every pay range in ``text`` in order (see module doc); ``default_currency`` for bare figures."""
    if not text:
        return []
    default = default_currency.upper() if default_currency else None
    amounts = list(_amounts(text, default))
    out: list[SalaryRange] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = None
        if i + 1 < len(amounts) and RANGE_SEP.match(text[a["end"]:amounts[i + 1]["start"]]):
            b = amounts[i + 1]
        group = [a] + ([b] if b else [])
        if any(g["spaced"] for g in group) and not any(g["cur"] for g in group):
            i += 1  # "40 000 - 50 000 zł" is a range; a bare "40 000" is not pay
            continue
        i += len(group)
        rng = _build(text, group, default)
        if rng:
            out.append(rng)
    return out


def _tail(before: str, n: int) -> str:
    """The last ``n`` characters in whole words ("learning" cut to "earning" is not "earn")."""
    tail = before[-n:]
    return re.sub(r"^\w+", "", tail) if len(before) > n and before[-n - 1].isalnum() else tail


def _build(text: str, group: list[dict], default: str | None) -> SalaryRange | None:
    start, end = group[0]["start"], group[-1]["end"]
    before, after = text[max(0, start - 60):start], text[end:end + 40]
    if any(not g["cur"] and RETIREMENT.match(text, g["start"]) for g in group):
        return None  # "401k", "403(b)": a retirement plan, unless written as money ("$401K")
    cur = next((g["cur"] for g in group if g["cur"] and not g["weak"]), None) \
        or next((g["cur"] for g in group if g["cur"]), None)
    code = re.match(rf"^\s*({_CODES})(?![A-Za-z])", text[end:end + 6]) \
        or re.search(rf"(?<![A-Za-z])({_CODES})\s?$", text[max(0, start - 5):start])
    if code and (not cur or any(g["weak"] for g in group)):
        cur = code.group(1)
    mult = max(g["mult"] for g in group)
    lpa = any(g["lpa"] for g in group) or re.match(r"^\s*(LPA|lakhs? per annum)", after, re.I)
    if not cur:
        if lpa or group[-1]["raw_mult"].lower() in ("l", "lakh", "lakhs", "lac", "lacs", "crore", "cr"):
            cur = default or "INR"
        elif default and PAY_WORD.search(_tail(before, 40)) and (mult > 1 or group[0]["value"] >= 1000):
            cur = default
        elif group[-1]["raw_mult"].lower() == "k" and len(group) == 1 and \
                (PAY_AFTER.search(after) or PAY_WORD.search(_tail(before, 25))):
            cur = default
        elif len(group) == 2 and group[-1]["raw_mult"].lower() == "k" and \
                not re.match(r"^[\s+]*[-\w]*\s*(?:line|stars|users|customers|downloads|requests|rps|qps|"
                             r"tokens)", after, re.I):
            cur = default  # "130-160k": pay by its shape, currency unknown
        else:
            return None
    if NOT_PAY_BEFORE.search(before) or NOT_PAY_AFTER.search(after):
        return None
    if mult >= 1e6 and not lpa and not PAY_WORD.search(_tail(before, 40)):
        return None
    values = []
    for g in group:
        m = g["mult"]
        if m == 1.0 and mult > 1 and g["value"] < 1000:
            m = mult  # "£45-55k": the suffix applies to both ends
        values.append(g["value"] * m)
    if lpa and mult == 1.0:
        values = [v * 1e5 for v in values]
    if len(values) == 2 and values[0] < 1000 <= values[1] and values[0] * 1000 <= values[1]:
        values[0] *= 1000  # "$170-195,000"
    if len(values) == 2 and values[0] > values[1]:
        values.reverse()
    lo, hi = values[0], values[-1]
    bound = _tail(before, 25).lower()
    if len(values) == 1:
        if re.search(r"\b(?:up to|upto|max(?:imum)?|as much as|no more than|until)\b", bound):
            lo = None
        elif re.search(r"\b(?:from|starting|start at|minimum|min\.?|at least|over|more than)\b", bound) \
                or text[end:end + 1] == "+":
            hi = None
    period = "year" if lpa else _period(text, start, end, values)
    if (period == "year" and cur in MONTHLY_NORM and max(values) < MONTHLY_NORM[cur] and not _explicit_period(after)
            and not re.search(r"year|annual|jahr|rok|ano|año|an\b", before, re.I)):
        period = "month"  # "15 000 - 20 000 PLN": where pay is quoted by the month, a figure this size is
    if len(group) == 1 and not (_explicit_period(after) or PAY_WORD.search(_tail(before, 60))
                                or PAY_AFTER.search(after) or max(values) >= 20_000):
        return None
    if not _plausible(lo, hi, period):
        return None
    return SalaryRange(min=lo, max=hi, currency=cur, period=period, kind=_kind(text, start, end),
                       text=text[start:end], start=start, end=end, location=_location(text, start))


def best_base(text: str, default_currency: str | None = None) -> SalaryRange | None:
    """The first base-pay range in ``text`` (None when there is none)."""
    return next((r for r in parse_salary(text, default_currency) if r.kind == "base"), None)
