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
    from kronika.text.lexicon import Lexicon, lex_tokens

    lex = Lexicon({"minister": ["'*minister'".strip("'"), "minister"]})
    found = lex.find(lex_tokens("haridusminister ja välisminister kohtusid; minister lahkus"))
    assert [m.form for m in found] == ["*minister", "*minister", "minister"]


def test_one_pass_over_many_lexicons_finds_what_each_finds_alone():
    """MultiLexicon.find_all (forms looked up by their next word) gives each category Lexicon.find's matches."""
    import random

    from kronika.text.lexicon import Lexicon, MultiLexicon, lex_tokens

    lexicons = {
        # many forms open with one word, with exact and stemmed second words, and one-word forms beside them
        "relative": Lexicon({"this_week": ["w tym tygodniu"], "next_year": ["w przyszłym roku", "w przyszł* rok*"],
                             "last_year": ["w zeszłym roku"], "today": ["dziś", "w dniu dzisiejszym"],
                             "in": ["w"]}),
        "roles": Lexicon({"fm": ["minister spraw zagranicznych", "minister*", "szef* dyplomacji"],
                          "dm": ["minister obrony", "minister obrony narodowej"]}),
        "topics": Lexicon({"security": ["bezpieczeństw*", "w dziedzinie bezpieczeństwa"]}),
    }
    words = ("w tym tygodniu przyszłym przyszłego roku roku zeszłym dniu dzisiejszym dziś minister ministra "
             "spraw zagranicznych obrony narodowej szefowie dyplomacji dziedzinie bezpieczeństwa i").split()
    rnd = random.Random(3)
    multi = MultiLexicon(lexicons)
    for _ in range(300):
        toks = lex_tokens(" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))))
        found = multi.find_all(toks)
        assert all(found[cat] == lex.find(toks) for cat, lex in lexicons.items()), [t.low for t in toks]
