"""Names judged and lemmatised by pymorphy3's dictionaries: the behaviour Russian and Ukrainian share
(their hooks.py bind it to their language)."""
from __future__ import annotations

from functools import cache

from kronika.nlp.translit import has_cyrillic


@cache
def _analyser(code: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=code)


def can_be_name(word: str, code: str) -> bool:
    """False for a word the dictionary knows only as a common word."""
    if not has_cyrillic(word):
        return True
    known = [p for p in _analyser(code).parse(word) if len(p.methods_stack) == 1]
    return not known or any({"Name", "Surn", "Patr", "Abbr"} & p.tag.grammemes for p in known)


def is_given_name(word: str, code: str) -> bool:
    """True for a word the dictionary knows as a first name ("Андрей")."""
    return has_cyrillic(word) and any("Name" in p.tag.grammemes and len(p.methods_stack) == 1
                                      for p in _analyser(code).parse(word))


def name_lemma(word: str, code: str) -> str | None:
    """Nominative of a name the dictionary knows; None for unknown words."""
    if not has_cyrillic(word):
        return None
    for p in _analyser(code).parse(word):
        if {"Surn", "Name", "Patr"} & p.tag.grammemes and len(p.methods_stack) == 1:
            return word if "nomn" in p.tag.grammemes else p.normal_form.capitalize()
    return None
