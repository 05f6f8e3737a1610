"""Japanese: tokens, dates with era years, countries with short forms, names read in Hepburn."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")

from kronika.lang import load, tokens  # noqa: E402
from kronika.lang.ja import hooks  # noqa: E402
from kronika.nlp.analyze import analyze  # noqa: E402
from kronika.nlp.dates import find_dates, resolve  # noqa: E402
from kronika.nlp.langid import detect  # noqa: E402
from kronika.nlp.persons import canonical_name  # noqa: E402

CTX = dt.date(2025, 3, 3)


def _dates(text, ctx=CTX):
    return [resolve(d, ctx) for d in find_dates(text, "ja")]


def test_era_year_is_the_gregorian_year():
    r = _dates("令和7年2月28日に会談した。")[0]
    assert r.date == dt.date(2025, 2, 28)
    assert _dates("令和元年5月1日")[0].date == dt.date(2019, 5, 1)
    assert _dates("平成30年4月2日")[0].date == dt.date(2018, 4, 2)


def test_full_date_and_range():
    assert _dates("2025年2月28日、東京で")[0].date == dt.date(2025, 2, 28)
    r = _dates("2月27日から28日まで訪問した。")[0]
    assert (r.date, r.end) == (dt.date(2025, 2, 27), dt.date(2025, 2, 28))


def test_bare_day_takes_the_month_of_the_date_before_it():
    found = _dates("2月20日に到着し、28日に外相と会談した。")
    assert [r.date for r in found] == [dt.date(2025, 2, 20), dt.date(2025, 2, 28)]


def test_bare_day_without_a_month_in_the_text_takes_the_context_month():
    assert _dates("28日、外相会談を行った。", dt.date(2025, 2, 28))[0].date == dt.date(2025, 2, 28)


def test_relative_days():
    assert _dates("昨日、会談した。")[0].date == CTX - dt.timedelta(days=1)
    assert _dates("本日、会談した。")[0].date == CTX


def test_day_unit_is_not_the_state_japan():
    lows = [t.low for t in tokens("28日、この日に日・ポーランド外相会談", "ja")]
    assert "28日" in lows and lows.count("日") == 1  # only the one beside the separator


def test_countries_with_short_forms():
    a = analyze("日・ポーランド外相会談が行われ、露外相は日米の協力を批判した。", "ja")
    keys = [m.key for m in a.countries]
    assert keys.count("JP") == 2 and "PL" in keys and "RU" in keys and "US" in keys


def test_kanji_name_is_read_in_hepburn_given_first():
    assert hooks.romanise("岩屋毅") == "Takeshi Iwaya"
    assert canonical_name(["茂木敏充"], "ja", []) == "Toshimitsu Motegi"


def test_kana_to_hepburn_drops_long_vowels():
    assert hooks.kana_to_hepburn("ヨウコ") == "yoko"
    assert hooks.kana_to_hepburn("シコルスキ") == "shikorusuki"
    assert hooks.kana_to_hepburn("きょうと") == "kyoto"


def test_katakana_name_resolves_to_the_registry_form():
    a = analyze("ラブロフ外相は平壌に到着した。", "ja", dt.date(2018, 5, 31))
    assert [p.name for p in a.persons] == ["Sergey Lavrov"]


def test_title_after_the_name_gives_the_role():
    a = analyze("山田太郎外務副大臣は、ポーランドを訪問した。", "ja", CTX)
    assert [(p.name, p.role) for p in a.persons] == [("Taro Yamada", "deputy minister of foreign affairs")]


def test_event_words_and_language():
    text = "岩屋外務大臣は、ポーランドのシコルスキ外務大臣と電話会談を行い、両国の安全保障協力について意見交換した。"
    assert detect(text) == "ja"
    a = analyze(text, "ja", CTX)
    assert "CONSULT/phone" in {m.key for m in a.triggers}
    assert "security" in {m.key for m in a.topics}
    a = analyze("外務省は駐日ロシア大使を招致し、抗議した。", "ja", CTX)
    assert "ACCUSE" in {m.key for m in a.triggers}


def test_forms_are_cut_like_running_text():
    assert load("ja").roles.find(tokens("外務副大臣", "ja"))[0].key == "deputy minister of foreign affairs"


def test_languages_without_hooks_use_the_engine_defaults():
    from kronika.lang import hook
    from kronika.text.lexicon import lex_tokens

    assert hook("pl", "tokens") is None and hook("ja", "tokens") is not None
    assert tokens("Minister spotkał się z ambasadorem.", "pl") == lex_tokens("Minister spotkał się z ambasadorem.")


def test_missing_analyser_names_the_extra(monkeypatch):
    import sys

    from kronika.lang import cjk
    from kronika.pipeline import extract_one
    from kronika.model import Document

    monkeypatch.setitem(sys.modules, "fugashi", None)
    hooks._tagger.cache_clear()
    hooks._tokens.cache_clear()
    try:
        doc, err = extract_one(Document(id="x", text="岩屋外務大臣は、ワルシャワでポーランドの外務大臣と会談した。"))
        assert "kronika[cjk]" in err and "fugashi" in err
        with pytest.raises(cjk.AnalyserMissing):
            hooks.tokens("会談")
    finally:
        hooks._tagger.cache_clear()
        hooks._tokens.cache_clear()
