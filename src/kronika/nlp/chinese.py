"""Chinese names as the region's Cyrillic (and Serbian Latin) press spells them: back to Hanyu Pinyin.

"Дай Цинли" (Bulgarian, after the Russian Palladius scheme) is Dai Qingli, "Џијанг Сјаојан" (Macedonian) Jiang
Xiaoyan, "Si Đinping" (Serbian) Xi Jinping: the words are cut into the syllables of Mandarin and each is read
back. A language opts in with names.yaml CHINESE_NG: the letters that spell a final -ng ("н" in the Palladius
scheme, where -n is "нь" or, with the soft sign dropped, "н" too; "нг" where the scheme writes it out).
"""
from __future__ import annotations

from functools import cache, lru_cache

# Serbian Latin letters to Cyrillic (Macedonian ѓ, ќ are Serbian ђ, ћ: "Си Ѓинпинг"), digraphs first, so one table of syllables serves both scripts
_SR_LATIN = (("dž", "џ"), ("lj", "љ"), ("nj", "њ"), ("đ", "ђ"), ("č", "ч"), ("ć", "ћ"), ("š", "ш"), ("ž", "ж"),
             ("a", "а"), ("b", "б"), ("c", "ц"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"),
             ("i", "и"), ("j", "ј"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
             ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"))

# How the schemes of the region write each initial (Palladius: цз/дз, ц, с, чж/дж, ч, ш, ж; Serbian and
# Macedonian: џ/ђ, ч/ћ, с, џ/ж, ч/ћ, ш, ж, ѕ)
_INITIALS = {
    "b": ("б",), "p": ("п",), "m": ("м",), "f": ("ф",), "d": ("д",), "t": ("т",), "n": ("н",), "l": ("л",),
    "g": ("г",), "k": ("к",), "h": ("х",), "j": ("цз", "дз", "дж", "џ", "ђ", "ѓ"), "q": ("ц", "ч", "ћ", "ќ"),
    "x": ("с", "ш"), "zh": ("чж", "дж", "џ", "ж", "ђ", "ѓ"), "ch": ("ч", "ћ"), "sh": ("ш",), "r": ("ж", "р"),
    "z": ("цз", "дз", "ѕ", "з", "ц"), "c": ("ц",), "s": ("с",),
}
# Finals after an initial; "N" stands for the letters of -ng in the language, "n" for -n
_FINALS = {
    "a": ("а",), "o": ("о",), "e": ("э", "е", "ъ"), "ai": ("ай", "ај"), "ei": ("эй", "ей", "еј", "ъй"),
    "ao": ("ао",), "ou": ("оу",), "an": ("ань", "ан"), "en": ("энь", "ень", "ен", "ън"), "ang": ("аN",),
    "eng": ("эN", "еN", "ъN"), "ong": ("уN", "оN"), "i": ("и", "ы"), "ia": ("я", "ја", "иа", "ија"),
    "ie": ("е", "је", "ие"), "iao": ("яо", "јао", "иао", "ијао"), "iu": ("ю", "ју", "иу", "ију"),
    "ian": ("янь", "ян", "јан", "јен", "иен", "иан", "ијан"), "in": ("инь", "ин"), "iang": ("яN", "јаN", "иаN", "ијаN"),
    "ing": ("иN",), "iong": ("юN", "јоN"), "u": ("у",), "ua": ("уа",), "uo": ("о", "уо"), "uai": ("уай", "уај"),
    "ui": ("уй", "уей", "уеј", "уи"), "uan": ("уань", "уан"), "un": ("унь", "ун", "уен"), "uang": ("уаN",),
    "ü": ("юй", "ју", "ю"), "üe": ("юэ", "юе", "јуе"), "üan": ("юань", "юан", "јуан"), "ün": ("юнь", "юн", "јун"),
}
# Syllables without an initial as the schemes write them
_BARE = {
    "a": ("а",), "ai": ("ай", "ај"), "an": ("ань", "ан"), "ang": ("аN",), "ao": ("ао",), "e": ("э",), "er": ("эр", "ер"),
    "ou": ("оу",), "yi": ("и", "ји"), "ya": ("я", "ја"), "ye": ("е", "е", "је"), "yao": ("яо", "јао"),
    "you": ("ю", "ју", "јоу"), "yan": ("янь", "ян", "јан", "јен"), "yin": ("инь", "ин", "јин"),
    "yang": ("яN", "јаN"), "ying": ("иN", "јиN"), "yong": ("юN", "јоN"), "wu": ("у", "ву"), "wa": ("ва", "уа"),
    "wo": ("во", "уо"), "wai": ("вай", "вај"), "wei": ("вэй", "вей", "веј", "уей", "уеј"),
    "wan": ("вань", "ван"), "wen": ("вэнь", "вень", "вен", "вън"), "wang": ("ваN",), "weng": ("вэN", "веN"),
    "yu": ("юй", "ју", "ји", "ю"), "yue": ("юэ", "юе", "јуе"), "yuan": ("юань", "юан", "јуан"), "yun": ("юнь", "юн", "јун"),
}
# finals rare in names, read only when no other reading fits ("Сяодзюн" is Xiaojun, not Xiaojiong)
_RARE = {"iong": 8}
_PALATAL = {"j", "q", "x"}  # only before i and ü
_RETROFLEX = {"zh", "ch", "sh", "r", "z", "c", "s", "g", "k", "h", "f"}  # never before a medial i


def _pinyin(initial: str, final: str) -> str | None:
    """The pinyin of a syllable, or None for a pairing Mandarin has not."""
    medial_i = final.startswith("i") and final != "i"
    if initial in _PALATAL:
        if not (final.startswith("i") or final.startswith("ü")):
            return None
        return initial + final.replace("ü", "u")
    if final.startswith("ü") and initial not in ("n", "l"):
        return None
    if medial_i and initial in _RETROFLEX:
        return None
    return initial + final.replace("ü", "v")


@lru_cache(maxsize=16)
def syllables(ng: str) -> dict[str, tuple[tuple[int, str], ...]]:
    """Every spelling of a Mandarin syllable in a scheme whose -ng is written `ng`, with its (rank, reading)
    pairs, the likelier first."""
    table: dict[str, list[tuple[int, str]]] = {}

    def add(spelt: str, reading: str, rank: int) -> None:
        table.setdefault(spelt, []).append((rank, reading))

    def spellings(forms: tuple[str, ...], final: str):
        for rank, f in enumerate(forms):
            if "N" in f:
                yield f.replace("N", ng), rank
            elif final.endswith("n") and f.endswith("н") and ng == "н":
                yield f, rank + 5  # -n spelt like -ng, its soft sign dropped: the -ng reading comes first
            else:
                yield f, rank
    for initial, heads in _INITIALS.items():
        for final, forms in _FINALS.items():
            if (reading := _pinyin(initial, final)) is None:
                continue
            for h_rank, head in enumerate(heads):
                for spelt, rank in spellings(forms, final):
                    add(head + spelt, reading, rank + h_rank + _RARE.get(final, 0))
    for reading, forms in _BARE.items():
        for spelt, rank in spellings(forms, reading):
            add(spelt, reading, rank)
    return {k: tuple(sorted(v)) for k, v in table.items()}


def _cyrillic(word: str) -> str:
    """The word in lower-case Cyrillic; Serbian Latin letters turned."""
    low = word.lower()
    if all("\u0400" <= ch <= "\u04ff" for ch in low):
        return low
    out, i = [], 0
    while i < len(low):
        for a, b in _SR_LATIN:
            if low.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            return ""  # a letter no scheme writes a Chinese name with
    return "".join(out)


@lru_cache(maxsize=8192)
def read(word: str, ng: str, most: int = 3) -> tuple[str, ...] | None:
    """The pinyin syllables of a word cut into at most `most` syllables (fewest first, then the likelier
    readings), or None when it does not cut so."""
    low, table = _cyrillic(word), syllables(ng)
    if not low or len(low) > 16:
        return None
    best: dict[int, tuple[int, int, tuple[str, ...]]] = {0: (0, 0, ())}
    for i in range(len(low)):
        if i not in best:
            continue
        count, cost, done = best[i]
        for j in range(i + 1, min(len(low), i + 6) + 1):
            readings = table.get(low[i:j])
            if not readings:
                continue
            cand = (count + 1, cost + readings[0][0], done + (readings[0][1],))
            if j not in best or cand[:2] < best[j][:2]:
                best[j] = cand
    found = best.get(len(low))
    return found[2] if found and found[0] <= most else None


@cache
def _families() -> frozenset[str]:
    from kronika import data

    return frozenset(data.name_lists()["CHINESE_FAMILY"])


def family_reading(word: str, ng: str) -> str | None:
    """The Chinese family name a one-syllable word spells ('Дай' dai, 'Ванг' wang, 'Хан' han), else None."""
    low = _cyrillic(word)
    for _, reading in syllables(ng).get(low, ()):
        if reading in _families():
            return reading
    return None


def chinese_name(words: list[str], ng: str, readings=lambda w: ()) -> str | None:
    """'Family Given' in pinyin for a two-word run that spells a Chinese family name and a given name of one or
    two syllables, else None; `readings` gives a word's nominatives in a declining language ('Мингом')."""
    if len(words) != 2:
        return None
    family = next((f for form in (words[0], *readings(words[0])) if (f := family_reading(form, ng))), None)
    if family is None:  # both words take the case in a declining language: "Vangom Ćingom"
        return None
    for form in (words[1], *readings(words[1])):
        given = read(form, ng, most=2)
        if given:
            return f"{family.capitalize()} {''.join(given).capitalize()}"
    return None
