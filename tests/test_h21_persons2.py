"""h21/persons2: persons of the main event on fresh pages in en de hu ro lt lv et.

Every test but the guards fails on main (69879e36); the guards pass on both.
"""
from __future__ import annotations

import datetime as dt

from kronika.nlp.analyze import analyze

from extracting import first, names

DAY = dt.date(2023, 5, 10)


def _people(text: str, code: str) -> list[str]:
    return names(text, code, DAY)


# 1. a Korean given name of one syllable as written is no two ("Suh Hoon" is no "Ho-on Seo"), and a family name
#    closed by a silent h is its bearer's own spelling (Suh, Noh, Huh), kept as written

def test_a_one_syllable_korean_given_name_stays_whole():
    assert _people("Der Diplomat traf sich mit dem Sicherheitsberater Suh Hoon in Seoul.", "de") == ["Hoon Suh"]
    assert _people("He met Ambassador Park Joon in Vienna.", "en") == ["Joon Park"]


def test_a_korean_family_name_closed_by_h_keeps_its_spelling():
    assert _people("He met Ambassador Suh Chung-ha and Ambassador Noh Kyu-duk in Prague.", "en") == [
        "Chung-ha Suh", "Kyu-duk Noh"]


def test_a_korean_given_name_of_two_syllables_written_as_one_word_is_still_cut_guard():
    assert _people("He met Minister Kim Eunyoung in Seoul.", "en") == ["Eun-young Kim"]


# 2. "Original (local spelling)": Lithuanian writes the sound in brackets after the English romanisation; the
#    English one is the name ("Dukgeunu Ahnu (Dukgjunu Anu)"), while Latvian brackets the original ("Keidzi
#    Jamadu (Keiji Yamada)")

def test_the_english_romanisation_before_a_lithuanian_gloss_is_the_name():
    people = _people("Ministras rytoj susitiks su prekybos ministru Dukgeunu Ahnu (Dukgjunu Anu) Seule.", "lt")
    assert people == ["Duk-geun Ahn"]


def test_a_latvian_gloss_holding_the_original_is_still_the_name_guard():
    people = _people("Ministrs tikās ar Nagano prefektūras gubernatoru Šuiči Abe (Shuichi Abe) Rīgā.", "lv")
    assert people == ["Shuichi Abe"]


# 3. the first half of a suspended compound ("Landwirtschafts-, Infrastruktur- und Tourismusministerin") is no name

def test_half_of_a_suspended_compound_is_no_person():
    people = _people("Er traf Kenji Sato, den japanischen Verkehrs-, Infrastruktur- und Tourismusminister.", "de")
    assert "Infrastruktur" not in people


def test_a_hyphenated_name_is_still_a_name_guard():
    assert _people("Er traf Außenminister Cho Tae-yul in Berlin.", "de") == ["Tae-yul Cho"]


# 4. who the lead names only as met later is no side already met: the official met now further down, of that
#    state, takes part ("va avea întrevederi cu … Fumio Kishida" in the lead; "o întâlnire cu președintele
#    Camerei Reprezentanților, X" below)

def test_the_one_met_now_below_a_lead_naming_the_later_hosts():
    text = ("Klaus Iohannis face o vizită oficială în Japonia și Singapore. Președintele României va fi primit de "
            "împăratul Naruhito și va semna o declarație comună\n\n"
            "Președintele Klaus Iohannis începe luni o vizită oficială în Japonia, unde va sta până pe 8 martie. "
            "Șeful statului va avea întrevederi cu împăratul Naruhito, cu prim-ministrul Fumio Kishida, precum și "
            "cu președinții celor două Camere ale Dietei.\n\n"
            "Președintele României a început vizita oficială în Japonia cu o întâlnire cu președintele Camerei "
            "Consilierilor, Kenta Morimoto, la sediul Camerei Superioare.\n\n"
            "„Începem astăzi o vizită foarte importantă. Mâine avem întâlniri importante”, a spus președintele.")
    assert [p.name for p in first(text, "ro").persons] == ["Klaus Iohannis", "Kenta Morimoto"]


# 5. de roles: a vice-governor ("Vizegouverneurin von Tokio") is a governor's title

def test_a_german_vice_governor_title_gives_its_holder_a_state():
    people = analyze("Am Mittwoch traf er Mitsuyori Karasawa, den Vizegouverneur von Osaka.", "de", DAY).persons
    assert [(p.name, p.country) for p in people] == [("Mitsuyori Karasawa", "JP")]
