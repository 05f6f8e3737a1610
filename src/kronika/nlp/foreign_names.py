"""Japanese names as the languages of the region spell them: back to Hepburn, and how to tell them."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kronika import data
from kronika.lang.translit import has_cyrillic, rewrite, romanise
from kronika.text.tokens import fold

# Slavic and Baltic spellings of Japanese sounds (Kišida, Išiba, Takasė, Jamamoto, Đuići/Djuići) -> Hepburn;
# Cyrillic is romanised first (Хіроші -> Khiroshi -> Hiroshi); a language with another scheme (Hungarian Kisida, Tadamicsi) lists its own TO_HEPBURN in names.yaml.
_DEFAULT = [("kh", "h"), ("shy", "shi"), ("chy", "chi"), ("dzh", "j"), ("iy", "ii"), ("dž", "j"), ("dj", "j"), ("đ", "j"), ("dz", "z"), ("ch", "ch"), ("č", "ch"), ("ć", "ch"), ("š", "sh"), ("ś", "sh"), ("ž", "j"),
            ("j", "y"), ("c", "ts"), ("ė", "e"), ("ō", "o"), ("ū", "u"), ("ā", "a"), ("ī", "i"),
            ("v", "w")]  # Japanese has no v: "Kamikava", "Ivaja" follow the Russian ва for わ
# Hepburn syllables: a Japanese name is a run of them (the moraic n and doubled consonants included).
_MORAE = re.compile(r"^(?:(?:[kgsztdnhbpmrwfjy]|sh|ch|ts|[kgnhbpmr]y)?[aeiou]|n(?![aeiouy])|([kstpc])(?=\1)|(?<=[kstpc])(?=ch))+$")


_DIPHTHONG_Y = re.compile(r"(?<=[аеэиоуыяёюіїєАЕЭИОУЯЁЮІ])й(?![аеэиоуяёюіїє])")


def _japanese_letters(word: str, code: str) -> str:
    """The word with the letters a Japanese name uses otherwise than the language's own (names.yaml
    JAPANESE_LETTERS: Belarusian and Ukrainian г is h in their names, g in Japanese ones: "Такунага" Tokunaga)."""
    table = _letters(code)
    return word.translate(table) if table else word


@lru_cache(maxsize=64)
def _letters(code: str) -> dict[int, str]:
    from kronika import lang as langdata

    own = langdata.names_value(code, "JAPANESE_LETTERS") or {}
    return {ord(c): str(v) for a, b in own.items() for c, v in ((str(a), str(b)), (str(a).upper(), str(b).upper()))}


@lru_cache(maxsize=64)
def _rules(code: str) -> tuple[tuple[str, str], ...]:
    from kronika import lang as langdata

    own = langdata.names_value(code, "TO_HEPBURN")
    return tuple((str(a), str(b)) for a, b in own) if own is not None else tuple(_DEFAULT)


def japanese_syllables(key: str) -> bool:
    """Is a Hepburn form a run of Japanese syllables ('nagato' yes, 'senat' no)?"""
    return bool(_MORAE.match(key))


@lru_cache(maxsize=65536)
def hepburn(word: str, code: str) -> str:
    """'Kišida' -> 'kishida', 'Tadamicsi' (hu) -> 'tadamichi', 'Накагоме' -> 'nakagome'."""
    if has_cyrillic(word):
        # in a Japanese name й after a vowel is the second half of a long vowel or diphthong ("Сэйдзи" Seiji,
        # "Кэйдзо" Keizo), not the consonant y the language's own scheme makes of it
        word = "i".join(romanise(_japanese_letters(part, code), code) for part in _DIPHTHONG_Y.split(word))
    return fold(rewrite(word.lower(), _rules(code)))


@cache
def japanese_names() -> frozenset[str]:
    n = data.name_lists()
    return n["JAPANESE_GIVEN"] | n["JAPANESE_FAMILY"]


def known_japanese(word: str, code: str) -> str | None:
    """The Hepburn form of a word that is a Japanese given or family name, else None."""
    for key in (fold(word), hepburn(word, code)):  # as written first: "Keiji" is Keiji, not "keiyi"
        if key in japanese_names():
            return key
    return merged_vowel(hepburn(word, code), code)


def merged_vowel(key: str, code: str) -> str | None:
    """A name the language spells with one vowel for two (names.yaml VOWELS_MERGED: Belarusian writes an
    unstressed o as a, "Хірамічы" Hiromichi, "Таёхіса" Toyohisa): the one known name its other vowel gives."""
    found = {alt for a, b in _merged(code) for i, c in enumerate(key) if c == a
             for alt in [key[:i] + b + key[i + 1:]] if alt in japanese_names()}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=64)
def _merged(code: str) -> tuple[tuple[str, str], ...]:
    from kronika import lang as langdata

    return tuple((str(a), str(b)) for a, b in langdata.names_value(code, "VOWELS_MERGED") or ())


def japanese_shaped(word: str, code: str) -> bool:
    """True when the word spells out Japanese syllables ('Kaneyasu'), False for 'Kaneyas'."""
    return bool(_MORAE.match(hepburn(word, code).replace("-", "")))
