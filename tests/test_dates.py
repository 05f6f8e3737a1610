"""Date grammar: absolute forms, ranges, relative weekdays and days, per language."""
from __future__ import annotations

import datetime as dt

import pytest

from kronika.nlp.dates import find_dates, resolve

D = dt.date


def first(text, code, ctx=None):
    ms = [m for m in find_dates(text, code)]
    assert ms, f"no date found in {text!r}"
    r = resolve(ms[0], ctx)
    assert r is not None
    return r.date, r.end, r.precision


@pytest.mark.parametrize("text,code,ctx,want", [
    ("7-8 listopada: ambasador", "pl", D(2018, 11, 30), (D(2018, 11, 7), D(2018, 11, 8), "day")),
    ("30 października – 1 listopada: współpraca", "pl", D(2018, 11, 30), (D(2018, 10, 30), D(2018, 11, 1), "day")),
    ("spotkali się w piątek w Warszawie", "pl", D(2021, 5, 9), (D(2021, 5, 7), None, "day")),
    ("Ministro Sikorski spotkał się dzisiaj", "pl", D(2024, 1, 8), (D(2024, 1, 8), None, "day")),
    ("проведена в четвъртък в Токио", "bg", D(2022, 5, 13), (D(2022, 5, 12), None, "day")),
    ("проведоха днес среща", "bg", D(2025, 9, 24), (D(2025, 9, 24), None, "day")),
    ("през месец май в Токио", "bg", D(2025, 9, 24), (D(2025, 5, 1), None, "month")),
    ("Die Minister trafen sich am Donnerstag", "de", D(2022, 12, 3), (D(2022, 12, 1), None, "day")),
    ("am 14. und 15. Jänner 2018 Bulgarien", "de", None, (D(2018, 1, 14), D(2018, 1, 15), "day")),
    ("Baku, 3. Dezember, AZERTAC", "de", D(2022, 12, 10), (D(2022, 12, 3), None, "day")),
    ("У суботу, 16 листопада, Міністр", "uk", D(2024, 11, 16), (D(2024, 11, 16), None, "day")),
    ("у четвер відбулася зустріч", "uk", D(2024, 11, 16), (D(2024, 11, 14), None, "day")),
    ("принимая 15 января в Кремле", "ru", D(2026, 1, 16), (D(2026, 1, 15), None, "day")),
    ("On August 14, commencing at 6:35 p.m.", "en", D(2019, 8, 14), (D(2019, 8, 14), None, "day")),
    ("met in Brussels on 13 July 2023", "en", None, (D(2023, 7, 13), None, "day")),
    ("SEOUL, April 26 (Yonhap)", "en", D(2024, 4, 26), (D(2024, 4, 26), None, "day")),
    ("Ministr Lipavský se 20. září 2024 setkal", "cs", None, (D(2024, 9, 20), None, "day")),
    ("Veľvyslanec Nakagawa sa 17. mája stretol", "sk", D(2021, 5, 18), (D(2021, 5, 17), None, "day")),
    ("u utorak, 7. marta 2017. godine u 12:00", "sr", None, (D(2017, 3, 7), None, "day")),
    ("8. septembar 2023 07:52", "sr", None, (D(2023, 9, 8), None, "day")),
    ("a fost primit, pe 15 ianuarie, la Palatul Victoria", "ro", D(2024, 1, 15), (D(2024, 1, 15), None, "day")),
    ("otrdien, 1.oktobrī, parlamentā", "lv", D(2024, 10, 1), (D(2024, 10, 1), None, "day")),
    ("kohtus 10. veebruaril Eesti", "et", D(2020, 2, 10), (D(2020, 2, 10), None, "day")),
    ("2025-09-24 17:17:00", "bg", None, (D(2025, 9, 24), None, "day")),
    ("(01.10.2024.)", "lv", None, (D(2024, 10, 1), None, "day")),
    ("2024/1/15", "ro", None, (D(2024, 1, 15), None, "day")),
])
def test_dates(text, code, ctx, want):
    assert first(text, code, ctx) == want


def test_year_from_context_prefers_the_recent_past():
    # "28 grudnia" read on 5 January is last December
    assert first("28 grudnia podpisano umowę", "pl", D(2025, 1, 5))[0] == D(2024, 12, 28)


def test_no_dates_in_plain_words():
    # dateparser reads "się" as August; a grammar must not
    assert find_dates("Spotkali się ministrowie, 7-8 osób", "pl") == []


def _holds(items, year: list[str]) -> bool:
    """Must every match of the parsed sequence `items` contain the parsed `year` (not optional)?"""
    from re._constants import BRANCH, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

    reprs = [repr(x) for x in items]
    if any(reprs[i:i + len(year)] == year for i in range(len(reprs))):
        return True
    for op, av in items:
        if op is SUBPATTERN and _holds(av[3].data, year):
            return True
        if op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1 and _holds(av[2].data, year):
            return True
        if op is BRANCH and all(_holds(b.data, year) for b in av[1]):
            return True
    return False


def test_patterns_said_to_need_a_year_cannot_match_without_one():
    """DateGrammar.find skips NEED_YEAR patterns in windows without a year: each of them must hold one."""
    from re import _parser

    from kronika import lang
    from kronika.nlp.dates import NEED_YEAR, YEAR_RE, grammar

    year = [repr(x) for x in _parser.parse(YEAR_RE.pattern).data]
    for code in lang.available():
        if lang.hook(code, "find_dates"):
            continue
        for name, rx in grammar(code).patterns:
            if name in NEED_YEAR:
                assert _holds(_parser.parse(rx.pattern, rx.flags).data, year), (code, name)
    # and the check tells an optional year from a required one
    assert not _holds(_parser.parse(r"(?P<d>\d\d) (?:(?P<y>(?:19|20)\d\d))?").data, year)


def _opens_with_digit(items) -> bool:
    """Must every match of the parsed sequence `items` begin with a digit (look-arounds take no character)?"""
    from re._constants import (ASSERT, ASSERT_NOT, BRANCH, CATEGORY, CATEGORY_DIGIT, IN, LITERAL, MAX_REPEAT,
                               MIN_REPEAT, RANGE, SUBPATTERN)

    def digit(x) -> bool:
        op, av = x
        return (op is CATEGORY and av is CATEGORY_DIGIT or op is LITERAL and chr(av).isdigit()
                or op is RANGE and chr(av[0]).isdigit() and chr(av[1]).isdigit())

    for k, (op, av) in enumerate(items):
        rest = list(items[k + 1:])
        if op in (ASSERT, ASSERT_NOT):
            continue
        if op is LITERAL:
            return chr(av).isdigit()
        if op is IN:
            return all(digit(x) for x in av)
        if op is SUBPATTERN:
            return _opens_with_digit(list(av[3].data) + rest)
        if op in (MAX_REPEAT, MIN_REPEAT):
            body = _opens_with_digit(list(av[2].data) + rest)
            return body and (av[0] >= 1 or _opens_with_digit(rest))
        if op is BRANCH:
            return all(_opens_with_digit(list(b.data) + rest) for b in av[1])
        return False
    return False  # an empty match


def _no_digit_before(items) -> bool:
    """Does the sequence open with a look-behind that refuses a digit (or any word character) before it?"""
    from re._constants import ASSERT_NOT, CATEGORY, CATEGORY_DIGIT, CATEGORY_WORD, IN

    if not items or items[0][0] is not ASSERT_NOT or items[0][1][0] != -1:
        return False
    body = list(items[0][1][1])
    return len(body) == 1 and body[0][0] is IN and any(
        x in ((CATEGORY, CATEGORY_WORD), (CATEGORY, CATEGORY_DIGIT)) for x in body[0][1])


def test_patterns_said_to_open_with_digits_begin_a_run_of_digits():
    """DateGrammar.find tries DIGIT_FIRST patterns only where a run of digits begins: each must open with
    a digit that no digit precedes, so that it can match nowhere else."""
    from re import _parser

    from kronika import lang
    from kronika.nlp.dates import DIGIT_FIRST, grammar

    seen = set()
    for code in lang.available():
        if lang.hook(code, "find_dates"):
            continue
        for name, rx in grammar(code).patterns:
            if name in DIGIT_FIRST:
                items = list(_parser.parse(rx.pattern, rx.flags).data)
                assert _no_digit_before(items) and _opens_with_digit(items), (code, name)
                seen.add(name)
    assert seen == DIGIT_FIRST
    # and the checks tell a day that may follow a word ("(?:od\s+)?12") or a digit from a run's start
    assert not _opens_with_digit(list(_parser.parse(r"(?<!\w)(?:od\s+)?(?P<d>[0-3]?\d)").data))
    assert not _no_digit_before(list(_parser.parse(r"(?<!\.)(?P<d>[0-3]?\d)").data))


def test_digit_first_patterns_find_what_a_scan_of_every_position_finds():
    """The same matches as finditer over windows of constructed text, in every language."""
    import random

    from kronika import lang
    from kronika.nlp.dates import _NUMBER, DIGIT_FIRST, _matches_at, grammar

    rnd = random.Random(7)
    pieces = ["12", "3", "2024", "1999", "05", "31", ".", "/", "-", " ", "–", "r.", "maja", "May", "Jan",
              "января", "bm.", "w", "в", "do", "\n", "a", "X", "15.03.2024", "2023-11-", "Mi", "pon", "a12"]
    texts = ["".join(rnd.choice(pieces) for _ in range(24)) for _ in range(300)]
    for code in lang.available():
        if lang.hook(code, "find_dates"):
            continue
        for name, rx in grammar(code).patterns:
            if name in DIGIT_FIRST:
                for t in texts:
                    starts = [m.start() for m in _NUMBER.finditer(t)]
                    assert [m.span() for m in _matches_at(rx, t, starts)] == [m.span() for m in rx.finditer(t)]


def test_windows_without_a_date_or_a_time_hold_no_abbreviated_weekday(monkeypatch):
    """DateGrammar.find looks for 'Mi 13:14', 'pon 16. čer 2014' only in windows with a date or a time's
    digits: the same dates as looking in every window, on constructed text in every language."""
    import random
    import re

    from kronika import lang
    from kronika.nlp import dates

    rnd = random.Random(11)
    for code in lang.available():
        if lang.hook(code, "find_dates"):
            continue
        g = dates.grammar(code)
        pieces = [*list(g.weekday_abbr)[:6], *list(g.weekday_names)[:3], *list(g.month_names)[:3], "12", "3",
                  "2024", "13:14", "9.05", "16.", "o", "w", "\n", ".", ",", "x", "1999", "15.03.2024"]
        texts = [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(2, 16))) for _ in range(120)]
        pruned = [g.find(t) for t in texts]
        monkeypatch.setattr(dates, "_CLOCK_DIGITS", re.compile(""))  # every window looked at
        assert [g.find(t) for t in texts] == pruned, code
        monkeypatch.undo()
