"""Polish behaviour: names judged and lemmatised by Morfeusz 2 with the SGJP dictionary."""
from __future__ import annotations

from functools import cache

from kronika.data import given_names

_PROPER = {"imię", "nazwisko"}


@cache
def _morfeusz():
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=False)


def can_be_name(word: str) -> bool:
    """False for a word the dictionary knows only as a common word ("Prezydium")."""
    analyses = _morfeusz().analyse(word)
    if any(tag == "ign" or set(quals) & _PROPER for _s, _e, (_f, _l, tag, quals, _k) in analyses):
        return True
    return not analyses


def is_given_name(word: str) -> bool:
    """True for a word the dictionary knows as a first name ("Andrzej")."""
    return any("imię" in quals for _s, _e, (_f, _l, _t, quals, _k) in _morfeusz().analyse(word))


def name_lemma(word: str, foreign: bool = False) -> str | None:
    """Nominative of a Polish first name or surname known to the SGJP dictionary; None for a
    foreign (Japanese) name, whose endings the dictionary would misread."""
    if foreign:
        return None
    found = []
    for _s, _e, (_form, lemma, tag, quals, _kw) in _morfeusz().analyse(word):
        if tag.startswith(("subst", "depr")) and any(q in ("nazwisko", "imię") for q in quals):
            lemma = lemma.split(":")[0]
            if lemma and lemma[0].isupper():
                found.append((":m1" not in tag and ".m1" not in tag, not _declines_to(lemma, word),
                              lemma.lower() not in given_names(), lemma))
    # officials in the news are mostly men; "Pawła" is Paweł before it is the name Pawła; a lemma whose
    # consonants the form keeps ("Markiem" is Marek before Marco); a name common in public life
    return min(found)[-1] if found else None


def _declines_to(lemma: str, form: str) -> bool:
    """Does the form keep the lemma's consonants in order (Marek -> Markiem; Marco -> Markiem does not)?"""
    cons = lambda w: [c for c in w.lower() if c not in "aąeęioóuy"]
    return cons(form)[: len(cons(lemma))] == cons(lemma)
