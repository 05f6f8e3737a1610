"""Foreign names as the report's language writes them, and the gender their sentences agree with.

How a name is written depends on the person's state and on the report's wording (NAME_RENDERING in
messages/<lang>.yaml): Korean names transcribed from the registry's Hangul ('최선희' -> 'Czoe Son Hui'),
Japanese names family name first ('Taro Kono' -> 'Kono Taro', as the analysts' reports write them),
names of states that write in Cyrillic transcribed from the registry's spelling in the state's own
alphabet ('Сергей Лавров' -> 'Siergiej Ławrow'), Georgian names from the registry's Georgian spelling
('ირაკლი კობახიძე' -> 'Irakli Kobachidze'); any other name stays as the registry gives it."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from kronika import data
from kronika.model import Person
from kronika.report.messages import catalogue

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_GEORGIAN = re.compile(r"^[\u10D0-\u10FF\s-]+$")
_IOTATED = {"е": "je", "ё": "jo", "ю": "ju", "я": "ja", "є": "je"}
_VOWELS = "аеёиоуыэюяіїєъь"
_SKI = re.compile(r"(?<=[sc])k(?:ij|yj|y)\b")


@dataclass(frozen=True)
class Name:
    """A person's name in the report's language: its words, how they decline, and the gender."""
    text: str
    style: str             # hangul | korean_order | family_first | cyrillic | georgian | as_registered
    gender: str | None     # 'm', 'f', or None when nothing tells
    state: str | None = None  # the bearer's state, whose own name endings come first (NAME_DECLENSION_STATE)


def polish_cyrillic(name: str, state: str = "RU", lang: str = "pl") -> str:
    """'Сергей Лавров' -> 'Siergiej Ławrow': the letters of the person's state (CYRILLIC in the report
    wording); л is ł except before a soft vowel (е is hard where it is written e: 'Кулеба' Kułeba),
    е/ю/я begin with j at a word's start or after a vowel; adjectival surnames end in -ski, -cki
    ('Зеленський' Zełenski, 'Жолковский' Żołkowski)."""
    table = catalogue(lang).get("CYRILLIC") or {}
    letters = {**table.get("base", {}), **(table.get(state) or {})}
    soft = set("ьеёюяиіє") - ({"и"} if letters.get("и") == "y" else set()) - \
        ({"е"} if letters.get("е") == "e" else set())
    out = []
    low = name.lower()
    for i, ch in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        prev = low[i - 1] if i else " "
        tr = letters.get(ch, ch)
        if ch == "л":
            tr = "l" if nxt in soft else "ł"
        elif ch in _IOTATED and prev in "иі" and not nxt.isalpha() and letters.get(ch, "").startswith("i"):
            tr = tr[1:]  # a final 'ия' is 'ia' ('Мария' Maria)
        elif ch in _IOTATED and (not prev.isalpha() or prev in _VOWELS):
            tr = _IOTATED[ch] if letters.get(ch, "")[:1] in ("i", "j") else tr
        elif ch == "ь" and nxt and nxt in "аоу":
            tr = "j"
        if tr and ch in _IOTATED and prev in "чшщжл" and tr.startswith("i"):
            tr = tr[1:]  # a soft l and the hushes need no i ('Лебедев' Lebiediew, 'Чечня' Czeczenia)
        out.append(tr.capitalize() if name[i].isupper() and tr else tr)
    return _SKI.sub("ki", "".join(out))


def person_name(p: Person, lang: str) -> str:
    """A person's name for the report: the Polish transcription of a Cyrillic original when it is the
    whole name in its base form (as many words as the canonical name, the same last letter), by the
    alphabet of the text it was quoted from (CYRILLIC_LANGUAGES), else the canonical name."""
    orig = p.name_original or ""
    canon = p.name or orig
    table = catalogue(lang).get("CYRILLIC") or {}
    if not re.search(r"[\u0400-\u04FF]", orig) or (p.country or "RU") not in table:
        return canon
    written = (catalogue(lang).get("CYRILLIC_LANGUAGES") or {}).get(getattr(p, "doc_lang", None) or "")
    tr = polish_cyrillic(orig, written or p.country or "RU", lang)
    last = lambda x: {"w": "v", "ł": "l", "j": "y", "h": "g"}.get(x[-1:].lower(), x[-1:].lower())
    if len(tr.split()) != len(canon.split()) or last(tr) != last(canon):
        return canon  # a declined form ('Іваєю') or a surname alone: the canonical name is safer
    return tr


def _key(name: str) -> tuple[str, ...]:
    """The words of a name, lower-cased, without accents and hyphens, in any order."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return tuple(sorted(re.findall(r"\w+", plain)))


@cache
def _index() -> tuple[dict, dict]:
    """Registry persons by (name key, country) and by name key alone (when it names one person)."""
    from kronika.data import registry

    by_country: dict = {}
    by_name: dict = {}
    for p in registry():
        for n in [p["name"], *p.get("aliases", [])]:
            k = _key(str(n))
            if not k:
                continue
            by_country.setdefault((k, p.get("country")), p)
            by_name.setdefault(k, []).append(p)
    unique = {k: v[0] for k, v in by_name.items() if len({id(x) for x in v}) == 1}
    return by_country, unique


def registry_person(p: Person) -> dict | None:
    """The registry's entry for an event's person: by name and state, else by a name only one has."""
    by_country, unique = _index()
    for n in (p.name, p.name_original):
        if n:
            hit = by_country.get((_key(n), p.country)) or unique.get(_key(n))
            if hit:
                return hit
    return None


def gender(p: Person, lang: str = "pl") -> str | None:
    """'f' for the registry's women, 'm' for its other entries (FORMAT.md: women carry gender: f),
    else what the dictionary knows of the first name as written or transcribed ('Руслан' ->
    'Rusłan'); None when nothing tells."""
    known = registry_person(p)
    if known is not None:
        return "f" if known.get("gender") == "f" else "m"
    firsts = [n.split()[0] for n in (p.name, p.name_original) if n and n.split()]
    table = catalogue(lang).get("CYRILLIC") or {}
    if firsts[1:] and _CYRILLIC.search(firsts[-1]) and (p.country or "RU") in table:
        firsts.append(polish_cyrillic(firsts[-1], p.country or "RU", lang))
    found = {g for g in map(_first_name_gender, firsts) if g}
    if not found:  # a first name of the region's public life the Polish dictionary does not know (Jüri, Zoran)
        listed = data.given_names()
        found = {listed[w.lower()] for w in firsts if w.lower() in listed}
    if not found and firsts:  # a Japanese given name by its ending (the canonical name is given name first)
        found = _by_given_ending(firsts[0], p.country, lang)
    if not found:  # the source declined it: 'z przewodniczącym Moon Hee-sanem' is a man's name
        found = _by_source_ending(p)
    if not found and getattr(p, "gender_hint", None):  # ... or declined it in another entry (report/people.py)
        found = {p.gender_hint}
    return found.pop() if len(found) == 1 else None


def _by_source_ending(p: Person) -> set[str]:
    """The gender a case ending of one gender only tells, where the source's text (its language's
    CASE_ENDINGS_BY_GENDER) added one to a word of the name: 'Hee-sanem' of 'Hee-san'."""
    from kronika.report.messages import languages

    text_lang = getattr(p, "doc_lang", None)  # a QuotedPerson's
    if text_lang not in languages():
        return set()
    endings = catalogue(text_lang).get("CASE_ENDINGS_BY_GENDER") or {}
    words = {w.lower() for w in (p.name or "").split()}
    said = [w.lower() for w in (p.name_original or "").split()]
    found = {g for g, ends in endings.items() for w in said for e in ends
             if w.endswith(e) and w[: len(w) - len(e)] in words}
    # a consonant ending declined by NAME_DECLENSION, which only men's names take ('Pak Myong-guka')
    mens = catalogue(text_lang).get("NAME_DECLENSION") or []
    if any(w != base and base[-1:] not in "aeiouy" and base.endswith(ending) and
           w in {base[: len(base) - len(ending)] + f for f in forms.values()}
           for w in said for base in words for ending, forms in mens):
        found.add("m")
    return found


def _by_given_ending(first: str, state: str | None, lang: str) -> set[str]:
    endings = (catalogue(lang).get("GIVEN_NAME_ENDINGS") or {}).get(state or "") or {}
    word = _plain_vowels(first).lower()
    hits = {(len(e), g) for g, ends in endings.items() for e in ends if word.endswith(e) and len(word) > len(e) + 1}
    return {max(hits)[1]} if hits and len({g for n, g in hits if n == max(hits)[0]}) == 1 else set()


@cache
def _first_name_gender(word: str) -> str | None:
    """The gender Morfeusz gives a first name ('Anna' f, 'Jan' m), when all its readings as one agree."""
    from kronika.report.grammar import _morfeusz

    genders = set()
    for _s, _e, (_form, _lemma, tag, quals, _k) in _morfeusz().analyse(word):
        parts = tag.split(":")
        if "imię" in quals and parts[0] == "subst" and len(parts) > 3 and "nom" in parts[2].split("."):
            genders.add("f" if parts[3] == "f" else "m" if parts[3].startswith("m") else "?")
    return genders.pop() if len(genders) == 1 and "?" not in genders else None


def render(p: Person, lang: str) -> Name:
    """A person's name as the report's language writes it (see the module's docstring)."""
    from dataclasses import replace

    return replace(_render(p, lang), state=p.country)


def _render(p: Person, lang: str) -> Name:
    c = catalogue(lang)
    canon = p.name or p.name_original or ""
    style = (c.get("NAME_RENDERING") or {}).get(p.country or "", "")
    known = registry_person(p)
    aliases = [str(a) for a in (known or {}).get("aliases", [])]
    g = gender(p, lang)
    if style == "hangul":
        hangul = next((a for a in aliases if " " in a and _is_hangul(a)), None) or \
            next((a for a in aliases if _is_hangul(a)), None) or \
            (p.name_original if _is_hangul(p.name_original or "") else None)
        if hangul:
            return Name(hangul_name(hangul, lang), style, g)
        if _korean_family(canon):  # no Hangul known: the romanised name, family name first ('Moon Hee-san')
            return Name(_family_first(canon), style, g)
        return Name(canon, "as_registered", g)  # not a Korean name, whatever state it was filed under
    if style == "korean_order":  # the registry's 'Given Family' turned round where the family is Korean
        return Name(_family_first(canon) if _korean_family(canon) else canon, style, g)
    if style == "family_first":
        return Name(_family_first(_plain_vowels(canon)), style, g)
    if style == "georgian":
        spelled = next((a for a in aliases if len(a.split()) >= 2 and _GEORGIAN.match(a)), None)
        if spelled:
            return Name(georgian_name(spelled, lang), style, g)
        return Name(canon, "as_registered", g)
    table = c.get("CYRILLIC") or {}
    if p.country in table:
        written = source_spelling(p, lang)
        if written:  # the report's language spelled it itself ('Siergiej Ławrow', 'Igor Morgulow'): kept
            return Name(written, "cyrillic", g)
        spelled = own_cyrillic(aliases, p.country, lang, str((known or {}).get("name") or canon))
        if spelled:
            return Name(polish_cyrillic(spelled, p.country, lang), "cyrillic", g)
        return Name(person_name(p, lang), "cyrillic", g)
    if not p.country and _korean_family(canon) and _family_first(canon) == (p.name_original or "").strip():
        return Name(_family_first(canon), "as_registered", g)  # a Korean of no known state, as the source wrote him
    return Name(canon, "as_registered", g)


def source_spelling(p: Person, lang: str) -> str | None:
    """The name as a source in the report's language wrote it, in its base form, or None."""
    from difflib import SequenceMatcher

    # 'Igorem Morgulowem' -> 'Igor Morgulow': of the word, its lemmas and stems, the one that sounds most like the
    # canonical word; a word too far from it (a surname alone, another person) leaves the registry's spelling

    orig, canon = p.name_original or "", p.name or ""
    if getattr(p, "doc_lang", None) != lang or not orig or _CYRILLIC.search(orig) or not canon:
        return None
    words, canon_words = orig.split(), canon.split()
    if len(words) != len(canon_words):
        return None
    c = catalogue(lang)
    rules = (c.get("NAME_DECLENSION") or []) + (c.get("NAME_DECLENSION_A") or []) + (c.get("NAME_DECLENSION_I") or [])
    out = []
    for word, target in zip(words, canon_words):
        sound = _sound(target)
        ranked = sorted(_base_forms(word, rules), key=lambda w: -SequenceMatcher(None, _sound(w), sound).ratio())
        best = ranked[0]
        if SequenceMatcher(None, _sound(best), sound).ratio() < 0.75:
            return None
        out.append(best)
    return " ".join(out)


def _base_forms(word: str, rules: list) -> list[str]:
    """The word itself, then its dictionary lemmas and the stems its name endings leave."""
    from kronika.report.grammar import _morfeusz

    out = [word]
    head, _, last = word.rpartition("-")
    for _s, _e, (_form, lemma, tag, _q, _k) in _morfeusz().analyse(last):
        base = lemma.split(":")[0]
        if tag.startswith("subst") and base[:1].isupper() and base != last:
            out.append(f"{head}-{base}" if head else base)
    for ending, forms in rules:
        for form in set(forms.values()):
            if last.endswith(form) and len(last) > len(form) + 1:
                stem = last[: len(last) - len(form)] + ending
                if set(_marked(stem)) <= set(_marked(last)):  # 'Kułebą' is no Czech 'Kułebá'
                    out.append(f"{head}-{stem}" if head else stem)
    return list(dict.fromkeys(out))


def _marked(word: str) -> str:
    """The letters of a word that carry a diacritic."""
    return "".join(ch for ch in word if unicodedata.decomposition(ch) or not ch.isascii())


def _sound(name: str) -> str:
    """A spelling reduced to its sound across Polish and English transcription ('Ławrow', 'Lavrov')."""
    low = _plain_vowels(name.lower().replace("ą", "on").replace("ę", "en"))  # a case's nasal ending is no plain vowel
    low = low.replace("kh", "ch").replace("zh", "ż").replace("sh", "sz")
    low = re.sub(r"(?<=[^aeiouy\s])ie", "e", low)  # the soft 'ie' of 'Siergiej' is the 'e' of 'Sergey'
    return re.sub(r"sz|cz|ch|ż|w|ł|h|y|j", lambda m: {
        "sz": "s", "cz": "c", "ch": "k", "ż": "z", "w": "v", "ł": "l", "h": "g", "y": "i", "j": "i"}[m.group(0)], low)


def _korean_family(name: str) -> bool:
    """Whether the last word of a 'Given Family' name is a Korean family name (data/names.yaml)."""
    from kronika.data import name_lists

    words = name.split()
    return len(words) > 1 and words[-1].lower() in name_lists()["KOREAN_FAMILY"]


def _is_hangul(text: str) -> bool:
    letters = [ch for ch in text if not ch.isspace()]
    return bool(letters) and all(_HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST for ch in letters)


def _family_first(name: str) -> str:
    """'Son-hui Choe' -> 'Choe Son-hui': the registry's 'Given Family' order turned round."""
    words = name.split()
    return " ".join(words[-1:] + words[:-1]) if len(words) > 1 else name


def _plain_vowels(name: str) -> str:
    """'Kōno' -> 'Kono': long-vowel marks dropped, as the analysts write Japanese names."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def own_cyrillic(aliases: list[str], state: str, lang: str, canon: str = "") -> str | None:
    """The registry's spelling in the state's own alphabet (ALPHABETS of the report wording): every
    letter in it, a letter only that alphabet has preferred ('Андрій Сибіга' for Ukraine, not the
    Russian 'Андрей Сибига')."""
    alphabets = catalogue(lang).get("ALPHABETS") or {}
    own = alphabets.get(state)
    if not own:
        return None
    letters, distinct = set(own["letters"]), set(own.get("distinctive", ""))
    fits = [a for a in aliases if _CYRILLIC.search(a) and len(a.split()) >= 2
            and set(re.sub(r"[\s'’-]", "", a.lower())) <= letters]
    fits.sort(key=lambda a: (-_likeness(a, canon, state, lang), not (set(a.lower()) & distinct)))
    return fits[0] if fits else None


def _likeness(cyrillic: str, canon: str, state: str, lang: str) -> float:
    """How close a Cyrillic spelling, transcribed, comes to the registry's English name: a state's
    letters fit its neighbours' spellings too (the Belarusian 'Уладзімір Зяленскі' and the Russian
    'Дмитрий Кулеба' are all Ukrainian letters), but the English name follows the state's own."""
    from difflib import SequenceMatcher

    plain = lambda t: re.sub(r"(?<=[^aeiou\s])j|sz|cz|ch|ż|w|ł|h|y", lambda m: {
        "sz": "s", "cz": "c", "ch": "k", "ż": "z", "w": "v", "ł": "l", "h": "g", "y": "i"}.get(m.group(0), ""),
        _plain_vowels(t).lower())
    mine = plain(polish_cyrillic(cyrillic, state, lang))
    english = plain(canon.lower().replace("kh", "ch").replace("zh", "ż").replace("sh", "sz"))
    return SequenceMatcher(None, mine, english).ratio() if canon else 0.0


def georgian_name(name: str, lang: str) -> str:
    """'ირაკლი კობახიძე' -> 'Irakli Kobachidze' by the GEORGIAN table of the report wording."""
    table = catalogue(lang).get("GEORGIAN") or {}
    return " ".join("".join(table.get(ch, ch) for ch in word).capitalize() for word in name.split())


def hangul_name(hangul: str, lang: str) -> str:
    """'최 선희' -> 'Czoe Son Hui': each syllable by the HANGUL table of the report wording, family name
    first; k, t, p voiced inside a given name after a voiced sound, as the transcription writes them."""
    table = catalogue(lang)["HANGUL"]
    words = hangul.split()
    if len(words) == 1:
        words = [hangul[:1], hangul[1:]]  # one-syllable family names are the rule
    out = []
    for wi, word in enumerate(words):
        prev, syllables = "", []
        for si, ch in enumerate(word):
            code = ord(ch) - _HANGUL_FIRST
            if not 0 <= code <= _HANGUL_LAST - _HANGUL_FIRST:
                syllables.append(ch)
                continue
            ini, vow, fin = table["initial"][code // 588], table["vowel"][(code % 588) // 28], table["final"][code % 28]
            if si and prev and (prev[-1] in "aeiouylmn" or prev.endswith("ng")):
                ini = table.get("voiced", {}).get(ini, ini)
            prev = ini + vow + fin
            syllables.append(prev)
        # a family name is one word ('Namgung'), a given name one word per syllable ('Dzong Un')
        out += ["".join(syllables).capitalize()] if wi == 0 else [x.capitalize() for x in syllables]
    return " ".join(out)


def declines_alike(name: Name, case: str, lang: str) -> bool:
    """Whether the name has one form in the case whatever its bearer's gender ('Eizo Kaneyasu')."""
    return len({in_case(Name(name.text, name.style, g, name.state), case, lang) for g in ("m", "f")}) == 1


def in_case(name: Name, case: str, lang: str) -> str:
    """The name in the case: a Korean name declines its last word only and by consonant endings
    ('Kim Dzong Una'); other names every word, through the dictionary where it knows a Cyrillic or
    Western name, else by endings (NAME_DECLENSION, _A, _I). A woman's name declines only in -a; a
    name whose bearer's gender is unknown declines only where a man's and a woman's forms agree
    ('Eizo Kaneyasu', 'Hanno Pevkur' stays), else it stays in the nominative."""
    from kronika.report.grammar import declines

    if not case or case == "nom" or not declines(lang):
        return name.text
    if name.gender is None:
        forms = {in_case(Name(name.text, name.style, g, name.state), case, lang) for g in ("m", "f")}
        return forms.pop() if len(forms) == 1 else name.text
    c = catalogue(lang)
    own = ((c.get("NAME_DECLENSION_STATE") or {}).get(name.state or "") or []) if name.gender == "m" else []
    consonant = own + (c.get("NAME_DECLENSION") or []) if name.gender == "m" else []
    vowel = sorted(c.get("NAME_DECLENSION_A") or [], key=lambda r: -len(r[0]))
    if name.gender == "m":
        vowel += c.get("NAME_DECLENSION_I") or []
    words = name.text.split()
    if name.style == "hangul":
        return " ".join(words[:-1] + [_by_endings(words[-1], case, consonant)])
    dictionary = name.style in ("cyrillic", "as_registered")  # a transcription the dictionary cannot know
    return " ".join(_word(w, case, consonant, vowel, name.gender, dictionary) for w in words)


def _word(word: str, case: str, consonant: list, vowel: list, gender: str, dictionary: bool) -> str:
    """One word of a name in the case (a hyphenated word declines its last part)."""
    from kronika.report.grammar import _decline_word, _morfeusz

    head, _, last = word.rpartition("-")
    known = dictionary and any(not r[2][2].startswith("ign") and r[2][2].split(":")[-1] in
                               (("f",) if gender == "f" else ("m1",)) for r in _morfeusz().analyse(last))
    out = _shortest_form(last, case, "f" if gender == "f" else "m1") or \
        _decline_word(last, case, "f" if gender == "f" else "m1") if known else _by_endings(last, case, vowel + consonant)
    return f"{head}-{out}" if head else out


def _shortest_form(word: str, case: str, gender: str) -> str | None:
    """The name in the case when the dictionary gives it two declensions, the one with the mobile e
    dropped ('Aleksander': 'Aleksandrem', not 'Aleksanderem'), as names of that form are written."""
    from kronika.report.grammar import _morfeusz

    if not re.search(r"e[^aeiouyąęó]$", word):
        return None  # a mobile e stands before the last consonant ('Aleksander', 'Marek'), not in 'Bojko'
    m = _morfeusz()
    lemmas = {lemma for _s, _e, (_f, lemma, tag, _q, _k) in m.analyse(word)
              if tag.split(":")[0] == "subst" and tag.split(":")[1:2] == ["sg"]
              and "nom" in tag.split(":")[2].split(".") and tag.split(":")[-1] == gender}
    if len(lemmas) < 2:
        return None
    forms = [form for lemma in lemmas for form, glemma, gtag, _q, _k in m.generate(lemma.split(":")[0])
             if glemma == lemma and gtag.split(":")[1] == "sg" and case in gtag.split(":")[2].split(".")]
    if not forms:
        return None
    best = min(forms, key=len)
    return best[:1].upper() + best[1:] if word[:1].isupper() else best


def _by_endings(word: str, case: str, rules: list) -> str:
    for ending, forms in rules:
        if word.lower().endswith(ending) and case in forms:
            return word[: len(word) - len(ending)] + forms[case]
    return word
