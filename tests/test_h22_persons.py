"""h22/persons: persons of the main event on the h22 pool pages.

Every test but the guards fails on main (45d60661); the guards pass on both.
"""
from __future__ import annotations

import datetime as dt

from extracting import first, names

DAY = dt.date(2010, 3, 12)


# 1. data/korean_family.yaml: more family names in the forms the region writes them (Shim, Bae, Jeon, Kwak ...),
#    and Bulgarian/Russian "И" for 이 (Lee): a name run that opens or closes with one is read as Korean, in its
#    case too ("Jae Kwon Shimom" is Jae-kwon Shim, no "Shima")

def test_a_korean_family_name_in_the_croatian_instrumental_after_its_given_name():
    text = "Ministar Davor Božinović sastao se danas s veleposlanikom Republike Koreje Jae Kwon Shimom."
    assert names(text, "hr", DAY)[-1] == "Jae-kwon Shim"


def test_a_korean_family_name_written_first_in_bulgarian():
    text = "Посланикът на Република Корея Бае Джонгин се срещна с министър-председателя Николай Денков."
    assert names(text, "bg", DAY)[0].split()[-1] == "Bae"


def test_a_bulgarian_i_for_lee_before_a_hyphenated_given_name():
    text = "Министър-председателят на Република Корея И Нак-йон се срещна с премиера Бойко Борисов."
    assert names(text, "bg", DAY)[0] == "Nak-yon Lee"


def test_a_sentence_opening_i_is_no_korean_family_guard():
    text = "Премиерът Бойко Борисов се срещна с посланика на Корея. И Борисов каза, че Корея е важен партньор."
    assert "Lee" not in " ".join(names(text, "bg", DAY))


# 2. names.yaml HELD_BEFORE: who is named after a word of "previous" and a title, apposed or not, is the
#    predecessor: of another time, no party to the meeting below the first sentence

PL_BEFORE = ("Katowice, 12 marca 2023. Z ambasadorem Republiki Korei spotkał się marszałek Jakub Chełstowski. "
             "Wizyta jest kontynuacją rozmów prowadzonych z {} Ambasador Republiki Korei, Mirą Sun.")


def test_the_previous_holder_of_an_office_is_of_another_time():
    assert "Mira Sun" not in [p.name for p in first(PL_BEFORE.format("poprzednią"), "pl").persons]


def test_the_holder_without_a_word_of_previous_still_takes_part_guard():
    assert "Mira Sun" in [p.name for p in first(PL_BEFORE.format("obecną"), "pl").persons]


def test_the_previous_holder_in_croatian():
    text = ("Zagreb, 12. ožujka 2010. - Ministar Davor Božinović sastao se danas s veleposlanikom Japana Kenjijem "
            "Tanakom. Razgovor je nastavak suradnje koju je započeo prethodni veleposlanik Japana Hiroshi Suzuki.")
    assert "Hiroshi Suzuki" not in [p.name for p in first(text, "hr").persons]
