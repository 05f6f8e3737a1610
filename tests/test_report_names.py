"""Foreign names in Polish (transcription, order, declension) and the gender headlines agree with."""
from __future__ import annotations

import pytest

from kronika import data
from kronika.model import DocumentRef, Event, Location, Person, StoredEvent
from kronika.report.headline import headline, person_phrase
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
    assert render(Person(name, "", country), "pl").text == want


@pytest.mark.parametrize("hangul,want", [
    ("홍길동", "Hong Kil Dong"),       # not in the registry: the table, k voiced after l
    ("남궁 민수", "Namgung Min Su"),    # a two-syllable family name, given apart
    ("김 영남", "Kim Jong Nam"),
])
def test_hangul_transcription_is_a_table_not_a_list_of_people(hangul, want):
    assert hangul_name(hangul, "pl") == want


def test_a_korean_name_without_hangul_keeps_its_romanisation_family_name_first():
    assert render(Person("Hee-san Moon", "", "KR"), "pl").text == "Moon Hee-san"


@pytest.mark.parametrize("person,case,want", [
    (Person("Jong-un Kim", "", "KP"), "gen", "Kim Dzong Una"),      # only the last word
    (Person("Jae-in Moon", "", "KR"), "inst", "Mun Dze Inem"),
    (Person("Son-hui Choe", "", "KP"), "inst", "Czoe Son Hui"),     # a woman's -i stays
    (Person("Kaja Kallas", "", "EE"), "inst", "Kają Kallas"),       # dictionary; -s stays for her
    (Person("Yoko Kamikawa", "", "JP"), "gen", "Yoko Kamikawy"),
    (Person("Takeshi Iwaya", "", "JP"), "inst", "Takeshim Iwayą"),  # a man's -i like an adjective
    (Person("Andrii Sybiha", "", "UA"), "inst", "Andrijem Sybihą"),
    (Person("Sergey Lavrov", "", "RU"), "gen", "Siergieja Ławrowa"),
])
def test_names_decline_by_origin_and_gender(person, case, want):
    assert in_case(render(person, "pl"), case, "pl") == want


def test_gender_comes_from_the_registry_then_the_dictionary():
    assert gender(Person("Son-hui Choe", "", "KP")) == "f"
    assert gender(Person("Sergey Lavrov", "", "RU")) == "m"
    assert gender(Person("Ruslan Esin", "Руслан Есин", "BY")) == "m"
    assert gender(Person("Anna Nowak", "", "PL")) == "f"
    assert gender(Person("Hikaru Yamashita", "", "JP")) is None  # a name for both
    assert gender(Person("Takashi Yamashita", "", "JP")) == "m"  # a Japanese man's ending
    assert gender(Person("Sanae Takaichi", "", "JP")) == "f"
    assert gender(Person("Sanae Kowalska", "", "PL")) is None  # endings of Japanese names only


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
    return StoredEvent.of(Event(type=type_, mode=mode, date="2025-05-21", countries=list(countries),
                                persons=list(persons), location=Location(city, country)), DocumentRef(0, language="ru"))


def test_a_woman_acting_takes_the_feminine_verb():
    h = headline(ev([CHOE, LAVROV]), section_for("KP"), "pl")
    assert h == ("minister spraw zagranicznych Korei Północnej Czoe Son Hui spotkała się z ministrem spraw "
                 "zagranicznych Rosji Siergiejem Ławrowem w Moskwie")


def test_a_woman_met_keeps_her_office_undeclined():
    assert person_phrase(Person("Son-hui Choe", "", "KP", "minister of foreign affairs"),
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
    assert render(Person("Andrei Popkov", "", "KR"), "pl").text == "Andrei Popkov"


@pytest.mark.parametrize("name,want", [("Ülle Kask", "f"), ("Siiri Tamm", "f"), ("Gergely Kovács", "m"),
                                       ("Aivars Bērziņš", "m")])
def test_a_first_name_the_polish_dictionary_lacks_gets_its_gender_from_the_region_list(name, want):
    # none of these is in the registry or in Morfeusz: data/given_names.yaml tells
    assert gender(Person(name, "", "EE")) == want


@pytest.mark.parametrize("person,case,want", [
    # Czech and Slovak adjectival surnames decline as Polish adjectives, men and women
    (Person("Jan Lipavský", "", "CZ"), "inst", "Janem Lipavskim"),
    (Person("Jan Lipavský", "", "CZ"), "gen", "Jana Lipavskiego"),
    (Person("Zuzana Čaputová", "", "SK"), "gen", "Zuzany Čaputovej"),
    (Person("Zuzana Čaputová", "", "SK"), "inst", "Zuzaną Čaputovą"),
    (Person("Tomáš Zelený", "", "CZ"), "dat", "Tomášowi Zelenemu"),        # not in the registry
    (Person("Jan Krejčí", "", "CZ"), "inst", "Janem Krejčim"),
    (Person("Ivan Bartoš", "", "CZ"), "inst", "Ivanem Bartošem"),         # a final š declines
    # Baltic -as/-is/-s take Polish endings after them; -ņš and -š too
    (Person("Gitanas Nausėda", "", "LT"), "inst", "Gitanasem Nausėdą"),
    (Person("Krišjānis Kariņš", "", "LV"), "gen", "Krišjānisa Kariņša"),
    # Hungarian -ó stays, as the Polish press writes 'z Péterem Szijjártó'; ly, ny, gy are one consonant
    (Person("Péter Szijjártó", "", "HU"), "inst", "Péterem Szijjártó"),
    (Person("Gergely Gulyás", "", "HU"), "gen", "Gergelya Gulyása"),
    (Person("Evika Siliņa", "", "LV"), "gen", "Eviki Siliņi"),
    # Ukrainian -ko as a noun in -a, first names in -tro as nouns in -o
    (Person("Petro Poroshenko", "", "UA"), "inst", "Petrem Poroszenką"),
    (Person("Petro Poroshenko", "", "UA"), "gen", "Petra Poroszenki"),
    # Georgian names from the Georgian spelling; -dze like a noun in -e, -li without its i
    (Person("Irakli Kobakhidze", "", "GE"), "gen", "Iraklego Kobachidzego"),
    (Person("Mikheil Kavelashvili", "", "GE"), "inst", "Micheilem Kawelaszwilim"),
    (Person("Salome Zourabichvili", "", "GE"), "inst", "Salome Zurabiszwili"),  # a woman's -i stays
    # Moldovan -ai/-oi end in a j sound
    (Person("Mihai Popșoi", "", "MD"), "gen", "Mihaia Popșoia"),
    # Romanised Japanese names in -o stay
    (Person("Taro Kono", "", "JP"), "inst", "Taro Kono"),
])
def test_names_of_the_region_decline_as_polish_writes_them(person, case, want):
    assert in_case(render(person, "pl"), case, "pl") == want


def test_a_states_own_endings_stay_its_own():
    assert "Anthonya" not in in_case(render(Person("Anthony Blinken", "", "US"), "pl"), "gen", "pl")


@pytest.mark.parametrize("name,want", [
    ("Volodymyr Zelensky", "Wołodymyr Zełenski"),  # the Ukrainian spelling, not the Belarusian alias
    ("Dmytro Kuleba", "Dmytro Kułeba"),            # not the Russian 'Дмитрий'; л before a hard е is ł
    ("Petro Poroshenko", "Petro Poroszenko"),
])
def test_ukrainian_names_from_the_ukrainian_spelling(name, want):
    assert render(Person(name, "", "UA"), "pl").text == want


def test_adjectival_surnames_from_cyrillic_end_in_ski():
    from kronika.report.names import polish_cyrillic

    assert polish_cyrillic("Анатолий Нацкий", "RU") == "Anatolij Nacki"
    assert polish_cyrillic("Олег Зеленський", "UA") == "Ołeh Zełenski"
    assert polish_cyrillic("Максим Горький", "RU") == "Maksim Gorkij"  # only -ski/-cki lose the j
