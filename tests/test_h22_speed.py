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
