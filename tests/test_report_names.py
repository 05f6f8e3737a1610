"""Foreign names in Polish (transcription, order, declension) and the gender headlines agree with."""
from __future__ import annotations

import pytest

from kronika import data
from kronika.model import Event, Location, Person
from kronika.report.headline import event_row, headline, person_phrase
from kronika.report.names import gender, hangul_name, in_case, render
from kronika.report.profile import load_profile

SECTION = load_profile("east-asia-cee").sections


def section_for(code: str):
    return next(s for s in SECTION if code in s.a)


@pytest.mark.parametrize("name,country,want", [
    ("Son-hui Choe", "KP", "Czoe Son Hui"), ("Jong-un Kim", "KP", "Kim Dzong Un"),
    ("Yong-ho Ri", "KP", "Ri Jong Ho"), ("Jae-in Moon", "KR", "Mun Dze In"),
    ("Geun-hye Park", "KR", "Pak Kun Hje"),
    ("Sergey Lavrov", "RU", "Siergiej Ławrow"), ("Vladimir Putin", "RU", "Władimir Putin"),
    ("Andrii Sybiha", "UA", "Andrij Sybiha"),          # the Ukrainian spelling, not the Russian one
    ("Mikhail Galuzin", "RU", "Michaił Gałuzin"),
    ("Taro Kono", "JP", "Taro Kono"), ("Radosław Sikorski", "PL", "Radosław Sikorski"),
])
def test_registry_names_in_polish(name, country, want):
    assert render({"name": name, "country": country}, "pl").text == want


@pytest.mark.parametrize("hangul,want", [
    ("홍길동", "Hong Kil Dong"),       # not in the registry: the table, k voiced after l
    ("남궁 민수", "Namgung Min Su"),    # a two-syllable family name, given apart
    ("김 영남", "Kim Jong Nam"),
])
def test_hangul_transcription_is_a_table_not_a_list_of_people(hangul, want):
    assert hangul_name(hangul, "pl") == want


def test_a_korean_name_without_hangul_keeps_its_romanisation_family_name_first():
    assert render({"name": "Hee-san Moon", "country": "KR"}, "pl").text == "Moon Hee-san"


@pytest.mark.parametrize("person,case,want", [
    ({"name": "Jong-un Kim", "country": "KP"}, "gen", "Kim Dzong Una"),      # only the last word
    ({"name": "Jae-in Moon", "country": "KR"}, "inst", "Mun Dze Inem"),
    ({"name": "Son-hui Choe", "country": "KP"}, "inst", "Czoe Son Hui"),     # a woman's -i stays
    ({"name": "Kaja Kallas", "country": "EE"}, "inst", "Kają Kallas"),       # dictionary; -s stays for her
    ({"name": "Yoko Kamikawa", "country": "JP"}, "gen", "Yoko Kamikawy"),
    ({"name": "Takeshi Iwaya", "country": "JP"}, "inst", "Takeshim Iwayą"),  # a man's -i like an adjective
    ({"name": "Andrii Sybiha", "country": "UA"}, "inst", "Andrijem Sybihą"),
    ({"name": "Sergey Lavrov", "country": "RU"}, "gen", "Siergieja Ławrowa"),
])
def test_names_decline_by_origin_and_gender(person, case, want):
    assert in_case(render(person, "pl"), case, "pl") == want


def test_gender_comes_from_the_registry_then_the_dictionary():
    assert gender({"name": "Son-hui Choe", "country": "KP"}) == "f"
    assert gender({"name": "Sergey Lavrov", "country": "RU"}) == "m"
    assert gender({"name": "Ruslan Esin", "name_original": "Руслан Есин", "country": "BY"}) == "m"
    assert gender({"name": "Anna Nowak", "country": "PL"}) == "f"
    assert gender({"name": "Hikaru Yamashita", "country": "JP"}) is None  # a name for both
    assert gender({"name": "Takashi Yamashita", "country": "JP"}) == "m"  # a Japanese man's ending
    assert gender({"name": "Sanae Takaichi", "country": "JP"}) == "f"
    assert gender({"name": "Sanae Kowalska", "country": "PL"}) is None  # endings of Japanese names only


def test_every_woman_of_the_registry_is_marked_and_values_are_valid():
    women = {p["name"] for p in data.registry() if p.get("gender") == "f"}
    assert {"Son-hui Choe", "Kaja Kallas", "Yoko Kamikawa", "Maia Sandu", "Ursula von der Leyen"} <= women
    assert all(p.get("gender") in (None, "f", "m") for p in data.registry())


def test_a_bad_gender_is_named_with_its_file(tmp_path, monkeypatch):
    bad = tmp_path / "mine.yaml"
    bad.write_text("- name: Jan Kowalski\n  country: PL\n  gender: female\n", encoding="utf-8")
    monkeypatch.setenv("KRONIKA_PERSONS", str(bad))
    data.registry.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"mine\.yaml.*gender must be f or m"):
            data.registry()
    finally:
        monkeypatch.delenv("KRONIKA_PERSONS")
        data.registry.cache_clear()


LAVROV = Person("Sergey Lavrov", "Сергей Лавров", "RU", "minister of foreign affairs")
CHOE = Person("Son-hui Choe", "Цой Сон Хи", "KP", "minister of foreign affairs")
KALLAS = Person("Kaja Kallas", "Kaja Kallas", "EE", "minister of foreign affairs")
STRANGER = Person("Hikaru Yamashita", "Yamashita Hikaru", "JP", "minister of justice")


def ev(persons, type_="CONSULT", mode="visit", countries=("KP", "RU"), city="Moscow", country="RU"):
    return event_row(Event(type=type_, mode=mode, date="2025-05-21", countries=list(countries),
                           persons=list(persons), location=Location(city, country)), "ru")


def test_a_woman_acting_takes_the_feminine_verb():
    h = headline(ev([CHOE, LAVROV]), section_for("KP"), "pl")
    assert h == ("minister spraw zagranicznych Korei Północnej Czoe Son Hui spotkała się z ministrem spraw "
                 "zagranicznych Rosji Siergiejem Ławrowem w Moskwie")


def test_a_woman_met_keeps_her_office_undeclined():
    assert person_phrase({"name": "Son-hui Choe", "country": "KP", "role": "minister of foreign affairs"},
                         "inst", "pl") == "minister spraw zagranicznych Korei Północnej Czoe Son Hui"


@pytest.mark.parametrize("type_,mode,verb", [
    ("CONSULT", "visit", "odbyła wizytę"), ("CONSULT", "phone", "przeprowadziła rozmowę"),
    ("SUPPORT", None, "wyraziła poparcie"), ("ACCUSE", None, "skrytykowała"),
])
def test_feminine_agreement_per_type(type_, mode, verb):
    h = headline(ev([KALLAS], type_, mode, countries=("EE", "JP"), city="Tokyo", country="JP"),
                 section_for("JP"), "pl")
    assert verb in h and "Kaja Kallas" in h


def test_an_unknown_gender_gets_a_form_that_agrees_with_nobody():
    h = headline(ev([STRANGER, LAVROV], countries=("JP", "RU"), city="Tokyo", country="JP"),
                 section_for("JP"), "pl")
    assert "spotkał" not in h and "spotkała" not in h
    assert h.startswith("wizyta") and "minister sprawiedliwości Japonii Hikaru Yamashita" in h


def test_english_headlines_are_untouched_by_gender():
    h = headline(ev([CHOE, LAVROV]), section_for("KP"), "en")
    assert "met" in h and "Lavrov" in h


def test_a_name_filed_under_korea_that_is_not_korean_keeps_its_order():
    assert render({"name": "Andrei Popkov", "country": "KR"}, "pl").text == "Andrei Popkov"


@pytest.mark.parametrize("name,want", [("Ülle Kask", "f"), ("Siiri Tamm", "f"), ("Gergely Kovács", "m"),
                                       ("Aivars Bērziņš", "m")])
def test_a_first_name_the_polish_dictionary_lacks_gets_its_gender_from_the_region_list(name, want):
    # none of these is in the registry or in Morfeusz: data/given_names.yaml tells
    assert gender({"name": name, "country": "EE"}) == want


@pytest.mark.parametrize("person,case,want", [
    # Czech and Slovak adjectival surnames decline as Polish adjectives, men and women
    ({"name": "Jan Lipavský", "country": "CZ"}, "inst", "Janem Lipavskim"),
    ({"name": "Jan Lipavský", "country": "CZ"}, "gen", "Jana Lipavskiego"),
    ({"name": "Zuzana Čaputová", "country": "SK"}, "gen", "Zuzany Čaputovej"),
    ({"name": "Zuzana Čaputová", "country": "SK"}, "inst", "Zuzaną Čaputovą"),
    ({"name": "Tomáš Zelený", "country": "CZ"}, "dat", "Tomášowi Zelenemu"),        # not in the registry
    ({"name": "Jan Krejčí", "country": "CZ"}, "inst", "Janem Krejčim"),
    ({"name": "Ivan Bartoš", "country": "CZ"}, "inst", "Ivanem Bartošem"),         # a final š declines
    # Baltic -as/-is/-s take Polish endings after them; -ņš and -š too
    ({"name": "Gitanas Nausėda", "country": "LT"}, "inst", "Gitanasem Nausėdą"),
    ({"name": "Krišjānis Kariņš", "country": "LV"}, "gen", "Krišjānisa Kariņša"),
    # Hungarian -ó stays, as the Polish press writes 'z Péterem Szijjártó'; ly, ny, gy are one consonant
    ({"name": "Péter Szijjártó", "country": "HU"}, "inst", "Péterem Szijjártó"),
    ({"name": "Gergely Gulyás", "country": "HU"}, "gen", "Gergelya Gulyása"),
    ({"name": "Evika Siliņa", "country": "LV"}, "gen", "Eviki Siliņi"),
    # Ukrainian -ko as a noun in -a, first names in -tro as nouns in -o
    ({"name": "Petro Poroshenko", "country": "UA"}, "inst", "Petrem Poroszenką"),
    ({"name": "Petro Poroshenko", "country": "UA"}, "gen", "Petra Poroszenki"),
    # Georgian names from the Georgian spelling; -dze like a noun in -e, -li without its i
    ({"name": "Irakli Kobakhidze", "country": "GE"}, "gen", "Iraklego Kobachidzego"),
    ({"name": "Mikheil Kavelashvili", "country": "GE"}, "inst", "Micheilem Kawelaszwilim"),
    ({"name": "Salome Zourabichvili", "country": "GE"}, "inst", "Salome Zurabiszwili"),  # a woman's -i stays
    # Moldovan -ai/-oi end in a j sound
    ({"name": "Mihai Popșoi", "country": "MD"}, "gen", "Mihaia Popșoia"),
    # Romanised Japanese names in -o stay
    ({"name": "Taro Kono", "country": "JP"}, "inst", "Taro Kono"),
])
def test_names_of_the_region_decline_as_polish_writes_them(person, case, want):
    assert in_case(render(person, "pl"), case, "pl") == want


def test_a_states_own_endings_stay_its_own():
    assert "Anthonya" not in in_case(render({"name": "Anthony Blinken", "country": "US"}, "pl"), "gen", "pl")


@pytest.mark.parametrize("name,want", [
    ("Volodymyr Zelensky", "Wołodymyr Zełenski"),  # the Ukrainian spelling, not the Belarusian alias
    ("Dmytro Kuleba", "Dmytro Kułeba"),            # not the Russian 'Дмитрий'; л before a hard е is ł
    ("Petro Poroshenko", "Petro Poroszenko"),
])
def test_ukrainian_names_from_the_ukrainian_spelling(name, want):
    assert render({"name": name, "country": "UA"}, "pl").text == want


def test_adjectival_surnames_from_cyrillic_end_in_ski():
    from kronika.report.headline import polish_cyrillic

    assert polish_cyrillic("Анатолий Нацкий", "RU") == "Anatolij Nacki"
    assert polish_cyrillic("Олег Зеленський", "UA") == "Ołeh Zełenski"
    assert polish_cyrillic("Максим Горький", "RU") == "Maksim Gorkij"  # only -ski/-cki lose the j
