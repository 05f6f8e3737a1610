"""Names in the report language, in the grammatical case a sentence needs (Polish via Morfeusz)."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kronika.report.messages import catalogue, join

CASES = {"nom", "gen", "dat", "acc", "inst", "loc", "voc"}


@cache
def _morfeusz():
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=True)


def country_name(code: str, lang: str) -> str:
    """The state's name in the report language: the catalogue's own, else CLDR's."""
    own = (catalogue(lang).get("COUNTRY_NAMES") or {}).get(code)
    if own:
        return own
    from kronika.report_names import country_name as cldr

    return cldr(code, lang)


@cache
def declines(lang: str) -> bool:
    """Does the report language change its nouns' endings (its catalogue's DECLENSION: morfeusz)?"""
    return catalogue(lang).get("DECLENSION") == "morfeusz"


@lru_cache(maxsize=4096)
def decline(phrase: str, case: str, lang: str) -> str:
    """The phrase in the case: decline('Japonia', 'acc', 'pl') -> 'Japonię'; other languages as they are."""
    if not declines(lang) or not case or case == "nom" or case not in CASES:
        return phrase
    words = phrase.split()
    agree = _head_agreement(words)
    # the other words agree with the head noun ('Stany Zjednoczone' plural, 'Nowe Delhi' singular)
    return " ".join(_decline_word(w, case, agree=agree) for w in words)


def _head_agreement(words: list[str]) -> tuple[str, str] | None:
    """(number, gender) of a phrase's head: its word read only as a nominative noun; a word the
    dictionary does not know ('Delhi') counts as a singular noun."""
    if len(words) < 2:
        return None
    for w in words:
        readings = [r[2][2].split(":") for r in _morfeusz().analyse(w)]
        if all(t[0] == "ign" for t in readings):
            return ("sg", "")
        nouns = [t for t in readings if t[0] == "subst" and len(t) > 3 and "nom" in t[2].split(".")]
        if nouns and not any(t[0] in ("adj", "ppas") for t in readings):
            return (nouns[0][1], nouns[0][3])
    return None


def noun_agreement(phrase: str) -> tuple[str, str]:
    """(number, gender) a phrase's head gives a verb: 'Rosja' (sg, f), 'Stany Zjednoczone' (pl, …),
    'Maroko' (sg, n); ('sg', 'm') when the dictionary does not know it."""
    words = phrase.split()
    if len(words) > 1:
        return _head_agreement(words) or ("sg", "m")
    readings = sorted(_morfeusz().analyse(phrase), key=lambda r: "nazwa_geograficzna" not in r[2][3])
    for r in readings:
        t = r[2][2].split(":")
        if t[0] == "subst" and len(t) > 3 and "nom" in t[2].split("."):
            return t[1], t[3].split(".")[0]
    return ("sg", "m")


@lru_cache(maxsize=1024)
def past_form(verb: str, number: str, gender: str) -> str:
    """A past-tense verb written for a man ('zwrócił') in the number and gender of another subject:
    ('pl', 'n') 'zwróciły', ('sg', 'f') 'zwróciła'; as it is when the dictionary does not read it."""
    m = _morfeusz()
    for _s, _e, (_form, lemma, tag, _q, _k) in m.analyse(verb):
        parts = tag.split(":")
        if parts[0] != "praet":
            continue
        for form, glemma, gtag, _q2, _k2 in m.generate(lemma):
            g = gtag.split(":")
            if g[0] == "praet" and g[1] == number and gender in g[2].split(".") and g[-1] == parts[-1]:
                return form
    return verb


@lru_cache(maxsize=4096)
def decline_person(phrase: str, case: str, lang: str, words: int = 99) -> str:
    """An office or a man's name in the case, its first `words` words declined as masculine nouns
    ('ambasador Rosji' -> 'ambasadorem Rosji'); words the dictionary does not know stay as they are."""
    if not declines(lang) or not case or case == "nom" or case not in CASES:
        return phrase
    out, head_seen = [], False
    for i, w in enumerate(phrase.split()):
        kind = _nominative_kind(w)
        # adjectives before the head noun, the head noun, adjectives after it; then a complement
        declining = i < words and (kind == "adj" or (kind == "subst" and not head_seen))
        if not declining:
            out += phrase.split()[i:]
            break
        head_seen = head_seen or kind == "subst"
        out.append(_decline_word(w, case, "m1"))
    return " ".join(out)


def decline_name(name: str, case: str, lang: str) -> str:
    """A man's name in the case: words the dictionary knows through it, others by their endings
    (NAME_DECLENSION of the language's report wording); hyphenated parts keep all but the last."""
    if not case or case == "nom" or case not in CASES:
        return name
    rules = catalogue(lang).get("NAME_DECLENSION") or []
    return " ".join(_name_word(w, case, rules) for w in name.split())


def _name_word(word: str, case: str, rules: list) -> str:
    head, _, last = word.rpartition("-")
    known = [r for r in _morfeusz().analyse(last) if not r[2][2].startswith("ign")]
    if known:
        out = _decline_word(last, case, "m1")
    else:
        out = last
        for ending, forms in rules:
            if last.lower().endswith(ending) and case in forms:
                out = last[: len(last) - len(ending)] + forms[case]
                break
    return f"{head}-{out}" if head else out


def _nominative_kind(word: str) -> str | None:
    """'subst' or 'adj' when the dictionary reads the word as a singular nominative noun or adjective
    (an unknown word counts as a noun), else None."""
    readings = _morfeusz().analyse(word)
    if all(r[2][2].startswith("ign") for r in readings):
        return "subst"
    tags = [r[2][2].split(":") for r in readings]
    for pos in ("subst", "adj"):
        if any(t[0] == pos and len(t) > 2 and t[1] == "sg" and "nom" in t[2].split(".") for t in tags):
            return pos
    return None


def fix_prepositions(text: str, lang: str) -> str:
    """'z specjalnym' -> 'ze specjalnym', 'w Włoszech' -> 'we Włoszech' (the language's own rules)."""
    import re

    for prep, (longer, pattern) in (catalogue(lang).get("PREPOSITION_VARIANTS") or {}).items():
        text = re.sub(rf"(?<!\w){prep} (?={pattern})", longer + " ", text)
    return text


def _decline_word(word: str, case: str, gender_first: str | None = None,
                  agree: tuple[str, str] | None = None) -> str:
    """One word of a nominative phrase in another case, agreeing in number and gender."""
    m = _morfeusz()
    # a noun reading first ("Polska" the country, not the adjective), then adjectives and participles
    def rank(a):
        tag, quals = a[2][2], a[2][3]
        pos = tag.split(":")[0]
        own = 0 if not gender_first or tag.endswith(":" + gender_first) else 1
        if agree:  # the reading that agrees with the head noun, an adjective before a same-form noun
            parts = tag.split(":")
            fits = len(parts) > 3 and parts[1] == agree[0] and (not agree[1] or agree[1] in parts[3].split("."))
            return (0 if fits else 1, 0 if pos in ("adj", "ppas") else 1, 0)
        return (own, 0, 0 if pos == "subst" and "nazwa_geograficzna" in quals else {"subst": 1, "adj": 2, "ppas": 3}.get(pos, 9))

    readings = sorted(m.analyse(word), key=rank)
    for _s, _e, (_form, lemma, tag, _q, _k) in readings:
        parts = tag.split(":")
        if parts[0] not in ("subst", "adj", "ppas") or len(parts) < 3 or "nom" not in parts[2].split("."):
            continue
        number = parts[1]
        gender = parts[3] if len(parts) > 3 else ""
        for form, glemma, gtag, _q2, _k2 in m.generate(lemma.split(":")[0]):
            g = gtag.split(":")
            if glemma != lemma or g[0] != parts[0] or g[1] != number or case not in g[2].split("."):
                continue
            if gender and len(g) > 3 and not set(gender.split(".")) & set(g[3].split(".")):
                continue
            if (parts[0] == "adj" and g[-1] != "pos") or (parts[0] == "ppas" and g[-1] != "aff"):
                continue
            return form[:1].upper() + form[1:] if word[:1].isupper() else form
    return word


@lru_cache(maxsize=1024)
def agree_verb(verb: str, gender: str, plural: bool = False) -> str:
    """A past-tense verb written for a man ('spotkał', 'zainicjowali') in the form that agrees with
    a woman, or with women only when plural; a word the dictionary does not read so stays as it is."""
    if gender not in ("f", "n"):
        return verb
    m = _morfeusz()
    want = "pl" if plural else "sg"
    for _s, _e, (_form, lemma, tag, _q, _k) in m.analyse(verb):
        parts = tag.split(":")
        if parts[0] != "praet" or parts[1] != want:
            continue
        for form, glemma, gtag, _q2, _k2 in m.generate(lemma):
            g = gtag.split(":")
            if g[0] == "praet" and g[1] == want and gender in g[2].split(".") and g[-1] == parts[-1]:
                return form
    return verb


_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


def fill(template: str, lang: str, **values) -> str:
    """Fill {name} and {name:case} slots; values for cased slots are declined in the language."""

    def sub(m):
        name, case = m.group(1), m.group(2)
        v = values.get(name, "")
        if isinstance(v, (list, tuple)):  # a list of names: declined one by one, then joined
            v = join([decline(x, case, lang) if case else x for x in v], lang)
        elif case:
            v = decline(str(v), case, lang)
        return str(v)

    return _SLOT.sub(sub, template)
