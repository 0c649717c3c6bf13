"""Company names: one normalized key so the same employer meets itself across sources."""

from __future__ import annotations

import re
import unicodedata

# Legal forms dropped from the end of a name (matched as whole words, after punctuation is removed).
LEGAL_SUFFIXES = {
    "inc", "incorporated", "llc", "l l c", "ltd", "limited", "corp", "corporation", "co",
    "company", "plc", "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "ab", "oy", "as", "aps",
    "srl", "spa", "pty", "pte", "kk", "lp", "llp", "pc", "se", "ug",
}
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")
_INITIALS = re.compile(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w\.\w)\.")


def clean_company_name(name: str | None) -> str | None:
    """Trim and collapse whitespace; None for empty."""
    if name is None:
        return None
    name = _SPACE.sub(" ", str(name)).strip()
    return name or None


def normalize_company_name(name: str | None) -> str | None:
    """Lowercase ASCII key without punctuation, "the" or trailing legal forms.

    >>> normalize_company_name("Amplitude, Inc.")
    'amplitude'
    """
    name = clean_company_name(name)
    if not name:
        return None
    name = unicodedata.normalize("NFKC", name)  # full-width and compatibility forms first
    legal_name = re.split(r"\b(?:d/b/a|dba)\b", name, flags=re.I)[0]
    name = legal_name if legal_name.strip(" ,.-") else name
    # accents off ("Société" -> "societe"), letters of every script kept ("Газпром", "東京")
    text = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    text = _INITIALS.sub("", text.lower().replace("&", " and "))  # "S.A." -> "sa", "L.L.C." -> "llc"
    text = _SPACE.sub(" ", _NON_WORD.sub(" ", text)).strip()
    words = text.split(" ")
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and (words[-1] in LEGAL_SUFFIXES or words[-1] == "and"):  # "& Co."
        words = words[:-1]
    while len(words) > 2 and " ".join(words[-2:]) in LEGAL_SUFFIXES:
        words = words[:-2]
    return " ".join(words) or text or None
