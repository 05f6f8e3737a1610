"""Guards of the h15 speed work (issue 9, issue 14): each fast path against the code it replaced, kept here as
the reference, on written text and on random texts over the words that matter."""
from __future__ import annotations

import random

from kronika.events import types
from kronika.lang import load, tokens
from kronika.nlp import analyze as an
from kronika.nlp import places
from kronika.nlp.analyze import Match, _clause_ends, _split_starting, _words_at, analyze

# ---------------------------------------------------------------- nlp/analyze.py: split triggers


def _split_ref(found, toks, text, lang):
    """_with_split_triggers before h15: every token walked."""
    if not lang.split_triggers:
        return found
    taken, extra, memo = set(), [], lang.split_by_word
    for i, tok in enumerate(toks):
        starting = memo.get(tok.low)
        if starting is None:
            starting = _split_starting(lang, tok.low)
        best = None
        for n, (key, first, last) in enumerate(starting):
            if not _words_at(toks, i, first):
                continue
            for j in range(i + len(first), min(len(toks), i + len(first) + an.SPLIT_SPAN)):
                if _clause_ends(text, toks[j - 1], toks[j].start):
                    break
                k = j + len(last) - 1
                if _words_at(toks, j, last) and (not lang.particle_ends_clause or k + 1 == len(toks)
                                                 or an._CLAUSE_END.search(text, toks[k].end, toks[k + 1].start)):
                    best = min(best or (j, n, key, first), (j, n, key, first))
                    break
        if best:
            _, _, key, first = best
            end = toks[i + len(first) - 1].end
            extra.append(Match(key, i, i + len(first), tok.start, end, text[tok.start:end]))
            taken.add(i)
    if not extra:
        return found
    found = [m for m in found if m.start not in taken]
    return sorted(found + extra, key=lambda m: m.char_start)


SPLIT_WORDS = {
    "de": "Der Minister rief den Amtskollegen am Montag an . Er bestellte den Botschafter ein , sagte zu "
          "lehnte ab traf zusammen mit ihm und reiste an der Universität an wies zurück",
    "et": "Minister võttis välisministri vastu . kutsus Venemaa suursaadiku välja , kirjutas lepingu alla "
          "helistas üle leppis kokku käis külas üles vägesid viima",
}


def test_split_triggers_walk_only_opening_words_and_find_what_the_walk_found():
    rnd = random.Random(15)
    for code, words in SPLIT_WORDS.items():
        lang, pool = load(code), words.split()
        texts = [words] + [" ".join(rnd.choice(pool) for _ in range(rnd.randint(0, 30))) for _ in range(300)]
        for text in texts:
            toks = tokens(text, code)
            found = lang.lexicons.find_all(toks)["triggers"]
            assert an._with_split_triggers(list(found), toks, text, lang) == _split_ref(list(found), toks, text, lang), text


# ---------------------------------------------------------------- nlp/places.py: a state's adjective
def test_state_adjective_by_the_one_word_tokens_is_the_scan_of_the_matches():
    rnd = random.Random(9)
    lang = load("de")
    pool = ["im", "brasilianischen", "Rio", "in", "der", "polnischen", "Hauptstadt", "Warschau", "do", "Haagu"]
    for _ in range(300):
        text = " ".join(rnd.choice(pool) for _ in range(rnd.randint(3, 15)))
        toks = tokens(text, "de")
        known = []
        for _ in range(rnd.randint(0, 5)):
            s = rnd.randrange(len(toks))
            e = min(len(toks), s + rnd.randint(1, 2))
            known.append(Match("X", s, e, toks[s].start, toks[e - 1].end, ""))
        one_word = frozenset(m.start for m in known if m.end == m.start + 1)
        for i in range(len(toks)):
            ref = not (i < 2 or toks[i - 2].low not in lang.locative or not toks[i - 1].text.islower()) and any(
                m.start == i - 1 and m.end == i for m in known)
            assert places._after_state_adjective(toks, i, lang, one_word) == ref, (text, i)


# ---------------------------------------------------------------- events/types.py: future cues near a trigger
def _under_future_ref(a, t) -> bool:
    """under_future before h15: every future cue of the text tried."""
    return any((m.char_start <= t.char_start < m.char_end)
               or (m.char_end <= t.char_start and a.sentence_of(m.char_start) == a.sentence_of(t.char_start)
                   and t.start - m.end <= types.GOVERNED_SPAN and not types._breaks(a.text, m.char_end, t.char_start))
               or types.held_subject(a, m, t) or types.time_after(a, m, t)
               for m in a.future)


FUTURE = {
    "en": ["The minister will visit Tokyo next week.", "He plans to meet the ambassador.", "They met on Monday.",
           "A meeting could be held in April in Warsaw.", "The president visits Japan next week",
           "Talks are expected to take place", "She met him", "and will travel to Seoul", "\n"],
    "de": ["Der Minister trifft nächste Woche den Botschafter.", "Ein Treffen könnte im April in Tokio stattfinden.",
           "Er besuchte Japan.", "Sie wird nach Seoul reisen", "und traf den Premierminister", "\n"],
}


def test_future_cues_by_sentence_decide_as_all_cues_did():
    rnd = random.Random(14)
    seen = 0
    for code, pool in FUTURE.items():
        for _ in range(60):
            text = " ".join(rnd.choice(pool) for _ in range(rnd.randint(1, 12)))
            a = analyze(text, code)
            for t in a.triggers:
                assert types.under_future(a, t) == _under_future_ref(a, t), (text, t)
                seen += types.under_future(a, t)
            # a cue list that grew (or a hand-made one across sentences) is indexed again
            if a.future and a.sentences:
                m = a.future[0]
                a.future = a.future + [Match(m.key, 0, max(1, len(a.tokens)), 0, len(text), text)]
                for t in a.triggers:
                    assert types.under_future(a, t) == _under_future_ref(a, t), (text, t)
    assert seen  # the texts do hold triggers told in the future


# ---------------------------------------------------------------- text/spans.py: replace by copying fields
def test_replace_copies_as_dataclasses_replace_does():
    import dataclasses
    from functools import cached_property

    from kronika.nlp.dates import ResolvedDate
    from kronika.text.spans import DateMention, replace

    rnd = random.Random(15)
    names = [f.name for f in dataclasses.fields(DateMention)]
    for _ in range(500):
        dm = DateMention(rnd.randint(0, 99), rnd.randint(100, 200), rnd.choice(["absolute", "weekday", "month"]),
                         y=rnd.choice([None, 2024]), m=rnd.choice([None, 5]), d=rnd.choice([None, 9]),
                         tense=rnd.choice([None, "past"]), until=rnd.random() < 0.5)
        changes = {n: rnd.choice([None, 1, True, "future"]) for n in rnd.sample(names[3:], rnd.randint(0, 4))}
        changes.update({"start": dm.start + 3} if rnd.random() < 0.5 else {})
        got, ref = replace(dm, **changes), dataclasses.replace(dm, **changes)
        assert type(got) is DateMention and got == ref and hash(got) == hash(ref) and repr(got) == repr(ref)
        assert vars(got) == vars(ref) and got is not dm and dm == DateMention(**{n: getattr(dm, n) for n in names})
    import datetime as dt
    r = ResolvedDate(dt.date(2024, 5, 9), None, "day", dm)
    assert replace(r, end=dt.date(2024, 5, 10)) == dataclasses.replace(r, end=dt.date(2024, 5, 10))

    @dataclasses.dataclass(frozen=True)
    class Checked:  # __post_init__ and a cached value: left to dataclasses.replace
        a: int

        def __post_init__(self):
            if self.a < 0:
                raise ValueError

        @cached_property
        def double(self):
            return 2 * self.a

    c = Checked(1)
    assert c.double == 2 and replace(c, a=3).double == 6
    with __import__("pytest").raises(ValueError):
        replace(c, a=-1)
    with __import__("pytest").raises(TypeError):
        replace(dm, nonsense=1)
