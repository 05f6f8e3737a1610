"""Cyrillic to Latin in the usual English style, and matching keys that ignore spelling."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kronika.text.tokens import fold

# English-style romanisation (BGN/PCGN-like, as in English-language news).
_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "w", "'": "",
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}
_CYR = re.compile(r"[\u0400-\u04ff]")
_WORD_START_E = {"е": "ye"}
_UK_INITIAL = {"й": "y", "є": "ye", "ї": "yi", "ю": "yu", "я": "ya"}  # Russian е at word start is "ye" (Yevgeny)


@lru_cache(maxsize=64)
def _tables(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """The letter table of a language: the common one with the language's ROMANISE changes."""
    from kronika import lang as langdata

    return ({**_COMMON, **(langdata.names_value(lang, "ROMANISE") or {})},
            dict(langdata.names_value(lang, "ROMANISE_INITIAL") or {}))


@lru_cache(maxsize=64)
def _hook(lang: str):
    from kronika import lang as langdata

    return langdata.hook(lang, "romanise")


def _script_latin(word: str) -> str | None:
    """A word in a script that a language's hooks spell in Latin (katakana ラブロフ -> raburofu)."""
    from kronika import lang as langdata

    return langdata.script_latin(word)


def rewrite(low: str, rules, strict: bool = False) -> str:
    """One pass over a lower-case word, the first listed (from, to) rule that fits at each place winning:
    'cz' -> 'ch' is not read again as 'ch'. A letter no rule fits is kept; `strict`: the word is no spelling of
    the rules' letters, and the answer is ''."""
    out, i = [], 0
    while i < len(low):
        for a, b in rules:
            if low.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            if strict:
                return ""
            out.append(low[i])
            i += 1
    return "".join(out)


def has_cyrillic(s: str) -> bool:
    return bool(_CYR.search(s))


def romanise(s: str, lang: str = "ru") -> str:
    """Latin spelling of a Cyrillic name in the usual English style for that language."""
    if own := _hook(lang):
        return own(s)  # scripts with their own romanisation (Hepburn, Revised Romanization)
    if not has_cyrillic(s):
        return s
    table, initial = _tables(lang)
    if finals := _finals(lang):
        # "Дмитрий" is Dmitry, "Зеленский" Zelensky: a word's ending spelt as English spells it
        s = finals[0].sub(lambda m: _FINAL_MARK + str(finals[1].index(m.group(0).lower())), s)
    out = []
    for i, ch in enumerate(s):
        low = ch.lower()
        if low not in table:
            out.append(ch)
            continue
        prev = s[i - 1].lower() if i else " "
        rep = table[low]
        if low in initial and not prev.isalpha():
            rep = initial[low]  # Russian Е -> Ye, Ukrainian Є -> Ye: letters that differ at a word's start
        if ch.isupper():
            rep = rep[:1].upper() + rep[1:]
        out.append(rep)
    text = "".join(out)
    if finals and _FINAL_MARK in text:
        text = re.sub(re.escape(_FINAL_MARK) + r"(\d+)", lambda m: finals[2][int(m.group(1))], text)
    return text


_FINAL_MARK = "\x00"  # stands for a word's ending while the letters around it are romanised


@lru_cache(maxsize=64)
def _finals(lang: str) -> tuple[re.Pattern, list[str], list[str]] | None:
    """The language's word endings romanised as a whole (names.yaml ROMANISE_FINAL: {ий: y})."""
    from kronika import lang as langdata

    pairs = sorted((langdata.names_value(lang, "ROMANISE_FINAL") or {}).items(), key=lambda kv: -len(kv[0]))
    if not pairs:
        return None
    keys = [str(k).lower() for k, _v in pairs]
    rx = re.compile(r"(?<=\w)(?:" + "|".join(map(re.escape, keys)) + r")\b", re.IGNORECASE)
    return rx, keys, [str(v) for _k, v in pairs]


# Spelling variants of one name across languages collapse onto one key.
_SKELETON = [
    (r"shch|sch", "s"), (r"tsch|tch|ch|cz|č|ć|ч", "c"), (r"sh|sz|š|ş|ș", "s"), (r"zh|ž|rz", "z"),
    (r"kh|h", "h"), (r"ts|tz|ț|ţ|c", "c"), (r"w", "v"), (r"ph", "f"), (r"dj|đ|dzh|dž|dz|j", "j"),
    (r"ks|x", "x"), (r"q", "k"), (r"y", "i"), (r"ou|oo", "u"), (r"ee$", "i"), (r"ii|ij|iy|yi", "i"),
    (r"ie|je|ye|e", "e"), (r"(.)\1", r"\1"),
]
_BG_VOWEL = re.compile(r"[ъЪ](?![еёюяЕЁЮЯ])")
_SKELETON_RE = [(re.compile(a), b) for a, b in _SKELETON]


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A key on which spellings of one name meet: Kamikawa ~ Камикава ~ Kamikava."""
    # Bulgarian ъ is a vowel ("Тръмп", "Байдън"), the Russian one a sign before е/ё/ю/я ("объём")
    w = (_script_latin(word) or romanise(_BG_VOWEL.sub("а", word))).lower()
    w = w.replace("ł", "l")
    for rx, rep in _SKELETON_RE:
        w = rx.sub(rep, w)
    return fold(w).replace("-", "").replace("'", "")


# Consonant classes on which a name and its katakana or Hangul rendering meet: Kövér ~ 꾀비르
# (kkoebireu) ~ KPR. Vowels, h and glides are left out, since Japanese and Korean add vowels
# between consonants (ラブロフ raburofu) and render ö, ł, y in their own ways.
_SOUND_CLASSES = str.maketrans({"b": "P", "p": "P", "f": "P", "v": "P", "t": "T", "d": "T", "k": "K",
                                "g": "K", "q": "K", "s": "S", "z": "S", "j": "S", "l": "R", "r": "R",
                                "m": "M", "n": "N", "x": "KS"})
# Spellings of the names' own languages first (sz, cz, Polish -cki), then single letters.
_SOUND_LATIN = [(re.compile(a), b) for a, b in [
    (r"ł", ""), (r"tsch|sch|sz|cz|ch|sh|zh|zs|cs|dzh|dz|dž|ts|tz|ż|ź|ś|ć|č|š|ž", "s"), (r"ck(?=[iyaáý])", "sk"),
    (r"ck", "k"), (r"c(?=[aouáóúăâlr])", "k"), (r"c", "s"), (r"ph", "f"), (r"th", "t"), (r"ng\b", "n"),
    (r"j|y|h|w(?=[aeiou])", ""), (r"w", "v")]]
_SOUND_RENDERED = [(re.compile(a), b) for a, b in [(r"ch|sh|ts|jj|j", "s"), (r"ng\b", "n"), (r"n(?=[pbm])", "m"),
                                                   (r"[hwy]", "")]]


@lru_cache(maxsize=65536)
def sound_key(word: str, rendered: bool = False) -> str:
    """Consonant classes of a name: 'Kupiecki' and the romanised rendering 'kupiecheuki' (`rendered`) give KPSK."""
    w = word.lower()
    for rx, rep in (_SOUND_RENDERED if rendered else _SOUND_LATIN):
        w = rx.sub(rep, w)
    w = fold(w).translate(_SOUND_CLASSES)
    w = re.sub(r"[^A-Z]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


@cache
def _readings(key: str, country: str | None = None) -> tuple[tuple[re.Pattern, str], ...]:
    """The [pattern, replacement] rules of names.yaml `key` in every language, each once, in order, compiled: a
    list (RENDERED_READINGS), or the one a per-state mapping (NAME_READINGS) holds for `country`."""
    from kronika import lang as langdata

    values = (langdata.names_value(code, key) or () for code in langdata.available())
    rules = [(str(p), str(r)) for v in values for p, r in ((v.get(country) or ()) if isinstance(v, dict) else v)]
    return tuple((re.compile(p), r) for p, r in dict.fromkeys(rules))


@lru_cache(maxsize=65536)
def sound_keys(word: str, country: str | None = None) -> tuple[str, ...]:
    """The sound keys a Latin name may be rendered by: its own, and those with its letters read as the language
    of its bearer's state (`country`, names.yaml NAME_READINGS) and as katakana and Hangul render any name's
    (RENDERED_READINGS)."""
    spellings = [word.lower()]
    for rx, rep in (*_readings("NAME_READINGS", country), *_readings("RENDERED_READINGS")):
        spellings += [rx.sub(rep, w) for w in spellings if rx.search(w)]
    keys = [sound_key(w) for w in spellings]
    return tuple(dict.fromkeys(keys))


def loose_sound(key: str) -> str:
    """A sound key with t and s as one class: チ, ツ and 츠 render t, ts and c alike (Putin ~ プーチン); the
    class then stands once where t and s met (the ds of Landsbergis is 란즈베르기스's one ㅈ)."""
    return re.sub(r"S+", "S", key.replace("T", "S"))


@cache
def _state_rules(code: str) -> dict[str, tuple[tuple[re.Pattern, str], ...]]:
    """names.yaml STATE_RESPELL of a language: state -> (pattern, replacement) rules, in order."""
    from kronika.lang import load

    raw = load(code).raw["names"].get("STATE_RESPELL") or {}
    return {str(c).upper(): tuple((re.compile(str(p)), str(r)) for p, r in rules) for c, rules in raw.items()}


# letters an East Slavic romanisation never writes: a word holding one is spelt its bearer's way already
_OWN_SPELLING = re.compile(r"w|cz|sz|rz|j|q|x")


def state_respelt(name: str, country: str, code: str) -> str | None:
    """A name romanised from Cyrillic ("Voytsekh Filimonovich") in the spelling of its bearer's state
    (names.yaml STATE_RESPELL: Wojcech Filimonowicz), word by word; a word spelt that way already, or a
    given name the state's list holds ("Marcin"), is kept. None when the state has no rules or nothing changes."""
    rules = _state_rules(code).get(country)
    if not rules or not name.isascii():
        return None
    from kronika.data import given_name_countries

    own = given_name_countries()
    out = []
    for w in name.split():
        low = w.lower()
        if not _OWN_SPELLING.search(low) and country not in own.get(low, ()):
            for rx, rep in rules:
                low = rx.sub(rep, low)
        out.append("-".join(p.capitalize() for p in low.split("-")))
    new = " ".join(out)
    return new if new != name else None
