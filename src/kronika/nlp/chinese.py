"""Chinese names written in Cyrillic (the Palladius system and its Ukrainian and Belarusian letters), in Pinyin."""
from __future__ import annotations

from functools import cache, lru_cache

from kronika.data import given_names, name_lists

# Pinyin initials and the Cyrillic letters Palladius writes them with
_INITIALS = {"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
             "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз",
             "c": "ц", "s": "с"}
# finals after an initial
_FINALS = {"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
           "ang": "ан", "eng": "эн", "ong": "ун", "i": "и", "ia": "я", "iao": "яо", "ie": "е", "iu": "ю", "ian": "янь",
           "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о", "uai": "уай",
           "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан"}
_PALATAL = {"j", "q", "x"}  # their u is ü: "xu" is сюй, "juan" цзюань
_U_UMLAUT = {"u": "юй", "ue": "юэ", "uan": "юань", "un": "юнь"}
_RETROFLEX_I = {"zh": "чжи", "ch": "чи", "sh": "ши", "r": "жи", "z": "цзы", "c": "цы", "s": "сы"}
# syllables with no initial
_BARE = {"a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь", "eng": "эн",
         "er": "эр", "o": "о", "ou": "оу", "yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь",
         "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
         "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван",
         "weng": "вэн"}
_SPECIAL = {"хуэй": "hui"}  # Palladius writes hui with э ("Ли Хуэй")
# Case endings of a name that ends in a consonant, and what they leave: a soft ending (-ем, -я, -ю) stands on
# a stem in -нь or -й ("Вэньчуанем" is Вэньчуань, "Лэю" Лэй), a hard one on the bare stem ("Чжаном")
_HARD = ("ом", "ам", "ові", "а", "у", "і")
_SOFT = ("ем", "ей", "еві", "я", "ю", "е", "і", "єм", "єві")
MAX_SYLLABLES = 2  # a given name: one or two syllables


@cache
def _table() -> dict[str, str]:
    """Cyrillic syllable (Russian letters) -> Pinyin."""
    out = dict((v, k) for k, v in _BARE.items()) | _SPECIAL
    for ini, cyr in _INITIALS.items():
        for fin, fcyr in _FINALS.items():
            if ini in _PALATAL and not fin.startswith("i") and fin not in _U_UMLAUT and fin != "ong":
                continue
            if ini in _PALATAL and fin in _U_UMLAUT:
                out.setdefault(cyr + _U_UMLAUT[fin], ini + fin)
                continue
            if fin == "ong" and ini in _PALATAL:
                out.setdefault(cyr + "юн", ini + "iong")
                continue
            if fin == "i" and ini in _RETROFLEX_I:
                out.setdefault(_RETROFLEX_I[ini], ini + fin)
                continue
            out.setdefault(cyr + fcyr, ini + fin)
    return out


@cache
def _loose_table() -> dict[str, str]:
    """The table keyed by the letters Ukrainian and Belarusian also write (е for э, і for и); the Russian
    form's own reading wins where two meet."""
    out: dict[str, str] = {}
    exact = _table()
    for cyr, pin in exact.items():
        out.setdefault(_loose(cyr), pin)
    for cyr, pin in exact.items():
        if _loose(cyr) == cyr:
            out[cyr] = pin
    return out


def _loose(s: str) -> str:
    return s.replace("э", "е").replace("і", "и").replace("є", "е").replace("ї", "и")


@lru_cache(maxsize=16384)
def syllables(word: str) -> tuple[str, ...] | None:
    """'Вэньчуань' -> ('wen', 'chuan'); None unless the whole word is one or two Palladius syllables."""
    low = word.lower().replace("-", "")
    if not low or not all("а" <= c <= "я" or c in "ёіїєў" for c in low):
        return None
    exact, loose = _table(), _loose_table()

    def split(s: str, left: int) -> tuple[str, ...] | None:
        if not s:
            return ()
        if left == 0:
            return None
        for n in range(min(len(s), 6), 0, -1):
            head = s[:n]
            pin = exact.get(head) or loose.get(_loose(head))
            if pin and (rest := split(s[n:], left - 1)) is not None:
                return (pin, *rest)
        return None

    return split(low, MAX_SYLLABLES)


def _readings(word: str) -> list[str]:
    """The word as written, then the stems its case endings leave."""
    low = word.lower()
    out = [low]
    for end in sorted(set(_HARD + _SOFT), key=len, reverse=True):
        if low.endswith(end) and len(low) > len(end) + 1:
            stem = low[: -len(end)]
            if end in _HARD:
                out.append(stem)
            if end in _SOFT:
                out.append(stem + ("й" if stem[-1] in "аоуэе" or end[0] == "є" else "ь"))
    return out


def _read(word: str) -> tuple[str, ...] | None:
    """A name word's syllables, as written or in a case: the fewest ("Лэю" is Лэй in its case, not le-you)."""
    return min((s for r in _readings(word) if (s := syllables(r))), key=len, default=None)


def chinese_name(words: list[str]) -> str | None:
    """'Чжаном Вэньчуанем', 'Хун Лэю', 'Ван И' -> 'Wenchuan Zhang', 'Lei Hong', 'Yi Wang': a Chinese family name
    of one syllable the list holds, then a given name of one or two syllables (one word, or two of one)."""
    if len(words) not in (2, 3) or not all(w[:1].isupper() for w in words):
        return None
    fam = _read(words[0])
    if not fam or len(fam) != 1 or fam[0] not in name_lists()["CHINESE_FAMILY"]:
        return None
    if any(w.lower() in given_names() for w in words[1:]):
        return None  # "Ли Иван": a Slavic given name, not two Chinese syllables
    given = [_read(w) for w in words[1:]]
    if not all(given) or (len(words) == 3 and any(len(g) != 1 for g in given)):
        return None
    return f"{''.join(s for g in given for s in g).capitalize()} {fam[0].capitalize()}"
