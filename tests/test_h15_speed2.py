"""Guards of the h15 speed2 work (issue 9, issue 14): each fast path against the code it replaced, kept here as
the reference, on random texts over the words that matter."""
from __future__ import annotations

import random
from types import SimpleNamespace

from kronika.events import location, topics
from kronika.lang import has_form, load
from kronika.lang.places import places
from kronika.nlp.analyze import analyze
from kronika.text.lexicon import ByStart

# ---------------------------------------------------------------- events/location.py: _told_there


def _told_there_ref(a, m) -> bool:
    """_told_there before h15/speed2: each token before the city walked every trigger (with h21/city's rules: a
    verb of telling after the town, an act told after the verb in a town of its own, dates no distance)."""
    words = places(a.lang).told  # location._told_words until h20/twins moved it to the places view
    if not words:
        return False
    if location._telling_after(a, m, words) and location._town_placed_after(a, m):
        return True
    toks, sent, steps = a.tokens, a.sentence_of(m.char_start), 0
    for i in range(m.start - 1, -1, -1):
        if a.sentence_of(toks[i].start) != sent or any(t.start == i for t in a.triggers):
            return False
        if has_form(toks[i].low, words):
            return any(t.start < i and a.sentence_of(t.char_start) == sent for t in a.triggers) \
                or location._town_placed_after(a, m)
        steps += not location._in_a_date(a, toks[i].start)
        if steps >= location.TOLD_REACH:
            return False
    return False


def test_told_there_as_before():
    rnd = random.Random(15)
    words = ["MSZ", "wezwało", "spotkał", "się", "z", "premierem", "poinformował", "w", "czwartek", "Brukseli",
             "Warszawie", "rzecznik", "wizyta", "rozmowy", ".", ",", "Berlinie", "powiedziała", "odwiedził"]
    seen = 0
    for _ in range(120):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(5, 40)))
        a = analyze(text, "pl")
        for m in a.cities:
            assert location._told_there(a, m) == _told_there_ref(a, m), text
            seen += 1
    assert seen > 50


# ---------------------------------------------------------------- text/lexicon.py: ByStart


def _by_start_ref(matches):
    """ByStart's index before h15/speed2: keys by lambda, the running maximum in a Python loop."""
    ms = sorted(matches, key=lambda m: m.char_start)
    ends, top = [], -1
    for m in ms:
        top = max(top, m.char_end)
        ends.append(top)
    return ms, [m.char_start for m in ms], ends


def test_by_start_as_before():
    rnd = random.Random(9)
    for n in range(300):
        ms = []
        for _ in range(rnd.randint(0, 30)):
            s = rnd.randint(0, 200)
            ms.append(SimpleNamespace(char_start=s, char_end=s + rnd.randint(0, 40), n=len(ms)))
        idx = ByStart(ms)
        ref, starts, ends = _by_start_ref(ms)
        assert [m.n for m in idx.matches] == [m.n for m in ref]  # same order, ties kept stable
        assert idx.starts == starts and idx._max_end == ends
        for lo in range(0, 240, 7):
            assert idx.overlaps(lo, lo + 5) == any(m.char_start < lo + 5 and lo < m.char_end for m in ms)


# ---------------------------------------------------------------- topics.yaml words in the one lexicon pass


def test_topic_words_from_the_lexicon_pass_as_their_own():
    rnd = random.Random(14)
    for code in ("en", "pl", "de", "ru", "cs", "hu", "ja", "ko"):
        lang = load(code)
        raw = lang.raw["topics"]
        vocab = [str(w) for key in ("FIELD", "OFFICE", "DISCUSS") for w in raw.get(key) or ()]
        vocab += [str(w) for ws in (raw.get("TOPICS") or {}).values() for w in ws or ()][:60]
        vocab += ["the", "and", "of", "Minister", "energy", ",", ".", "w", "z"]
        for _ in range(15):
            text = " ".join(rnd.choice(vocab) for _ in range(rnd.randint(3, 50)))
            a = analyze(text, code)
            for key in ("FIELD", "OFFICE", "DISCUSS"):
                lex = lang.topic_words[key]
                assert a.lexicon_matches("topic " + key, lex) == list(lex.find(a.tokens)), (code, key, text)
            # an analysis not made by the pass (tokens changed) asks the lexicon itself
            b = analyze(text, code)
            b.tokens = list(b.tokens)
            assert b.lexicon_matches("topic FIELD", lang.topic_words["FIELD"]) == \
                list(lang.topic_words["FIELD"].find(b.tokens))
            assert topics.fields(a) == list(lang.topic_words["FIELD"].find(a.tokens))


# ---------------------------------------------------------------- lang: names.yaml phrases grouped by first letter

_PHRASE_PATTERNS = {"kin": "KIN", "succession": "SUCCESSION", "message": "MESSAGE", "invited": "INVITED",
                    "source": "SOURCE", "recalled": "RECALLED", "greeted": "GREETED", "visit_to_come": "VISIT_TO_COME",
                    "greetings_to": "GREETINGS_TO", "also_met": "ALSO_MET", "spoken_of": "SPOKEN_OF",
                    "not_held": "NOT_HELD"}


def test_phrases_grouped_find_what_the_plain_alternation_finds():
    import re
    from kronika.lang import _forms
    rnd = random.Random(26)
    codes = ("en", "pl", "de", "ru", "cs", "sk", "hu", "ro", "bg", "sr", "hr", "sl", "uk", "lt", "lv", "et", "mk", "be")
    tried = 0
    for code in codes:
        lang = load(code)
        for attr, key in _PHRASE_PATTERNS.items():
            rx = getattr(lang, attr)
            if rx is None:
                continue
            words = sorted((f.lower() for f in _forms(lang.raw["names"].get(key))), key=len, reverse=True)
            tail = rx.pattern.rpartition(r"(?!\w)")[2]
            plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)" + tail, re.I)
            assert plain.pattern != rx.pattern or len({w[0] for w in words}) == len(words)
            vocab = words + [w.upper() for w in words[:3]] + [w.title() for w in words[:3]] + \
                ["Prezydent", "Minister", "Putin", "ambasador", ",", ".", "\n", "the", "a", "i", "und", "Ivan"]
            for _ in range(40):
                text = " ".join(rnd.choice(vocab) for _ in range(rnd.randint(2, 25)))
                for pos in range(0, len(text) + 1, 3):
                    lo = max(0, pos - 60)
                    m1, m2 = plain.search(text, lo, pos), rx.search(text, lo, pos)
                    assert (m1 is None) == (m2 is None) and (m1 is None or m1.start() == m2.start()), (code, attr, text)
                    tried += m1 is not None
    assert tried > 1000


# ---------------------------------------------------------------- nlp/published.py: rate lines tested once


def _by_rates(lines, n):
    """The replaced code: line n, or the line under it, asked of the pre-tested pattern (each line twice)."""
    from kronika.nlp.published import _CURRENCIES, _RATES

    return any(any(c in line for c in _CURRENCIES) and _RATES.search(line) for _pos, line in lines[n:n + 2])


def test_rated_lines_as_by_rates():
    from kronika.nlp.published import _rated
    rnd = random.Random(3)
    parts = ["USD", "EUR 4,31", "PLN", "1.2345", "kurs", "JPY 0.0271", "12 grudnia 2024", "usd 4.05", "CHF"]
    for _ in range(300):
        lines = [(i * 40, " ".join(rnd.choice(parts) for _ in range(rnd.randint(0, 4)))) for i in range(rnd.randint(0, 8))]
        rated = _rated(lines)
        assert [any(rated[n:n + 2]) for n in range(len(lines))] == [_by_rates(lines, n) for n in range(len(lines))]
