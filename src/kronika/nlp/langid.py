"""Language identification restricted to the languages Kronika supports."""
from __future__ import annotations

import re
from functools import cache

from kronika import lang as langdata
from kronika.text.scripts import CYRILLIC, HAN, HANGUL, HANGUL_JAMO, HAN_EXT_A, KANA

SAMPLE = 800  # enough text for a sure guess; lingua's cost grows with the sample
_WORD = re.compile(r"\w\w*", re.UNICODE)  # \w+ with a first character to skip to (text/tokens.py WORD_RE)


_CYR = re.compile(f"[{CYRILLIC}]")
_HANGUL = re.compile(f"[{HANGUL}{HANGUL_JAMO}]")
_KANA_HAN = re.compile(f"[{KANA}{HAN}{HAN_EXT_A}]")
# names.yaml SCRIPT values -> the scripts they write; "latin+cyrillic" writes both
SCRIPTS = ("latin", "cyrillic", "hangul", "japanese")
# one Hangul syllable or kanji carries about as much as three Latin letters
CJK_WEIGHT = 3
# letters are counted as what remains once the runs of other characters are cut out, and a script's
# letters as what remains of the letters once the runs outside its ranges are: a few substitutions
# in C instead of a list of every letter (the same counts, found in half the time)
_NOT_LETTERS = re.compile(r"[\W\d_][\W\d_]*")  # [...]+ with a first character to skip to
_OUTSIDE = {name: re.compile(("[^" + rx.pattern[1:-1] + "]") * 2 + "*")  # [^…][^…]*: [^…]+ with a first character
            for name, rx in (("hangul", _HANGUL), ("japanese", _KANA_HAN), ("cyrillic", _CYR))}


def _letters(s: str) -> str:
    """The letters of s, in order."""
    return _NOT_LETTERS.sub("", s)


@cache
def _lingua_to_ours() -> dict[str, str]:
    """lingua's language name -> our code, from each language's names.yaml (LINGUA, ALSO_DETECTS)."""
    out = {}
    for code in langdata.available():
        n = langdata.names_data(code)
        for name in [n.get("LINGUA"), *(n.get("ALSO_DETECTS") or [])]:
            if name:
                out[str(name).upper()] = code
    return out


@cache
def _detector(script: str):
    """A detector for the languages written in one script: fewer models, less time."""
    from lingua import Language, LanguageDetectorBuilder

    wanted = []
    for name, code in _lingua_to_ours().items():
        if script in str(langdata.names_data(code).get("SCRIPT") or "latin").split("+"):
            wanted.append(getattr(Language, name))
    if len(wanted) == 1:
        return _Only(wanted[0])  # lingua needs two languages to choose from
    # low accuracy mode uses trigrams only: twice as fast, and as sure on paragraphs of text
    return LanguageDetectorBuilder.from_languages(*wanted).with_low_accuracy_mode().build()


class _Only:
    """The one language written in a script (Korean in Hangul)."""

    def __init__(self, language):
        self.language = language

    def detect_language_of(self, _text: str):
        return self.language


def script_of(sample: str) -> str:
    """The script most of the letters are in; Hangul or kana with some English residue is still CJK."""
    only = _letters(sample)
    letters = len(only)
    hangul = len(_OUTSIDE["hangul"].sub("", only))
    kana_han = len(_OUTSIDE["japanese"].sub("", only))
    cyr = len(_OUTSIDE["cyrillic"].sub("", only))
    rest = letters - hangul - kana_han - cyr
    weights = {"hangul": hangul * CJK_WEIGHT, "japanese": kana_han * CJK_WEIGHT, "cyrillic": cyr, "latin": rest}
    return max(SCRIPTS, key=lambda k: weights[k])


def _neighbours(code: str) -> tuple[str, ...]:
    return (code, *(langdata.names_data(code).get("NEIGHBOURS") or []))


@cache
def _markers(code: str) -> frozenset[str]:
    # from names.yaml alone: compiling every language of the script (load) cost a quarter of a
    # second of each process's first detection
    try:
        return frozenset(langdata.marker_words(langdata.names_data(code)))
    except langdata.LanguageDataError:
        return frozenset()


# a sample with at least this many marker words of one language, and this many times as many as of
# any other of its script, is in that language (on the 87 Latin and Cyrillic texts of the corpora and
# examples, every such decision was lingua's, even at 3 and 2); lingua decides the others
MARKERS_ENOUGH = 5
MARKERS_LEAD = 3
# a marker word votes at most this often: one small word that is another language's own preposition too
# (Slovak reflexive "sa", Serbian "sa" = with) must not decide a text by repetition alone
MARKER_REPEATS = 2


@cache
def _marker_index(script: str) -> dict[str, tuple[str, ...]]:
    """word -> the languages of the script that list it among their marker words."""
    out: dict[str, list[str]] = {}
    for code in langdata.available():
        if script in str(langdata.names_data(code).get("SCRIPT") or "latin").split("+"):
            for w in _markers(code):
                out.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in out.items()}


def _by_markers(sample: str, script: str) -> str | None:
    """The language whose marker words clearly lead in the sample, or None (lingua then decides):
    its small words ('się', 'że', 'также') tell a language for a fraction of lingua's cost."""
    index = _marker_index(script)
    votes: dict[str, int] = {}
    seen: dict[str, int] = {}
    for w in _WORD.findall(sample.lower()):
        codes = index.get(w, ())
        if codes and seen.get(w, 0) < MARKER_REPEATS:
            seen[w] = seen.get(w, 0) + 1
            for code in codes:
                votes[code] = votes.get(code, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.values(), reverse=True)
    best = max(votes, key=votes.get)
    second = ranked[1] if len(ranked) > 1 else 0
    return best if ranked[0] >= MARKERS_ENOUGH and ranked[0] >= MARKERS_LEAD * second else None


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is no text to judge."""
    sample = _sample(text)
    if not _WORD.search(sample):
        return None
    script = script_of(sample)
    code = _by_markers(sample, script) if script in ("latin", "cyrillic") else None
    if code is None:
        lang = _detector(script).detect_language_of(
            _common_words(sample) if script in ("latin", "cyrillic") else sample)
        if lang is None:
            return None
        code = _lingua_to_ours().get(lang.name)
    if code is None:
        return None
    if len(_neighbours(code)) > 1:
        code = _tie_break(sample, _neighbours(code)) or code
    return code


def _common_words(sample: str) -> str:
    """The sample without its capitalised words: the names of a report on foreign relations are
    foreign ('Matijošaitis', 'Kamikawa') and mislead a guess by letter trigrams; the language's own
    small words remain. Kept whole when too little would remain (a headline)."""
    kept = " ".join(w for w in sample.split() if not w[:1].isupper())
    return kept if len(_letters(kept)) >= 40 else sample


# a run of kana or kanji this long is a line of Japanese prose, which has no blanks between its words
_CJK_PROSE = re.compile(_KANA_HAN.pattern + "{20}")


def _sample(text: str) -> str:
    """The article's own prose, not its menus: paragraphs of a dozen words or more (or a run of twenty kana or
    kanji: Japanese writes no blanks), from the top; an English cookie notice above a Japanese page is not all."""
    parts, size = [], 0
    for para in text.split("\n"):
        # twelve words or more: the rest of the line need not be split
        if len(para.split(None, 11)) >= 12 or (len(para) >= 20 and _CJK_PROSE.search(para)):
            parts.append(para)
            size += len(para)
            if size >= SAMPLE:
                break
    return (" ".join(parts) or text)[:SAMPLE]


@cache
def _unique_markers(candidates: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Per candidate, its marker words that mark none of the others: the same for every text of a language,
    built once (the set differences of whole marker lists cost as much as the rest of a detection)."""
    return {c: _markers(c) - frozenset().union(*(_markers(o) for o in candidates if o != c))
            for c in candidates}


def _tie_break(sample: str, candidates: tuple[str, ...]) -> str | None:
    """The neighbour whose marker words occur most often in the sample."""
    words = [w.lower() for w in _WORD.findall(sample)]
    unique = _unique_markers(candidates)
    scores = {c: sum(1 for w in words if w in unique[c]) for c in candidates}
    best = max(scores, key=scores.get)
    if scores[best] == 0 or list(scores.values()).count(scores[best]) > 1:
        return None
    return best
