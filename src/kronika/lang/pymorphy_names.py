"""Names judged and lemmatised by pymorphy3's dictionaries: the behaviour Russian and Ukrainian share
(their hooks.py bind it to their language)."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kronika.lang.translit import has_cyrillic


@cache
def _analyser(code: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=code)


@lru_cache(maxsize=8192)  # asked of every word round each weekday and month of a text
def is_future_verb(word: str, code: str) -> bool:
    """Does the dictionary read the word first as a finite future ("посетит", "вручить" is first an infinitive):
    a perfective present, which tells what is still to come?"""
    if not has_cyrillic(word):
        return False
    parses = _analyser(code).parse(word)
    return bool(parses) and {"VERB", "futr"} <= parses[0].tag.grammemes  # uk's dictionary writes no "indc"


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
    # one person is named in the singular ("Логвинов" is a surname, not the plural of the name Логвин), and
    # news does not call its people (a vocative "Петро" of Петра is the nominative Петро)
    names = [p for p in _analyser(code).parse(word) if {"Surn", "Name", "Patr"} & p.tag.grammemes
             and len(p.methods_stack) == 1 and not {"plur", "voct"} & p.tag.grammemes]
    if not names:
        return None
    p = names[0]
    if "nomn" in p.tag.grammemes:
        return word
    nominative = p.inflect({"nomn"})  # in the parse's own gender: "Петровой" is Петрова (normal_form says Петров)
    form = nominative.word if nominative else p.normal_form
    return (_unstressed(form, word) if "Surn" in p.tag.grammemes else form).capitalize()


def name_pair(words: list[str], code: str, title: str = "") -> list[str] | None:
    """'Анна Петрова', 'Кирилла Логвинова', 'Петра Порошенка': a given name and a family name in the one case
    and gender they can share, back in the nominative; None when the dictionary cannot tell. A title written
    right before the name stands in its case ("первый заместитель … Эмина Джапарова" is a nominative, a woman)."""
    if len(words) != 2 or not all(has_cyrillic(w) for w in words):
        return None
    given, family = words
    analyser = _analyser(code)
    firsts = [p for p in analyser.parse(given) if "Name" in p.tag.grammemes and len(p.methods_stack) == 1
              and "plur" not in p.tag.grammemes]
    lasts = [p for p in analyser.parse(family) if "plur" not in p.tag.grammemes and p.tag.case
             and ("Surn" in p.tag.grammemes or len(p.methods_stack) > 1)]
    pairs = [(g, f) for g in firsts for f in lasts if f.tag.case == g.tag.case and g.tag.case != "voct"
             and (f.tag.gender is None or f.tag.gender == g.tag.gender or "Ms-f" in f.tag.grammemes)]
    cases = title_cases(title, code)
    # the title's case first, then a family name the dictionary knows before one it guesses
    # ("Порошенка" is Порошенко's genitive)
    pairs.sort(key=lambda gf: (bool(cases) and gf[0].tag.case not in cases, len(gf[1].methods_stack) > 1))
    for g, f in pairs:
        g_nom = g.inflect({"nomn"})
        f_nom = _possessive(family, g.tag.gender) if len(f.methods_stack) > 1 else None
        f_nom = f_nom or _surname_nominative(f, g.tag.gender)
        if g_nom and f_nom:
            return [_as_written(g_nom.word, given), _as_written(_unstressed(f_nom, family), family)]
    return None


def _surname_nominative(f, gender: str | None) -> str | None:
    """A family name's parse in the nominative of the given name's gender."""
    nom = f.inflect({"nomn", gender}) if gender else None
    nom = nom or f.inflect({"nomn"})
    return nom.word if nom else None


# a family name of the Petrov, Ivanova, Putin kind, with the ending of any case of either gender (ru, uk)
_POSSESSIVE = re.compile(r"^(.{2,}(?:ов|ев|ёв|ин|ын|єв|їн))(а|у|ой|ою|ым|ом|е|ої|ій|им|ім|і|ові|ого|ому)?$")


def _possessive(word: str, gender: str | None) -> str | None:
    """The nominative of a family name of the Petrov kind the dictionary only guesses, in the given name's
    gender: its guesser makes an adjective of "Джапаровой" (nominative "джапаровая"), the name is Джапарова."""
    m = _POSSESSIVE.match(word.lower())
    if not m or gender not in ("masc", "femn"):
        return None
    return m.group(1) + ("а" if gender == "femn" else "")


def title_cases(title: str, code: str) -> frozenset[str]:
    """The cases the first word of a title can stand in ("заместителем": ablt; "посла": gent, accs; "первый"
    only nomn, a person being animate); a name in apposition to it shares one of them. Empty without a
    title or a Cyrillic word."""
    words = title.split()
    if not words or not has_cyrillic(words[0]):
        return frozenset()
    return frozenset(p.tag.case for p in _analyser(code).parse(words[0].lower())
                     if p.tag.case and {"NOUN", "ADJF"} & p.tag.grammemes and not {"plur", "inan"} & p.tag.grammemes)


def _as_written(form: str, word: str) -> str:
    """A dictionary's lower-case form with the word's capitals ('петров' -> 'Петров', 'сибіга' -> 'Сибіга')."""
    return "-".join(p[:1].upper() + p[1:] for p in form.split("-"))


def _unstressed(form: str, word: str) -> str:
    """A family name's ё only where the text wrote it: "Пугачевым" is Pugachev, as English writes it, not
    the Pugachyov of the dictionary's "пугачёв" (Gorbachev, Korolev); given names keep theirs (Pyotr)."""
    return form if "ё" in word.lower() else form.replace("ё", "е").replace("Ё", "Е")
