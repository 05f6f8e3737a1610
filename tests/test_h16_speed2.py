"""Guards of h16/speed2 (issue 14): the date grammar's letter-first patterns and the names.yaml phrase patterns open
with a class of first characters the engine skips to; each new pattern against its old form, kept here, on random
and constructed inputs, as the readers use them (finditer's spans and groups; search's bool, start and end)."""
from __future__ import annotations

import random
import re
import _sre
from re import _casefix

import pytest

from kronika import lang as langdata
from kronika.lang import _OTHER_UPPER, _forms, case_class, load
from kronika.nlp import dates as D

LANGS = sorted(langdata.available())
CHANGED = ("mdy_year", "mdy_cross", "mdy_range", "mdy", "month_year", "year_only")  # mdy_cross: h19/dates


# ---------------------------------------------------------------- the class of first characters


def test_other_upper_is_complete():
    """Every character the engine lowers to a letter, other than that letter's upper and title case, is listed."""
    others: dict[str, set[str]] = {}
    for c in range(0x110000):
        low = _sre.unicode_tolower(c)
        if low != c and chr(c) not in (chr(low).upper(), chr(low).title()):
            others.setdefault(chr(low), set()).add(chr(c))
    assert others == {k: set(v) for k, v in _OTHER_UPPER.items()}


def _matched_by(ch: str) -> set[str]:
    """Every character that `ch` matches under IGNORECASE (as the engine lowers: all that lower to its cases)."""
    low = _sre.unicode_tolower(ord(ch))
    cases = {low, *_casefix._EXTRA_CASES.get(low, ())}
    cands = {chr(c) for c in range(0x3000)} | {c for v in _OTHER_UPPER.values() for c in v}
    return {c for c in cands if _sre.unicode_tolower(ord(c)) in cases and re.fullmatch(re.escape(ch), c, re.I)}


def _firsts() -> set[str]:
    """The first letters the languages' months, locatives and phrases open with."""
    out = set("aksiſßåθωı\u0130")
    for code in LANGS:
        lang = load(code)
        out |= {w[:1] for w in lang.locative if w}
        out |= {str(f).lower()[:1] for forms in lang.months.values() for f in forms if str(f).strip()}
        for key in ("KIN", "SUCCESSION", "MESSAGE", "INVITED", "SOURCE", "RECALLED", "VISIT_TO_COME",
                    "GREETINGS_TO", "ALSO_MET", "SPOKEN_OF", "NOT_HELD"):
            out |= {f.lower()[:1] for f in _forms(lang.raw["names"].get(key)) if f}
    return out - {""}


def test_case_class_takes_every_case():
    firsts = _firsts()
    assert len(firsts) > 40
    for ch in firsts:
        cls = re.compile(case_class([ch]))
        missed = {c for c in _matched_by(ch) if not cls.fullmatch(c)}
        assert not missed, (ch, missed)


# ---------------------------------------------------------------- the date grammar


def _old_grammar(code: str, monkeypatch) -> D.DateGrammar:
    """The grammar as before h16/speed2: no first-character class (the pattern strings of the parent)."""
    real = D._alt_first
    with monkeypatch.context() as m:
        m.setattr(D, "_alt_first", lambda forms: (real(forms)[0], None, None))
        g = D.DateGrammar(load(code))
    amon = r"(?P<m>[^\W\d_](?<![\w.][\s\S])(?<!\d-[\s\S])[^\W\d_]{2,})"
    pats = []
    for name, rx in g.patterns:
        if name == "mdy_year":
            assert amon in rx.pattern
            rx = re.compile(rx.pattern.replace(amon, r"(?<![\w.])(?<!\d-)(?P<m>[^\W\d_]{3,})"), rx.flags)
        pats.append((name, rx))
    g.patterns = pats
    g.abbr_rx = re.compile(r"(?<![\w.])(?P<w>[^\W\d_]{2,})\.?,?(?=\s*(?:[^\W\d]{1,2}\s+)?\d)", re.I)
    unit = D._alt(load(code).raw["dates"].get("DAY_UNIT") or [])
    g.duration_rx = re.compile(rf"(?<![\w.])(?P<n>[1-9]|1[0-4])\s*{D.DASH}\s*{unit}(?!\w)", re.I)
    return g


def _pieces(code: str) -> list[str]:
    lang = load(code)
    g = D.grammar(code)
    words = sorted(set(g.month_of) | set(lang.locative) | set(D._strs(lang.raw["dates"].get("DAY_MONTH_CUES"))) | set(g.weekday_abbr) | set(lang.range_words)
                   | set(lang.year_words) | set(lang.day_words) | set(lang.range_start))
    d = lang.raw["dates"]
    words += [f for forms in (d.get("NUMBERS") or {}).values() for f in D._strs(forms)]
    words += [f.rstrip("*") for t in (d.get("AGO") or {}).values() for tpl in D._strs(t) for w in tpl.split()
              if w != "{n}" for f in w.split("|")] * 3
    words += [w.upper() for w in words[:40]] + [w.title() for w in words[:40]]
    return words + ["1", "12", "2024", "2019", "13", "1999", "05", "3.", "12.", "2024.", "10:30", "T14:00",
                    "-", "–", ".", ",", " ", " ", "  ", "\n", "\n\n", "/", "(", ")", "]", "r.", "x", "Ab", "ſ", "\u212a",
                    "\u0130", "ı", "15. 5.", "15.05.", "3.4.", "dni", "days", "day", "Tag", "дней", "1-", "10-", "14-"]


def _texts(code: str, seed: int, n: int):
    rnd = random.Random(seed)
    pieces = _pieces(code)
    for _ in range(n):
        yield "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", " ", ", ", "-", "\n"])
                      for _ in range(rnd.randint(1, 14)))


def _found(rx: re.Pattern, text: str, lo: int = 0, hi: int | None = None):
    hi = len(text) if hi is None else hi
    return [(m.span(), m.groupdict()) for m in rx.finditer(text, lo, hi)]


@pytest.mark.parametrize("code", LANGS)
def test_date_patterns_as_before(code, monkeypatch):
    old, new = _old_grammar(code, monkeypatch), D.grammar(code)
    assert [n for n, _ in old.patterns] == [n for n, _ in new.patterns]
    changed = [(name, a, b) for (name, a), (_n, b) in zip(old.patterns, new.patterns) if a.pattern != b.pattern]
    assert {n for n, _a, _b in changed} <= set(CHANGED) and "mdy_year" in {n for n, _a, _b in changed}
    assert [a.pattern for _k, a, _w in old.ago] != [b.pattern for _k, b, _w in new.ago] or not new.ago
    hits = 0
    for text in _texts(code, 14 + LANGS.index(code), 1000):  # more AGO words (h23) thin the other pieces out
        for name, a, b in changed:
            got = _found(b, text)
            assert got == _found(a, text), (name, text)
            hits += bool(got)
        lo = len(text) // 3
        for a, b in ((old.abbr_rx, new.abbr_rx), (old.duration_rx, new.duration_rx),
                     (old.day_month_cue_rx, new.day_month_cue_rx)):
            if a is None:
                assert b is None
                continue
            got = _found(b, text, lo)
            assert got == _found(a, text, lo), (b.pattern, text)
            hits += bool(got)
        for (k, a, _w), (_k, b, _w2) in zip(old.ago, new.ago):
            got = _found(b, text)
            assert got == _found(a, text), (k, b.pattern, text)
            hits += bool(got)
        assert new.find(text) == old.find(text), text
    assert hits > 100


def test_constructed_dates_as_before(monkeypatch):
    cases = {"en": ["May 12, 2024", "on May 12-14 2024", "Aug 05 12:00:00 2015", "in 2019 the", "1-day", "10-day",
                    "14-day visit", "two days ago", "3 weeks ago", "a week ago", "x3 days ago", "٣ days ago", "12 days ago", "x.May 12", "2019-May 12", "Mon 12:30", "ſep 5 2024", "\u212aMay 12 2024", "MAY 2024", "a3-day"],
             "pl": ["dwa dni temu", "przed trzema dniami", "5 dni temu", "tydzień temu", "dnia 15. 5.", "w dniu 15.05.", "xdnia 15.5.", "DNIA 3.4.", "w maju 2024", "12 maja 2024", "w 2013 r.", "pon. 12:00", "3-dniowa", "we wrześniu 2023",
                    "W ROKU 2025", "1-2 maja"],
             "tr": ["İstanbul'da 12 Mayıs 2024", "Ekim 2023", "ıı 2024"],
             "ru": ["в 2013 году", "12 мая 2024", "вів о 14:04", "май 2024"]}
    for code, texts in cases.items():
        if code not in LANGS:
            continue
        old, new = _old_grammar(code, monkeypatch), D.grammar(code)
        for text in texts:
            for (name, a), (_n, b) in zip(old.patterns, new.patterns):
                assert _found(b, text) == _found(a, text), (code, name, text)
            assert _found(new.abbr_rx, text) == _found(old.abbr_rx, text)
            assert _found(new.duration_rx, text) == _found(old.duration_rx, text)
            if old.day_month_cue_rx:
                assert _found(new.day_month_cue_rx, text) == _found(old.day_month_cue_rx, text)
            for (_k, a, _w), (_k2, b, _w2) in zip(old.ago, new.ago):
                assert _found(b, text) == _found(a, text), (code, b.pattern, text)
            assert new.find(text) == old.find(text)


# ---------------------------------------------------------------- the names.yaml phrase patterns

PHRASES = ("kin", "succession", "message", "invited", "source", "recalled", "visit_to_come", "greetings_to",
           "also_met", "spoken_of", "not_held")


def _old_phrases_then(words: list[str], tail: str) -> re.Pattern:
    """lang._phrases_then before h16/speed2: the look-behind first, the branches by first letter."""
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(w[1:])
    either = "|".join(re.escape(f) + "(?:" + "|".join(map(re.escape, r)) + ")" for f, r in rests.items()) \
        if all(words) else "|".join(map(re.escape, words))
    return re.compile(r"(?<!\w)(?:" + either + r")(?!\w)" + tail, re.I)


def _phrase_pairs():
    for code in LANGS:
        lang = load(code)
        for key in PHRASES:
            rx = getattr(lang, key, None)
            if rx is None:
                continue
            words = sorted((f.lower() for f in _forms(lang.raw["names"].get(key.upper()))), key=len, reverse=True)
            tail = rx.pattern[rx.pattern.index(r")(?!\w)") + len(r")(?!\w)"):]
            yield code, key, words, _old_phrases_then(words, tail), rx


def test_phrase_patterns_as_before():
    rnd = random.Random(1416)
    pairs = list(_phrase_pairs())
    assert len(pairs) > 100
    hits = 0
    for code, key, words, old, new in pairs:
        pieces = words + [w.upper() for w in words] + [w.title() for w in words] + [
            "Jan Novák", "premier", "President", "x", "a", ",", ".", "\n", " ", "  ", "-", "ſ", "\u212a", "\u0130", "ı", "2024"]
        for _ in range(120):
            text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", ", "]) for _ in range(rnd.randint(1, 8)))
            lo = rnd.randint(0, len(text))
            hi = rnd.randint(lo, len(text))
            for a, b in ((0, len(text)), (lo, hi), (lo, len(text))):
                mo, mn = old.search(text, a, b), new.search(text, a, b)
                assert (mn is None) == (mo is None), (code, key, text, a, b)
                if mn:
                    assert mn.span() == mo.span(), (code, key, text, a, b)
                    hits += 1
            assert [m.span() for m in new.finditer(text, lo)] == [m.span() for m in old.finditer(text, lo)]
    assert hits > 1000


# ---------------------------------------------------------------- events: SEAT_OF_STATE, BACKGROUND, SINCE


def _events_pairs():
    """(code, name, old pattern, new pattern, words) of events/ whole-word patterns, the old as before h16/speed2."""
    from kronika.events import context, extract
    for code in LANGS:
        lang = load(code)
        rx = extract._background_rx(code)
        if rx is not None:
            marks = sorted(lang.background, key=len, reverse=True)
            old = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, marks)) + r")(?!\w)", re.IGNORECASE)
            yield code, "background", old, rx, marks
        rx = context._since_rx(code)
        if rx is not None:
            yield code, "since", re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lang.since)) + r")(?!\w)"), rx, \
                list(lang.since)
        rx = extract._seat_words(code)
        if rx is not None:
            words = sorted((str(w).lower() for w in lang.raw["places"].get("SEAT_OF_STATE") or ()), key=len, reverse=True)
            locs = "|".join(re.escape(w) for w in lang.locative)
            old = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + rf")\s+(?:{locs})\s+$", re.I)
            yield code, "seat", old, rx, words + sorted(lang.locative)


def test_events_word_patterns_as_before():
    rnd = random.Random(1417)
    pairs = list(_events_pairs())
    assert len({n for _c, n, *_ in pairs}) == 3
    hits = 0
    for code, name, old, new, words in pairs:
        assert old.pattern != new.pattern or not all(words)
        pieces = words + [w.upper() for w in words] + [w.title() for w in words] + [
            "x", "a", ",", ".", "\n", " ", "  ", "-", "ſ", "\u212a", "\u0130", "ı", "2024", "Seoul"]
        for _ in range(150):
            text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", ", "]) for _ in range(rnd.randint(1, 8)))
            lo = rnd.randint(0, len(text))
            hi = rnd.randint(lo, len(text))
            for t in (text, text.lower()):
                for a, b in ((0, len(t)), (lo, hi)):
                    mo, mn = old.search(t, a, b), new.search(t, a, b)
                    assert (mo and mo.span()) == (mn and mn.span()), (code, name, t, a, b)
                    hits += mn is not None
    assert hits > 500


@pytest.mark.parametrize("code", LANGS)
def test_ago_patterns_as_before(code, monkeypatch):
    """AGO's templates filled in (counts in digits, Unicode digits and words; every form; three cases), glued to
    letters, dots and digits before them: the new patterns find what the old did."""
    old, new = _old_grammar(code, monkeypatch), D.grammar(code)
    d = load(code).raw["dates"]
    numbers = [f for forms in (d.get("NUMBERS") or {}).values() for f in D._strs(forms)] + ["3", "12", "٣", "123"]
    rnd = random.Random(77)
    hits = 0
    for t in (d.get("AGO") or {}).values():
        for tpl in D._strs(t):
            for _ in range(150):
                words = [rnd.choice(numbers) if w == "{n}" else rnd.choice(w.split("|")).rstrip("*") + rnd.choice(["", "", "x"])
                         for w in tpl.split()]
                words = [rnd.choice([w, w.upper(), w.title()]) for w in words]
                text = rnd.choice(["", "x", ".", "1", " ", "a "]) + rnd.choice([" ", "  ", "\n"]).join(words) \
                    + rnd.choice(["", ".", "x", " y"])
                for (_k, a, _w), (_k2, b, _w2) in zip(old.ago, new.ago):
                    got = _found(b, text)
                    assert got == _found(a, text), (b.pattern, text)
                    hits += bool(got)
    assert hits > 50 or not d.get("AGO")
