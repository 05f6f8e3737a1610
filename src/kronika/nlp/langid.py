"""Language identification restricted to the languages Kronika supports."""
from __future__ import annotations

import re
from functools import cache

from kronika import lang as langdata

# lingua's names for our ISO codes; Bosnian is detected so that it can be mapped to a neighbour.
LINGUA_NAMES = {
    "pl": "POLISH", "cs": "CZECH", "sk": "SLOVAK", "hu": "HUNGARIAN", "ro": "ROMANIAN",
    "bg": "BULGARIAN", "hr": "CROATIAN", "sl": "SLOVENE", "sr": "SERBIAN", "mk": "MACEDONIAN",
    "lt": "LITHUANIAN", "lv": "LATVIAN", "et": "ESTONIAN", "uk": "UKRAINIAN", "be": "BELARUSIAN",
    "ru": "RUSSIAN", "de": "GERMAN", "en": "ENGLISH", "bs": "BOSNIAN",
}
# Close neighbours that lingua confuses; the language data's MARKERS words decide between them.
NEIGHBOURS = {"hr": ("sr", "hr"), "bs": ("sr", "hr"), "sr": ("sr", "hr"), "sk": ("sk", "cs"), "cs": ("cs", "sk"),
              "bg": ("bg", "mk"), "mk": ("mk", "bg"), "uk": ("uk", "ru"), "ru": ("ru", "uk", "be"), "be": ("be", "ru")}
SAMPLE = 800  # enough text for a sure guess; lingua's cost grows with the sample
_WORD = re.compile(r"\w+", re.UNICODE)


CYRILLIC = {"bg", "mk", "sr", "uk", "be", "ru"}
_CYR = re.compile(r"[\u0400-\u04ff]")


@cache
def _detector(cyrillic: bool):
    """A detector for the languages written in one script: half the models, half the time."""
    from lingua import Language, LanguageDetectorBuilder

    wanted = [getattr(Language, LINGUA_NAMES[c]) for c in LINGUA_NAMES
              if (c == "bs" or c in langdata.available()) and ((c in CYRILLIC) == cyrillic or c == "sr")]
    # low accuracy mode uses trigrams only: twice as fast, and as sure on paragraphs of text
    return LanguageDetectorBuilder.from_languages(*wanted).with_low_accuracy_mode().build()


@cache
def _markers(code: str) -> frozenset[str]:
    try:
        return frozenset(langdata.load(code).markers)
    except langdata.LanguageDataError:
        return frozenset()


def _iso(language) -> str:
    return language.iso_code_639_1.name.lower()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is no text to judge."""
    sample = _sample(text)
    if not _WORD.search(sample):
        return None
    letters = re.findall(r"[^\W\d_]", sample)
    cyrillic = sum(1 for ch in letters if _CYR.match(ch)) > len(letters) / 2
    lang = _detector(cyrillic).detect_language_of(sample)
    if lang is None:
        return None
    code = _iso(lang)
    if code in NEIGHBOURS:
        code = _tie_break(sample, NEIGHBOURS[code]) or code
    return "hr" if code == "bs" else code


def _sample(text: str) -> str:
    """The article's own prose, not its menus: paragraphs of a dozen words or more, from the top."""
    parts, size = [], 0
    for para in text.split("\n"):
        if len(para.split()) >= 12:
            parts.append(para)
            size += len(para)
            if size >= SAMPLE:
                break
    return (" ".join(parts) or text)[:SAMPLE]


def _tie_break(sample: str, candidates: tuple[str, ...]) -> str | None:
    """The neighbour whose marker words occur most often in the sample."""
    words = [w.lower() for w in _WORD.findall(sample)]
    # only words that mark one candidate and none of the others count
    unique = {c: _markers(c) - frozenset().union(*(_markers(o) for o in candidates if o != c))
              for c in candidates}
    scores = {c: sum(1 for w in words if w in unique[c]) for c in candidates}
    best = max(scores, key=scores.get)
    if scores[best] == 0 or list(scores.values()).count(scores[best]) > 1:
        return None
    return best
