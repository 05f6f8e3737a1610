"""Where an event happened: case forms, venues that stand for their city, datelines, what is not a place."""
from __future__ import annotations

import pytest

from kronika.events.document import extract_document
from kronika.events.location import _is_place
from kronika.model import Document
from kronika.nlp.analyze import analyze


def city_of(text: str, lang: str) -> str | None:
    """The city of the first event extracted from a short article."""
    doc = extract_document(Document(id="t", text=text, language=lang))
    assert doc.events, f"no event in {text!r}"
    return doc.events[0].location.city


@pytest.mark.parametrize("lang,forms,city", [
    ("pl", ["Kraków", "Krakowa", "Krakowowi", "Krakowem", "Krakowie"], "Kraków"),
    ("ru", ["Москва", "Москвы", "Москве", "Москву", "Москвой"], "Moscow"),
    ("cs", ["Praha", "Prahy", "Praze", "Prahu", "Prahou"], "Prague"),
    ("lt", ["Vilnius", "Vilniaus", "Vilniui", "Vilnių", "Vilniumi", "Vilniuje"], "Vilnius"),
])
def test_a_city_in_every_case_is_one_city(lang, forms, city):
    for form in forms:
        keys = [m.key for m in analyze(f"To je {form} .", lang).cities]
        assert keys == [city], (lang, form, keys)


def test_a_museum_of_another_city_does_not_move_the_meeting():
    text = ("Seimo Pirmininkas Jonas Petraitis šiandien susitiko su Japonijos ambasadoriumi Taro Yamada.\n"
            "Jie aptarė bendradarbiavimą ir Japonijos paramą Kauno muziejui.")
    assert city_of(text, "lt") == "Vilnius"  # the Seimas sits in Vilnius and is named first
    assert city_of("Japonijos ambasadorius Taro Yamada šiandien Kaune susitiko su meru Jonu Petraičiu.", "lt") \
        == "Kaunas"


def test_a_parliament_as_venue_is_its_city():
    text = "Japānas vēstnieks Taro Jamada otrdien Saeimā tikās ar Saeimas priekšsēdētāju Jāni Bērziņu."
    assert city_of(text, "lv") == "Riga"


def test_the_seat_of_an_embassy_is_not_where_the_meeting_was():
    text = ("Lithuania has no plans to open an embassy in Seoul soon, the ministry said.\n"
            "Speaker Jonas Petraitis met Moon Hee-sang, the speaker of South Korea's National Assembly, on Monday.")
    assert city_of(text, "en") != "Seoul"


def test_an_event_at_an_embassy_is_in_its_city():
    text = ("On September 12, 2024, a grant contract was signed at the Japanese embassy in Chisinau by "
            "Ambassador Taro Yamada and the mayor of Balti.")
    assert city_of(text, "en") == "Chisinau"


def test_a_region_named_after_its_seat_is_the_seat():
    text = ("В Псковскую область прилетел посол Японии Таро Ямада. Об этом сообщает пресс-служба "
            "регионального правительства.\nДипломат встретился с губернатором Иваном Петровым.")
    assert city_of(text, "ru") == "Pskov"


def test_a_run_in_dateline_after_the_headline_names_the_place():
    text = ("Протестна нота Влади Јапана Београд, 28. март 2008. године – Министарство спољних послова "
            "Србије упутило је данас протестну ноту амбасадору Јапана.")
    assert city_of(text, "sr") == "Belgrade"


def test_a_dateline_behind_the_crawlers_stamp_is_the_desks_where_a_meeting_of_a_body_is_the_setting():
    # (h23) the crawler's "date 2022-12" opens no line: "Baku, 3. Dezember, AZERTAC" is a dateline, as it is
    # without the stamp; the lead's setting, a meeting of the OSCE's council, is what says the place is untold
    text = ("date 2022-12 Baku, 3. Dezember, AZERTAC\n\nDer aserbaidschanische Außenminister Jeyhun Bayramov ist im "
            "Rahmen des Treffens des Ministerrates der OSZE mit seinem japanischen Amtskollegen Shunsuke Takei "
            "zusammengetroffen.")
    assert city_of(text, "de") is None


def test_a_capital_inferred_from_a_leader_has_no_evidence():
    text = "Prezydent RP Jan Kowalski przyjął dziś w Polsce ambasadora Japonii Taro Yamadę."
    doc = extract_document(Document(id="t", text=text, language="pl"))
    loc = doc.events[0].location
    assert loc.city == "Warsaw" and loc.evidence == []  # "w Polsce" names the country, not the city


@pytest.mark.parametrize("lang,text,city", [
    ("de", ("Am Rande der Münchner Sicherheitskonferenz traf Außenministerin Annalena Baerbock am Samstag den "
           "japanischen Außenminister Yoshimasa Hayashi."), "Munich"),
    ("uk", ("Під час Мюнхенської безпекової конференції Президент України Володимир Зеленський зустрівся з "
           "прем'єр-міністром Японії Фуміо Кішідою."), "Munich"),
    ("ru", ("На полях Генассамблеи ООН в Нью-Йорке министр иностранных дел России Сергей Лавров встретился с "
           "министром иностранных дел Японии Ёсимасой Хаяси."), "New York"),
])
def test_a_conference_named_after_its_city_meets_there(lang, text, city):
    assert city_of(text, lang) == city


@pytest.mark.parametrize("lang,text,city", [
    ("en", "The Mayor of Szeged, László Botka, received the Japanese Ambassador Taro Yamada on Thursday.", "Szeged"),
    ("sr", "Градоначелник Новог Сада Милан Ђурић састао се данас са амбасадором Јапана Таром Јамадом.", "Novi Sad"),
    ("bg", "Кметът на Пловдив Иван Петров прие днес посланика на Япония Таро Ямада.", "Plovdiv"),
])
def test_a_mayor_hosts_in_the_city_of_the_office(lang, text, city):
    assert city_of(text, lang) == city


def test_a_mayor_abroad_is_not_at_home():
    text = "The Mayor of Szeged, László Botka, met the Governor of Tokyo Yuriko Koike in Tokyo on Thursday."
    assert city_of(text, "en") == "Tokyo"  # the place named wins over the host's office


def test_a_parliament_in_the_site_header_is_not_the_venue():
    text = ("Hrvatski sabor\nNaslovnica | O Saboru | Mediji\n\n"
            "Predsjednik Sabora Ivan Horvat boravio je u ponedjeljak u službenom posjetu Japanu. "
            "Predsjednici parlamenata razgovarali su u Tokiju o suradnji.")
    a = analyze(text, "hr")
    header = [m for m in a.cities if m.char_start == 0]
    assert header and not _is_place(a, header[0])


@pytest.mark.parametrize("lang,text,city", [
    ("en", "Vilnius, 12 March 2024 – Japan's Foreign Minister Yoko Kamikawa paid a visit to the city of Kaunas "
           "on Tuesday, where she met students of Vytautas Magnus University.", "Kaunas"),
    ("pl", "Warszawa, 5 marca 2024 r. – Minister spraw zagranicznych Japonii Yoko Kamikawa odwiedziła miasto "
           "Kraków, gdzie spotkała się z prezydentem miasta.", "Kraków"),
    ("ru", "Варшава, 5 марта 2024 года. Министр иностранных дел Японии Ёко Камикава посетила город Краков, "
           "где встретилась с мэром.", "Kraków"),
    ("hr", "Zagreb, 5. ožujka 2024. – Japanski ministar vanjskih poslova Yoko Kamikawa posjetio je Split, "
           "gdje se sastala s gradonačelnikom.", "Split"),
    ("cs", "Praha, 5. března 2024 – Japonský ministr zahraničí Jóko Kamikawa navštívil také Brno, kde jednal "
           "s hejtmanem.", "Brno"),
])
def test_a_town_noun_or_a_clitic_between_the_visit_and_the_city(lang, text, city):
    """The place visited wins over the dateline's city even with a word for 'city' or a clitic between."""
    assert city_of(text, lang) == city


def test_a_town_noun_alone_moves_nothing():
    """'the city' without a city name after it is no place; the dateline's city stays."""
    text = ("Warszawa, 5 marca 2024 r. – Minister spraw zagranicznych Japonii Yoko Kamikawa odwiedziła miasto, "
            "w którym spotkała się z ministrem spraw zagranicznych Polski.")
    assert city_of(text, "pl") == "Warsaw"


@pytest.mark.parametrize("line", ["Berlin (dpa) – ", "BERLIN (Reuters) - ", "Berlin (KNA), "])
def test_a_dateline_with_an_agency_in_brackets(line):
    text = line + ("Bundesaußenminister Johann Wadephul hat am Montag den japanischen Außenminister Takeshi Iwaya "
                   "empfangen. Die beiden Minister sprachen über die Zusammenarbeit.")
    assert city_of(text, "de") == "Berlin"


def test_a_bracket_inside_a_sentence_is_no_dateline():
    """Only a line that opens with the city and its agency is a dateline."""
    text = ("Außenminister Takeshi Iwaya traf am Montag Außenminister Johann Wadephul; über Berlin (dpa) – "
            "so die Meldung – wurde nichts gesagt.")
    a = analyze(text, "de")
    berlin = next(m for m in a.cities if m.key == "Berlin")
    assert not _is_place(a, berlin)


@pytest.mark.parametrize("lang,text,city", [
    ("en", "12 June 2024\n\nForeign Minister Yoko Kamikawa met Polish Foreign Minister Radosław Sikorski in Tokyo "
           "on Monday. Sikorski invited Kamikawa to visit Warsaw.", "Tokyo"),
    ("pl", "12 czerwca 2024\n\nMinister Radosław Sikorski spotkał się w poniedziałek w Tokio z minister Yoko "
           "Kamikawą. Sikorski zaprosił Kamikawę do odwiedzenia Warszawy.", "Tokyo"),
    ("en", "12 June 2024\n\nForeign Minister Yoko Kamikawa met Polish Foreign Minister Radosław Sikorski in Tokyo "
           "on Monday. Sikorski will visit Osaka next week.", "Tokyo"),
])
def test_a_visit_offered_or_to_come_is_not_where_the_meeting_was(lang, text, city):
    assert city_of(text, lang) == city


@pytest.mark.parametrize("lang,text,country", [
    ("en", "June 12, 2024\n\nOn June 12, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting "
           "with H.E. Mr. Radosław Sikorski, Minister of Foreign Affairs of the Republic of Poland, who is visiting "
           "Japan.", "JP"),
    ("pl", "12 czerwca 2024\n\nMinister Radosław Sikorski, który odwiedza Japonię, spotkał się z minister Yoko "
           "Kamikawą.", "JP"),
])
def test_a_state_right_after_a_verb_of_visiting_hosts(lang, text, country):
    doc = extract_document(Document(id="t", text=text, language=lang))
    assert doc.events[0].location.country == country


def test_a_korea_either_state_may_bear_is_the_one_the_text_names():
    from kronika.nlp.analyze import analyze
    south = analyze("В Москве состоялись российско-корейские консультации. Делегацию Республики Корея возглавлял "
                    "заместитель министра Ким Хон Гюн.", "ru")
    assert {m.key for m in south.countries} == {"RU", "KR"}
    north = analyze("В Пхеньяне прошли российско-корейские переговоры. Корейская сторона выразила благодарность.", "ru")
    assert {m.key for m in north.countries} == {"RU", "KP"}  # by its capital
    neither = analyze("В Москве прошли российско-корейские переговоры по вопросам торговли.", "ru")
    assert {m.key for m in neither.countries} == {"RU"}
