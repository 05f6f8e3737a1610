"""The city of an event (issue 9, session h17): an envoy's posting set after his name, a visit noun that
takes its goal in a case with no preposition, and a town's genitive that only says whose the place visited is."""
from __future__ import annotations

import pytest

from extracting import events


def city(text: str, lang: str, published: str | None = None) -> str | None:
    return events(text, lang, published)[0].location.city


@pytest.mark.parametrize("lang,text,town", [
    ("de", "Antrittsbesuch im Rathaus\n\nKenji Tanaka, Generalkonsul von Japan in Düsseldorf, hat am Montag in "
           "Bonn Oberbürgermeisterin Anna Schmidt getroffen. Sie sprachen über die "
           "Städtepartnerschaft.", "Bonn"),
    ("en", "Courtesy call\n\nKenji Tanaka, Consul General of Japan in Vladivostok, met Governor Ivan Petrov in "
           "Khabarovsk on Tuesday to discuss cooperation between the regions.", "Khabarovsk"),
    ("pl", "Wizyta konsula\n\nKenji Tanaka, konsul generalny Japonii w Krakowie, spotkał się we wtorek w "
           "Katowicach z marszałkiem województwa Janem Nowakiem.", "Katowice"),
])
def test_the_city_closing_an_envoys_title_after_his_name_is_his_post(lang, text, town):
    assert city(text, lang) == town


def test_an_envoys_city_without_a_title_closing_comma_still_places_the_event():
    # "met the Japanese ambassador, in Zagreb": no title with a post, the city is where they met
    text = ("Sastanak s veleposlanikom\n\nMinistar Ivan Horvat primio je u ponedjeljak Kenjija Tanaku, japanskog "
            "veleposlanika, u Zagrebu. Razgovarali su o gospodarskoj suradnji.")
    assert city(text, "hr") == "Zagreb"


@pytest.mark.parametrize("lang,text,town", [
    ("sr", "Ministri razgovarali\n\nMinistar spoljnih poslova Srbije Petar Petrović sastao se danas s japanskim "
           "kolegom Kenjijem Tanakom. Istakao je da se realizuje prva posjeta šefa srpske diplomatije Osaki posle "
           "deset godina. Podsetio je na sajam u Beogradu.", "Osaka"),
    ("hr", "Ministar u Japanu\n\nMinistar vanjskih poslova Ivan Horvat sastao se danas s japanskim kolegom "
           "Kenjijem Tanakom. Rekao je da je posjet hrvatskog ministra Kjotu prvi u deset godina. Spomenuo je "
           "i izložbu u Zagrebu.", "Kyoto"),
])
def test_a_visit_noun_takes_its_goal_in_the_dative(lang, text, town):
    assert city(text, lang) == town


def test_a_dative_goal_needs_a_visit_noun_before_it():
    # a city in the same case after no noun of visiting is not where anyone went
    text = ("Ministri razgovarali\n\nMinistar spoljnih poslova Srbije Petar Petrović sastao se danas u Tokiju s "
            "japanskim kolegom Kenjijem Tanakom. Zahvalio je Japanu na pomoći Beogradu posle poplava.")
    assert city(text, "sr") == "Tokyo"


@pytest.mark.parametrize("lang,text,town", [
    ("lv", "Vēstnieka vizīte\n\nLatvijas vēstnieks Japānā Jānis Bērziņš darba vizītē uzturējās Rīgas "
           "sadraudzības pilsētā Kobē, kur tikās ar pilsētas mēru.", "Kobe"),
    ("lt", "Ambasadoriaus vizitas\n\nLietuvos ambasadorius Japonijoje Jonas Petraitis lankėsi Kauno "
           "partneriniame mieste Osakoje, kur susitiko su miesto meru.", "Osaka"),
])
def test_a_towns_genitive_after_the_verb_yields_to_the_town_it_qualifies(lang, text, town):
    assert city(text, lang) == town


def test_a_towns_genitive_alone_after_the_verb_stays_the_place():
    # "apmeklēja Rīgas domi": the council of Riga, in Riga
    text = ("Vēstnieka vizīte\n\nJapānas vēstnieks Latvijā Kenji Tanaka otrdien apmeklēja Rīgas domi, kur tikās "
            "ar pilsētas mēru.")
    assert city(text, "lv") == "Riga"


@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Посол в области\n\nПосол Японии Кэндзи Танака во вторник встретился в здании Харьковской облгосадминистрации "
           "с главой администрации Иваном Петренко.", "Kharkiv"),
    ("ru", "Визит посла\n\nПосол Японии Кэндзи Танака провёл переговоры в зале заседаний Гомельского облисполкома "
           "с председателем Иваном Петровым.", "Gomel"),
    ("uk", "Візит посла\n\nПосол Японії Кендзі Танака зустрівся у залі засідань Одеської ОДА з головою "
           "Іваном Петренком.", "Odesa"),
])
def test_a_regions_administration_named_by_its_seats_adjective_is_in_the_seat(lang, text, town):
    assert city(text, lang) == town


@pytest.mark.parametrize("lang,text,town,state", [
    ("sl", "Obisk veleposlanika\n\nJaponski veleposlanik Kenji Tanaka je v torek obiskal Mestno občino Murska Sobota, "
           "kjer ga je sprejel župan Janez Novak.", "Murska Sobota", "SI"),
    ("en", "Ambassador's visit\n\nJapanese Ambassador Kenji Tanaka met Mayor Janez Novak in Nova Gorica on Tuesday "
           "to discuss cooperation between the towns.", "Nova Gorica", "SI"),
])
def test_a_smaller_town_of_two_words_after_a_town_noun_or_locative_is_the_place(lang, text, town, state):
    loc = events(text, lang)[0].location
    assert (loc.city, loc.country) == (town, state)


@pytest.mark.parametrize("lang,text,town", [
    ("en", "Ministers meet\n\nTokyo, June 2 - The Polish and Japanese foreign ministers Jan Kowalski and Kenji Tanaka "
           "met at Akasaka-Rikyu Palace on Monday to discuss security.", "Tokyo"),
    ("de", "Treffen der Minister\n\nTokio, 2. Juni - Die Außenminister Jan Kowalski und Kenji Tanaka trafen sich am "
           "Montag im Akasaka-Palast.", "Tokyo"),
])
def test_a_small_towns_name_joined_by_a_hyphen_is_part_of_another_name(lang, text, town):
    assert city(text, lang) == town
