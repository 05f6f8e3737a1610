"""Guards of h16/speed3 (issue 9): each replaced function against its old form, kept here, on constructed inputs."""
from __future__ import annotations

import random
from functools import partial
from types import SimpleNamespace

import pytest

from kronika.events import types as T
from kronika.nlp.analyze import Analysis


# ---------------------------------------------------------------- types._outside_links


def _old_outside_links(a, trig: list) -> list:
    """types._outside_links before h16/speed3: the links found again for every region."""
    if "://" not in a.text and "www." not in a.text:
        return trig
    links = [(m.start(), m.end()) for m in T._LINK.finditer(a.text)]
    return [m for m in trig if not any(s <= m.char_start < e for s, e in links)]


_PIECES = ["Premier spotkał się z prezydentem. ", "https://example.pl/japonia-wizyta-premiera/ ", "www.mofa.go.jp/a_o ",
           "Visit of the Minister\n", "(http://x.y/z) ", "talks in Warsaw ", "://", "www.", " "]


def _analysis(text: str):
    a = SimpleNamespace(text=text, _indexes={})
    a.cached_for = partial(Analysis.cached_for, a)  # the analysis's memo, on the stand-in's own dict
    return a


@pytest.mark.parametrize("seed", range(40))
def test_outside_links_as_before(seed):
    """The same triggers kept, asked several times of one analysis and after its text changes."""
    rnd = random.Random(seed)
    a = _analysis("".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12))))
    for _ in range(3):
        trig = [SimpleNamespace(char_start=i) for i in sorted(rnd.sample(range(len(a.text) + 1),
                                                                         min(8, len(a.text) + 1)))]
        assert T._outside_links(a, trig) == _old_outside_links(a, trig)
    a.text = a.text + " www.example.com/x " + rnd.choice(_PIECES)  # a new text: its own links, not the cached ones
    trig = [SimpleNamespace(char_start=i) for i in range(len(a.text))]
    assert T._outside_links(a, trig) == _old_outside_links(a, trig)


# ---------------------------------------------------------------- extract._elsewhere, _name_words, _case_form

from kronika.events import extract as X  # noqa: E402


def _old_elsewhere(c, persons: list, loc) -> list:
    """extract._elsewhere before h16/speed3: every city of the text judged before any person is looked at."""
    if not (loc.city and loc.country and loc.evidence):
        return []
    a = c.a
    cities = frozenset((a.sentence_of(m.char_start), X.data.city_country(m.key)) for m in a.cities
                       if X._is_place(a, m))
    away = []
    for p in persons:
        if not p.country or p.country == loc.country or not p.evidence:
            continue
        sents = {a.sentence_of(s) for s, _e in p.evidence}
        if c.first_sentence in sents:
            continue
        if all((i, p.country) in cities and (i, loc.country) not in cities for i in sents):
            away.append(p)
    return away


_STATES = ["PL", "JP", "KR", "UA", None]


@pytest.mark.parametrize("seed", range(60))
def test_elsewhere_as_before(seed, monkeypatch):
    """The same people placed elsewhere, with the cities judged only when someone may be."""
    rnd = random.Random(seed)
    towns = {f"t{i}": rnd.choice(_STATES[:4]) for i in range(6)}
    places = {}
    monkeypatch.setattr(X.data, "city_country", lambda key: towns[key])
    monkeypatch.setattr(X, "_is_place", lambda a, m: places.setdefault(m.char_start, rnd.random() < .7))
    cities = [SimpleNamespace(char_start=rnd.randrange(100), key=rnd.choice(list(towns))) for _ in range(rnd.randint(0, 8))]
    a = SimpleNamespace(cities=cities, sentences=list(range(10)), sentence_of=lambda pos: pos // 10, _indexes={})
    a.cached = partial(Analysis.cached, a)  # the analysis's memo, on the stand-in's own dict
    c = SimpleNamespace(a=a, first_sentence=rnd.randrange(3))
    persons = [SimpleNamespace(country=rnd.choice(_STATES), evidence=[(s, s + 5) for s in rnd.sample(range(100), rnd.randint(0, 3))])
               for _ in range(rnd.randint(0, 5))]
    loc = SimpleNamespace(city="x" if rnd.random() < .9 else "", country=rnd.choice(_STATES[:4]), evidence=[(0, 1)])
    new = X._elsewhere(c, persons, loc)
    a._indexes.clear()
    assert new == _old_elsewhere(c, persons, loc)


_WORDS = ["Kim", "Kimom", "Džong", "Džongom", "Un", "Unom", "Сок", "Еля", "Ель", "Юн", "Fiala", "Petr", "茂木", "ab", "a"]


def test_name_words_and_case_form_as_before():
    """The cached word splits and case forms give what the uncached ones gave."""
    rnd = random.Random(7)
    for _ in range(500):
        name = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(0, 4))) + rnd.choice(["", "-in", ".", " Jae-in"])
        p = SimpleNamespace(original=rnd.choice([name, None, ""]), name=name)
        assert X._name_words(p) == __import__("re").findall(r"\w+", (p.original or p.name or "").lower())
        u, v = rnd.choice(_WORDS).lower(), rnd.choice(_WORDS).lower()
        assert X._case_form(u, v) == X._case_form.__wrapped__(u, v)


# ---------------------------------------------------------------- persons._first_role_at

import datetime as _dt  # noqa: E402

from kronika.nlp import persons as P  # noqa: E402


def _old_first_role_at(roles, when):
    """persons._first_role_at before h16/speed3: each term worked out at each look-up."""
    for r in roles:
        start, end = P._date(r.get("from")), P._date(r.get("to"))
        if (start is None or start - P._MONTH <= when) and (end is None or when <= end + P._MONTH):
            return r
    return None


def test_first_role_at_as_before():
    """The registry's people at dates around their terms, and constructed roles, as before."""
    rnd = random.Random(3)
    people = P.registry_index().people
    days = [_dt.date(1990, 1, 1) + _dt.timedelta(days=rnd.randrange(13000)) for _ in range(40)]
    for p in people:
        roles = p.get("roles") or []
        for when in rnd.sample(days, 5):
            assert P._first_role_at(roles, when) is _old_first_role_at(roles, when)
    made = [{"from": "2019-03", "to": None}, {"from": None, "to": _dt.date(2020, 5, 1)}, {"from": "bad"}, {}]
    for when in days:
        roles = rnd.sample(made, rnd.randint(0, 4))
        assert P._first_role_at(roles, when) is _old_first_role_at(roles, when)


# ---------------------------------------------------------------- extract._in_speech


def _old_in_speech(text: str, pos: int) -> bool:
    """extract._in_speech before h16/speed3: every test run whatever marks the line holds (with h20/persons2's rule
    that a mark followed by the attribution's comma or dash closes a quotation, which both forms now apply)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    before, after = text[start:pos], text[pos:end if end >= 0 else len(text)]
    if X._reversed_guillemets(before + after) and before.rfind("»") > before.rfind("«") and "«" in after:
        return True
    for o, closers in X._LEFT_OPEN:
        i = before.rfind(o)
        if i < 0 or (o == "“" and "„" in before[:i]) or (o == "«" and X._reversed_guillemets(before + after)):
            continue
        if before[i + 1:i + 4].lstrip().startswith(X._ATTRIBUTION_MARKS):
            continue
        if not any(ch in before[i + 1:] or ch in after for ch in closers):
            return True
    if before.count('"') % 2 and '"' not in after:
        return True
    line = before.lstrip()
    return line.startswith(X._SPEECH_DASHES) and (" – " not in line[2:] and " — " not in line[2:])


_SPEECH = ["„", "“", "”", "«", "»", '"', "– ", "— ", " – ", "\n", "  ", "Premier", " powiedział", "Kim", "."]


@pytest.mark.parametrize("seed", range(30))
def test_in_speech_as_before(seed):
    """Every position of texts made of quotation marks, dashes, words and line breaks: the same answer."""
    rnd = random.Random(seed)
    text = "".join(rnd.choice(_SPEECH) for _ in range(rnd.randint(0, 25)))
    for pos in range(len(text) + 1):
        assert X._in_speech(text, pos) == _old_in_speech(text, pos), (text, pos)


# ---------------------------------------------------------------- types.may_link before topics.in_url

from kronika.events.topics import in_url  # noqa: E402
from kronika.events.types import may_link  # noqa: E402

_URLISH = ["https://a.pl/x-y ", "www.b.cz ", "a://", "ww", "w.", "://", " ", "\n", "talks ", "economy", "/"]


@pytest.mark.parametrize("seed", range(30))
def test_may_link_only_skips_what_in_url_refuses(seed):
    """Where the text can hold no web address, in_url is false at every position: skipping it changes nothing."""
    rnd = random.Random(seed)
    text = "".join(rnd.choice(_URLISH) for _ in range(rnd.randint(0, 15)))
    a = _analysis(text)
    for pos in range(len(text) + 1):
        assert (may_link(a) and in_url(text, pos)) == in_url(text, pos)
