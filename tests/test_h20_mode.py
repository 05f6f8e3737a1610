"""h20/mode: CONSULT mode and the type that decides it (sentences written for these tests)."""
from __future__ import annotations

from extracting import first


# 1. a plan in a headline that names no meeting ("plans to take part in rebuilding") announces no meeting:
#    the meeting the lead tells as held is the event (CONSULT), not an agreement to meet
def test_a_plan_of_something_else_in_the_headline_keeps_the_meeting_ru():
    text = ("Польша планирует участвовать в восстановлении украинской энергетики\n\n"
            "Польша планирует участвовать в восстановлении украинской энергетики Фото: министр энергетики Украины "
            "и посол Польши (mev.gov.ua)\n\n"
            "Польша хочет участвовать в проектах по восстановлению энергообъектов.\n\n"
            "По информации ведомства, состоялась встреча министра энергетики Украины Германа Галущенко "
            "и посла Польши в Украине Петра Лукашевского. В ходе переговоров стороны обсудили проекты.")
    e = first(text, "ru")  # no day of writing: the headline's plan alone decides
    assert (e.type, e.mode) == ("CONSULT", "visit")


def test_a_plan_of_something_else_in_the_headline_keeps_the_meeting_en():
    text = ("Poland plans to take part in rebuilding Ukraine's power grid\n\n"
            "Poland wants to take part in the reconstruction of power plants.\n\n"
            "According to the ministry, Energy Minister Herman Halushchenko met the Polish ambassador to Ukraine, "
            "Piotr Łukaszewski, in Kyiv. During the talks the sides discussed projects.")
    e = first(text, "en")
    assert (e.type, e.mode) == ("CONSULT", "visit")


def test_a_visit_announced_in_the_headline_stays_an_announcement_ru():  # guard
    text = ("Министр иностранных дел Японии посетит Москву в мае\n\n"
            "Министр иностранных дел Японии Ёко Камикава посетит Москву в мае, сообщил 3 марта МИД Японии.")
    assert first(text, "ru", "2024-03-03").type == "AGREE"
