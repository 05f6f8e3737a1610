"""Reference data: every language's month names parse, the registry is well formed."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from kronika import data, lang
from kronika.nlp.dates import find_dates, resolve
from kronika.nlp.persons import _date, registry_index


def _plain(forms):
    return [f for f in forms if not f.endswith("*") and not f.endswith(".") and " " not in f and len(f) > 3]


@pytest.mark.parametrize("code", lang.available())
def test_every_month_form_reads_as_a_date(code):
    """'15 <form> 2024' (or the language's own order) gives the right month for every listed form."""
    data_ = lang.load(code)
    bad = []
    for month, forms in data_.months.items():
        for form in _plain(forms):
            text = f"2024. {form} 15." if data_.order.startswith("ymd") else f"15 {form} 2024"
            ms = [m for m in find_dates(text, code) if m.kind == "absolute"]
            r = resolve(ms[0], None) if ms else None
            if not r or r.date != dt.date(2024, month, 15):
                bad.append(form)
    assert not bad, f"{code}: month forms not read as dates: {bad[:10]}"


@pytest.mark.parametrize("code", lang.available())
def test_weekdays_resolve_to_the_past(code):
    data_ = lang.load(code)
    ctx = dt.date(2024, 5, 10)  # a Friday
    for wd, forms in data_.weekdays.items():
        form = _plain(forms)[0] if _plain(forms) else None
        if not form:
            continue
        ms = [m for m in find_dates(f"x {form} x", code) if m.kind == "weekday"]
        assert ms, f"{code}: weekday '{form}' not found"
        r = resolve(ms[0], ctx)
        assert r.date.isoweekday() == wd and 0 <= (ctx - r.date).days < 7


def test_registry_entries_are_complete():
    problems = []
    for p in data.registry():
        where = f"{p['_file']}: {p['name']}"
        if not re.fullmatch(r"[A-Z]{2}", str(p.get("country", ""))):
            problems.append(f"{where}: country must be an ISO code")
        if not p.get("sources"):
            problems.append(f"{where}: no sources")
        for r in p.get("roles", []):
            if not r.get("role") or _date(r.get("from")) is None:
                problems.append(f"{where}: role without a name or start date")
            if r.get("to") and _date(r["to"]) and _date(r["from"]) and _date(r["to"]) < _date(r["from"]):
                problems.append(f"{where}: role ends before it starts")
    assert not problems, "\n".join(problems[:20])


def test_registry_covers_the_region():
    countries = {p["country"] for p in data.registry()}
    assert {"JP", "KR", "KP", "PL", "CZ", "SK", "HU", "RO", "BG", "RS", "HR", "SI", "UA", "BY", "RU",
            "LT", "LV", "EE", "GE", "AM", "AZ", "MD", "EU"} <= countries
    assert len(registry_index().people) > 500


def test_groups_expand_to_un_members():
    for code, g in data.groups().items():
        assert set(g["members"]) <= data.un_members() | {"XK"}, code


def test_city_names_know_the_capitals():
    for city, cc in data.capitals().items():
        assert data.city_country(city) == cc
