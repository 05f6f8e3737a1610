"""Cities the language data does not list, found by their GeoNames names after a locative word."""
from __future__ import annotations

from kronika import data
from kronika.nlp.lexicon import Match
from kronika.nlp.text import Token


def geo_cities(tokens: list[Token], text: str, locative: set[str], known: list[Match]) -> list[Match]:
    """'w Sendai', 'in Nagoya': a capitalised GeoNames name right after a locative word."""
    taken = {m.start for m in known}
    names = data.city_names()
    out = []
    for i in range(1, len(tokens)):
        if i in taken or tokens[i - 1].low not in locative or not tokens[i].text[:1].isupper():
            continue
        for n in (2, 1):  # "Novi Sad" before "Novi"
            if i + n > len(tokens):
                continue
            key = " ".join(t.low for t in tokens[i:i + n])
            if key in names and names[key]:
                out.append(Match(names[key], i, i + n, tokens[i].start, tokens[i + n - 1].end, key))
                break
    return out
