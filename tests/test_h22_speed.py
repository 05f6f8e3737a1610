"""Session h22/speed: exact cuts of the extraction pass (the output stays byte-identical)."""
import random
import re


def _variants(word: str) -> list[str]:
    return [word, word.upper(), word.title(), word[:1].upper() + word[1:]]


def _check(forms: list[str], flags: int, rnd: random.Random) -> None:
    """_alt_first's alternation matches as the plain alternation of the forms (longest first) does, everywhere."""
    from kronika.nlp.dates import _alt_first

    alt = _alt_first(forms)[0]
    parts = []
    for f in forms:
        f = f.lower().strip()
        star, f = f.endswith("*"), f.rstrip("*")
        dot, f = f.endswith("."), f.rstrip(".")
        parts.append(r"\s+".join(re.escape(w) for w in f.split()) + (r"\w*" if star else "") + (r"\.?" if dot else ""))
    plain = "(?:" + "|".join(sorted(set(parts), key=len, reverse=True)) + ")"
    for tail in ("", r"(?!\w)", r"\s*\d"):
        a, b = re.compile(alt + tail, flags), re.compile(plain + tail, flags)
        pieces = [v for f in forms for v in _variants(f.rstrip("*."))] + [" ", "x", "ſ", "K", "İ", "ı", ".", "5", "ß"]
        for _ in range(40):
            t = "".join(rnd.choice(pieces) for _ in range(8))
            for p in range(len(t) + 1):
                ma, mb = a.match(t, p), b.match(t, p)
                assert (ma and ma.span()) == (mb and mb.span()), (forms, t, p)


def test_month_alternation_matches_as_the_plain_one_in_every_language():
    """The date grammars' alternations of month names (and words of time), grouped by first letter: the same
    match, start and end as the plain alternation, in every case form, under IGNORECASE and without it."""
    from kronika import lang
    from kronika.nlp.dates import _alt_first, _merge, cldr_words

    rnd, grouped = random.Random(22), 0
    for code in lang.available():
        lg = lang.load(code)
        cldr = cldr_words(code)
        months = _merge(lg.months, cldr["months"], cldr["month_abbr"])
        forms = [f for fs in months.values() for f in fs]
        grouped += "(?<=" in _alt_first(forms)[0]
        for words in (forms, list(lg.year_words), list(lg.range_words)):
            if words:
                _check(words, re.IGNORECASE, rnd)
                _check(words, 0, rnd)
    assert grouped >= 15  # the Latin and Cyrillic months are grouped


def test_letters_alike_under_ignorecase_keep_the_plain_alternation():
    """Forms opening with "s" and "ſ" (one letter under IGNORECASE): the alternation stays plain, in order."""
    from kronika.nlp.dates import _alt_first

    rnd = random.Random(5)
    _check(["ſept", "september", "sep"], re.IGNORECASE, rnd)
    assert _alt_first(["ſept", "september"])[0] == "(?:september|ſept)"
    assert "(?<=m)" in _alt_first(["maja", "marca", "lipca"])[0]


def test_letter_alternation_matches_as_the_plain_one():
    """lang.letter_alternation, and the phrase patterns built with it (words_opening, phrases_then): the same match,
    start and end as the plain alternation of the words in order, in every case form."""
    from kronika import lang
    from kronika.lang import letter_alternation

    rnd = random.Random(14)
    for code in lang.available():
        forms = sorted({f for fs in lang.load(code).phrase_forms.values() for f in fs}, key=len, reverse=True)
        rests = [f[1:] for f in forms if f[:1] == (forms[0][:1] if forms else "")]
        for words in (forms[:60], rests[:60], ["za", "z", "zo"], ["sa", "ſb", "s"]):
            if not words:
                continue
            a = re.compile("(?:" + letter_alternation(words, re.I) + r")(?!\w)", re.I)
            b = re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)
            pieces = [v for w in words[:20] for v in _variants(w)] + [" ", "x", "ſ", "K", "İ", ","]
            for _ in range(30):
                t = "".join(rnd.choice(pieces) for _ in range(6))
                for p in range(len(t) + 1):
                    ma, mb = a.match(t, p), b.match(t, p)
                    assert (ma and ma.span()) == (mb and mb.span()), (code, words[:3], t, p)
    assert "(?<=o)" in letter_alternation(["od", "oko", "za"], re.I)
    assert letter_alternation(["sa", "ſb"], re.I) == "sa|ſb"  # one letter under IGNORECASE: kept plain
