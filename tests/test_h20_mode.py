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


# 2. a headline that dates a meeting told as done ("met on Tuesday morning") over a lead written before it
#    ("will discuss"): the meeting happened on the day written, no announcement
def test_a_headline_meeting_done_on_the_day_written_is_the_meeting_ro():
    text = ("Iohannis s-a întâlnit, marți dimineață, cu președintele Poloniei\n\n"
            "Iohannis s-a întâlnit, marți dimineață, cu președintele Poloniei\n"
            "Publicat: 03/11/2015, 10:39\n\n"
            "Președintele Poloniei Andrzej Duda a ajuns în România luni seara și a făcut o primă oprire la Clubul Colectiv.\n\n"
            "Președintele polonez va discuta cu președintele Klaus Iohannis în pregătirea reuniunii statelor din "
            "Europa Centrală și de Est, ce va avea loc miercuri, la București.\n\n"
            "În cadrul întâlnirii, cei doi vor discuta despre rolul României în regiune.")
    e = first(text, "ro")
    assert (e.type, e.mode, e.date) == ("CONSULT", "visit", "2015-11-03")


def test_a_headline_meeting_done_on_the_day_written_is_the_meeting_en():  # guard
    text = ("Iohannis met the Polish president on Tuesday morning\n\n"
            "Iohannis met the Polish president on Tuesday morning\n"
            "Published: 3 November 2015, 10:39\n\n"
            "Polish President Andrzej Duda arrived in Romania on Monday evening.\n\n"
            "The Polish president will discuss with President Klaus Iohannis the preparation of the meeting of the "
            "states of Central and Eastern Europe, which will take place on Wednesday in Bucharest.")
    e = first(text, "en")
    assert (e.type, e.mode) == ("CONSULT", "visit")


def test_a_headline_meeting_to_come_stays_an_announcement_ro():  # guard
    text = ("Iohannis se va întâlni joi cu președintele Poloniei\n\n"
            "Publicat: 03/11/2015, 10:39\n\n"
            "Președintele polonez va discuta cu președintele Klaus Iohannis despre securitatea regiunii.")
    assert first(text, "ro").type == "AGREE"


# 3. ko, ja: a meeting told by a verb that links to a clause told as done ("회담하고 … 신설하기로 했다",
#    "会談し、…設置することで一致した"): held, and what was decided is to come; no announcement
def test_talks_held_and_a_dialogue_decided_are_the_talks_ko():
    text = ("대통령의 체코 공식 방문을 수행중인 조태열 외교부 장관은 20일(현지시간) 프라하에서 얀 리파브스키 체코 외교부 "
            "장관과 회담하고 양국 외교부 간 '전략대화'를 신설하기로 했습니다.\n"
            "양측은 또 경제공동위 등 세부 분야 협의체도 정례화하기로 했습니다.\n")
    e = first(text, "ko")
    assert (e.type, e.mode) == ("CONSULT", "visit")


def test_talks_decided_are_an_announcement_ko():  # guard
    text = ("조태열 외교부 장관은 다음 달 프라하에서 얀 리파브스키 체코 외교부 장관과 회담을 갖기로 했다고 "
            "외교부가 20일 밝혔다.\n")
    assert first(text, "ko", "2024-09-20").type == "AGREE"
