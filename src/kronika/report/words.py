"""Words the report takes from its sources and its languages: a text's whole sentences, a city's name."""
from __future__ import annotations

import re

from kronika.text.tokens import UPPER, _abbreviation_ends, is_prose

_ORDINAL_END = re.compile(r"(?:^|[\s(])\d{1,2}\.$")  # a day or an ordinal written with a full stop (de, cs, hu, hr …)
_NAMED_NUMBER = re.compile(r"[^\W\d]\d+\.$")  # 'szczycie G20.' ends a sentence; '14.' and 'ds.' do not
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)]?\s+(?=[\"„«(]?[" + UPPER + "0-9])")


def sentences(text: str) -> list[str]:
    """Whole sentences of the prose paragraphs of a text (menus, bylines and page residue left out)."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    real = [p for p in paras if is_prose(p)] or paras
    out: list[str] = []
    for p in real:
        para: list[str] = []
        for x in (x.strip() for x in _SENTENCE_END.split(p)):
            if para and x and (_ORDINAL_END.search(para[-1]) or _abbreviation_ends(para[-1]) and not _NAMED_NUMBER.search(para[-1])):
                # 'am 5. Dezember', 'des 29. Treffens', 'ds. Europejskich': an ordinal's or an abbreviation's full stop ends nothing
                para[-1] += " " + x
            elif x:
                para.append(x)
        out += para
    return out


def passage(ev) -> tuple[str, int]:
    """The part of its document an event is told in and where it starts (all of it when not stored)."""
    text = ev.document.text or ""
    region = getattr(ev, "region", None)
    if not region or region[1] > len(text):
        return text, 0
    return text[region[0]:region[1]], region[0]


def city_name(city: str, lang: str) -> str:
    """A city's name in the report language: the first (nominative) form in the language's data."""
    from kronika import lang as langdata

    if lang not in langdata.available():
        return city
    forms = (langdata.load(lang).raw["places"].get("CITIES") or {}).get(city) or []
    first = str(forms[0]) if forms else ""
    if not first or first.endswith("*"):
        return city
    return " ".join(w[:1].upper() + w[1:] for w in first.split())
