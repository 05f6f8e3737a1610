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


def name_pair(words: list[str], title: str = "") -> list[str] | None:
    """'Piotr Kula', 'Henryka Mościcka-Dendys', 'Andrzejem Szejną': a first name and a surname in the one
    case and gender they share, back in the nominative; None when the dictionary cannot tell."""
    if len(words) == 3:  # "Gustaw Marek Brzezin": two first names, each read with the surname, must agree
        first, second = name_pair([words[0], words[2]], title), name_pair([words[1], words[2]], title)
        return [first[0], second[0], first[1]] if first and second and first[1] == second[1] else None
    if len(words) != 2:
        return None
    given, family = words
    firsts = [r for r in _name_readings(given) if r[3] == "imię"]
    lasts = _family_readings(family)
    if not firsts or lasts is None:
        return None
    # the nominative first: "Piotr Kula" is Kula, though "Kula" is also the genitive of Kul
    for case in ("nom", *sorted({c for _l, cs, _g, _k in firsts for c in cs} - {"nom", "voc"})):
        for lemma, cases, gender, _kind in firsts:
            if case not in cases:
                continue
            if not lasts:  # a surname the dictionary does not know stands as written beside a nominative
                return [lemma, family] if case == "nom" and _only_nominative(firsts) else None
            family_lemma = lasts.get((case, gender))
            if family_lemma:
                return [lemma, family_lemma]
    return None


def _name_readings(word: str) -> list[tuple[str, frozenset[str], str, str]]:
    """(lemma, cases, gender, 'imię' or 'nazwisko') for each singular reading of a word as a person's name."""
    found = []
    for _s, _e, (_form, lemma, tag, quals, _kw) in _morfeusz().analyse(word):
        parts = tag.split(":")
        if parts[0] not in ("subst", "depr") or len(parts) < 4 or "sg" not in parts[1].split("."):
            continue
        for kind in ("imię", "nazwisko"):
            if kind in quals:
                for gender in set(parts[3].split(".")) & {"m1", "f"}:
                    found.append((lemma.split(":")[0], frozenset(parts[2].split(".")), gender, kind))
    return found


def _family_readings(word: str) -> dict[tuple[str, str], str] | None:
    """{(case, gender): nominative} of a surname, each part of a double one ('Kosiniak-Kamysz') read
    alone; {} when the dictionary knows no part; None when it knows one part but not the other."""
    parts = [p for p in word.split("-")]
    readings = [[r for r in _name_readings(p) if r[3] == "nazwisko"] for p in parts]
    if not any(readings):
        return {}
    if not all(readings):
        return None
    out: dict[tuple[str, str], str] = {}
    for case in ("nom", "gen", "dat", "acc", "inst", "loc"):
        for gender in ("m1", "f"):
            # per part, the lemma that keeps the written form: "Kula" (nom) before "Kul" (gen)
            lemmas = [next((lem for lem, cases, g, _k in sorted(rs, key=lambda r: r[0] != p)
                            if case in cases and g == gender), None) for p, rs in zip(parts, readings)]
            if all(lemmas):
                out[(case, gender)] = "-".join(lemmas)
    return out


def _only_nominative(readings) -> bool:
    """Every reading of a first name is a nominative (or vocative): "Łukasz", not "Jana"."""
    return all(cases <= {"nom", "voc"} for _l, cases, _g, _k in readings)
