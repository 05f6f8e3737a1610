"""Korean names written in Cyrillic or in a Slavic Latin spelling, in the English 'Given-name Family' form."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kronika.data import given_names, korean_family_rank, name_lists, read_yaml
from kronika.lang.translit import has_cyrillic, rewrite, romanise
from kronika.nlp.foreign_names import hepburn
from kronika.text.tokens import fold

# Slavic, Baltic and Hungarian letters of a Korean syllable, back to the English-style spelling.
_LATIN = [("dzs", "j"), ("dž", "j"), ("dz", "j"), ("č", "ch"), ("ć", "ch"), ("š", "sh"), ("ž", "j"), ("cs", "ch"),
          ("cz", "ch"),  # Polish: "Czo Te Jul" is Cho Tae-yul
          ("sz", "s"), ("j", "y"), ("ö", "eo"), ("ü", "u"), ("ŏ", "eo"), ("ŭ", "eu"), ("ė", "e"), ("ō", "o"), ("ä", "ae"),  # Slovak and Hungarian ä: ㅐ ("Čä-in")
          # Hungarian marks the aspirates with h ("Phjó" is Pyo, "Thäjol" Tae-yeol) and writes long vowels
          ("ph", "p"), ("th", "t"), ("kh", "k"), ("ó", "o"), ("ő", "eo"), ("ú", "u"), ("á", "a"), ("é", "e")]
# Case endings a consonant-final foreign name takes in the inflecting languages of the region
# ("Moona", "Kimem", "Пака", "Кимом", "Kimas"); a form counts only if what is left is a family name.
_ENDINGS = sorted(["ovi", "owi", "em", "om", "iem", "ом", "ем", "ым", "ові", "ам", "a", "u", "e", "y", "а", "у",
                   "е", "ю", "ы", "і", "s", "as", "ui", "o", "ą", "ę", "am", "nak", "nal", "nek", "nel", "t", "ot", "ie",
                   "iga", "ile", "ilt", "ist"],  # Estonian, on the stem vowel i: "Lee Jang-guniga", "Kimiga"
                  key=len, reverse=True)
_MAX_SYLLABLE = 6  # "Чхоль", "Sokčon" is already two syllables run together


@cache
def family_forms() -> dict[str, str]:
    """Every written form of a common Korean family name -> its usual English spelling."""
    raw = read_yaml("korean_family.yaml")
    out: dict[str, str] = {}
    for canon, forms in (raw.get("KOREAN_FAMILY_FORMS") or {}).items():
        for f in [canon, *forms]:
            out.setdefault(str(f).lower(), str(canon))
    return out


@cache
def family_readings() -> dict[str, frozenset[str]]:
    """Every written form of a Korean family name -> every usual English spelling it may stand for (Czech
    'Čche' is 최 Choe as the press writes it, and 채 Chae)."""
    raw = read_yaml("korean_family.yaml")
    out: dict[str, set[str]] = {}
    for canon, forms in (raw.get("KOREAN_FAMILY_FORMS") or {}).items():
        for f in [canon, *forms]:
            out.setdefault(str(f).lower(), set()).add(str(canon))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _north_spelling() -> dict[str, str]:
    """The usual English spelling of a Korean family name -> the North's own (korean_family.yaml NORTH_SPELLING)."""
    raw = read_yaml("korean_family.yaml").get("NORTH_SPELLING") or {}
    return {str(k).lower(): str(v).capitalize() for k, v in raw.items()}


def northern_spelling(name: str, original: str) -> str:
    """'Son-hui Choi' read from 'Цой Цон Хи', a North Korean's name -> 'Son-hui Choe': the family name as the North
    spells it (Ri, Pak, O); unchanged where the text itself writes the Southern spelling ('Choi Son Hui')."""
    words = name.split()
    north = _north_spelling().get(words[-1].lower()) if len(words) == 2 else None
    if north is None or words[-1].lower() in fold(original).lower().replace("-", " ").split():
        return name
    return f"{words[0]} {north}"


def spells_family(word: str, family: str) -> bool:
    """Is `word` as written ('Пак', 'Čo') a spelling of the Korean family name `family` ('Park', 'Cho'), or of
    its Northern form ('Pak' of a North Korean)?"""
    canon = family_of(word)
    return canon is not None and family.lower() in (canon, _north_spelling().get(canon, "").lower())


# A given name's syllables as the languages of the region spell them, to one loose key: ㅐ is e in Polish and
# Czech (Dze In, Če-in: Jae-in), ㅓ o (Jol: Yeol), ㅊ/ㅈ ch, č, dz or j, the aspirates written with h (Czech
# Tche: Tae), glides dropped, o and u one vowel (명 is myeong, myung and mjong alike)
_LOOSE = [("tch", "d"), ("kch", "g"), ("pch", "b"), ("eo", "o"), ("ae", "e"), ("ai", "e"), ("eu", "u"), ("oo", "u"),
          ("ee", "i"), ("ui", "i"), ("wo", "o"), ("ch", "j"), ("sh", "s"), ("c", "j"), ("k", "g"), ("t", "d"),
          ("p", "b"), ("r", "l"), ("y", ""), ("w", ""), ("h", ""), ("u", "o")]


def loose_given(given: str) -> str:
    """'Te-yul', 'Tae-yul', 'Tche-jol' -> one key: a Korean given name however the region spells it."""
    low = given.lower().replace("-", "").replace(" ", "")
    return rewrite(low, _LOOSE) if low.isascii() else low


@lru_cache(maxsize=65536)  # per word, like skeleton(): every capitalised word of a name is asked
def family_of(word: str, inflected: bool = False) -> str | None:
    """The English spelling of a Korean family name as written, or in a case form when `inflected`."""
    forms, low = family_forms(), _serbian_j(word.lower())
    if low in forms:
        return forms[low]
    if (short := low.translate(_LONG_VOWELS)) != low and short in forms:
        return forms[short]  # Latvian "Lī Džemjonu": a long vowel for the one syllable, Lee
    if (latin := rewrite(low, _LATIN).replace(_J, "j")) in forms and not low.startswith("j"):
        return forms[latin]  # Polish "Czo", "Czoe": the letters of the region, as a Korean syllable is read
    if inflected and low not in name_lists()["CHINESE_FAMILY"]:  # "Liu" is Chinese as written, not "Li" + -u
        for end in _ENDINGS:
            if low.endswith(end) and len(low) - len(end) >= 2 and low[: -len(end)] in forms:
                return forms[low[: -len(end)]]
    return None


_LONG_VOWELS = str.maketrans("āēīū", "aeiu")  # Latvian writes a Korean family name's one vowel long ("Lī")
_J = "ʤ"  # ㅈ, kept from the Latin letters' rules (their j is y) until the end
# Kontsevich's Cyrillic letters of a Korean syllable, before the language's own romanisation ("Тхэ Юль" is
# Tae-yul, "Чжэ Ин" Jae-in, "Хо" Ho, "Кын" Keun): aspirates, the affricates, ы and э, a soft l; a lone ч stays
# ch, as the press writes both ㅈ and ㅊ with it ("Хван Бюн Чоль" is Byung-chul)
_CYRILLIC = [("тх", "t"), ("пх", "p"), ("кх", "k"), ("чх", "ch"), ("чж", _J), ("дж", _J), ("х", "h"),
             ("ы", "eu"), ("э", "ae"), ("ё", "yeo"), ("ль", "l"), ("ь", "")]


def _serbian_j(low: str) -> str:
    """Serbian and Macedonian ј before a vowel, as the other Cyrillic scripts write it ('Јун' is 'Юн')."""
    if "ј" not in low:
        return low
    for a, b in (("ју", "ю"), ("ја", "я"), ("јо", "йо"), ("ј", "й")):
        low = low.replace(a, b)
    return low


# The Cyrillic press writes ё as е and Kontsevich's о stands for both ㅗ and ㅓ: a syllable opening with е before
# its closing consonant is ㅕ ("Ель" yeol, "Ен" yeon: 옐, 옌 are no name syllables), and a closed -ок after s, j, ch,
# d is ㅓ ("Сок" seok, "Чжок" jeok: 석, 적, 덕 are common in names, 속, 족, 독 hardly ever)
_YO_BEFORE_CODA = re.compile(r"(?<![а-яё])е(?=ль|л|н|к|п|м)")
_EO_CLOSED = re.compile(r"(?:(?<=s)|(?<=d)|(?<=ch)|(?<=ʤ))ok$")


def _closed_eo(low: str) -> str:
    return "-".join(_EO_CLOSED.sub("eok", part) for part in low.split("-"))


def syllables(word: str, code: str) -> str:
    """'Te-jul' -> 'te-yul', 'Бюн' -> 'byun': a given name's syllables in English-style letters."""
    cyrillic = has_cyrillic(word)
    low = _closed_eo(romanise(rewrite(_YO_BEFORE_CODA.sub("ё", word.lower()), _CYRILLIC), code).lower()) \
        if cyrillic else word.lower()
    if not cyrillic and not _respells(code):
        return low  # English and German write East Asian names the English way: "Jong-un" is as written
    if "-" in word and not cyrillic and _hyphen_is_english(code):
        return low  # Polish spells Korean names its own way without hyphens ("Kim Dzong Un"): "Jong-un" is English
    return rewrite(low, _LATIN).replace(_J, "j")


def _hyphen_is_english(code: str) -> bool:
    """Does the language's own spelling of Korean names go without hyphens (names.yaml KOREAN_NO_HYPHEN)?"""
    from kronika.lang import names_data

    return bool(names_data(code).get("KOREAN_NO_HYPHEN"))


def _respells(code: str) -> bool:
    """Does the language respell East Asian names in its own letters (its TO_HEPBURN is not empty)?"""
    from kronika.nlp.foreign_names import _rules

    return bool(_rules(code))


def _uninflected(given: str) -> str:
    """'te-yulom' -> 'te-yul', 'tae-yula' -> 'tae-yul': a case ending on the last syllable of a hyphenated given name."""
    head, _, last = given.rpartition("-")
    if (m := _LENGTHENED.fullmatch(last)) and _ONE.fullmatch(short := m.group(1).translate(_SHORT_VOWEL)):
        return f"{head}-{short}"  # Hungarian lengthens a final vowel before its ending: "Yoon-hóval" is Yoon-ho
    if _ONE.fullmatch(last):
        return given  # "Sang-beom" is one syllable: its -om is no ending
    for end in _ENDINGS:
        if len(end) >= 2 and last.endswith(end) and len(last) - len(end) >= 2:
            return f"{head}-{last[: -len(end)]}"
    # a one-letter ending ("z Cho Tae-yula", "s Mun Dže-inom" aside) is read only where it makes a second
    # syllable: a syllable has one vowel and ends in a vowel or n, ng, l, m, k, p, t ("Jong-ha" keeps its -a)
    stem = last[:-1]
    if last[-1] in "aeiouy" and _ONE.fullmatch(stem) and (
            len(_VOWELS.findall(last)) == 2 and _CODA.search(stem) or last[-2] == stem[-1] in "aeiou"):
        return f"{head}-{stem}"  # "Tae-yula", "Jong-sooa" ("Parka Jong-sooa": the genitive of both)
    return given


_LENGTHENED = re.compile(r"(.+[áéó])(val|vel|t|nak|nek|nál|nél|hoz|hez|ról|ről|tól|től|ra|re|ért|ként|ban|ben|ba|be|n|ig)")
_SHORT_VOWEL = str.maketrans("áéó", "aeo")
_VOWELS = re.compile(r"[aeiouyw]*[aeiou]+")  # 'yeo', 'wa', 'oo': one vowel sound of a syllable
_CODA = re.compile(r"[aeiou](?:ng|[nlmkpt])$")


# (a glide written v where the language has no w: Hungarian "Szonghvan" is Seong-hwan)
_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjh])?(?:yeo|yae|you|yoo|ye|ya|yo|yu|wae|wa|wo|we|wi|va|vo|ve|ui|eo|eu|ae|oe|oo|ee|[aeiou])(?:ng|[nlmkptgbd])?"
_ONE = re.compile(_SYLLABLE)
_CONSONANT_START = re.compile(r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjh])")


def _two_syllables(word: str, code: str) -> str | None:
    """'Dzsinpjóval' (hu) -> 'jin-pyo': a given name of two syllables written as one word, found as the one way
    to cut it into two syllables, the word as written first and then without a case ending it may carry
    ('Eunyoung' the English way: eun-young; 'Soongu': soon-gu); else None."""
    if "-" in word or len(word) > 12:
        return None
    written = syllables(word, code)
    if word.isascii() and _ONE.fullmatch(written):
        return None  # "Suh Hoon", "Park Joon": one syllable as written is no two ("Ho-on")
    # Hungarian -val/-vel doubles a final consonant ("Dzsinnel", "Szonghvannal"): the name without it comes first,
    # since the ending reads as a syllable of its own ("jin-nel")
    doubled = _DOUBLED_ENDING.fullmatch(written)
    for forms in ([doubled.group(1)],) if doubled else ([written], _uninflected_one(written)):
        found = set()
        for form in forms:
            form = form.replace("ó", "o").replace("á", "a").replace("é", "e")
            for i in range(2, len(form) - 1):
                head, tail = form[:i], form[i:]
                # the cut falls before a consonant or a glide, or between two vowels ("Dzsein": je-in)
                if _ONE.fullmatch(head) and _ONE.fullmatch(tail) and (_CONSONANT_START.match(tail) or head[-1] in "aeiou"
                                                                      or tail[0] in "yw"):
                    found.add(f"{head}-{tail}")
        if found:
            # of two cuts, the one whose second syllable opens with a glide, then with a consonant: a final
            # consonant stays with the first ("eun-young", "sang-won", "soon-gu", not "eu-nyoung", "soong-u")
            rank = {f: (2 if f.split("-")[1][0] in "yw" else 0 if f.split("-")[1][0] in "aeiou" else 1) for f in found}
            best = max(rank.values())
            top = [f for f in found if rank[f] == best]
            return top[0] if len(top) == 1 else None
    return None


_DOUBLED_ENDING = re.compile(r"(.+([nlmgkrt]))\2[ae]l")


def _uninflected_one(word: str) -> list[str]:
    """The word without each case ending it may carry."""
    return [word[: -len(e)] for e in _ENDINGS + _JOINED_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4]


# Hungarian endings of a name written as one word: -val/-vel, doubling a final consonant ("Szogjollal")
_JOINED_ENDINGS = ["val", "vel", "nak", "nek", "lal", "lel", "nal", "nel", "mal", "mel", "gal", "gel", "kal", "kel"]


def _short(word: str) -> bool:
    return "-" not in word and len(word) <= _MAX_SYLLABLE


def _short_stem(word: str) -> str | None:
    """A last syllable as written, or without the Hungarian ending that makes it too long for one
    ("Phjóval" -> "Phjó"); None when it is no syllable."""
    if _short(word):
        return word
    low = word.lower()
    for end in ("val", "vel", *_JOINED_ENDINGS):
        if low.endswith(end) and _short(word[: -len(end)]) and len(word) - len(end) >= 2:
            return word[: -len(end)]
    return None


_ENGLISH_SPELLING = re.compile(r"ae|eo|eu|oo|y")  # letters only the English romanisations write


def _english_spelt(*syllables_: str) -> bool:
    """Are a given name's syllables spelt the English way ('Jae', 'Myung', 'Yeol'), not a Slavic one?"""
    return all(s.isascii() for s in syllables_) and any(_ENGLISH_SPELLING.search(s.lower()) for s in syllables_)


_CYRILLIC_CASES = ("ом", "ем", "ым", "ам", "ові", "ову", "ою", "ой", "а", "у", "е", "ю", "і", "и")


def _one_syllable_in_case(word: str, code: str) -> str | None:
    """A Cyrillic given name of one syllable with a case ending ('Чином' -> 'jin'), where the word as written is
    no one syllable; None else."""
    if word.lower() in given_names() or _one_syllable(word, code):
        return None
    low = word.lower()
    for end in _CYRILLIC_CASES:
        if low.endswith(end) and len(low) - len(end) >= 2:
            if one := _one_syllable(word[: -len(end)], code):
                return one
            # Ukrainian "з Пак Чином": its и romanises as y, a vowel no Korean syllable has
            written = syllables(word[: -len(end)], code)
            if re.fullmatch(r"[^aeiouy]+y[^aeiouy]*", written) and _ONE.fullmatch(written.replace("y", "i")):
                return written.replace("y", "i")
    return None


def _one_syllable(word: str, code: str) -> str | None:
    """A given name of one Korean syllable as the language writes it ('Dzsin' -> 'jin'); None for a name
    the region gives its own children ('Jan', 'Ivo')."""
    if "-" in word or word.lower() in given_names():
        return None
    one = syllables(word, code)
    if (doubled := _DOUBLED_ENDING.fullmatch(one)) and _ONE.fullmatch(doubled.group(1)):
        return doubled.group(1)  # "Dzsinnel" is Jin with -nel
    return one if _ONE.fullmatch(one) else None


def _japanese_pair(words: list[str], code: str) -> bool:
    """'Jun Saito', 'Ken Sato': a listed Japanese family name after a listed Japanese given name is no
    Korean family name with its given name written as one word (no 'Sa-it Yoon')."""
    lists = name_lists()
    forms = [_read_forms(w, code) for w in words]  # "Džun Saito", "Jun Saito"
    return bool(forms[0] & lists["JAPANESE_GIVEN"]) and bool(forms[1] & lists["JAPANESE_FAMILY"])


@lru_cache(maxsize=16384)
def _read_forms(word: str, code: str) -> frozenset[str]:
    """A word's romanised and Hepburn keys, per word: every run of two words in a text asks."""
    return frozenset((fold(romanise(word, code)), fold(hepburn(word, code))))


# family names spelt as a common word of the region's languages (English "an", German "an")
_WORD_FAMILIES = frozenset({"an"})


def more_common_family(last: str, first: str) -> bool:
    """Is the last word a Korean family name far more frequent than the first ("Sung Joo Choi": Choi is
    the family, Sung a syllable of the given name), so that the name is written given name first?"""
    rank = korean_family_rank()
    return fold(last) in rank and rank[fold(last)] + KOREAN_RANK_GAP < rank.get(fold(first), len(rank))


KOREAN_RANK_GAP = 30  # romanisations apart in the frequency list: the top families against the rare ones


def korean_name(words: list[str], code: str) -> str | None:
    """'Хван Бюн Чоль', 'Čo Te-jul', 'Seoung-hyun Moona' -> 'Byun-chol Hwang', 'Te-yul Cho', 'Seoung-hyun Moon'."""
    # the family name comes first and may carry the case ending ("ambasadora Lima Ki-mo", "z Kimem Jong-unem")
    if words and words[0].lower() in _WORD_FAMILIES and not (len(words) == 2 and "-" in words[1]):
        return None  # "An Open Letter", "An Bord": a family name that is a common word reads so only as "An Kwang-il"
    if len(words) == 3 and _short(words[1]) and (last := _short_stem(words[2])) and (fam := family_of(words[0], True)):
        # "Lee Jae Myung" keeps its English spelling in a Polish text; "z Jun Sok Jolem" is read the Polish way
        english = _english_spelt(words[1], last) and (_english_spelt(words[0]) or "j" not in words[0].lower())
        read = (lambda w: w.lower()) if english else (lambda w: syllables(w, code))
        if (lf := family_of(last, True)) and more_common_family(lf, fam):
            # "Sung Joo Choi", "s Ku Hjon Kimem": a family name far more frequent than the first word's is the one
            # written last, after the given name
            given = _uninflected(f"{read(words[0])}-{read(words[1])}")
            return f"{given.capitalize()} {_as_written(last) or lf.capitalize()}"
        given = _uninflected(f"{read(words[1])}-{read(last)}")
    elif len(words) == 2 and "-" in words[1] and (fam := family_of(words[0], True)):
        given = _uninflected(syllables(words[1], code))
    elif len(words) == 2 and "-" in words[0] and "-" not in words[1] and (fam := family_of(words[1], True)):
        given = _uninflected(syllables(words[0], code))  # "z Tae-yulem Cho": given name first, in its case
    # the family name (a per-word cache) is asked before the Japanese pair (two readings of each word): most
    # runs of two capitalised words open with no Korean family name, and either failing ends the branch
    elif len(words) == 2 and has_cyrillic(words[1]) and (fam := family_of(words[0], True)) \
            and not _japanese_pair(words, code) and (one := _one_syllable_in_case(words[1], code)):
        given = one  # "с Пак Чином": Cyrillic writes each syllable apart, so one word in a case is one syllable
    elif len(words) == 2 and (fam := family_of(words[0], True)) and not _japanese_pair(words, code) \
            and (pair := _two_syllables(words[1], code)):
        given = pair  # Hungarian "Kim Dzsinpjóval", Latvian "Omu Sokčonu": the given name written as one word
    elif len(words) == 2 and (fam := family_of(words[0], True)) and not _japanese_pair(words, code) \
            and (one := _one_syllable(words[1], code)):
        given = one  # "Pak Dzsin", "Park Jin": a given name of one syllable
    elif given_first := _given_first(words, code):
        given, fam = given_first  # "с Генконсулом Бюн Чоль Хваном": the given name first, the family in its case
        return f"{given.capitalize()} {fam.capitalize()}"
    else:
        return None
    written = words[1] if "-" in words[0] and len(words) == 2 else words[0]
    return f"{given.capitalize()} {_as_written(written) or fam.capitalize()}"


def _given_first(words: list[str], code: str) -> tuple[str, str] | None:
    """(given, family) of three syllables that close with a family name in its case and open with none
    ('Бюн Чоль Хваном' -> byun-chol, hwang); 'Ким Ён Нам' opens with one and is read family first."""
    if len(words) != 3 or not (_short(words[0]) and _short(words[1])) or family_of(words[0], True) \
            or any(w.lower() in given_names() for w in words[:2]):
        return None  # "Anna Maria Lee" is the region's given names before a family name
    fam = family_of(words[2], True)
    if not fam or "-" in words[2] or len(words[2]) > _MAX_SYLLABLE + 3:
        return None
    english = _english_spelt(words[0], words[1])
    read = (lambda w: w.lower()) if english else (lambda w: syllables(w, code))
    return f"{read(words[0])}-{read(words[1])}", fam


# spellings no Slavic orthography writes; a vowel closed by a silent h too ("Suh", "Noh", "Huh": the bearers'
# own spellings, where the standard forms are Seo, Roh, Heo)
_ENGLISH_FAMILY = re.compile(r"ch|sh|w|oo|ee|y|ae|eo|eu|[aeiou]h$")


def _as_written(word: str) -> str | None:
    """A family name written in an English spelling of its own ('Chung', 'Choe', 'Kwon', 'Rhee') is the
    name as its bearer spells it, not the standard form ('Jeong'); a Slavic spelling ('Čong', 'Mun') is not."""
    low = word.lower()
    if word.isascii() and _ENGLISH_FAMILY.search(low) and low in name_lists()["KOREAN_FAMILY"]:
        return word.capitalize()
    return None
