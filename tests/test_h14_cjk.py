"""Issue 10, seventh round: Japanese and Korean mechanisms, tested on constructed, source-like text."""

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from extracting import events, first, participants as names  # noqa: E402


# ---------------------------------------------------------------- where: the manner of a visit, a city's building
def test_the_manner_of_a_visit_between_its_state_and_its_verb_still_names_the_host():
    # "폴란드를 공식 방문 중인": the particle and a short word stand between the state and the visit
    text = ("2023-07-13 20:30\n폴란드를 공식 방문 중인 조태열 외교부 장관은 13일(현지시간) 시코르스키 폴란드 외교장관과 "
            "회담했다.\n")
    loc = first(text, "ko").location
    assert (loc.city, loc.country) == ("Warsaw", "PL")


def test_a_city_before_the_building_its_locative_closes_is_the_place():
    text = ("2023-07-13 20:30\n윤석열 대통령은 13일(현지시간) 바르샤바 대통령궁에서 안제이 두다 폴란드 대통령과 "
            "정상회담을 했다.\n")
    assert first(text, "ko").location.city == "Warsaw"


# ---------------------------------------------------------------- who: one entry each, names as the text spells them
def test_a_minister_named_by_family_in_the_headline_and_in_full_below_is_one_person():
    text = ("茂木外相、リトアニア外相と会談\n2021年7月3日 共同通信\n\n"
            "茂木敏充外相は3日(日本時間同)、リトアニアの首都ビリニュスでランズベルギス外相と会談し、"
            "2国間関係の強化で一致した。日本の外相として初となったバルト3国歴訪を終了した。\n"
            "茂木氏は会談後のオンライン記者会見で「連携を確認できた」と強調した。\n")
    got = names(first(text, "ja"))
    assert got.count("Toshimitsu Motegi") == 1
    assert "Gabrielius Landsbergis" in got


def test_a_polish_w_before_a_vowel_is_a_v_for_the_sound_of_a_rendering():
    # モラヴィエツキ and 모라비에츠키 render Morawiecki's w as a v: he is no Paweł Milewski
    ja = "2023年7月11日\n岸田総理大臣は11日、ポーランドのモラヴィエツキ首相と会談した。\n"
    ko = "2023-07-11\n윤석열 대통령은 11일 모라비에츠키 폴란드 총리와 정상회담을 했다.\n"
    assert "Mateusz Morawiecki" in names(first(ja, "ja"))
    assert "Mateusz Morawiecki" in names(first(ko, "ko"))


def test_a_slovak_c_before_a_back_vowel_is_a_ts_for_the_sound_of_a_rendering():
    text = "2015-12-04\n박근혜 대통령은 3일 로베르트 피초 슬로바키아 총리와 정상회담을 했다.\n"
    assert "Robert Fico" in names(first(text, "ko"))


def test_a_short_family_name_alone_still_needs_its_state_beside_it():
    # guard: the added readings widen no match of a short name without its state (피초 alone is no one)
    text = "2015-12-04\n박근혜 대통령은 3일 피초 씨와 만났다.\n"
    assert "Robert Fico" not in names(first(text, "ko"))


def test_a_name_the_text_spells_in_latin_itself_is_not_respelt_from_its_katakana():
    text = ("ポーランド共和国\n滝沢外務大臣政務官とシュチェルスキ・ポーランド大統領府国務次官との会談\n平成29年3月7日\n"
            "3月6日,滝沢求外務大臣政務官は,クシシュトフ・シュチェルスキ・ポーランド共和国大統領府国務次官(Prof. "
            "Krzysztof Szczerski, State Secretary, the Chancellery of the President of the Republic of Poland)と"
            "会談したところ,概要は以下のとおりです。\n")
    got = names(first(text, "ja"))
    assert "Krzysztof Szczerski" in got
    assert not any(n.startswith("Kusi") for n in got)


# ---------------------------------------------------------------- when
def test_a_file_photo_credited_without_a_date_dates_nothing():
    text = ("한-우크라 외교장관 첫 통화\n2025.09.15 21:13\n"
            "미국을 방문했던 조현 외교부 장관이 12일 인천국제공항을 통해 귀국해 취재진의 질문에 답변하고 있다. 사진=뉴시스\n"
            "조현 외교부 장관은 15일 안드리 시비하 우크라이나 외교장관과 전화 통화를 갖고 양국 관계에 대한 의견을 "
            "교환했다고 외교부는 밝혔다.\n")
    assert first(text, "ko").date == "2025-09-15"


def test_a_file_photo_with_its_credit_in_square_brackets_dates_nothing():
    text = ("한-폴란드 외교장관 회담\n2024-10-25 10:00\n"
            "조태열 외교부 장관이 지난 7일 서울 외교부 청사에서 손님을 맞이하고 있다. [사진=연합뉴스]\n"
            "조태열 외교부 장관은 25일 시코르스키 폴란드 외교장관과 회담했다.\n")
    assert first(text, "ko").date == "2024-10-25"


def test_a_credit_inside_a_paragraph_line_does_not_hide_its_date():
    # guard: a line of prose that goes on after the credit's equals sign is no caption
    text = ("2025-09-16\n조현 외교부 장관은 15일 시비하 우크라이나 외교장관과 전화 통화를 했다고 외교부가 밝혔다. "
            "사진=외교부 제공 자료에 따르면 양 장관은 재건 협력을 논의했다.\n")
    assert first(text, "ko").date == "2025-09-15"


def test_the_days_of_a_month_after_a_year_word_make_a_range():
    text = ("第11回大使レター\n平成27年3月16日\n本年2月26・27日にコモロフスキ大統領が日本を訪問し、安倍総理と首脳会談を"
            "行いました。\n")
    ev = first(text, "ja")
    assert (ev.date, ev.date_end) == ("2015-02-26", "2015-02-27")


def test_the_day_an_anniversary_counts_from_dates_nothing():
    text = ("日・ポーランド国交樹立100周年に際する書簡の交換\n平成31年3月26日\n"
            "我が国とポーランド共和国は,1919年3月22日の国交関係樹立から100周年を迎えました。3月25日,鈴木外務大臣"
            "政務官は,ポーランド大使が主催したレセプションに出席しました。\n")
    assert first(text, "ja").date == "2019-03-25"


def test_a_day_of_an_anniversary_celebration_still_dates_it():
    # guard: a day followed by its anniversary with no range word between is the celebration's own
    text = ("令和元年10月18日\n10月17日、国交樹立100周年記念式典が開催され、林外務大臣がシコルスキ外相と"
            "会談しました。\n")
    assert first(text, "ja").date == "2019-10-17"


def test_a_trips_schedule_frames_the_day_of_its_act():
    text = ("대전시, 체코 브르노와 우호협력 첫걸음\n2015-11-25\n"
            "25일 대전시에 따르면 류순현 행정부시장은 협력강화를 위한 4박 6일간(22~27일)의 일정 중 지난 24일 체코 제2의 "
            "도시인 브르노를 방문했다.\n")
    ev = first(text, "ko")
    assert (ev.date, ev.date_end) == ("2015-11-24", None)


def test_a_doctors_title_in_a_bracketed_original_ends_no_sentence():
    # "PhD." inside a MOFA gloss had cut the lead in two: the third prime minister after it took no part
    text = ("令和5年7月12日\n\n 現地時間7月12日午後4時過ぎから約10分間、岸田文雄内閣総理大臣は、イングリダ・シモニーテ・"
            "リトアニア共和国首相(H.E. Ms. Ingrida ŠIMONYTĖ, Prime Minister of the Republic of Lithuania)、"
            "アルトゥルス・クリシュヤーニス・カリンシュ・ラトビア共和国首相(H.E. PhD. Arturs Krišjanis Karinš, Prime "
            "Minister of the Republic of Latvia)及びカヤ・カッラス・エストニア共和国首相(H.E. Ms. Kaja Kallas, Prime "
            "Minister of the Republic of Estonia)との間で初めての日バルト首脳の立ち話を実施しました。\n")
    ev = first(text, "ja")
    assert "Kaja Kallas" in names(ev)
    assert "EE" in ev.countries


def test_the_day_a_ministry_told_of_talks_is_no_second_meeting():
    # "…회담했다고 외교부가 2일 밝혔다": the day of writing, set aside as the report's, dates no contact of its own
    text = "2025-03-02\n조태열 외교부 장관은 28일 시코르스키 폴란드 외교장관과 회담했다고 외교부가 2일 밝혔다.\n"
    evs = events(text, "ko")
    assert [e.date for e in evs] == ["2025-02-28"]


def test_a_stamp_with_its_label_and_time_above_the_lead_is_no_meeting_that_day():
    text = "입력 2025.03.02 09:00\n조태열 외교부 장관은 28일 시코르스키 폴란드 외교장관과 회담했다고 외교부가 2일 밝혔다.\n"
    assert [e.date for e in events(text, "ko")] == ["2025-02-28"]
