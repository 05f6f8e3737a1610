"""Ukrainian behaviour: names judged and lemmatised by pymorphy3's uk dictionary."""
from __future__ import annotations

from kronika.lang import pymorphy_names as _names


def can_be_name(word: str) -> bool:
    return _names.can_be_name(word, "uk")


def is_given_name(word: str) -> bool:
    return _names.is_given_name(word, "uk")


def name_lemma(word: str, foreign: bool = False) -> str | None:
    return _names.name_lemma(word, "uk")


def name_pair(words: list[str], title: str = "") -> list[str] | None:
    return _names.name_pair(words, "uk", title)


def future_verb(word: str) -> bool:
    return _names.is_future_verb(word, "uk")


def state_spelling(original: str, name: str, country: str) -> str | None:
    """A Pole's or a Lithuanian's name, romanised from Cyrillic, in the spelling of their state (STATE_RESPELL)."""
    from kronika.lang.translit import state_respelt

    return state_respelt(name, country, "uk")
