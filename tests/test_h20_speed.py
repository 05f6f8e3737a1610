"""h20/speed (issue 14): each cut is exact. The fast form is compared with the old one, kept here, on
source-like sentences and on random texts built from the languages' own word lists. These are equivalence
tests: they pass on main too wherever main has the function asked (they name the new helpers, which it lacks)."""
from __future__ import annotations

import random
import re

import pytest

from kronika import lang as langdata
from kronika.events import extract
from kronika.nlp.analyze import analyze

CODES = sorted(c for c in langdata.available() if c not in ("ja", "ko"))
# words of prose and names between the forms: titles, names, punctuation that ends the patterns' tails
FILLER = ["the", "minister", "President", "Duda", "Kishida", "premier", "Fumio", "министр", "Лавров", "pan",
          "velvyslanec", "Szijjártó", "Péter", ",", ".", ";", "—", "\n", "(", ")", "\"", "«", "»", "of", "z", "na",
          "2024", "12.", "H.E.", "Dr.", "Kim Jong-un", "Ли", "İstanbul", "ǅ", "ſ", "K", "ß"]


def _forms(code: str) -> list[str]:
    """Every form of the language's phrase patterns (names.yaml KIN, MESSAGE, INVITED …)."""
    lang = langdata.load(code)
    return sorted({f for words in lang.phrase_forms.values() for f in words})


def _text(rng: random.Random, forms: list[str], n: int = 120) -> str:
    """A random text of the forms (in random case) and filler, with random gaps."""
    out = []
    for _ in range(n):
        w = rng.choice(forms) if forms and rng.random() < 0.2 else rng.choice(FILLER)
        w = rng.choice([w, w.upper(), w.title(), w.capitalize()])
        out.append(w + rng.choice([" ", " ", "  ", "", "\n", ", ", "\u00a0"]))
    return "".join(out)


def _old_word_before(a, pos, words, reach=extract.KIN_REACH):
    """The old `_word_before`: the pattern searched in its window at every call."""
    rx = getattr(langdata.load(a.lang), words)
    return rx.search(a.text, max(0, pos - reach), pos) if rx else None


KINDS = ("kin", "celebrated", "succession", "message", "invited", "source", "commentator", "recalled",
         "visit_to_come", "visit_made", "greetings_to", "also_met", "attended", "spoken_of", "relations", "maybe")
REACHES = (extract.KIN_REACH, 90, extract.SUCCESSION_REACH, extract.RELATIONS_REACH, 120)


@pytest.mark.parametrize("code", CODES)
def test_word_before_with_the_quiet_window_finds_what_each_search_finds(code):
    """At every position of random texts of the language's forms, each kind and reach: the same match (or none)
    as the pattern searched alone; the quiet window never hides a match."""
    rng = random.Random(code)
    forms = _forms(code)
    hits = 0
    for _ in range(4):
        text = _text(rng, forms)
        a = analyze(text, code)
        for pos in range(0, len(text) + 1, 3):
            for kind in KINDS:
                if not hasattr(langdata.load(code), kind):
                    continue
                reach = rng.choice(REACHES)
                new, old = extract._word_before(a, pos, kind, reach), _old_word_before(a, pos, kind, reach)
                assert (new and new.span()) == (old and old.span()), (code, kind, pos, text[max(0, pos - reach):pos])
                hits += old is not None
    assert hits or not forms  # the texts hold matches to find


def test_the_quiet_window_is_a_superset_test_of_every_phrase_pattern():
    """Wherever a phrase pattern of a language matches before `pos`, the combined form pattern finds a form in
    the QUIET_REACH window: checked pattern by pattern on random texts of each language."""
    rng = random.Random(20)
    for code in CODES:
        forms = _forms(code)
        lang = langdata.load(code)
        patterns = [getattr(lang, name) for name in lang.phrase_forms]
        anyform = extract._any_form(code)
        for _ in range(2):
            text = _text(rng, forms, 80)
            for pos in range(0, len(text) + 1, 2):
                lo = max(0, pos - extract.QUIET_REACH)
                if anyform.search(text, lo, pos) is None:
                    assert not any(rx.search(text, lo, pos) for rx in patterns), (code, text[lo:pos])


SENTENCES = [
    ("pl", "Minister spraw zagranicznych przekazał przesłanie od prezydenta Andrzeja Dudy premierowi Japonii "
           "Fumio Kishidzie. Córka prezydenta Lecha Kaczyńskiego Marta Kaczyńska też była obecna."),
    ("en", "The minister conveyed a message from President Andrzej Duda to Prime Minister Fumio Kishida. "
           "He succeeded Ambassador Jan Kowalski, and invited Foreign Minister Takeshi Iwaya to Warsaw."),
    ("ru", "Министр передал послание президента Владимира Путина премьер-министру Японии Фумио Кисиде. "
           "Дочь президента Бориса Ельцина Татьяна Юмашева также присутствовала."),
    ("de", "Der Minister überbrachte eine Botschaft von Präsident Wladimir Putin an Ministerpräsident Fumio Kishida "
           "und lud Außenminister Takeshi Iwaya nach Berlin ein."),
    ("cs", "Ministr předal poselství prezidenta Petra Pavla premiérovi Fumiu Kišidovi a pozval ministra zahraničí "
           "Takešiho Iwaju k návštěvě Prahy."),
    ("sr", "Ministar je preneo poruku predsednika Aleksandra Vučića premijeru Fumiju Kišidi i ponovio poziv "
           "ministru spoljnih poslova Takešiju Ivaji."),
]


@pytest.mark.parametrize("code,text", SENTENCES)
def test_word_before_on_source_like_sentences(code, text):
    """Before every capitalised word of source-like sentences: each kind as the old search finds it."""
    a = analyze(text, code)
    for m in re.finditer(r"(?<!\w)[^\W\d_]", text):
        if not m.group().isupper():
            continue
        for kind in KINDS:
            for reach in REACHES:
                new = extract._word_before(a, m.start(), kind, reach)
                old = _old_word_before(a, m.start(), kind, reach)
                assert (new and new.span()) == (old and old.span()), (kind, reach, text[:m.start()][-reach:])


RECORD_TEXTS = [
    "URL: https://www.msz.gov.pl/2024/05/12/spotkanie-ministrow\nWarszawa, 12.05.2024 r.\nMinister spotkał się z "
    "ambasadorem Japonii.",
    "URL: https://mfa.bg/news/2023-10-02\n2 октомври 2023 г. Министърът на външните работи прие посланика на Корея.",
    "URL: https://example.com/a'b.c/d-e\n\nO'Neill met Kishida on 3 May. U.S. officials said so.",
    "URL: https://x.y/z",
    "URL:\nno address at all, 1.2.2020",
]


@pytest.mark.parametrize("text", RECORD_TEXTS)
def test_tokens_below_a_record_line_are_those_of_the_blanked_text(text):
    """The record line blanked out, the tokens found again and the whole text's tokens after its break agree."""
    from kronika.events.document import _tokens_below
    from kronika.nlp.published import record_line_end
    from kronika.text.lexicon import lex_tokens

    record = record_line_end(text)
    seen = " " * record + text[record:]
    assert _tokens_below(lex_tokens(text), record, "pl") == lex_tokens(seen)


def test_tokens_below_on_random_record_lines():
    """Random record lines and texts of words, apostrophes, dots, hyphens, breaks: the same tokens."""
    from kronika.events.document import _tokens_below
    from kronika.nlp.published import record_line_end
    from kronika.text.lexicon import lex_tokens

    rng = random.Random(14)
    pieces = ["URL:", "https://", "a", "ab", "'", ".", "-", "/", " ", "\n", "ż", "Д", "1", "2024", "O'", "U.S.", "\t"]
    for _ in range(3000):
        text = "URL:" + "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        record = record_line_end(text)
        seen = " " * record + text[record:]
        assert _tokens_below(lex_tokens(text), record, "en") == lex_tokens(seen), text


def test_tokens_below_leaves_a_language_with_its_own_tokenizer_to_find_dates():
    """Japanese and Korean tokenise with their hooks: find_dates is given no tokens to reuse."""
    from kronika.events.document import _tokens_below

    for code in ("ja", "ko"):
        if langdata.hook(code, "tokens"):
            assert _tokens_below([], 5, code) is None


def _old_rated(lines):
    """The old `_rated`: every line tested for every code."""
    from kronika.nlp.published import _CURRENCIES, _RATES

    return [any(c in line for c in _CURRENCIES) and _RATES.search(line) is not None for _pos, line in lines]


def test_rated_lines_as_each_line_tested_alone():
    """Random lines of rates, codes cut by a line's end ("US" | "D 91.98"), dates and words: the same flags."""
    from kronika.nlp.published import _rated

    rng = random.Random(197)
    pieces = ["USD", "US", "D", "EUR", "EU", "R", "RUB", "JPY", " ", "91.98", "100,24", "+0.11", "19 марта 2024", "/",
              "курс", "Kurs", "usd", "\t"]
    for _ in range(3000):
        lines = [(k, "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 6)))) for k in range(rng.randrange(0, 5))]
        assert _rated(lines) == _old_rated(lines), lines
    page = [(0, "19 марта 2024 / USD 91.98 +0.11 EUR 100.24"), (45, "Министр встретился с послом"), (80, "2 EUR")]
    assert _rated(page) == _old_rated(page) == [True, False, False]


def test_a_language_read_from_the_cache_keeps_its_phrase_forms():
    """A Language pickled (the cache folder) and read back keeps each phrase pattern's forms under its attribute's
    name, and the quiet window finds the patterns of the language read back."""
    import pickle

    pl = langdata.load("pl")
    assert "kin" in pl.phrase_forms and "message" in pl.phrase_forms
    back = pickle.loads(pickle.dumps(pl))
    assert back == pl and back.phrase_forms == pl.phrase_forms
    for name, words in back.phrase_forms.items():
        assert getattr(back, name).pattern == getattr(pl, name).pattern and words
    assert extract._quiet_patterns("pl") == frozenset(id(getattr(pl, name)) for name in pl.phrase_forms)


@pytest.mark.parametrize("code,text", SENTENCES)
def test_token_comprehensions_give_what_the_attrgetter_maps_gave(code, text):
    """Python 3.11 reads a slot faster in a comprehension than `map(attrgetter(...))` does in C: the
    comprehensions that replaced the maps give the same lists and sets (old forms kept here)."""
    from itertools import compress
    from operator import attrgetter, itemgetter

    from kronika.nlp import analyze as an
    from kronika.text.lexicon import lex_tokens

    low, txt, ini = attrgetter("low"), attrgetter("text"), itemgetter(slice(0, 1))
    toks = lex_tokens(text + " " + text.upper() + " ſ İstanbul Ǆ ǅ éclair Éclair")
    assert an._lower_initial(toks) == set(compress(map(low, toks), map(str.islower, map(ini, map(txt, toks)))))
    a = analyze(text, code)
    assert an._lowercase_words(a) == frozenset(compress(map(low, a.tokens),
                                                        map(str.islower, map(ini, map(txt, a.tokens)))))
    assert an._lowercase_outside(toks, []) == frozenset(an._lower_initial(toks))


def test_by_start_and_capitalised_walks_as_the_maps():
    """ByStart's starts and running furthest ends, and geo_cities' capitalised tokens, as the attrgetter maps
    read them (old forms kept here)."""
    from itertools import accumulate, compress
    from operator import attrgetter, itemgetter

    from kronika.text.lexicon import ByStart, lex_tokens

    a = analyze(SENTENCES[0][1] + " " + SENTENCES[0][1].upper(), "pl")
    for ms in (a.countries, a.roles, a.triggers, a.topics, a.cities, []):
        b = ByStart(ms)
        assert b.starts == list(map(attrgetter("char_start"), b.matches))
        assert b._max_end == list(accumulate(map(attrgetter("char_end"), b.matches), max))
    toks = lex_tokens(" ".join(t for _, t in SENTENCES) + " ſ İstanbul Ǆ ǅ")
    old = list(compress(range(len(toks)), map(str.isupper, map(itemgetter(slice(0, 1)), map(attrgetter("text"), toks)))))
    assert [i for i, t in enumerate(toks) if t.text[:1].isupper()] == old
