"""Session h15, events2 (issue 9): more than one dated contact per article. A Japanese date joined by の to
the noun phrase after it ("本年3月の…首相の訪日") tells the contact that phrase names, so two such phrases in
one sentence are two events and a state named elsewhere in the sentence is no party to them; "中・東欧" is
a region, not China; a visit that "may" take place ("может посетить … 15 декабря") is a plan whose day
without a year lies ahead, not a contact of last year; a third state met earlier on the main event's
journey is the traveller's contact with it; a relative clause after a recalled meeting lends it no type;
a meeting (not an arrival) told in a relative clause of the main event's sentence with its own weekday is
an event.
Sentences written for the tests in the style of ministry releases and agency news; every case but the
five guards fails on the parent (main at the branch point)."""
import datetime as dt

import pytest

from extracting import events
from kronika.nlp.analyze import analyze


def dated(evs) -> list[tuple[str, str]]:
    return [(e.date, "-".join(e.countries)) for e in evs]


JA_TWO_VISITS = (
    "日・チェコ外相電話会談\n\n令和4年11月10日\n\n"
    " 11月9日午後4時から約30分間、林芳正外務大臣は、ヤン・リパフスキー・チェコ共和国外務大臣と電話会談を"
    "行ったところ、概要は以下のとおりです。\n\n"
    "  1. 冒頭、林大臣から、チェコは中・東欧の重要なパートナーであり、EU議長国として存在感を高めている"
    "チェコを重視しており、本年5月のフィアラ首相の訪日や7月のヴィストルチル上院議長訪日等、二国間関係が"
    "進展していることを歓迎する旨述べました。\n"
    "  2. 両大臣は、ウクライナ情勢についても意見交換を行い、引き続き緊密に連携していくことで一致しました。\n")


def test_two_dated_visits_in_one_japanese_sentence_are_two_events():
    evs = events(JA_TWO_VISITS, "ja")
    assert dated(evs)[0] == ("2022-11-09", "CZ-JP")
    assert ("2022-05-01", "CZ-JP") in dated(evs[1:])
    assert ("2022-07-01", "CZ-JP") in dated(evs[1:])


def test_a_dated_visit_phrase_takes_the_people_inside_it():
    may = next(e for e in events(JA_TWO_VISITS, "ja") if e.date == "2022-05-01")
    assert len(may.persons) == 1  # the prime minister, not the ministers of the sentence's telling
    assert not any("Hayashi" in p.name or "Lipav" in p.name for p in may.persons)


def test_central_and_eastern_europe_is_no_china():
    text = "林大臣から、スロバキアは中・東欧の重要なパートナーであり、中東欧地域の安定は重要である旨述べました。"
    assert "CN" not in {m.key for m in analyze(text, "ja").countries}


def test_a_third_states_visit_in_a_dated_phrase_is_no_contact_of_the_pair():
    """Guard (passes on the parent too, which takes no contact from such a sentence at all)."""
    text = ("日・ポーランド外相会談\n\n令和5年6月2日\n\n"
            " 6月1日、林芳正外務大臣は、ズビグニェフ・ラウ・ポーランド共和国外務大臣と会談を行いました。\n"
            "  1. 林大臣から、本年3月の中国の王毅外相の訪欧について説明し、両外相は意見交換を行いました。\n")
    assert ("2023-03-01", "JP-PL") not in dated(events(text, "ja"))


@pytest.mark.parametrize("code,text", [
    ("ru", "Путин и Абэ обсудили экономическое сотрудничество\n\n2 сентября 2016\n\n"
           "Президент России Владимир Путин провёл сегодня во Владивостоке переговоры с премьер-министром Японии "
           "Синдзо Абэ.\n\nРанее в Токио сообщили, что российский лидер может посетить Японию 15 декабря.\n"),
    ("en", "Abe and Putin discuss economic cooperation\n\nSeptember 2, 2016\n\n"
           "Russian President Vladimir Putin held talks with Japanese Prime Minister Shinzo Abe in Vladivostok "
           "today.\n\nEarlier, Tokyo said the Russian leader may visit Japan on December 15.\n"),
])
def test_a_possible_visit_on_a_day_without_a_year_is_no_contact_of_last_year(code, text):
    evs = events(text, code)
    assert dated(evs)[0] == ("2016-09-02", "JP-RU")
    assert not [d for d, _c in dated(evs) if d.startswith("2015")]


def test_guard_a_past_visit_on_a_day_without_a_year_stays_an_event():
    """Guard (passes on the parent too): a visit told as done keeps its earlier day."""
    text = ("Путин и Абэ обсудили экономическое сотрудничество\n\n2 сентября 2016\n\n"
            "Президент России Владимир Путин провёл сегодня во Владивостоке переговоры с премьер-министром Японии "
            "Синдзо Абэ.\n\nРанее, 6 мая, Абэ посетил Сочи, где встретился с Путиным.\n")
    assert ("2016-05-06", "JP-RU") in dated(events(text, "ru"))


# -- a third state met on the same journey ---------------------------------------------------------------

TRIP = "Japanese Prime Minister Fumio Kishida will make an official visit to Poland on Thursday and will meet " \
       "President Andrzej Duda in Warsaw.\n\n"


@pytest.mark.parametrize("code,text", [
    ("en", "Kishida to visit Poland on Thursday\n\nJanuary 9, 2024\n\n" + TRIP +
           "Kishida is on a tour of Central Europe. He visited Lithuania on Monday and met President Gitanas "
           "Nauseda, who thanked him for the agreement on energy security between Japan and the European Union.\n"),
    ("pl", "Premier Japonii odwiedzi Polskę\n\n9 stycznia 2024\n\n"
           "Premier Japonii Fumio Kishida złoży w czwartek oficjalną wizytę w Polsce, gdzie spotka się z "
           "prezydentem Andrzejem Dudą.\n\n"
           "Kishida odbywa podróż po Europie Środkowej. W poniedziałek odwiedził Litwę i spotkał się z prezydentem "
           "Litwy Gitanasem Nausėdą.\n"),
])
def test_a_third_state_met_earlier_on_the_journey_is_the_travellers_contact(code, text):
    evs = events(text, code)
    assert dated(evs)[0] == ("2024-01-09", "JP-PL")
    assert ("2024-01-08", "JP-LT") in dated(evs[1:])
    assert next(e for e in evs if e.date == "2024-01-08").type == "CONSULT"  # not the clause's agreement


def test_guard_a_meeting_that_names_the_host_side_is_no_travellers_contact():
    """Guard (passes on the parent too): the host's prime minister at the Vilnius meeting makes it no JP-LT one."""
    text = ("Kishida to visit Poland on Thursday\n\nJanuary 9, 2024\n\n" + TRIP +
            "On Monday Kishida met Lithuanian President Gitanas Nauseda and Polish Prime Minister Donald Tusk in "
            "Vilnius.\n")
    assert ("2024-01-08", "JP-LT") not in dated(events(text, "en"))


def test_a_relative_clause_lends_a_recalled_meeting_no_type():
    text = ("Japan and Poland hold foreign ministers' talks\n\nMarch 14, 2024\n\n"
            "Foreign Minister Yoko Kamikawa held talks with Polish Foreign Minister Radoslaw Sikorski in Tokyo on "
            "Thursday.\n\n"
            "On Monday, Sikorski met Economy Minister Ken Saito, who signed a memorandum on hydrogen cooperation "
            "with Polish companies.\n")
    monday = next(e for e in events(text, "en") if e.date == "2024-03-11")
    assert monday.type == "CONSULT"


# -- a meeting told in a relative clause of the main event's sentence, with its own weekday ----------------

@pytest.mark.parametrize("code,text", [
    ("en", "Japanese foreign minister in Warsaw\n\nJanuary 10, 2024\n\n"
           "Foreign Minister Yoko Kamikawa, who held talks with Polish Foreign Minister Radoslaw Sikorski on "
           "Monday, met President Andrzej Duda in Warsaw on Tuesday.\n\nThe two sides discussed support for Ukraine.\n"),
    ("ru", "Министр иностранных дел Японии в Москве\n\n10 января 2024\n\n"
           "Министр иностранных дел Японии Ёко Камикава, которая в понедельник провела переговоры с Сергеем "
           "Лавровым, во вторник встретилась с президентом России Владимиром Путиным.\n"),
])
def test_a_meeting_in_a_relative_clause_with_its_own_weekday_is_an_event(code, text):
    evs = events(text, code)
    assert evs[0].date == "2024-01-09"
    assert "2024-01-08" in [e.date for e in evs[1:]]


@pytest.mark.parametrize("text", [
    "Foreign Minister Yoko Kamikawa, who arrived in Warsaw on Monday, met President Andrzej Duda on Tuesday.\n",
    "Foreign Minister Yoko Kamikawa, who arrived in Warsaw on Monday for the talks of the Weimar ministers, met "
    "President Andrzej Duda on Tuesday.\n",
])
def test_guard_an_arrival_in_a_relative_clause_is_no_contact(text):
    """Guard (passes on the parent too): the arrival is the journey's, whatever nouns of talks follow it."""
    evs = events("Japanese foreign minister in Warsaw\n\nJanuary 10, 2024\n\n" + text, "en")
    assert "2024-01-08" not in [e.date for e in evs]
