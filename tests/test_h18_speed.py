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
