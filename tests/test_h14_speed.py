"""Guards of the h14 speed work (issue 14): each fast path against the code it replaced, kept here as the
reference, on written text and on random strings over the pieces that matter; and the process-wide
freeze after a batch's first document (kronika.warm)."""
from __future__ import annotations

import random
import re
from itertools import compress

import pytest

from kronika.text.lexicon import Lexicon, Match, MultiLexicon, _rest_fits, lex_tokens
from kronika.text.tokens import WORD_RE, Token, tokens_by

PROSE = ("Minister spraw zagranicznych Radosław Sikorski spotkał się w Warszawie z ambasadorem Japonii. "
         "W przyszłym tygodniu premier uda się z wizytą do Tokio; rozmowy dotyczyły współpracy w tym roku.\n"
         "The Foreign Minister met the Ambassador of Japan in Warsaw on 12 May 2024. Next week, the Prime "
         "Minister will pay a visit to the Republic of Korea — Kishida's Chief Cabinet Secretary said so. "
         "Министр иностранных дел встретился в Москве с послом Японии; в этом году визит состоится.")


# ---------------------------------------------------------------- text/tokens.py: tokens built in C
def _tokens_by_ref(rx: re.Pattern, text: str, offset: int = 0) -> list[Token]:
    """tokens_by before h14: a Python loop building each Token."""
    return [Token(m.group(), m.group().lower(), m.start() + offset, m.end() + offset) for m in rx.finditer(text)]


def test_tokens_built_in_c_are_the_tokens_of_the_loop():
    rnd = random.Random(14)
    pieces = ["Ab", "ść", "'", ".", "-", " ", "\n", "12", "Ǆ", "İ", "ΣΑ", "x.y", "o'", "—", "", "日本"]
    texts = [PROSE, ""] + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40))) for _ in range(300)]
    for rx in (WORD_RE, re.compile(r"\w+(?:['.]\w+)*")):
        for t in texts:
            for off in (0, 7):
                got, ref = tokens_by(rx, t, off), _tokens_by_ref(rx, t, off)
                assert got == ref and all(type(x) is Token for x in got), (t, off)
                assert [hash(x) for x in got] == [hash(x) for x in ref]


# ---------------------------------------------------------------- text/lexicon.py: Lexicon.find, find_all
def _find_ref(lex: Lexicon, tokens: list[Token]) -> list[Match]:
    """Lexicon.find as specified: the longest match at each free token, left to right."""
    out, free = [], 0
    for i in range(len(tokens)):
        if i < free:
            continue
        m = lex.match_at(tokens, i)
        if m:
            out.append(m)
            free = m.end
    return out


def _find_all_ref(ml: MultiLexicon, tokens: list[Token]) -> dict[str, list[Match]]:
    """MultiLexicon.find_all before h14: every word's candidates walked at every place."""
    out = {c: [] for c in ml.categories}
    free = dict.fromkeys(ml.categories, 0)
    n_tok = len(tokens)
    found = [ml._by_category(t.low) for t in tokens]
    for i in compress(range(n_tok), found):
        tok = tokens[i]
        for cat, cands, by_second in found[i]:
            if i < free[cat]:
                continue
            if by_second and i + 1 < n_tok:
                cands = by_second.get(tokens[i + 1].low, cands)
            for n, words, key, form, second, star in cands:
                if n > 1:
                    if i + n > n_tok:
                        continue
                    nxt = tokens[i + 1].low
                    if not (nxt.startswith(second) if star else nxt == second) or \
                            (n > 2 and not _rest_fits(words, tokens, i)):
                        continue
                out[cat].append(Match(key, i, i + n, tok.start, tokens[i + n - 1].end, form))
                free[cat] = i + n
                break
    return out


ENTRIES = {
    "in_week": ["w tym tygodniu", "w przyszłym tygodniu", "w przyszłym roku", "w tym roku"],
    "minister": ["minister", "minister spraw zagranicznych", "minister spraw wewnętrznych", "ministr*"],
    "visit": ["wizyt*", "z wizytą", "uda się z wizytą do"],
    "w": ["w"],
    "tail": ["*ministerstwa"],
}


def _random_tokens(rnd: random.Random, words: list[str]) -> list[Token]:
    text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 14)))
    return lex_tokens(text)


def test_lexicon_find_and_find_all_are_the_walk_of_every_word():
    """Lexicon.find (words met before looked up in C) and MultiLexicon.find_all (the choice remembered per
    pair of words, _chosen) give what the walk of every word's candidates gives, also when a form of
    three words or more is cut short by the text's end or by its third word."""
    rnd = random.Random(5)
    words = ["w", "tym", "przyszłym", "tygodniu", "roku", "minister", "spraw", "zagranicznych", "wewnętrznych",
             "ministra", "wizytą", "z", "uda", "się", "do", "Tokio", "nowego", "ministerstwa", "x"]
    lexes = {cat: Lexicon({cat: forms}) for cat, forms in ENTRIES.items()}
    multi = MultiLexicon(lexes)
    cases = [lex_tokens(PROSE)] + [_random_tokens(rnd, words) for _ in range(1500)]
    for _ in range(2):  # the second time from the remembered choices
        for toks in cases:
            assert multi.find_all(toks) == _find_all_ref(multi, toks), [t.low for t in toks]
            for lex in lexes.values():
                assert lex.find(toks) == _find_ref(lex, toks)


@pytest.mark.parametrize("code", ["pl", "en", "ru", "de"])
def test_find_all_of_a_language_is_the_walk_of_every_word(code):
    """The same on a real language's lexicons and date words, on written text and on shuffled words."""
    from kronika import lang
    from kronika.nlp.dates import grammar

    rnd = random.Random(len(code))
    toks = lex_tokens(PROSE)
    lows = [t.low for t in toks]
    for ml in (lang.load(code).lexicons, grammar(code).words):
        for k in range(60):
            case = toks if k == 0 else lex_tokens(" ".join(rnd.sample(lows, len(lows))))
            assert ml.find_all(case) == _find_all_ref(ml, case)


def test_choice_is_remembered_only_where_the_next_word_decides():
    """_chosen (new in h14) answers for a word and its next one, and declines where a third word decides."""
    from kronika.text.lexicon import _UNSURE, _chosen

    multi = MultiLexicon({cat: Lexicon({cat: forms}) for cat, forms in ENTRIES.items()})
    w = multi._by_category("w")
    assert _chosen(w, "przyszłym") is _UNSURE  # "w przyszłym tygodniu" / "roku": the third word decides
    assert _chosen(w, None) == (("w", 1, "w", "w"),)  # at the end of the text only the one-word form
    assert _chosen(w, "nowego") == (("w", 1, "w", "w"),)
    assert _chosen(multi._by_category("ministra"), "x") == (("minister", 1, "minister", "ministr*"),)


# ---------------------------------------------------------------- nlp/analyze.py: lone family names
def test_names_that_sound_alike_have_keys_that_open_alike():
    """_lone_family_mentions asks _sounds_like only where the sound keys open with the same letter: every
    way _word_matches allows a case form keeps the key's first letter."""
    from kronika.nlp.analyze import _key_opening, _sounds_like

    families = ["Kamikawa", "Lavrov", "Ławrow", "Pavel", "Kishida", "Kim", "Ri", "Skvernelis", "Andrzej", "Orbán",
                "Kurai", "Takeši", "Petříček", "Horii", "Иванов", "Лавров", "Кисида", "Шольц", "Єрмак", "Yoon"]
    endings = ["", "a", "ą", "em", "om", "ovi", "ui", "iho", "nal", "у", "ом", "ым", "ою", "ej", "ego", "s", "i"]
    rnd = random.Random(3)
    words = [f + e for f in families for e in endings] + ["Pavla", "Marka", "Ławrowem", "Kišidou", "Ыном"]
    words += ["".join(rnd.choice("aeikmnoprstuvłšжлкио") for _ in range(rnd.randint(2, 9))).title()
              for _ in range(300)]
    for w in words:
        for f in families:
            if _sounds_like(w, f):
                assert _key_opening(w) == _key_opening(f), (w, f)
    assert _sounds_like("Ławrowem", "Lavrov") and _key_opening("Ławrowem") == _key_opening("Lavrov")


# ---------------------------------------------------------------- nlp/published.py: exchange rates
def test_rates_pretest_keeps_the_pattern_verdict():
    from kronika.nlp.published import _RATES, _rated

    def _by_rates(lines, n):  # line n or the one under it, by the pre-tested pattern of published._rated
        return any(_rated(lines)[n:n + 2])

    rnd = random.Random(9)
    pieces = ["USD", "EUR", "usd", "JPYX", " ", "91.98", "1,5", "+0.11", "курс", "\n", "23.07.2017", ":", "a"]
    lines = [(0, "19 марта 2024 / USD 91.98 +0.11 EUR 100.24"), (0, "Obmenný kurz")]
    lines += [(0, "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))) for _ in range(400)]
    for n in range(len(lines)):
        assert _by_rates(lines, n) == any(_RATES.search(line) for _p, line in lines[n:n + 2])


# ---------------------------------------------------------------- lang: hooks looked up once
def test_hook_is_looked_up_once_per_language_and_name():
    from kronika import lang

    assert lang.hook("ja", "find_dates") is lang.hooks("ja").find_dates
    assert lang.hook("pl", "find_dates") is None and lang.hook("xx", "tokens") is None
    before = lang.hook.cache_info().hits  # cached (new in h14): a missing name cost a raised AttributeError
    lang.hook("pl", "find_dates")
    assert lang.hook.cache_info().hits == before + 1


# ---------------------------------------------------------------- kronika.warm: the freeze of a batch
def test_a_batch_freezes_what_it_loaded_once_after_its_first_document(monkeypatch):
    """extract_one calls kronika.warm() (new in h14): gc.freeze once per process, after the first document;
    output is untouched by it."""
    import gc

    import kronika
    from kronika.model import Document
    from kronika.pipeline import extract_one

    calls = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(1))
    monkeypatch.setattr(kronika, "_frozen", False)
    text = "Minister spraw zagranicznych Radosław Sikorski spotkał się 12 maja 2024 r. z ambasadorem Japonii."
    first, _ = extract_one(Document(id="a", text=text))
    assert calls == [1]
    second, _ = extract_one(Document(id="b", text=text))
    assert calls == [1]  # once a process
    assert [e.to_dict() if hasattr(e, "to_dict") else e for e in first.events] == \
        [e.to_dict() if hasattr(e, "to_dict") else e for e in second.events]


# ---------------------------------------------------------------- nlp/analyze.py: states beside a name
def test_states_beside_by_bisection_are_those_of_the_scan():
    """_states_beside bisects the country names' ends and starts (kept per text) instead of scanning them
    all for each name; the same states, also after the list of countries was replaced."""
    from types import SimpleNamespace

    from functools import partial

    from kronika.nlp.analyze import BESIDE, Analysis, _states_beside
    from kronika.text.spans import NameSpan

    def ref(countries, run):
        return frozenset(m.key for m in countries if run.start - BESIDE <= m.char_end <= run.start
                         or run.end <= m.char_start <= run.end + BESIDE)

    rnd = random.Random(2)
    for _ in range(200):
        countries = []
        for _k in range(rnd.randint(0, 12)):
            s = rnd.randint(0, 120)
            countries.append(Match(rnd.choice(["JP", "PL", "KR", "CZ"]), 0, 1, s, s + rnd.randint(1, 9), "x"))
        a = SimpleNamespace(countries=countries, _indexes={})
        a.cached_for = partial(Analysis.cached_for, a)  # the analysis's memo, on the stand-in's own dict
        for _r in range(20):
            s = rnd.randint(0, 120)
            run = NameSpan(s, s + rnd.randint(1, 12), [])
            assert _states_beside(a, run) == ref(countries, run)
        a.countries = countries[: len(countries) // 2]  # replaced: the kept index is not used for it
        run = NameSpan(60, 64, [])
        assert _states_beside(a, run) == ref(a.countries, run)
