"""Answers about one match of an analysis, kept on the analysis (issue 14: the choosers of every event of a text
ask the same questions of the same matches again)."""
from __future__ import annotations

from functools import wraps


def analysis_state(a) -> tuple:
    """What a judgement of one match by the analysis may read, by identity and length: a memo kept on the
    analysis is dropped when any of it changes (events never change an analysis; a test may)."""
    return (id(a.text), a.lang, id(a.towns), id(a.roles), len(a.roles), id(a.countries), len(a.countries),
            id(a.cities), len(a.cities), id(a.dates), len(a.dates), id(a.persons), len(a.persons),
            id(a.triggers), len(a.triggers), id(a.future), len(a.future), id(a.sentences), len(a.sentences))


def _held(a) -> tuple:
    """The objects analysis_state names by id, kept referenced with the memo so that no other object can take
    one of their ids."""
    return (a.text, a.towns, a.roles, a.countries, a.cities, a.dates, a.persons, a.triggers, a.future, a.sentences)


def per_analysis(judge):
    """`judge(a, m)` asked once per analysis and match object `m` (a pure judgement of the match in its text)."""
    key = ("judged", judge.__module__, judge.__name__)

    @wraps(judge)
    def judged(a, m):
        state = analysis_state(a)
        kept = a._indexes.get(key)
        if kept is None or kept[0] != state:
            kept = a._indexes[key] = (state, _held(a), {})
        seen = kept[2].get(id(m))
        if seen is not None and seen[0] is m:
            return seen[1]
        answer = judge(a, m)
        kept[2][id(m)] = (m, answer)
        return answer
    return judged
