"""Guards of h18/speed (issue 14): each replaced function against its old form, kept here, on constructed and
random inputs (the output must stay byte-identical)."""
from __future__ import annotations

import random

from kronika.nlp import analyze as A
from kronika.nlp.analyze import analyze

# ---------------------------------------------------------------- _lowercase_in_prose: links by bisection

_WORDS = ["minister", "Tsahkna", "spotkał", "się", "z", "ambasadorem", "Japonii", "www.mfa.gov.pl/tsahkna-x",
          "https://vm.ee/uudised/valisminister-tsahkna-teeb", "http://a.b/c", "kishida", "Kishida", "w", "Tokio",
          "(https://x.jp/kishida)", "www.", "://", "Fumio", "fumio", "—", ",", ".", "\n", "\n\n"]


def _old_lowercase_in_prose(a) -> frozenset[str]:
    common = A._lowercase_words(a)
    if "://" in a.text or "www." in a.text:
        links = [m.span() for m in A._WEB_ADDRESS.finditer(a.text)]
        common = frozenset(t.low for t in a.tokens if t.text[:1].islower()
                           and not any(s <= t.start < e for s, e in links))
    return common


def test_in_link_against_any():
    rng = random.Random(18)
    for _ in range(300):
        text = "".join(rng.choice(["a", " ", "www.x", "https://q/", "\n", "b.c"]) for _ in range(rng.randint(0, 40)))
        links = [m.span() for m in A._WEB_ADDRESS.finditer(text)]
        starts = [s for s, _ in links]
        for p in range(len(text) + 1):
            assert A._in_link(starts, links, p) == any(s <= p < e for s, e in links)


def test_lowercase_in_prose_against_old_form():
    rng = random.Random(1818)
    linked = 0
    for _ in range(60):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 60)))
        a = analyze(text, rng.choice(["pl", "et", "en"]))
        linked += "://" in text or "www." in text
        assert A._lowercase_in_prose(a) == _old_lowercase_in_prose(a)
    assert linked > 30


def test_lowercase_outside_in_order_and_not():
    rng = random.Random(181)
    for _ in range(60):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 60)))
        toks = analyze(text, "pl").tokens
        links = [m.span() for m in A._WEB_ADDRESS.finditer(text)]
        old = frozenset(t.low for t in toks if t.text[:1].islower() and not any(s <= t.start < e for s, e in links))
        assert A._lowercase_outside(toks, links) == old
        rng.shuffle(toks)
        assert A._lowercase_outside(toks, links) == old


# ---------------------------------------------------------------- dates.abbr_rx: the word's letters possessive

def _old_abbr_rx():
    import re
    return re.compile(r"(?P<w>[^\W\d_](?<![\w.][\s\S])[^\W\d_]+)\.?,?(?=\s*(?:[^\W\d]{1,2}\s+)?\d)", re.IGNORECASE)


def test_abbr_rx_against_old_form():
    from kronika.lang import available
    from kronika.nlp.dates import grammar
    old = _old_abbr_rx()
    pieces = ["Mi", "pon", "Mittwoch", "śr", "ср", "Ср.", "a", "ab", "abc_", "_", "5", "13:14", "16.", "čer", " ", "  ",
              "\n", ".", ",", "., ", "o", "в", "14:04", "2014", "é", "İ", "ſ", "K"]
    rng = random.Random(1819)
    hits = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        for code in ("de",):
            new = grammar(code).abbr_rx
            lo, hi = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
            a = [(m.span(), m.group("w")) for m in old.finditer(text, lo, hi)]
            assert [(m.span(), m.group("w")) for m in new.finditer(text, lo, hi)] == a
            hits += bool(a)
    assert hits > 200
    pats = {grammar(c).abbr_rx.pattern for c in available()}
    assert len(pats) == 1 and "[^\\W\\d_]++" in pats.pop()  # one pattern, the letters taken whole (no backtracking)


# ---------------------------------------------------------------- tokens._open_end: tried at the last word only

def test_open_end_is_the_search_over_the_whole_paragraph():
    from kronika.text import tokens as T
    pieces = ["a", "ab", "Słowo", "ż", "x1", "1", "_", ",", ",,", ".", " ", "\t", "\n", "\u00a0", "\u2003", "\x1c", "\x85",
              "²", "½", "é", "ſ", "-", "„", "spotkania", "Lee Yang-gu.", "\r\n"]
    rng = random.Random(1820)
    found = 0
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        want, got = T._OPEN_END.search(t), T._open_end(t)
        assert (want and want.span()) == (got and got.span()), repr(t)
        found += want is not None
    assert found > 2000
    assert "rsplit" in T._open_end.__code__.co_names  # tried at the blank before the last word


# ---------------------------------------------------------------- caption_lines: phrase labels by first letter

def _old_phrase_labels(labels):
    import re
    many = sorted((w for w in labels if " " in w.strip()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, many)) + r")(?!\w)") if many else None


def test_phrase_labels_against_old_form():
    from kronika.lang import available, load
    rng = random.Random(1821)
    tried = hits = 0
    for code in available():
        labels = load(code).captions
        old, new = _old_phrase_labels(labels), A._phrase_labels(labels)
        assert (old is None) == (new is None)
        if old is None:
            continue
        assert new.pattern != old.pattern  # opened by a class of first letters
        many = [w for w in labels if " " in w.strip()]
        words = [*many, *(w[:-1] for w in many), "a", "x", " ", ":", "-", "1", "_", "ſ", "\n", "foto"]
        for _ in range(300):
            low = "".join(rng.choice(words) + rng.choice(["", " ", "x"]) for _ in range(rng.randint(1, 8)))
            tried += 1
            want = [m.span() for m in old.finditer(low)]
            assert [m.span() for m in new.finditer(low)] == want, (code, low)
            hits += bool(want)
    assert tried > 1000 and hits > 300


# ---------------------------------------------------------------- _merge_repeats: names split once per name

_NAMES = ["Fumio Kishida", "Kishida", "Kishidą", "Kishidy", "Yoon Suk Yeol", "Suk Yeol", "Сок Ель", "Юн Сок Ель",
          "Сергей Викторович", "Сергей Лавров", "Лавров", "Lawrow", "Petr Pavel", "Pavla", "Екатерина",
          "Екатерина Захариева", "Andrzej Duda", "Duda", "Dudą", "Radosław Sikorski", "Sikorski", "최선희", "崔善姫",
          "최", "ランズベルギス", "ガブリエリウス・ランズベルギス", "Mun Dze In", "A  B"]


def _mentions(rng):
    from kronika.nlp.persons import PersonMention
    out = []
    for k in range(rng.randint(1, 14)):
        name, original = rng.choice(_NAMES), rng.choice(_NAMES)
        pm = PersonMention(name, original, 10 * k, 10 * k + 5, rng.choice([None, "PL", "JP", "RU"]),
                           rng.choice([None, "ambassador"]), rng.choice([None, None, 1, 2]))
        pm.evidence.append((pm.start, pm.end))
        out.append(pm)
    return out


def test_words_are_split():
    for name in _NAMES + ["", "  a ", "\u00a0b c\t"]:
        assert A._words(name) == tuple(name.split()) and A._low_words(name) == tuple(name.lower().split())


def test_merge_repeats_against_uncached_splits(monkeypatch):
    import copy
    import re
    rng = random.Random(1822)
    patronymic = re.compile(r"\w+(?:ович|евич|овна|евна)")
    merged = 0
    for _ in range(400):
        found = _mentions(rng)
        twin = copy.deepcopy(found)
        got = A._merge_repeats(found, patronymic)
        with monkeypatch.context() as m:  # the old code: a fresh list at each split, nothing kept
            m.setattr(A, "_words", lambda s: s.split())
            m.setattr(A, "_low_words", lambda s: s.lower().split())
            want = A._merge_repeats(twin, patronymic)
        assert [(p.name, p.original, p.start, p.country, p.role, p.registry_id, p.evidence) for p in got] == \
            [(p.name, p.original, p.start, p.country, p.role, p.registry_id, p.evidence) for p in want]
        merged += len(got) < len(found)
    assert merged > 100


# ---------------------------------------------------------------- location._in_local_time: blanks out by split()

def test_blanks_out_by_split_as_by_the_pattern():
    import inspect
    import re
    from kronika.events import location as LOC
    pieces = ["a", "Ż", "(", "현지시각", "Ortszeit", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e",
              "\x1f", "\x85", "\u00a0", "\u1680", "\u2000", "\u2007", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f",
              "\u3000", "\ufeff", "_", "1"]
    rng = random.Random(1823)
    for _ in range(5000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert "".join(t.lower().split()) == re.sub(r"\s+", "", t.lower()), repr(t)
    for c in map(chr, range(0x110000)):  # \s and str.isspace() take the same characters
        assert bool(re.match(r"\s", c)) == c.isspace()
    assert ".split()" in inspect.getsource(LOC._in_local_time)
