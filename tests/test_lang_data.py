"""Every language folder has the same files, in the right shape, and compiles."""
from __future__ import annotations

import pytest

from kronika import lang
from kronika.nlp.dates import grammar

REQUIRED = ["pl", "cs", "sk", "hu", "ro", "bg", "hr", "sl", "sr", "mk", "lt", "lv", "et", "uk", "be", "ru", "de", "en"]


def test_every_required_language_has_data():
    missing = sorted(set(REQUIRED) - set(lang.available()))
    assert not missing, f"no data folder for {missing}"


@pytest.mark.parametrize("code", lang.available())
def test_language_data_is_valid(code):
    assert lang.validate(code) == []


@pytest.mark.parametrize("code", lang.available())
def test_language_compiles(code):
    data = lang.load(code)
    assert data.countries and data.roles and data.triggers and data.topics
    assert set(data.months) == set(range(1, 13))
    assert grammar(code).patterns


@pytest.mark.parametrize("code", lang.available())
def test_core_countries_are_named(code):
    """Japan and both Koreas are the point of the product: each language must name them."""
    data = lang.load(code)
    for iso in ("JP", "KR", "KP"):
        assert iso in {k for bucket in (data.countries.exact, data.countries.prefix)
                       for entries in bucket.values() for _w, k, _f in entries}


def test_unknown_language_error_names_the_fix():
    with pytest.raises(lang.LanguageDataError, match="lang/FORMAT.md"):
        lang.load("xx")


def test_suffix_forms_match_compounds():
    from kronika.nlp.lexicon import Lexicon, lex_tokens

    lex = Lexicon({"minister": ["'*minister'".strip("'"), "minister"]})
    found = lex.find(lex_tokens("haridusminister ja välisminister kohtusid; minister lahkus"))
    assert [m.form for m in found] == ["*minister", "*minister", "minister"]
