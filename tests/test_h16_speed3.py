"""Guards of h16/speed3 (issue 9): each replaced function against its old form, kept here, on constructed inputs."""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from kronika.events import types as T


# ---------------------------------------------------------------- types._outside_links


def _old_outside_links(a, trig: list) -> list:
    """types._outside_links before h16/speed3: the links found again for every region."""
    if "://" not in a.text and "www." not in a.text:
        return trig
    links = [(m.start(), m.end()) for m in T._LINK.finditer(a.text)]
    return [m for m in trig if not any(s <= m.char_start < e for s, e in links)]


_PIECES = ["Premier spotkał się z prezydentem. ", "https://example.pl/japonia-wizyta-premiera/ ", "www.mofa.go.jp/a_o ",
           "Visit of the Minister\n", "(http://x.y/z) ", "talks in Warsaw ", "://", "www.", " "]


def _analysis(text: str):
    return SimpleNamespace(text=text, _indexes={})


@pytest.mark.parametrize("seed", range(40))
def test_outside_links_as_before(seed):
    """The same triggers kept, asked several times of one analysis and after its text changes."""
    rnd = random.Random(seed)
    a = _analysis("".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12))))
    for _ in range(3):
        trig = [SimpleNamespace(char_start=i) for i in sorted(rnd.sample(range(len(a.text) + 1),
                                                                         min(8, len(a.text) + 1)))]
        assert T._outside_links(a, trig) == _old_outside_links(a, trig)
    a.text = a.text + " www.example.com/x " + rnd.choice(_PIECES)  # a new text: its own links, not the cached ones
    trig = [SimpleNamespace(char_start=i) for i in range(len(a.text))]
    assert T._outside_links(a, trig) == _old_outside_links(a, trig)
