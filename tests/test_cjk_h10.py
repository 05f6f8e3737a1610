"""Issue 10, fourth round: common years glossed with their era year, breadcrumb trails above the text,
and other phenomena of Japanese and Korean pages; constructed, source-like text."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.nlp.dates import find_dates  # noqa: E402
from kronika.text.tokens import is_prose  # noqa: E402
from extracting import extracted as doc, first  # noqa: E402


def full_dates(text: str, code: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(d.y, d.m, d.d) for d in find_dates(text, code) if d.kind == "absolute"]


# ---------------------------------------------------------------- a common year glossed with its era year
@pytest.mark.parametrize("written", ["2023年（令和5年）12月14日", "2023年(令和5年)12月14日", "2023（令和5）年12月14日"])
def test_a_common_year_followed_by_its_era_year_in_brackets_is_one_date(written):
    assert full_dates(f"{written}（木曜日）", "ja") == [(2023, 12, 14)]


def test_a_newspaper_date_line_with_the_era_in_brackets_dates_the_page():
    text = ("2023年（令和5年）12月14日（木曜日）\n"
            "林芳正外務大臣は12日、来日したリトアニアのランズベルギス外相と会談し、協力文書に署名した。")
    d = doc(text, "ja")
    assert d.published == "2023-12-14"
    assert d.events[0].date == "2023-12-12"


def test_a_month_after_a_glossed_year_keeps_that_year():
    ms = [(d.y, d.m) for d in find_dates("2022年(令和4年)5月に40周年を迎えました。", "ja") if d.kind == "month"]
    assert ms == [(2022, 5)]


# ---------------------------------------------------------------- breadcrumb trails
def test_a_breadcrumb_trail_is_no_prose():
    assert not is_prose("現在地 ホーム > 組織でさがす > 観光戦略部 > 観光国際政策課 > 中国・広西壮族自治区 友好提携40周年 "
                        "オンライントップ会談を開催しました")
    assert not is_prose("Home › News › Politics › The minister of foreign affairs met his counterpart from Poland "
                        "in Warsaw on Monday to discuss security")


def test_a_breadcrumb_trail_does_not_take_the_place_of_the_lead():
    # the trail repeats the headline; the lead is the two short paragraphs under it, the day in the second
    text = ("ページの先頭です。 メニューを飛ばして本文へ\n"
            "現在地 ホーム > 組織でさがす > 観光戦略部 > 観光国際政策課 > 中国・広西壮族自治区 友好提携40周年 "
            "オンライントップ会談を開催しました\n\n本文\n\n中国・広西壮族自治区 友好提携40周年 オンライントップ会談を開催しました\n\n"
            "印刷 文字を大きくして印刷 ページ番号:0161269 更新日:2022年12月27日更新\n"
            " 本県と中国・広西壮族自治区は、1982年(昭和57年)に、お互いにとって初めてとなる友好交流協定を締結し、"
            "2022年(令和4年)5月に40周年を迎えました。\n"
            " 12月27日(火曜日)、40周年を記念して、知事と自治区の行政トップである藍天立主席が、オンラインにて会談しました。"
            "当日は、在広州日本国総領事館の亀井総領事もお祝いのメッセージを述べました。\n")
    ev = first(text, "ja")
    assert ev.date == "2022-12-27"
    assert ev.type == "CONSULT"


# ---------------------------------------------------------------- blog templates' stamps
def test_a_month_with_its_unit_then_day_comma_year_is_a_date():
    assert full_dates("8月 07, 2019 18:20 Asia/Tokyo", "ja") == [(2019, 8, 7)]


def test_an_english_last_modified_label_marks_its_date_as_the_pages_change():
    ms = [d for d in find_dates("(last modified 2025-08-16T09:55:59+00:00 )\n", "ja") if d.kind == "absolute"]
    assert ms and all(d.modified for d in ms)


def test_a_translated_news_page_is_dated_by_its_stamp_not_by_its_last_change():
    text = ("ロシア外務省が日本大使を呼び出し\n"
            "ロシア外務省が上月豊久駐露日本大使を呼びだし、日本による内政干渉行為に抗議の意を伝えました。\n"
            "(last modified 2025-08-16T09:55:59+00:00 )\n"
            "8月 07, 2019 18:20 Asia/Tokyo\n\n"
            "ロシア外務省は声明の中で、「わが国のモルグロフ外務次官は6日火曜、上月大使を呼び出した」と表明しました。\n")
    d = doc(text, "ja")
    assert d.published == "2019-08-07"


# ---------------------------------------------------------------- photo captions with their own full date
FILE_PHOTO = ("강경화, 27일 헝가리 외교장관 면담…코로나19 속 협력 논의\n\n입력 | 2020-07-27 07:21:00\n\n"
              "12일 오전 서울 종로구 외교부청사에서 한-헝가리 외교장관회담이 열리고 있다. 2019.12.12 © News1\n\n\n"
              "한-헝가리 외교장관이 27일 오전 외교부에서 양국 간 협력 방안에 대해 논의한다.\n\n"
              "외교부에 따르면 페테르 씨야르토 헝가리 외교장관은 이날 오전 인천국제공항을 통해 입국한다.\n")


def test_a_day_after_a_file_photos_caption_does_not_take_the_photos_month():
    days = [(d.y, d.m, d.d) for d in find_dates(FILE_PHOTO, "ko") if d.kind == "absolute" and d.d == 27 and not d.d2]
    assert (2020, 7, 27) in days and not any(m == 12 for _y, m, _d in days), days


def test_a_file_photos_caption_does_not_date_the_event():
    ev = first(FILE_PHOTO, "ko")
    assert ev.date == "2020-07-27"


def test_a_photo_item_is_still_dated_by_its_caption():
    text = ("김홍균 외교부 제1차관이 21일 오후 게오르기 지노비예프 주한 러시아대사를 서울 종로구 외교부 청사로 초치했다. "
            "(외교부 제공) 2024.10.21/뉴스1\n")
    d = doc(text, "ko")
    assert d.published == "2024-10-21" and d.events[0].date == "2024-10-21"


# ---------------------------------------------------------------- a cited source's day after a subheading's day
def test_a_day_on_a_subheading_line_is_no_date_line_for_the_day_after_it():
    # "3일 …" on a short line is a subheading, not the page's date line: "4일 외교부에 따르면" is in November
    # too, and being the day the source told it (an earlier day follows) it dates nothing
    text = ("한국·헝가리 외교장관 회담…정상회담 후속조치 협의\n\n기사등록 2021/11/04 10:19:12\n\n"
            "3일 헝가리 측 요청으로 외교장관 회담\n\n"
            "[서울=뉴시스] 4일 외교부에 따르면 2~4일 문재인 대통령의 헝가리 국빈 방문 수행차 헝가리를 찾은 정의용 외교부 "
            "장관은 3일 페테르 씨야르토 헝가리 외교장관을 면담했다.\n")
    assert not [d for d in find_dates(text, "ko") if d.kind == "absolute" and d.d == 4 and not d.d2 and not d.y]
    assert first(text, "ko").date == "2021-11-03"


# ---------------------------------------------------------------- a visit's participle frames the act's day
@pytest.mark.parametrize("text,code", [
    ("2023년 12월 15일\n13~14일 리투아니아를 방문한 박진 외교부 장관은 14일 란즈베르기스 리투아니아 외교장관과 회담했다.", "ko"),
    ("2023年12月15日\n13～14日の日程でリトアニアを訪問した林芳正外務大臣は14日、ランズベルギス・リトアニア外相と会談した。", "ja"),
])
def test_a_range_of_a_visit_before_its_visitor_frames_the_day_of_the_act(text, code):
    ev = first(text, code)
    assert (ev.date, ev.date_end) == ("2023-12-14", None)


def test_a_date_line_with_its_agency_in_brackets_is_no_photo_caption():
    text = "2023年12月14日 17時30分 (共同通信)\n林芳正外務大臣は13日、来日したリトアニアのランズベルギス外相と外務省で会談した。"
    d = doc(text, "ja")
    assert d.published == "2023-12-14" and d.events[0].date == "2023-12-13"


@pytest.mark.parametrize("stamp", ["작성일 : 23-12-14 17:30", "23/12/14 17:30"])
def test_a_board_stamp_with_a_two_figure_year_and_dashes_or_slashes_dates_the_page(stamp):
    text = f"{stamp}\n박진 외교부 장관은 13일 방한한 란즈베르기스 리투아니아 외교장관과 회담했다."
    d = doc(text, "ko")
    assert d.published == "2023-12-14" and d.events[0].date == "2023-12-13"


# ---------------------------------------------------------------- Japanese names the dictionary cuts badly
@pytest.mark.parametrize("written,latin", [
    ("桐明和久", "Kazuhisa Kiriaki"),   # both words tagged as given names: the first is the family name
    ("宮路拓馬", "Takuma Miyaji"),      # both tagged as family names: the second is the given name
    ("黒田育宏", "Ikuhiroshi Kuroda"),  # a suffix after a known family name starts the given name
    ("小野日子", "Hiko Ono"),           # no word tagged as a given name: the last word is it
    ("髙岡望", "Nozomu Takaoka"),       # 髙 is 高 to the dictionary
])
def test_a_japanese_name_is_split_into_family_and_given_name(written, latin):
    from kronika.lang.ja.hooks import romanise

    assert romanise(written) == latin


def test_a_name_the_dictionary_knows_keeps_its_reading():
    from kronika.lang.ja.hooks import romanise

    assert [romanise(n) for n in ("岸本周平", "小池百合子", "長谷川岳")] == ["Shuhei Kishimoto", "Yuriko Koike",
                                                                         "Takeshi Hasegawa"]


def test_a_katakana_name_stays_one_word_whatever_the_dictionary_cuts():
    from kronika.lang.ja.hooks import romanise

    assert romanise("メイルーナス") == "Meirunasu"


# ---------------------------------------------------------------- a foreign family name alone, later
def test_a_katakana_family_name_alone_is_the_person_named_in_full_before():
    text = ("令和5年5月16日\n 5月16日、林芳正外務大臣は、訪日中のガブリエリウス・ランズベルギス・リトアニア共和国外相"
            "(H.E. Mr. Gabrielius LANDSBERGIS, Minister of Foreign Affairs of the Republic of Lithuania)と会談を行いました。\n"
            "  1. 冒頭、林大臣から、ランズベルギス外相の訪日を歓迎するとともに、友好100周年の機会に当たる昨年、"
            "二国間関係を「戦略的パートナーシップ」に格上げするなど、二国間関係が着実に深化していることを歓迎する旨"
            "述べました。\n")
    d = doc(text, "ja")
    every = {p.name for ev in d.events for p in ev.persons}
    assert "Gabrielius Landsbergis" in every and not any("Ranzu" in n for n in every), every


def test_a_hangul_foreign_family_name_alone_is_the_person_named_in_full_before():
    text = ("18.10.2022 / 09:59\n10월 13일부터 18일까지 마르틴 드보르작(Martin Dvořák) 체코 외교부 정무2차관이 한국을 "
            "방문 중입니다. 지난 10월 14일에는 최영삼 한국 외교부 차관보를 면담하여 양국 관계에 대해 협의했습니다.\n"
            "최 차관보는 드보르작 차관의 방한으로 양국 간 고위급 교류가 활발하게 지속되고 있다고 평가하며, 2015년 수립된 "
            "양국 간 전략적 동반자 관계를 심화해 나가자고 언급했습니다.\n")
    d = doc(text, "ko")
    every = {p.name for ev in d.events for p in ev.persons}
    assert "Martin Dvořák" in every and not any(n.startswith("Dbo") for n in every), every


def test_an_honour_opens_a_latin_original_written_without_capitals():
    text = ("令和6年3月4日\n 3月4日、深澤陽一外務大臣政務官は、訪日したメイルーナス・リトアニア外務副大臣(H.E. Mr. Egidijus "
            "Meilunas, Vice-Minister of Foreign Affairs of the Republic of Lithuania)と会談を行いました。\n")
    assert "Egidijus Meilunas" in [p.name for p in first(text, "ja").persons]


def test_brackets_without_an_honour_or_capitals_name_no_one():
    from kronika.lang import cjk
    import re

    text = "ヤン外相(Foreign Minister of Poland)"
    assert cjk.latin_original(text, 2, re.compile("[、。]")) is None


# ---------------------------------------------------------------- datelines in brackets, days listed with ・
@pytest.mark.parametrize("dateline", ["【12月14日 AFP】", "[12月14日 ロイター]"])
def test_the_agencys_date_in_the_bracket_opening_a_line_is_no_date_of_the_event(dateline):
    text = (f"2023年12月14日 17:30 発信地：東京/日本\n{dateline}リトアニアのガブリエリウス・ランズベルギス外相は13日、"
            "東京で林芳正外相と会談した。")
    assert first(text, "ja").date == "2023-12-13"


def test_a_date_alone_in_a_headline_bracket_still_dates_it():
    from kronika.nlp.published import is_dateline

    line = "【12月14日】林外相、リトアニア外相と会談"
    assert not is_dateline(line, 1, 7)


def test_two_days_joined_by_a_middle_dot_are_a_range():
    assert [(d.d, d.d2) for d in find_dates("林外相は１２・１３の両日、リトアニアを訪問し", "ja") if d.kind == "absolute"] \
        == [(12, 13)]


# ---------------------------------------------------------------- Korean: a foreign name after a place and 에서
@pytest.mark.parametrize("name", ["란즈베르기스", "리파브스키", "자오랄렉"])
def test_a_foreign_name_after_a_place_and_its_particle_is_still_a_name(name):
    text = f"박진 외교부 장관은 14일 빌뉴스에서 {name} 외교장관과 회담했다."
    ev = first(text, "ko", dt.date(2023, 12, 15))
    assert len(ev.persons) == 2, [p.name for p in ev.persons]


def test_a_common_noun_before_a_title_is_no_name():
    text = "박진 외교부 장관은 14일 서울에서 대변인 정례브리핑을 열었고, 국방 장관과 회담했다."
    ev = doc(text, "ko", dt.date(2023, 12, 15)).events
    assert not any(p.name.lower().startswith(("daebyeon", "gukbang")) for e in ev for p in e.persons)


def test_a_range_of_this_month_frames_the_day_of_the_act_inside_it():
    text = ("입력 2023-12-15 09:00\n박진 외교부 장관은 이달 12일부터 14일까지 리투아니아를 방문 중 13일 란즈베르기스 "
            "외교장관과 회담했다.")
    ev = first(text, "ko")
    assert (ev.date, ev.date_end) == ("2023-12-13", None)


# ---------------------------------------------------------------- a city in a bracketed dateline
def test_the_city_of_a_bracketed_dateline_gives_way_to_the_venue_the_text_names():
    text = ("【北京共同】北朝鮮メディアは20日、金正恩朝鮮労働党総書記とロシアのラブロフ外相が19日に平壌で面会し"
            "「相互関心事である重要な問題で虚心坦懐に意見交換がなされ、見解の一致を見た」と報じた。")
    ev = first(text, "ja", dt.date(2023, 10, 20))
    assert ev.location.city == "Pyongyang" and ev.mode != "third-party"


# ---------------------------------------------------------------- a day of a clause that describes a noun
@pytest.mark.parametrize("text,code", [
    ("2023年12月15日\n先月23日に署名された協定に基づき、林芳正外務大臣は14日、リトアニアのランズベルギス外相と会談した。", "ja"),
    ("2023年12月15日\n昨年11月23日に防衛協力の覚書を結んだチェコの国防相が14日、防衛省を訪れ、防衛大臣と会談した。",
     "ja"),
    ("2023年12月15日\n14日に来日したリトアニアのランズベルギス外相は15日、林芳正外務大臣と会談した。", "ja"),
    ("입력 2023-12-15 09:00\n지난달 23일 서명한 협정에 따라 박진 외교부 장관은 14일 란즈베르기스 리투아니아 외교장관과 "
     "회담했다.", "ko"),
])
def test_the_day_of_a_clause_describing_a_noun_is_background_to_the_sentences_own_day(text, code):
    ev = first(text, code)
    assert ev.date == ("2023-12-15" if "15日、" in text else "2023-12-14")


def test_the_day_of_a_clause_describing_a_noun_still_dates_when_it_is_the_only_one():
    ev = first("2023年12月15日\n14日に来日したリトアニアのランズベルギス外相と林芳正外務大臣が会談した。", "ja")
    assert ev.date == "2023-12-14"


def test_a_two_figure_year_stamp_in_brackets_after_its_label_dates_the_page():
    text = ("掲載日 : [23-11-16] 照会数 : 2156\n朴振長官が米で上川外相と会談\n"
            "朴振外交部長官は11月15日(現地時間)、サンフランシスコで開催されたAPEC首脳会議を機に、日本の上川陽子外相と"
            "韓日外相会談を行った。")
    d = doc(text, "ja")
    assert d.published == "2023-11-16" and d.events[0].date == "2023-11-15"


def test_a_hangul_name_written_again_without_its_gloss_is_the_same_person():
    text = ("야첵 차푸토비츠(Jacek Czaputowicz) 폴란드 외교장관 한국 방문\n\n07.10.2019\n\n"
            "“폴란드와 한국은 전략적 동반자 관계입니다.” 야첵 차푸토비츠 장관은 강경화 한국 외교장관과의 회담에서 이와 같이 말했다.\n")
    names_ = [p.name for p in first(text, "ko").persons]
    assert "Jacek Czaputowicz" in names_ and not any(n.startswith("Yachek") for n in names_), names_


def test_a_deputy_speaker_is_an_office_title():
    text = "강창희 국회의장은 30일 블라디미르 이슈트반 야컵 헝가리 국회부의장 일행을 접견하고 의견을 나눴다."
    ev = first(text, "ko", dt.date(2013, 5, 30))
    assert len(ev.persons) == 2 and any(p.role == "deputy speaker of parliament" for p in ev.persons)


# ---------------------------------------------------------------- nights and days of a stay
@pytest.mark.parametrize("text,code", [
    ("2023年12月15日\nリトアニアのランズベルギス外相は12日から2泊3日の日程で来日し、林芳正外務大臣と会談した。", "ja"),
    ("입력 2023-12-15 09:00\n란즈베르기스 리투아니아 외교장관은 12일부터 2박3일 일정으로 방한해 박진 외교부 장관과 회담했다.",
     "ko"),
])
def test_nights_and_days_are_how_long_a_stay_lasts_not_a_date(text, code):
    d = doc(text, code)
    assert (d.events[0].date, d.events[0].date_end) == ("2023-12-12", "2023-12-14")
    assert not any(ev.date == "2023-12-03" for ev in d.events)


# ---------------------------------------------------------------- cities of summits abroad
@pytest.mark.parametrize("text,code,city", [
    ("2024年11月15日\n 南米ペルーの首都リマを訪問中の石破茂首相は15日午後、中国の習近平国家主席と初めて会談した。", "ja", "Lima"),
    ("2023-11-16\n박진 외교부 장관은 15일(현지시간) 샌프란시스코에서 가미카와 요코 일본 외무상과 회담했다.", "ko",
     "San Francisco"),
])
def test_a_summit_city_abroad_is_the_place_of_the_meeting(text, code, city):
    assert first(text, code).location.city == city
