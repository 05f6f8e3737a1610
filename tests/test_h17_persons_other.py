"""h17/persons-other: participants on fresh pages in de, en, hu, ro, lt, lv, et (issue 9)."""
from __future__ import annotations

from extracting import names


def test_a_given_name_lower_cased_only_in_the_web_address_still_opens_a_name():
    # the page's address is its first line; its slug lower-cases the headline's names
    text = ("https://stiri.example.ro/externe/ministrul-de-externe-andrei-vasilescu-a-plecat-la-viena_91\n"
            "Ministrul de Externe, Andrei Vasilescu, a plecat vineri la Viena.")
    assert "Andrei Vasilescu" in names(text, "ro")


def test_a_word_written_in_lower_case_in_prose_is_still_a_common_word():
    text = ("https://stiri.example.ro/ministrul-a-plecat\n"
            "Ministrul de Externe a plecat vineri. Ministrul Andrei Vasilescu a spus că andrei este un cuvânt.")
    # the guard against headline words stays: 'andrei' in prose is lower case
    assert "Andrei Vasilescu" not in names(text, "ro")
