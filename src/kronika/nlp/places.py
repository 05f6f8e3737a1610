"""Cities the language data does not list, found by their GeoNames names after a locative word."""
from __future__ import annotations

from kronika import data
from kronika.nlp.lexicon import Match
from kronika.nlp.text import Token


def _opens_line(text: str, tok: Token) -> bool:
    """A word that opens a line and is followed by a dateline's comma or stop ("MADRID, June 29")."""
    ls = text.rfind("\n", 0, tok.start) + 1
    return text[ls:tok.start].strip() == "" and text[tok.end:tok.end + 1] in (",", ".")


def geo_cities(tokens: list[Token], text: str, locative: set[str], known: list[Match]) -> list[Match]:
    """'w Sendai', 'in Nagoya', 'MADRID, June 29': a capitalised GeoNames name after a locative
    word or opening a dateline."""
    taken = {i for m in known for i in range(m.start, m.end)}  # "Republica Moldova" is a country
    names = data.city_names()
    out = []
    for i in range(0, len(tokens)):
        if i in taken or not tokens[i].text[:1].isupper():
            continue
        if not ((i > 0 and tokens[i - 1].low in locative) or _opens_line(text, tokens[i])):
            continue
        for n in (2, 1):  # "Novi Sad" before "Novi"
            if i + n > len(tokens):
                continue
            key = " ".join(t.low for t in tokens[i:i + n])
            if key in names and names[key]:
                out.append(Match(names[key], i, i + n, tokens[i].start, tokens[i + n - 1].end, key))
                break
    return out
