"""Session h22, recall: a further contact of the pair told only by its participants' offices. A meeting dated by a
weekday is kept when the offices of both sides are named in its sentence ("On Monday the Polish deputy minister
received the Japanese ambassador"), and the day of writing, told as a weekday, is a contact of its own when an
office names who acted ("On Thursday the two governments signed … in the presence of both presidents"). Also the
forms of "the day before" that dates.yaml lacked ("előző napi", "днём ранее"). Texts written for the tests in the
style of agency news; every case but the guard fails on main 24961be9."""
import datetime as dt

import pytest

from extracting import events
from kronika.nlp.dates import find_dates


OFFICES = {
    "en": "Warsaw, 16 May 2024. Polish Foreign Minister Radosław Sikorski held talks with Japanese Foreign Minister "
          "Yoko Kamikawa in Tokyo on Thursday. The ministers discussed security.\n\n"
          "On Monday, the Polish deputy foreign minister received the Japanese ambassador in Warsaw.\n",
    "pl": "Warszawa, 16 maja 2024 r. Minister spraw zagranicznych Radosław Sikorski rozmawiał w czwartek w Tokio z "
          "szefową dyplomacji Japonii Yoko Kamikawą.\n\n"
          "W poniedziałek wiceminister spraw zagranicznych przyjął ambasadora Japonii w Warszawie.\n",
    "de": "Berlin, 16. Mai 2024. Der polnische Außenminister Radosław Sikorski hat am Donnerstag in Tokio seine "
          "japanische Amtskollegin Yoko Kamikawa getroffen.\n\n"
          "Am Montag hatte der polnische Vizeaußenminister den japanischen Botschafter in Warschau empfangen.\n",
}


@pytest.mark.parametrize("code", sorted(OFFICES))
def test_a_weekday_meeting_of_two_offices_is_a_contact(code):
    evs = events(OFFICES[code], code)
    assert evs[0].date == "2024-05-16"
    assert any(e.date == "2024-05-13" and e.countries == ["JP", "PL"] for e in evs[1:])


def test_guard_one_office_and_no_counterpart_is_no_contact():
    """"Накануне генконсул встречался с корейцами": one office, the other side people of no office; no contact."""
    text = ("Владивосток, 16 мая 2024 года. Губернатор Приморья Олег Кожемяко провел переговоры с послом Республики "
            "Корея Ли До Хуном.\n\nГенконсул сообщил, что в понедельник встречался с корейцами.\n")
    assert not any(e.date == "2024-05-13" for e in events(text, "ru"))


SIGNED_ON_THE_DAY = {
    "en": "Bratislava, 16 May 2024. Slovak President arrived in Seoul on 14 May for a three-day state visit. On 15 May "
          "he held talks with President Yoon Suk-yeol.\n\n"
          "On Thursday, the two governments signed a memorandum on nuclear energy in the presence of both presidents.\n",
    "cs": "Praha, 16. května 2024. Slovenský prezident přiletěl 14. května do Soulu na třídenní státní návštěvu. Ve "
          "středu 15. května jednal s jihokorejským prezidentem Jun Sok-jolem.\n\n"
          "Ve čtvrtek obě vlády podepsaly memorandum o jaderné energetice za přítomnosti obou prezidentů.\n",
    "ru": "Москва, 16 мая 2024 года. Президент Словакии прибыл в Сеул 14 мая с трехдневным государственным визитом. "
          "15 мая он провел переговоры с президентом Республики Корея Юн Сок Ёлем.\n\n"
          "В четверг министры иностранных дел двух стран подписали меморандум о сотрудничестве в области атомной "
          "энергетики.\n",
}


@pytest.mark.parametrize("code", sorted(SIGNED_ON_THE_DAY))
def test_the_day_of_writing_told_as_a_weekday_with_offices_is_a_contact(code):
    evs = events(SIGNED_ON_THE_DAY[code], code)
    assert any(e.date == "2024-05-16" and e.countries == ["KR", "SK"] and e.type == "AGREE" for e in evs)


DAY_BEFORE = {
    "hu": "Szijjártó Péter emlékeztetett, hogy előző napi tokiói tárgyalásai során egyetértésre jutottak.",
    "ru": "Днём ранее заместитель министра встретился с японским послом.",
    "pl": "Dobę wcześniej wiceminister spotkał się z ambasadorem Japonii.",
    "de": "Einen Tag zuvor hatte der Vizeminister den Botschafter getroffen.",
}


@pytest.mark.parametrize("code", sorted(DAY_BEFORE))
def test_forms_of_the_day_before_are_read(code):
    assert any(dm.relative == "day_before" for dm in find_dates(DAY_BEFORE[code], code))


DATED_LINE = {
    "et": "Tallinn, 14. juuni 2024. Välisminister Margus Tsahkna kohtus 12. juunil Tokyos Jaapani välisministri Yoko "
          "Kamikawaga. Ministrid arutasid julgeolekut.\n\n"
          "13. juunil kohtus Tsahkna ka Jaapani peaministri Fumio Kishidaga.\n",
    "lv": "Rīga, 2024. gada 14. jūnijs. Ārlietu ministrs Krišjānis Kariņš 12. jūnijā Tokijā tikās ar Japānas ārlietu "
          "ministri Joko Kamikavu.\n\n"
          "13. jūnijā Kariņš tikās arī ar Japānas premjerministru Fumio Kišidu.\n",
    "sl": "Ljubljana, 14. junija 2024. Ministrica za zunanje zadeve Tanja Fajon se je 12. junija v Tokiu sestala z "
          "japonsko zunanjo ministrico Joko Kamikavo.\n\n"
          "13. junija se je Fajonova srečala tudi z japonskim premierjem Fumiom Kišido.\n",
}


@pytest.mark.parametrize("code", sorted(DATED_LINE))
def test_a_one_sentence_paragraph_opening_with_its_date_is_prose(code):
    """A later day of the journey told in a paragraph of one sentence that opens with its day number."""
    evs = events(DATED_LINE[code], code)
    assert evs[0].date == "2024-06-12"
    assert any(e.date == "2024-06-13" for e in evs[1:])


def test_a_short_paragraph_opening_with_a_weekday_is_prose():
    """Nine words, a preposition before the weekday: shorter than a lead, yet a sentence with its full stop."""
    text = ("Praha, 14. června 2024. Ministr zahraničí Jan Lipavský se 12. června v Tokiu setkal s japonskou "
            "ministryní Jóko Kamikawaovou.\n\nV pondělí náměstek ministra přijal velvyslance Japonska v Praze.\n")
    evs = events(text, "cs")
    assert evs[0].date == "2024-06-12"
    assert any(e.date == "2024-06-10" and e.countries == ["CZ", "JP"] for e in evs[1:])


def test_guard_last_year_opening_a_short_paragraph_stays_background():
    """"Last year, South Korea opened an embassy in Estonia.": a year, no day; the short line stays no event."""
    text = ("Tallinn, 28 January 2025. Estonian Defence Minister Hanno Pevkur met South Korean Defence Minister "
            "Kim Yong-hyun in Seoul on Monday. The ministers discussed defence industry cooperation.\n\n"
            "Last year, South Korea opened an embassy in Estonia.\n")
    assert all(e.date and not e.date.startswith("2024") for e in events(text, "en"))
