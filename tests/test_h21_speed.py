"""h21/speed: exact cuts, each checked against the form it replaced (kept here)."""
from __future__ import annotations

import pytest

from kronika.lang import available
from kronika.nlp import dates as D


def _truncated_old(s: str, names: dict[str, int]) -> int | None:
    """dates.DateGrammar._truncated before h21/speed: a walk of every name."""
    s = s.lower().rstrip(".")
    if len(s) < 3:
        return None
    hits = sorted((len(n), k) for n, k in names.items() if n.startswith(s))
    return hits[0][1] if hits else None


@pytest.mark.parametrize("code", available())
def test_truncated_reads_only_the_names_it_begins(code):
    g = D.grammar(code)
    for names in (g.month_names, g.weekday_names):
        assert D._in_order(names) == sorted(names)
        for name in names:
            for k in range(len(name) + 2):
                for s in (name[:k], name[:k].upper() + ".", name[:k] + "x", name[:k] + "\uffff"):
                    assert g._truncated(s, names) == _truncated_old(s, names), s


def test_truncated_prefers_the_shortest_name():
    names = {"červenec": 7, "červen": 6, "června": 6, "čer": 99}
    g = D.grammar("cs")
    assert g._truncated("čer.", names) == 99
    assert g._truncated("červ", names) == 6
    assert g._truncated("červe", names) == 6
    assert g._truncated("červene", names) == 7
    assert g._truncated("čerx", names) is None


# --- events/types.type_scores: the objects of every owner grouped once

import random
import re

from kronika import lang as langdata
from kronika.events import context, types
from kronika.nlp.analyze import analyze


def test_objects_by_owner_as_the_walk_per_trigger():
    rng = random.Random(335)
    for _ in range(2000):
        n = rng.randint(0, 12)
        trig = [f"t{i}" for i in range(n)]
        owners = {j: rng.randrange(n) for j in rng.sample(range(n), rng.randint(0, n))} if n else {}
        grouped = types._objects_by_owner(trig, owners)
        for i in range(n):
            assert grouped.get(i, []) == [trig[j] for j, o in owners.items() if o == i]


# --- events/context.since_point: only the triggers that start between the sentence's start and the date


def _old_since_point(a, pos: int) -> bool:
    """since_point before h21/speed (the branch of languages without postpositions): every trigger read."""
    rx = context._since_rx(a.lang)
    if rx is None:
        return False
    s = a.sentences[a.sentence_of(pos)]
    lo = max((t.char_end for t in a.triggers if s.start <= t.char_start and t.char_end <= pos), default=s.start)
    return rx.search(a.text[lo:pos].lower()) is not None


@pytest.mark.parametrize("code,text", [
    ("en", "It was the first visit since Kishida took office last year. The ministers met and signed a treaty. "
           "Since the talks in May, the sides have agreed to meet again; they held talks on 3 June."),
    ("pl", "To pierwsza wizyta od czasu, gdy Kishida objął urząd. Ministrowie spotkali się i podpisali umowę "
           "od 2019 roku; rozmowy odbyły się 3 czerwca, od tamtej pory spotkali się dwa razy."),
    ("ru", "Это первый визит с тех пор, как Кисида вступил в должность. Министры встретились и подписали "
           "соглашение; переговоры прошли 3 июня, с тех пор стороны встречались дважды."),
])
def test_since_point_reads_the_triggers_by_start(code, text):
    a = analyze(text, code)
    if langdata.load(code).postpositions:
        pytest.skip("the postposition branch reads no trigger")
    assert a.triggers  # the sentences hold triggers, so the window's start moves
    assert [context.since_point(a, p) for p in range(len(text) + 1)] == \
        [_old_since_point(a, p) for p in range(len(text) + 1)]


# --- nlp/analyze._complement_before_honoured: the gap between two runs split only where the runs' sizes allow

from kronika.nlp import analyze as A
from kronika.text.spans import NameSpan


def _old_complement(a, lang, run, nxt) -> bool:
    """_complement_before_honoured before h21/speed: the gap split first."""
    between = a.text[run.end:nxt.start].split()
    return len(run.words) == 1 and len(nxt.words) >= 2 and bool(between) \
        and all(w.lower().rstrip(".") in lang.honorifics for w in between) \
        and A.is_given_name(nxt.words[0][0], a.lang) and A._title_ends_at(a, run.start)


@pytest.mark.parametrize("code,text", [
    ("sr", "Градоначелник Шапца Др Александар Пајић примио је амбасадора Јапана Кацуми Ито у Шапцу."),
    ("hr", "Gradonačelnik Splita dr. Ivica Puljak primio je veleposlanika Japana Kazuhira Yoshidu."),
    ("en", "Mayor Smith Dr. John Brown met Ambassador Taro Yamada and Prof. Anna Novak in Zagreb."),
])
def test_complement_before_honoured_as_with_the_gap_split_first(code, text):
    a = analyze(text, code)
    lang = langdata.load(code)
    runs = [NameSpan(m.start(), m.end(), [(w.group(), w.start() + m.start(), w.end() + m.start())
                                          for w in re.finditer(r"\S+", m.group())])
            for m in re.finditer(r"[A-ZА-ЯŠĐČĆŽ][^\s.]*(?: [A-ZА-ЯŠĐČĆŽ][^\s.]*)*", text)]
    runs += [NameSpan(w.start(), w.end(), [(w.group(), w.start(), w.end())])
             for w in re.finditer(r"[A-ZА-ЯŠĐČĆŽ][^\s.]*", text)]  # each capitalised word a run of one too
    assert len(runs) > 6
    for run in runs:
        for nxt in runs:
            if nxt.start >= run.end:
                assert A._complement_before_honoured(a, lang, run, nxt) == _old_complement(a, lang, run, nxt)


def test_complement_before_honoured_on_a_title_complement():
    text = "Градоначелник Шапца Др Александар Пајић примио је амбасадора Јапана."
    a, lang = analyze(text, "sr"), langdata.load("sr")

    def span(*words):
        ws = [(w, text.index(w), text.index(w) + len(w)) for w in words]
        return NameSpan(ws[0][1], ws[-1][2], ws)
    run, nxt = span("Шапца"), span("Александар", "Пајић")
    assert A._complement_before_honoured(a, lang, run, nxt) == _old_complement(a, lang, run, nxt)
    assert A._complement_before_honoured(a, lang, span("Градоначелник", "Шапца"), nxt) is False
