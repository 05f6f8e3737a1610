"""Chinese names as the region's press spells them, back to Hanyu Pinyin, family name first as the registry writes them.

The Cyrillic (and Serbian Latin) schemes:

"Дай Цинли" (Bulgarian, after the Russian Palladius scheme) is Dai Qingli, "Џијанг Сјаојан" (Macedonian) Jiang
Xiaoyan, "Si Đinping" (Serbian) Xi Jinping: the words are cut into the syllables of Mandarin and each is read
back. A language opts in with names.yaml CHINESE_NG: the letters that spell a final -ng ("н" in the Palladius
scheme, where -n is "нь" or, with the soft sign dropped, "н" too; "нг" where the scheme writes it out).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kronika.lang.translit import rewrite

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
    "ui": ("уй", "уей", "уеј", "уи", "уэй"), "uan": ("уань", "уан"), "un": ("унь", "ун", "уен"), "uang": ("уаN",),
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
# the apical i of z, c, s is "ы" in Palladius ("Цзы", "Сы"): their "и" is read after the palatal j, q, x ("Си" is Xi)
_APICAL = {"z", "c", "s"}
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
            if final == "i" and initial in _APICAL:
                forms = forms[::-1]
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
    return rewrite(low, _SR_LATIN, strict=True)  # "" for a letter no scheme writes a Chinese name with


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
    # the fewest syllables, the word as written first among equals: "Минга" is Минг in its case, not min-ga
    given = min((g for form in (words[1], *readings(words[1])) if (g := read(form, ng, most=2))), key=len, default=None)
    return f"{family.capitalize()} {''.join(given).capitalize()}" if given else None


# ------------------------------------------------ the Czech transcription (Czech and Slovak: "Čang Ťien-min", "Si Ťin-pching")
# initials, longest first: the Czech letters of a pinyin initial ("čch" is ch, or q before i and ü)
_CZ_INITIALS = [("čch", "ch"), ("tch", "t"), ("pch", "p"), ("kch", "k"), ("cch", "c"), ("ch", "h"), ("č", "zh"),
             ("ť", "j"), ("š", "sh"), ("ž", "r"), ("c", "z"), ("t", "d"), ("p", "b"), ("k", "g"), ("s", "s"),
             ("j", "y"), ("m", "m"), ("f", "f"), ("n", "n"), ("l", "l"), ("w", "w")]
# before i and ü the palatal series: čch -> q, s -> x (ť -> j is so already)
_CZ_PALATAL = {"ch": "q", "s": "x"}
# finals, whole: the Czech spelling of a pinyin final
_CZ_FINALS = {"ien": "ian", "iou": "iu", "uej": "ui", "ej": "ei", "aj": "ai", "ung": "ong", "iung": "iong", "üe": "ue",
           "üan": "uan", "ün": "un", "ü": "u", "'": "i"}
# a syllable standing alone, without an initial: "I" is yi, "Jü" yu
_CZ_ALONE = {"i": "yi", "in": "yin", "ing": "ying", "u": "wu", "ü": "yu", "ien": "yan", "ie": "ye", "jen": "yan",
          "jie": "ye", "jou": "you", "jung": "yong", "jü": "yu", "jüan": "yuan", "jüe": "yue", "jün": "yun",
          "wej": "wei"}
_CZ_PINYIN = re.compile(r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|"
                     r"ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u)$")
# case endings the Czech and Slovak press puts on a Chinese name's last word ("s Čangem Ťien-minem", "Wang Iho");
# a syllable that ends in a vowel takes the bare -m, -mu of the soft declension ("s náprotivkom Wang Im")
_CZ_ENDINGS = ("ovi", "om", "em", "ho", "a", "u", "e", "mu", "m")
_CZECH_MARKS = set("čťšžěüň'")


@lru_cache(maxsize=4096)
def czech_syllable(s: str) -> str | None:
    """The pinyin of one syllable in the Czech transcription ('ťien' -> 'jian', 'čchi' -> 'qi'), or None."""
    s = s.lower()
    if s in _CZ_ALONE:
        return _CZ_ALONE[s]
    head, rest = "", s
    for cz, py in _CZ_INITIALS:
        if s.startswith(cz):
            head, rest = py, s[len(cz):]
            break
    if rest[:1] in ("i", "ü") and head in _CZ_PALATAL:
        head = _CZ_PALATAL[head]
    rest = _CZ_FINALS.get(rest, rest)
    out = head + rest.replace("ü", "u")
    if head in ("j", "q", "x") and out[len(head):len(head) + 1] not in ("i", "u"):
        return None  # "ťa" is no syllable: j, q and x stand only before i and ü
    return out if _CZ_PINYIN.match(out) else None


def _czech_given(word: str) -> str | None:
    """'Ťien-min' -> 'Jianmin', 'I' -> 'Yi', a case ending read off the last syllable ('Ťin-pchingem')."""
    parts = word.split("-")
    if not 1 <= len(parts) <= 2:
        return None
    out = [czech_syllable(p) for p in parts[:-1]]
    last = czech_syllable(parts[-1]) or next((r for e in _CZ_ENDINGS if parts[-1].lower().endswith(e)
                                        and (r := czech_syllable(parts[-1][:-len(e)]))), None)
    if None in out or last is None:
        return None
    return "".join([*out, last]).capitalize()


def _czech_family(word: str) -> str | None:
    """'Čang' -> 'Zhang', in its case too ('Čanga', 'Wangem'): a listed Chinese family name only."""
    families = _families()
    if py := czech_syllable(word):  # a syllable as written is read as written: "Chua" is Hua, not "Chu" + -a
        return py.capitalize() if py in families else None
    for w in (word[:-len(e)] for e in _CZ_ENDINGS if word.lower().endswith(e) and len(word) > len(e) + 1):
        if (py := czech_syllable(w)) and py in families:
            return py.capitalize()
    return None


def czech_chinese_name(words: list[str]) -> str | None:
    """'Čang Ťien-min' -> 'Zhang Jianmin': a listed family name, then a given name of one or two syllables, in
    the Czech transcription (a Czech letter or a syllable pinyin writes otherwise, so 'Wang Yi' is left alone)."""
    if len(words) != 2 or not words[0][:1].isupper():
        return None
    fam, given = _czech_family(words[0]), _czech_given(words[1])
    if not fam or not given:
        return None
    written = (words[0] + words[1]).lower().replace("-", "")
    if not (_CZECH_MARKS & set(written)) and given.lower() == words[1].lower().replace("-", "") \
            and fam.lower() == words[0].lower():
        return None  # already pinyin
    return f"{fam} {given}"


# ------------------------------------------------ Palladius with Russian, Ukrainian and Belarusian case endings
# ("с послом Чжаном Вэньчуанем", "Хун Леєм", "Ли Кэ Цян"): the declined forms, read in the syllable table above


def _given_names() -> frozenset[str]:
    from kronika import data

    return data.given_names()


# Case endings of a name that ends in a consonant, and what they leave: a soft ending (-ем, -я, -ю) stands on
# a stem in -нь or -й ("Вэньчуанем" is Вэньчуань, "Лэю" Лэй), a hard one on the bare stem ("Чжаном")
_PL_HARD = ("ом", "ам", "ові", "а", "у", "і")
_PL_SOFT = ("ем", "ей", "еві", "я", "ю", "е", "і", "єм", "єві")
_PL_ENDINGS = sorted(set(_PL_HARD + _PL_SOFT), key=len, reverse=True)  # longest first (one of a length can end a word)
# Ukrainian and Belarusian letters where the syllable table has the Russian ones ("Цзіньпін", "Ван Ї")
_PL_RUSSIAN = str.maketrans({"і": "и", "ї": "и", "є": "е", "-": None})


def _pl_readings(word: str) -> list[str]:
    """The word as written, then the stems its case endings leave, in Russian letters."""
    low = word.lower()
    out = [low]
    for end in _PL_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 1:
            stem = low[: -len(end)]
            if end in _PL_HARD:
                out.append(stem)
            if end in _PL_SOFT:
                out.append(stem + ("й" if stem[-1] in "аоуэе" or end[0] == "є" else "ь"))
    return [r.translate(_PL_RUSSIAN) for r in out]


def _pl_read(word: str) -> tuple[str, ...] | None:
    """A name word's syllables, as written or in a case: the fewest ("Лэю" is Лэй in its case, not le-you)."""
    return min((s for r in _pl_readings(word) if (s := read(r, "н", most=2))), key=len, default=None)


def declined_palladius(words: list[str]) -> str | None:
    """'Чжаном Вэньчуанем', 'Хун Лэю', 'Ван И' -> 'Zhang Wenchuan', 'Hong Lei', 'Wang Yi': a Chinese family name
    of one syllable the list holds, then a given name of one or two syllables (one word, or two of one)."""
    if len(words) not in (2, 3) or not all(w[:1].isupper() for w in words):
        return None
    fam = next((f for r in _pl_readings(words[0]) if (f := family_reading(r, "н"))), None)
    if fam is None:
        return None
    if any(w.lower() in _given_names() for w in words[1:]):
        return None  # "Ли Иван": a Slavic given name, not two Chinese syllables
    given = [_pl_read(w) for w in words[1:]]
    if not all(given) or (len(words) == 3 and any(len(g) != 1 for g in given)):
        return None
    return f"{fam.capitalize()} {''.join(s for g in given for s in g).capitalize()}"
