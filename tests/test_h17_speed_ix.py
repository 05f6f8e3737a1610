"""Guards of h17/speed-ix (issue 14): each replaced function against its old form, kept here, on constructed and
random inputs (the output must stay byte-identical)."""
from __future__ import annotations

import random

import pytest

from kronika.events import extract as X
from kronika.events import types as T
from kronika.lang import load
from kronika.nlp.analyze import analyze
from kronika.nlp.dates import grammar

# ---------------------------------------------------------------- the clause scans of extract.py


def _old_not_held(a, span) -> bool:
    rx = load(a.lang).not_held
    if rx is None:
        return False
    sent = a.sentences[a.sentence_of(span[0])]
    lo = max(sent.start, *(m.end() for m in X._CLAUSE_BREAK.finditer(a.text, sent.start, span[0])), 0)
    hi = next((m.start() for m in X._CLAUSE_BREAK.finditer(a.text, span[1], sent.end)), sent.end)
    return bool(rx.search(a.text, lo, hi))


def _old_relative_clause_start(a, pos):
    sent = a.sentences[a.sentence_of(pos)]
    breaks = [m.end() for m in X._CLAUSE_BREAK.finditer(a.text, sent.start, pos)]
    if not breaks:
        return None
    start = breaks[-1]
    said = grammar(a.lang).said
    opened = any(m.char_start < pos and len(words := a.text[start:m.char_start].split()) <= 1
                 and not (words and words[0].lower() in said)
                 for m in a.by_start("relative").between(start, min(pos, start + 24)))
    return start if opened else None


def _old_dated_relative_clause(a, pos) -> bool:
    lo = _old_relative_clause_start(a, pos)
    if lo is None:
        return False
    sent = a.sentences[a.sentence_of(pos)]
    nxt = X._CLAUSE_BREAK.search(a.text, pos, sent.end)
    hi = nxt.start() if nxt else sent.end
    return any(lo <= d.start < hi for d in a.dates)


def _old_time_clause_start(a, pos):
    words = load(a.lang).time_clause
    sent = a.sentences[a.sentence_of(pos)]
    breaks = [m.end() for m in X._CLAUSE_BREAK.finditer(a.text, sent.start, pos)] if words else []
    opening = a.text[breaks[-1]:pos].lower().split()[:3] if breaks else []
    return breaks[-1] if any(" ".join(opening[:n]) in words for n in range(1, len(opening) + 1)) else None


def _old_time_clause_meeting(a, pos, lo) -> bool:
    sent = a.sentences[a.sentence_of(pos)]
    nxt = X._CLAUSE_BREAK.search(a.text, pos, sent.end)
    hi = nxt.start() if nxt else sent.end
    consult = [t for t in a.by_start("triggers").between(sent.start, hi) if t.key.partition("/")[0] == "CONSULT"]
    return bool(consult) and all(lo <= t.char_start for t in consult) \
        and not any(lo <= d.start < hi and d.y for d in a.dates)


_PIECES = {
    "pl": ["Premier Donald Tusk spotkał się z prezydentem Emmanuelem Macronem", "który", "która", "kiedy", "gdy",
           "nie doszło do spotkania z premierem", "w Warszawie", "12 maja 2024", "we wtorek", "rozmawiali",
           "o współpracy", "minister spraw zagranicznych Radosław Sikorski"],
    "en": ["Prime Minister Keir Starmer met President Joe Biden", "who", "which", "when", "while",
           "the meeting will not take place", "in London", "on 12 May 2024", "on Tuesday", "talked",
           "about trade", "Foreign Secretary David Lammy"],
    "sl": ["Premier Robert Golob se je srečal s kanclerjem Olafom Scholzem", "ki", "kadar", "ko", "medtem ko",
           "ne bo potekalo", "v Ljubljani", "12. maja 2024", "v torek", "sta govorila", "o sodelovanju",
           "zunanja ministrica Tanja Fajon"],
    "hu": ["Orbán Viktor miniszterelnök fogadta Vang Ji külügyminisztert", "aki", "amely", "amikor", "miközben",
           "nem jött létre", "Budapesten", "2024. május 12-én", "kedden", "tárgyalt", "az együttműködésről",
           "Szijjártó Péter külügyminiszter"],
}
_BREAKS = [", ", "; ", " (", " – ", " — ", ") ", ". ", ".\n", "\n", " ", " ", " "]


def _text(rnd: random.Random, lang: str) -> str:
    out = [rnd.choice(["", " ", "\n", "(", ", "])]
    for _ in range(rnd.randint(3, 30)):
        out.append(rnd.choice(_PIECES[lang]))
        out.append(rnd.choice(_BREAKS))
    return "".join(out)


@pytest.mark.parametrize("lang", sorted(_PIECES))
@pytest.mark.parametrize("seed", range(12))
def test_clause_scans_as_before(lang, seed):
    """Every position of random texts: the same clause starts, clause ends, and the answers built on them."""
    rnd = random.Random(f"{lang}{seed}")
    a = analyze(_text(rnd, lang), lang)
    asked = 0
    for pos in range(len(a.text) + 1):
        assert X._relative_clause_start(a, pos) == _old_relative_clause_start(a, pos)
        assert X._dated_relative_clause(a, pos) == _old_dated_relative_clause(a, pos)
        lo = X._time_clause_start(a, pos)
        assert lo == _old_time_clause_start(a, pos)
        if lo is not None:
            asked += 1
            assert X._time_clause_meeting(a, pos, lo) == _old_time_clause_meeting(a, pos, lo)
        for lo in (0, pos // 2, pos):
            assert X._time_clause_meeting(a, pos, lo) == _old_time_clause_meeting(a, pos, lo)
        for end in (pos, pos + 1, pos + rnd.randint(0, 40)):
            assert X._not_held(a, (pos, end)) == _old_not_held(a, (pos, end))


def test_clause_index_follows_the_analysis():
    """The index is the analysis' own: a new text or new sentences are scanned again."""
    a = analyze("Premier spotkał się z prezydentem, który przyjechał. Potem, gdy rozmawiali, padało.", "pl")
    first = X._clause_breaks(a, 0)
    assert first == [m.start() for m in X._CLAUSE_BREAK.finditer(a.text, a.sentences[0].start, a.sentences[0].end)]
    b = analyze("Bez przecinków tutaj. A tu, i tu; też (tak).", "pl")
    b._indexes.update(a._indexes)  # a stale index of another text is not read
    for i in range(len(b.sentences)):
        s = b.sentences[i]
        assert X._clause_breaks(b, i) == [m.start() for m in X._CLAUSE_BREAK.finditer(b.text, s.start, s.end)]


def test_clause_scans_before_the_first_sentence():
    """A position before the first sentence's start (sentence_of gives the first) is scanned as before."""
    a = analyze("\n\n, ; Premier Donald Tusk, który przyjechał, gdy padało, spotkał się z nim.", "pl")
    assert a.sentences[0].start > 0
    for pos in range(len(a.text) + 1):
        assert X._relative_clause_start(a, pos) == _old_relative_clause_start(a, pos)
        assert X._time_clause_start(a, pos) == _old_time_clause_start(a, pos)
        assert X._not_held(a, (pos, pos + 3)) == _old_not_held(a, (pos, pos + 3))


# ---------------------------------------------------------------- types._quoted


def _old_quoted(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    before, after = text[start:pos], text[pos:end if end >= 0 else len(text)]
    for o, c in T._QUOTES:
        if o == c:
            if c not in after:
                continue
            opened, i = 0, before.find(o)
            while i >= 0:
                opened += T._quote_mark(before, i)
                i = before.find(o, i + 1)
            if opened % 2:
                return True
        elif before.rfind(o) > before.rfind(c) and c in after:
            return True
    return False


_QUOTE_PIECES = ['"', "'", "“", "”", "„", "«", "»", "‘", "’", "「", "」", "『", "』", "\n", " ", "a", "b", "1",
                 "Korea's", "d'Italia", "'s", "x'", "'y", "said", ",", ". "]


@pytest.mark.parametrize("seed", range(300))
def test_quoted_as_before(seed):
    """Every position of random texts of marks, apostrophes in words, letters and line breaks."""
    rnd = random.Random(seed)
    text = "".join(rnd.choice(_QUOTE_PIECES) for _ in range(rnd.randint(0, 60)))
    T._quote_lines.cache_clear()
    for pos in rnd.sample(range(len(text) + 1), len(text) + 1):  # lines asked in any order
        assert T._quoted(text, pos) == _old_quoted(text, pos), (text, pos)


def test_quoted_constructed():
    text = ('He said: "We met President Biden." Then \'Korea\'s\' envoy spoke.\n'
            '„Spotkanie z premierem” – powiedział. «Встреча» прошла; 「会談」\n'
            "d'Italia 'quoted' rock'n'roll '")
    T._quote_lines.cache_clear()
    got = [T._quoted(text, p) for p in range(len(text) + 1)]
    assert got == [_old_quoted(text, p) for p in range(len(text) + 1)]
    assert any(got) and not all(got)
    assert T._quoted(text, text.index("President")) and not T._quoted(text, text.index("Then"))


# ---------------------------------------------------------------- location._is_place, context.first_body_sentence

from kronika.events import context as C  # noqa: E402
from kronika.events import location as L  # noqa: E402
from kronika.events.region import Region  # noqa: E402

_PLACE_TEXTS = {
    "pl": "Premier spotkał się w Warszawie z prezydentem. Ambasador Japonii w Warszawie przyjechał z Krakowa.\n"
          "Tokio, 12 maja 2024 – Rozmowy w Tokio dotyczyły Seulu i Pekinu. Minister odwiedził Berlin.",
    "en": "The Prime Minister met the President in London. The embassy in Seoul said talks in Tokyo went on.\n"
          "WARSAW, May 12 (PAP) - The minister returned from Berlin to Paris, where he met officials of Kyiv.",
    "de": "Der Kanzler traf in Berlin den Präsidenten. Das Außenministerium in Tokio teilte mit, in Wien werde "
          "verhandelt.\nMoskau, 12. Mai – Aus Warschau kam der Minister nach Prag.",
}


@pytest.mark.parametrize("lang", sorted(_PLACE_TEXTS))
def test_is_place_once_per_analysis_as_before(lang):
    """The memo gives what the judgement gives, asked in any order, again, and after the analysis changes."""
    a = analyze(_PLACE_TEXTS[lang], lang)
    assert a.cities
    judge = L._is_place.__wrapped__
    rnd = random.Random(lang)
    for _ in range(3):
        for m in rnd.sample(a.cities, len(a.cities)):
            assert L._is_place(a, m) == judge(a, m)
    assert any(L._is_place(a, m) for m in a.cities)
    roles, a.roles = a.roles, []  # a changed analysis is judged again
    assert [L._is_place(a, m) for m in a.cities] == [judge(a, m) for m in a.cities]
    a.roles = roles
    b = analyze(_PLACE_TEXTS[lang].replace("\n", " in "), lang)  # another analysis has its own memo
    assert [L._is_place(b, m) for m in b.cities] == [judge(b, m) for m in b.cities]


@pytest.mark.parametrize("lang", sorted(_PLACE_TEXTS))
def test_first_body_sentence_once_per_region_as_before(lang):
    a = analyze(_PLACE_TEXTS[lang], lang)
    rnd = random.Random(lang)
    n = len(a.text)
    regions = [Region(0, n, n)] + [Region(s, min(n, s + rnd.randint(0, n)), n) for s in rnd.sample(range(n), 30)]
    for reg in regions + regions:
        assert C.first_body_sentence(a, reg) == C._body_sentence_found(a, reg)
    a.triggers = a.triggers[1:]  # fewer triggers: found again
    for reg in regions:
        assert C.first_body_sentence(a, reg) == C._body_sentence_found(a, reg)


# ---------------------------------------------------------------- types.under_future, topics.in_prose

from kronika.events import topics as P  # noqa: E402
from kronika.text.tokens import is_prose  # noqa: E402


@pytest.mark.parametrize("lang", sorted(_PIECES))
def test_under_future_once_per_analysis_as_before(lang):
    rnd = random.Random(f"future{lang}")
    future = {"pl": " będzie rozmawiać i planuje odwiedzić ", "en": " will visit and plans to meet ",
              "sl": " bo obiskal in namerava srečati ", "hu": " látogat majd és tervezi, hogy találkozik "}[lang]
    seen = 0
    for _ in range(6):
        a = analyze(_text(rnd, lang).replace(". ", future, 2), lang)
        for t in rnd.sample(a.triggers, len(a.triggers)) * 2:
            assert T.under_future(a, t) == T.under_future.__wrapped__(a, t)
            seen += T.under_future(a, t)
        a.future = a.future[1:]  # fewer cues: judged again
        assert [T.under_future(a, t) for t in a.triggers] == [T.under_future.__wrapped__(a, t) for t in a.triggers]
    assert seen


def _old_in_prose(text: str, pos: int) -> bool:
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    return is_prose(line) or line.endswith((".", "!", "?", ";", ",", ":", "。"))


_PROSE_PIECES = ["The minister met the president of the republic in the capital on Tuesday", " ", "\n", ".", ",",
                 "Home", "World", " > ", "会談した", "Sport News Politics", "；", ":", " ", "word"]


@pytest.mark.parametrize("seed", range(100))
def test_in_prose_once_per_line_as_before(seed):
    rnd = random.Random(seed)
    text = "".join(rnd.choice(_PROSE_PIECES) for _ in range(rnd.randint(0, 40)))
    P._line_answers.cache_clear()
    for pos in rnd.sample(range(len(text) + 1), len(text) + 1):
        assert P.in_prose(text, pos) == _old_in_prose(text, pos)


# ---------------------------------------------------------------- location._visit_targets over the visit words only

import inspect  # noqa: E402
import textwrap  # noqa: E402


def _old_visit_targets():
    """location._visit_targets with its loop over every trigger put back (the live source, two lines replaced)."""
    src = textwrap.dedent(inspect.getsource(L._visit_targets))
    new = "    for k, t in _visit_words(a):\n        if not _in(t, start, end) or"
    assert new in src
    src = src.replace(new, '    for k, t in enumerate(a.triggers):\n        if t.key != "CONSULT/visit" or not _in(t, start, end) or')
    space = dict(vars(L))
    exec(src, space)
    return space["_visit_targets"]


_VISIT = {
    "pl": "Premier złożył wizytę w Japonii. Prezydent odwiedził Tokio i przyjechał z wizytą do Seulu, gdzie spotkał "
          "się z premierem. W Warszawie rozmawiał o wizycie w Berlinie.\nWizyta w Pekinie potrwa dwa dni.",
    "en": "The prime minister visited Japan. The president paid a visit to Tokyo and arrived in Seoul on a visit, "
          "where he met the premier. In Warsaw he spoke of a visit to Berlin.\nThe visit to Beijing lasts two days.",
}


@pytest.mark.parametrize("lang", sorted(_VISIT))
def test_visit_targets_as_before(lang):
    old = _old_visit_targets()
    a = analyze(_VISIT[lang], lang)
    assert any(t.key == "CONSULT/visit" for t in a.triggers)
    n, found = len(a.text), 0
    rnd = random.Random(lang)
    for lo in [0] + rnd.sample(range(n), 10):
        for hi in (n, lo + 40, lo + 120):
            reg = Region(lo, min(hi, n), n)
            for other in (set(), {0}, {1, 2}):
                got = list(L._visit_targets(a, reg, other))
                assert got == list(old(a, reg, other))
                assert list(L._visit_targets(a, reg, other, 0, n)) == list(old(a, reg, other, 0, n))
                found += len(got)
    assert found
    a.triggers = a.triggers[1:]  # another list: its visit words found again
    assert L._visit_words(a) == [(k, t) for k, t in enumerate(a.triggers) if t.key == "CONSULT/visit"]
    assert list(L._visit_targets(a, Region(0, n, n), set())) == list(old(a, Region(0, n, n), set()))
