"""The mechanisms that read Japanese and Korean sources, one test each: era years, particles, names by
sound, romanisation, every date form, press stamps, the participants of a release's first sentence."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.lang import load  # noqa: E402
from kronika.lang.ko import hooks as ko  # noqa: E402
from kronika.model import Document  # noqa: E402
from kronika.nlp.analyze import analyze  # noqa: E402
from kronika.nlp.dates import find_dates, resolve  # noqa: E402
from kronika.nlp.published import find_published  # noqa: E402
from kronika.lang.translit import sound_key  # noqa: E402

CTX = dt.date(2025, 3, 17)


def _first(text, code, ctx=CTX):
    """The first date of a text, resolved against the context date: (start, end) dates."""
    r = resolve(find_dates(text, code)[0], ctx)
    return r.date, r.end


# ------------------------------------------------------------ dates
@pytest.mark.parametrize("text,day", [
    ("令和7年2月28日、外相会談を行った。", dt.date(2025, 2, 28)),
    ("令和元年5月1日に即位した。", dt.date(2019, 5, 1)),   # the first year of an era is 元年
    ("平成31年4月30日に退位した。", dt.date(2019, 4, 30)),
])
def test_era_years(text, day):
    assert _first(text, "ja")[0] == day


def test_bare_japanese_day_takes_the_month_of_the_date_before_it():
    text = "2月3日に発表した。28日、外相は会談した。"
    days = [resolve(d, CTX).date for d in find_dates(text, "ja")]
    assert days == [dt.date(2025, 2, 3), dt.date(2025, 2, 28)]


def test_bare_japanese_day_without_a_month_is_the_latest_such_day():
    assert _first("28日、外相は会談した。", "ja") == (dt.date(2025, 2, 28), None)


@pytest.mark.parametrize("text,code", [("27日から28日まで訪問した。", "ja"), ("2月27日から28日まで訪問した。", "ja"),
                                       ("27~28일 방문했다.", "ko"), ("2월 27~28일 방문했다.", "ko")])
def test_day_ranges(text, code):
    assert _first(text, code) == (dt.date(2025, 2, 27), dt.date(2025, 2, 28))


def test_past_day_ignores_the_month_named_before_it():
    # "지난 15일" is the last 15th before the text's date, not the 15th of January named earlier
    days = [resolve(d, CTX).date for d in find_dates("1월 3일 발표했다. 지난 15일 회담했다.", "ko")]
    assert days == [dt.date(2025, 1, 3), dt.date(2025, 3, 15)]
    assert _first("지난 20일 회담했다.", "ko")[0] == dt.date(2025, 2, 20)


def test_relative_day_glossed_with_its_number_is_that_day():
    (dm,) = find_dates("오늘(15일) 회담했다.", "ko")
    assert dm.kind == "absolute" and dm.d == 15 and dm.end == len("오늘(15일)")
    assert resolve(dm, dt.date(2025, 3, 15)).date == dt.date(2025, 3, 15)


@pytest.mark.parametrize("text,code,days", [("先週会談した。", "ja", -7), ("昨日会談した。", "ja", -1),
                                            ("지난주 회담했다.", "ko", -7), ("전날 회담했다.", "ko", -1)])
def test_relative_words(text, code, days):
    r = resolve(find_dates(text, code)[0], CTX)
    assert r.date <= CTX + dt.timedelta(days=days) and r.date > CTX + dt.timedelta(days=days - 7)


# ------------------------------------------------------------ publication stamps
def test_photo_credit_stamp_dates_a_page_without_a_date_line():
    # one long line: the caption's credit, then the related headlines the page runs into it
    text = ("김 차관이 21일 오후 주한 러시아대사를 서울 외교부 청사로 초치했다. 이 자리에서 김 차관은 북한의 파병에 대해 "
            "엄중히 항의했다. (외교부 제공) 2024.10.21/뉴스1 관련 키워드 북한 러시아 우크라이나 관련 기사 "
            "국방장관회의에서 협력 확대 합의, 러시아 면전 규탄 2024.9.3 발표")
    assert find_published(text, "ko")[0] == dt.date(2024, 10, 21)


@pytest.mark.parametrize("text,code,day", [
    ("외교부 보도자료\n입력 2023.06.07 09:24\n\n김 의장은 5일 회담했다.", "ko", dt.date(2023, 6, 7)),
    ("北朝鮮ニュース\n\n外相は31日に到着した。\n\n掲載日：2018年5月31日", "ja", dt.date(2018, 5, 31)),
])
def test_labelled_stamps(text, code, day):
    assert find_published(text, code)[0] == day


def test_a_labelled_date_in_the_middle_of_a_page_is_no_stamp():
    body = "\n".join(f"段落{i}です。" for i in range(40))
    text = f"見出し\n\n{body}\n掲載日：2018年5月31日のニュースによると\n{body}"
    assert find_published(text, "ja")[0] is None


# ------------------------------------------------------------ names
def test_hangul_romanisation_of_names():
    assert ko.romanise("김홍균") == "Hong-gyun Kim"      # Korean: family name first, then last
    assert ko.romanise("최민수") == "Min-su Choi"         # the usual spelling of the family name
    assert ko.romanise_hangul("쿠피에츠키") == "kupiecheuki"
    assert ko.sound_of("라브로프") == "rabeuropeu" and ko.sound_of("김홍균") is None  # foreign names only


def test_sound_keys_of_names_and_their_renderings_meet():
    for latin, rendered in [("Kövér", "kkoebireu"), ("Novák", "nobak"), ("Lavrov", "raburofu"),
                            ("Kupiecki", "kupiecheuki"), ("Sikorski", "shikorusuki"), ("Lukashenko", "rukashenko")]:
        assert sound_key(latin) == sound_key(rendered, rendered=True), latin
    assert sound_key("Kövér") != sound_key("nobak", rendered=True)


def test_katakana_name_resolves_to_its_latin_registry_form():
    a = analyze("ラブロフ外相は平壌に到着した。", "ja", dt.date(2018, 5, 31))
    assert [p.name for p in a.persons] == ["Sergey Lavrov"]


def test_rendering_matched_by_sound_without_an_alias():
    # the registry spells László Kövér and Katalin Novák in Latin and Cyrillic only
    a = analyze("김진표 국회의장은 라슬로 꾀비르 헝가리 국회의장과 회담했다. 커터린 노박 헝가리 대통령과도 만났다.",
                "ko", dt.date(2023, 6, 5))
    assert {"László Kövér", "Katalin Novák", "Jin-pyo Kim"} <= {p.name for p in a.persons}


@pytest.mark.parametrize("text,code,when,name", [
    ("チョ・テヨル外相と岩屋外相が会談した。", "ja", dt.date(2025, 3, 1), "Tae-yul Cho"),   # family first
    ("이와야 다케시 일본 외무상과 회담했다.", "ko", dt.date(2025, 3, 1), "Takeshi Iwaya"),    # not 이 + 와야
    ("한덕수 국무총리는 페트르 피알라 체코 총리와 만났다.", "ko", dt.date(2024, 9, 1), "Petr Fiala"),         # not Petr Pavel
])
def test_east_asian_and_czech_names_by_sound_need_given_and_family(text, code, when, name):
    assert name in {p.name for p in analyze(text, code, when).persons}


def test_a_family_name_alone_is_matched_by_sound_only_when_distinctive():
    a = analyze("노박 씨는 서울에서 말했다.", "ko", dt.date(2023, 6, 5))  # no title, no state named: not the president
    assert "Katalin Novák" not in {p.name for p in a.persons}


def test_names_outside_the_registry_still_come_out_romanised():
    a = analyze("정연두 외교부 본부장은 로베르트 쿠피에츠키 차관과 만났다.", "ko", dt.date(2026, 2, 2))
    # several Hangul words are a foreign name; the vowel Hangul adds after a consonant is dropped
    assert "Robert Kupietski" in {p.name for p in a.persons}


def test_kanji_family_name_read_through_the_dictionary():
    a = analyze("松野官房長官は記者会見で述べました。", "ja", dt.date(2022, 6, 7))
    assert [p.name for p in a.persons] == ["Hirokazu Matsuno"]


# ------------------------------------------------------------ countries
def test_korean_particles_are_stripped_from_countries():
    for word in ("폴란드와", "헝가리는", "러시아의", "우크라이나에서", "일본을"):
        keys = [m.key for m in analyze(f"정부는 {word} 협력했다.", "ko").countries]
        assert len(keys) == 1 and keys[0] in {"PL", "HU", "RU", "UA", "JP"}, word


# ------------------------------------------------------------ participants
def test_participants_key_is_read_from_the_language_data():
    assert load("ko").participants == load("ja").participants == "first_sentence"
    assert load("pl").participants == "lead"


def test_participants_are_the_people_of_the_first_sentence():
    text = ("북한 외무상 발표\n\n"
            "라브로프 러시아 외무장관이 31일 평양에 도착해 리용호 북한 외무상과 회담했다. "
            "김정은 국무위원장을 만날지는 알려지지 않았다. 김정은 위원장은 지난달 연설했다.\n")
    doc = extract_document(Document(id="t", text=text), published=dt.date(2018, 5, 31))
    names = {p.name for p in doc.events[0].persons}
    assert "Sergey Lavrov" in names and "Jong-un Kim" not in names


def test_registry_names_are_proper_nouns_to_the_korean_analyser():
    # without the registry's words Kiwi cuts 시비하 into 시비 + 하다 and the minister is lost
    a = analyze("조태열 외교부 장관은 안드리 시비하 우크라이나 외교장관과 전화 통화를 했다.", "ko", dt.date(2025, 5, 22))
    assert {"Tae-yul Cho", "Andrii Sybiha"} <= {p.name for p in a.persons}


def test_dotted_korean_dates_with_spaces():
    assert find_published("입력 2024. 10. 21. 오후 3:40\n\n본문이다.", "ko")[0] == dt.date(2024, 10, 21)


@pytest.mark.parametrize("text,when,names", [
    ("尹錫悦大統領は朴振外相と協議した。", dt.date(2023, 3, 1), {"Suk-yeol Yoon", "Jin Park"}),  # no words of MeCab's
    ("北朝鮮の崔善姫外相はラブロフ外相と会談した。", dt.date(2024, 11, 1), {"Son-hui Choe", "Sergey Lavrov"}),  # not 崔善 + 姫
    ("林官房長官は記者会見で述べた。", dt.date(2024, 3, 1), {"Yoshimasa Hayashi"}),  # a one-kanji family name
])
def test_registry_names_in_kanji_are_names_as_written(text, when, names):
    assert {p.name for p in analyze(text, "ja", when).persons} == names


@pytest.mark.parametrize("text,code,first,last", [
    ("꾀비르 의장은 지난달 9일(화) 방한했다.", "ko", dt.date(2023, 5, 9), None),
    ("先月9日に来日した。", "ja", dt.date(2023, 5, 9), None),
    ("今月3日から5日まで訪問した。", "ja", dt.date(2023, 6, 3), dt.date(2023, 6, 5)),
    ("다음 달 15일 방문한다.", "ko", dt.date(2023, 7, 15), None),
])
def test_a_month_word_before_a_bare_day_gives_its_month(text, code, first, last):
    assert _first(text, code, dt.date(2023, 6, 7)) == (first, last)
