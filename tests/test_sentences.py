"""Sentence boundaries: abbreviations keep a sentence whole, a name's last syllable ends it."""
from __future__ import annotations

import pytest

from kronika.text.tokens import sentences


def _split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize("text", [
    "Lavrov met Choe Son Hui. The sides signed a plan.",
    "Лавров встретился с Чве Сон Хи. Стороны подписали план.",
    "Minister spotkał się z Ri Jong Ho. Rozmawiali o współpracy.",
])
def test_a_two_letter_syllable_closing_a_name_ends_the_sentence(text):
    assert len(_split(text)) == 2, _split(text)


@pytest.mark.parametrize("text", [
    "Spotkał się z prof. Nowakiem w Krakowie.",
    "Met Dr. Smith and Mr. Jones in Vienna.",
    "Говорил г-н Иванов, и ул. Тверская была закрыта.",
    "Spotkanie z J. Kowalskim odbyło się wczoraj.",
])
def test_an_abbreviation_does_not_end_the_sentence(text):
    assert len(_split(text)) == 1, _split(text)


def test_a_paragraph_first_gives_its_first_sentence_as_the_headline():
    from kronika.nlp.published import find_title

    para = ("Praha, 14. května 2024 – Ministr zahraničí Jan Lipavský přijal japonskou ministryni Jóko Kamikawu. "
            "Oba ministři podepsali memorandum o spolupráci.")
    assert find_title(para)[0] == "Praha, 14. května 2024 – Ministr zahraničí Jan Lipavský přijal japonskou ministryni Jóko Kamikawu."
    headline = "U.S. President meets Japan's Prime Minister in Tokyo"
    assert find_title(headline + "\n\n" + para)[0] == headline
