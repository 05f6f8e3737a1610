"""Issue 14 (speed), session h13: the faster paths give what the slower ones gave.

Most tests are guards: each fast path is held against the plain code it replaced (kept here as the
reference) on text written for the purpose and on random strings over the characters that matter."""
from __future__ import annotations

import random
import re

import pytest

from kronika.lang import has_form
from kronika.text import tokens as T
from kronika.text.lexicon import Lexicon, lex_tokens

PROSE = ("Minister Kowalski spotkał się z ministrem Kamikawą.\n\n„Rozmowy były owocne” – powiedział. "
         "W Tokio 12 maja 2024 r. omówiono współpracę!Dalej tekst.\nHOME › News › Politics\n"
         "1. Punkt pierwszy\n• Punkt drugi\n首相は会談した。「はい」と述べた。 次に\n"
         "Lead sentence of the item, which goes on and on about the visit and its purpose,\n"
         "wrapped at the end of the line as text is. Ri Yong Ho. Ul. Prosta 5. Prof. Nowak\n")


def _fuzz(alphabet: str, n: int, longest: int, seed: int = 14):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest)))


def test_stop_spans_are_finditers_spans():
    """Sentence ends tried only after a stop or at a line break: the same spans as a search of every character."""
    texts = [PROSE, PROSE[5:], PROSE.replace("\n", " ")]
    texts += list(_fuzz("ab AB.!?。！？」』）\n \"»”'«„“-•*1x,Ż", 20000, 30))
    for t in texts:
        assert T.stop_spans(t) == [m.span() for m in T._SENT_END_RE.finditer(t)], repr(t)


def test_open_end_is_the_search_over_the_whole_paragraph():
    """The last word looked for at the end first: the same match, long paragraphs and short, with and without one."""
    texts = [PROSE, PROSE.rstrip(), PROSE + "  ", "x" * 80 + " żółw,  ", "słowo", "a " + "b" * 100, "a.  \n"]
    texts += list(_fuzz("abcdefgh AB.,\n \t1_é", 5000, 140))
    for t in texts:
        want, got = T._OPEN_END.search(t), T._open_end(t)
        assert (want and want.span()) == (got and got.span()), repr(t)


def test_closes_line_is_the_search_over_the_whole_line():
    """A line's closing name or number looked for in its last word: the same answer for every stretch."""
    rnd = random.Random(7)
    for t in list(_fuzz("abAB1²½_ \"»”')Ż.\t-", 20000, 20)) + [PROSE]:
        a, b = sorted((rnd.randint(0, len(t)), rnd.randint(0, len(t))))
        assert T._closes_line(t, a, b) == bool(T._CLOSED_LINE.search(t, a, b)), (t, a, b)


def test_sentences_of_a_text_with_every_kind_of_end():
    """A guard on sentences() itself: the split of a text written to hold each rule's case."""
    spans = [(s.start, s.end) for s in T.sentences(PROSE)]
    heads = [PROSE[s:e].split()[0] for s, e in spans]
    assert heads[:3] == ["Minister", "„Rozmowy", "W"]
    assert "Dalej" in heads  # a page that lost the space after a stop
    assert "Prof." not in heads and "Prosta" not in heads  # abbreviations' dots


def _is_prose_before(paragraph: str) -> bool:
    """is_prose as it was: the reference."""
    cjk = len(T._CJK_RE.findall(paragraph))
    return (len(paragraph) + 2 * cjk >= 120 and (len(paragraph.split()) >= 12 or cjk >= 40)
            and len(T._BREADCRUMB_STEP.findall(paragraph)) < T.BREADCRUMB_STEPS)


@pytest.mark.parametrize("seed", range(4))
def test_is_prose_as_before(seed):
    """Short cuts by length and signs: the same verdict on prose, menus, breadcrumbs and kanji."""
    words = ["word", "słowo", "›", ">", "＞", "»", "«", "首相", "会談", "한국", "x", "\n", "Home", "a.b"]
    rnd = random.Random(seed)
    for _ in range(3000):
        p = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 60)))
        p = p.replace(" ", "", rnd.randint(0, 1) * rnd.randint(0, 30))
        assert T.is_prose(p) == _is_prose_before(p), repr(p)
    assert T.is_prose(PROSE.split("\n")[0] * 3)
    assert not T.is_prose("Home › News › Politics › World › " + "word " * 30)


def test_has_form_as_the_loop_over_forms():
    """Whole words and stems in two tests in C: the same answer as the loop, a bare '*' included."""
    forms = ("ambasad*", "embassy", "посольств*", "e", "")
    for word in ["ambasadzie", "ambasad", "ambasa", "embassy", "embassys", "посольстве", "e", "", "x"]:
        want = any(word.startswith(f[:-1]) if f.endswith("*") else word == f for f in forms)
        assert has_form(word, forms) == want
        assert has_form(word, list(forms)) == want
    assert has_form("anything", ("*",)) and not has_form("anything", ())


def _find_before(lex: Lexicon, tokens) -> list:
    """Lexicon.find as it was, match_at at every token: the reference."""
    out, i = [], 0
    while i < len(tokens):
        m = Lexicon.match_at(lex, tokens, i)
        if m:
            out.append(m)
            i = m.end
        else:
            i += 1
    return out


def test_lexicon_find_as_the_walk_of_every_token():
    """Only the words that open a form are tried: the same matches (stems, suffixes, phrases, overlaps)."""
    lex = Lexicon({"DISCUSS": ["omówili", "rozmawia*", "dotyczył* współpracy", "w sprawie", "*dyskusja"],
                   "OTHER": ["w", "sprawie pokoju"]})
    text = ("Ministrowie omówili współpracę, rozmawiali w sprawie pokoju; rozmowy dotyczyły współpracy. "
            "Przedyskusja i dyskusja, W SPRAWIE, w, sprawie.")
    toks = lex_tokens(text)
    assert lex.find(toks) == _find_before(lex, toks)
    assert [m.form for m in lex.find(toks)][:3] == ["omówili", "rozmawia*", "w sprawie"]
    rnd = random.Random(3)
    vocab = [t.low for t in toks] + ["x", "w", "sprawie"]
    for _ in range(300):
        t = lex_tokens(" ".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 25))))
        assert lex.find(t) == _find_before(lex, t)


def test_lexicon_find_tries_only_words_that_open_a_form():
    """A text of words that open no form costs one look-up per word, no walk of candidates."""
    lex = Lexicon({"DISCUSS": ["omówili", "rozmawia*"]})
    tried = []

    class Counting(Lexicon):
        def match_at(self, tokens, i):
            tried.append(i)
            return super().match_at(tokens, i)

    lex.__class__ = Counting
    toks = lex_tokens("Ministrowie spotkali się w Tokio i omówili współpracę gospodarczą")
    assert [m.form for m in lex.find(toks)] == ["omówili"]
    assert tried == [6]  # the parent tried all nine words


def test_fold_is_memoised_and_unchanged():
    """fold() per string from a cache: the same key as ever."""
    assert T.fold("Łukasz Kamikawą") == "lukasz kamikawa"
    assert T.fold("Straße") == T.fold("Straße") == "strasse"
    assert re.fullmatch(r"[a-z ]+", T.fold("Čaputová Ødegaard Đoković"))


def test_by_start_overlaps_as_the_scan():
    """Overlap with any match of a kind by bisection: the same answer as a scan of them all."""
    from kronika.text.lexicon import ByStart, Match

    rnd = random.Random(5)
    for _ in range(300):
        ms = []
        for _ in range(rnd.randint(0, 12)):
            s = rnd.randint(0, 60)
            ms.append(Match("K", 0, 1, s, s + rnd.randint(1, 15), "f"))
        idx = ByStart(ms)
        for _ in range(20):
            lo = rnd.randint(0, 80)
            hi = lo + rnd.randint(0, 10)
            assert idx.overlaps(lo, hi) == any(m.char_start < hi and lo < m.char_end for m in ms), (ms, lo, hi)
