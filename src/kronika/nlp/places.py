"""Cities the language data does not list, found by their GeoNames names after a locative word."""
from __future__ import annotations

from kronika import data
from kronika.text.lexicon import Match
from kronika.text.tokens import Token, case_readings


def _opens_line(text: str, tok: Token) -> bool:
    """A word that opens a line and is followed by a dateline's comma or stop ("MADRID, June 29")."""
    ls = text.rfind("\n", 0, tok.start) + 1
    return text[ls:tok.start].strip() == "" and text[tok.end:tok.end + 1] in (",", ".")


def geo_cities(tokens: list[Token], text: str, lang, known: list[Match],
               visited: frozenset[int] = frozenset()) -> list[Match]:
    """'w Sendai', 'in Nagoya', 'MADRID, June 29', 'в Хабаровске', 'Szegeden': a capitalised GeoNames
    name after a locative word or opening a dateline, or in a case form of the language's CITY_ENDINGS
    (after a locative word; anywhere where the language marks place by case alone); `visited` are the
    tokens a verb of visiting may take as its object ('посетил во вторник Казань')."""
    taken = {i for m in known for i in range(m.start, m.end)}  # "Republica Moldova" is a country
    names = data.city_names()
    out = []
    for i in range(0, len(tokens)):
        if i in taken or not tokens[i].text[:1].isupper():
            continue
        after_locative = (i > 0 and tokens[i - 1].low in lang.locative) or i in visited
        if after_locative or _opens_line(text, tokens[i]):
            hit = _whole_name(tokens, i, names)
            if hit:
                out.append(hit)
                continue
        if after_locative or lang.place_by_case:
            hit = _case_form(tokens[i], i, names, lang)
            if hit:
                out.append(hit)
    return out


def _whole_name(tokens: list[Token], i: int, names: dict[str, str]) -> Match | None:
    """The city whose GeoNames name the words from i on spell ("Novi Sad" before "Novi")."""
    for n in (2, 1):
        if i + n > len(tokens):
            continue
        key = " ".join(t.low for t in tokens[i:i + n])
        if key in names and names[key]:
            return Match(names[key], i, i + n, tokens[i].start, tokens[i + n - 1].end, key)
    return None


def _case_form(tok: Token, i: int, names: dict[str, str], lang) -> Match | None:
    """The city one word names in a case form: its ending replaced by the nominative's."""
    for key in case_readings(tok.low, lang.city_endings):
        if key not in lang.not_names and names.get(key):
            return Match(names[key], i, i + 1, tok.start, tok.end, key)
    return None
