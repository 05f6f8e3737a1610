"""h21/speed: exact cuts, each checked against the form it replaced (kept here)."""
from __future__ import annotations

import pytest

from kronika.lang import available
from kronika.nlp import dates as D


def _truncated_old(s: str, names: dict[str, int]) -> int | None:
    """dates.DateGrammar._truncated before h21/speed: a walk of every name."""
    s = s.lower().rstrip(".")
    if len(s) < 3:
        return None
    hits = sorted((len(n), k) for n, k in names.items() if n.startswith(s))
    return hits[0][1] if hits else None


@pytest.mark.parametrize("code", available())
def test_truncated_reads_only_the_names_it_begins(code):
    g = D.grammar(code)
    for names in (g.month_names, g.weekday_names):
        assert D._in_order(names) == sorted(names)
        for name in names:
            for k in range(len(name) + 2):
                for s in (name[:k], name[:k].upper() + ".", name[:k] + "x", name[:k] + "\uffff"):
                    assert g._truncated(s, names) == _truncated_old(s, names), s


def test_truncated_prefers_the_shortest_name():
    names = {"červenec": 7, "červen": 6, "června": 6, "čer": 99}
    g = D.grammar("cs")
    assert g._truncated("čer.", names) == 99
    assert g._truncated("červ", names) == 6
    assert g._truncated("červe", names) == 6
    assert g._truncated("červene", names) == 7
    assert g._truncated("čerx", names) is None
