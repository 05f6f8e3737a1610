"""Guards of h18/speed2 (issue 14): the token walks of places.geo_cities against their old forms, kept here,
on random texts of each language's words (the output must stay byte-identical)."""
from __future__ import annotations

import random
from itertools import compress
from operator import attrgetter, itemgetter

import pytest

from kronika import data
from kronika.lang import load
from kronika.nlp import places as P
from kronika.lang import tokens

_WORDS = {
    "pl": ["w", "we", "na", "mieście", "miasta", "stolicy", "Sendai", "Nagoi", "Poznaniu", "Gödöllő", "Warszawie",
           "japońskim", "Tokio", "spotkał", "się", "z", "ambasadorem", "Japonii", "rzeszowskie", "forum", "Rzeszów",
           "MADRID", "Kraków", "krakowskie", "spotkanie", ",", ".", "\n", "Jan", "Kowalski"],
    "hu": ["a", "szegedi", "egyetemen", "gödöllői", "találkozó", "Szegeden", "Budapesten", "Gödöllőn", "csúcs",
           "japán", "fővárosban", "Tokióban", "nagykövet", "Debrecenben", "debreceni", "fórum", ",", ".", "\n"],
    "ru": ["в", "во", "городе", "Оренбург", "Казань", "Казани", "японском", "Нагоя", "посетил", "посол", "Японии",
           "мэр", "Хабаровске", "столице", ",", ".", "\n", "Москве", "Москва"],
    "en": ["in", "the", "city", "of", "Sendai", "Nagoya", "Japanese", "capital", "MADRID", "met", "Tokyo",
           "Warsaw", ",", ".", "\n", "Prime", "Minister"],
}


def _text(rng: random.Random, code: str) -> str:
    out = []
    for _ in range(rng.randint(3, 40)):
        w = rng.choice(_WORDS[code])
        out.append(w if w in (",", ".") else (" " + w if out else w))
    return "".join(out)


def _old_opens_line(text, tok) -> bool:
    ls = text.rfind("\n", 0, tok.start) + 1
    return text[ls:tok.start].strip() == "" and text[tok.end:tok.end + 1] in (",", ".")


def _old_town_after_locative(tokens_, i, lang, one_word=frozenset()) -> bool:
    for k in range(max(1, i - 3), i):
        marked = tokens_[k - 1].low in lang.locative or (
            k >= 2 and tokens_[k - 2].low in lang.locative and tokens_[k - 1].text.islower())
        if (marked or k - 1 in one_word) and P.town_noun_at(tokens_, k, lang.code) == i - k \
                and (marked or P._locative_before(tokens_, k - 1, lang)):
            return True
    return False


def _old_venue_adjectives(tokens_, lang, taken):
    endings, stems, venues = P._adjective_data(lang)
    if not endings or not (venues or P.institutions(lang.code)):
        return []
    names, towns = data.city_names(), data.town_names()
    out = []
    for i, tok in enumerate(tokens_[:-1]):
        if not tok.low.endswith(endings) or i in taken or not tok.text[:1].isalpha() \
                or not (venues and P._venue_follows(tokens_, i, venues) or P.institution_beside(tokens_, i, lang)):
            continue
        for end in endings:
            if not tok.low.endswith(end) or len(tok.low) - len(end) < 3:
                continue
            base = tok.low[:len(tok.low) - len(end)]
            keys = [base[:len(base) - len(a)] + b for a, b in stems if base.endswith(a)] or [base]
            city = next((c for k in keys if (c := names.get(k) or towns.get(k))), None)
            if city:
                out.append(P.Match(city, i, i + 1, tok.start, tok.end, tok.low))
                break
    return out


@pytest.mark.parametrize("code", sorted(_WORDS))
def test_token_walks_against_old_forms(code):
    lang = load(code)
    rng = random.Random(f"speed2-{code}")
    for _ in range(300):
        text = _text(rng, code)
        toks = tokens(text, code)
        one_word = frozenset(i for i in range(len(toks)) if rng.random() < 0.2)
        for i, t in enumerate(toks):
            assert P._opens_line(text, t) == _old_opens_line(text, t)
            assert P._town_after_locative(toks, i, lang, one_word) == _old_town_after_locative(toks, i, lang, one_word)
        taken = {i for i in range(len(toks)) if rng.random() < 0.1}
        assert P._venue_adjectives(toks, lang, taken) == _old_venue_adjectives(toks, lang, taken)


def test_capitalised_walk_is_the_old_test():
    """The indexes geo_cities walks (chosen in C) are those the old loop's test let through."""
    rng = random.Random(1802)
    for _ in range(200):
        code = rng.choice(sorted(_WORDS))
        toks = tokens(_text(rng, code), code)
        # h18's walk in C; h20/speed wrote it back as a comprehension (faster on 3.11): both give the old test's indexes
        walked = list(compress(range(len(toks)), map(str.isupper, map(itemgetter(slice(0, 1)), map(attrgetter("text"), toks)))))
        assert walked == [i for i, t in enumerate(toks) if t.text[:1].isupper()]
        assert walked == [i for i in range(len(toks)) if toks[i].text[:1].isupper()]


def test_geo_cities_on_phrases():
    """The walk still finds what it found: 'w mieście Sendai', 'MADRID, …', 'a szegedi egyetemen'."""
    for code, text, want in [("pl", "Ambasador spotkał się z prezydentem w mieście Sendai.", "Sendai"),
                             ("en", "MADRID, June 29 (Kyodo) - The ministers met.", "Madrid"),
                             ("hu", "A nagykövet a szegedi egyetemen tartott előadást.", "Szeged")]:
        toks = tokens(text, code)
        found = P.geo_cities(toks, text, load(code), [])
        assert any(text[m.char_start:m.char_end].lower().startswith(want.lower()[:4]) for m in found), (code, found)
