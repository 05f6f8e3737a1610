"""h15 towns: Japanese and Korean municipalities outside the place lists, read by their suffix (市/町/村, 시/군)
and named by their reading matched to GeoNames; the municipality, not the prefecture before it, is the place."""
from __future__ import annotations

from extracting import first

DAY = "2024-05-12"


def test_a_japanese_city_no_list_holds_is_the_place_by_its_reading():
    ev = first("2024年5月10日、チェコの大使は盛岡市で市長と会談しました。", "ja", DAY)
    assert ev.location.city == "Morioka"


def test_the_town_not_the_prefecture_named_before_it():
    ev = first("2024年5月10日、ポーランドの大統領は福岡県久留米市を訪れ、市長と会談しました。", "ja", DAY)
    assert ev.location.city == "Kurume"  # the parent read Fukuoka from the prefecture's name


def test_a_town_no_gazetteer_holds_after_its_prefecture_is_named_by_its_reading():
    ev = first("2024年5月10日、リトアニアの大使が島根県の隠岐の島町を訪問し、町長と懇談した。", "ja", DAY)
    assert ev.location.city == "Okinoshima"
    assert "JP" in ev.countries


def test_a_town_an_office_noun_follows_is_the_place():
    ev = first("2024年5月10日、チェコの大使は久留米市役所で市長と懇談しました。", "ja", DAY)
    assert ev.location.city == "Kurume"


def test_a_korean_city_no_list_holds_is_the_place_by_its_romanization():
    ev = first("2024년 5월 10일 주한 체코 대사가 전주시청에서 시장과 면담했다.", "ko", DAY)
    assert ev.location.city == "Jeonju"


def test_a_korean_city_is_named_without_the_suffix_geonames_gives_it():
    ev = first("2024년 5월 10일 주한 체코 대사가 경기 이천시에서 시장과 간담회를 가졌다.", "ko", DAY)
    assert ev.location.city == "Icheon"
    assert "KR" in ev.countries


def test_a_state_before_citizens_is_no_town():
    ev = first("2024年5月10日、ポーランドの大統領は東京で首相と会談し、韓国市民とも交流しました。", "ja", DAY)
    assert ev.location.city == "Tokyo"


def test_the_town_of_a_delegation_is_not_where_it_went():
    ev = first("2024年5月10日、盛岡市代表団が在スロバキア日本国大使館を訪れ、大使と懇談しました。", "ja", DAY)
    assert ev.location.city != "Morioka"


def test_an_english_destination_told_after_the_day_of_the_journey():
    ev = first("Polish President Andrzej Duda travelled on Tuesday to Manchester, where he met British Prime "
               "Minister Rishi Sunak for talks on security.", "en", DAY)
    assert ev.location.city == "Manchester"  # the parent read no city: "to" stood where the place was looked for


def test_an_english_destination_after_flew_to():
    ev = first("Czech Foreign Minister Jan Lipavsky flew to Edinburgh on Friday to meet Scottish officials and "
               "members of the Czech community.", "en", DAY)
    assert ev.location.city == "Edinburgh"
