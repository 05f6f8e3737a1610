"""Event type and secondary events (h20 types2): a trigger is read with what it governs and with the tense of the
decision it is part of; an arrival told a day before a meeting is the same visit.
Every case fails on the parent (main 2f60d435) but the guards, whose names start with test_guard_."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def events(text: str, code: str) -> list:
    """(type, mode, date) of each event of the document."""
    return [(e.type, e.mode, e.date) for e in extract_document(Document(id="t", text=text), code).events]


def first(text: str, code: str) -> str:
    """"TYPE" or "TYPE/mode" of the document's first event."""
    e = extract_document(Document(id="t", text=text), code).events[0]
    return f"{e.type}/{e.mode}" if e.mode else e.type


# 1. ko: a decision told done ("…하기로 했다") after talks leaves the talks held
def test_talks_then_a_decision_taken_there_are_the_talks():
    text = ("조태열 외교부 장관은 20일(현지시간) 프라하에서 얀 리파브스키 체코 외교부 장관과 회담하고 "
            "양국 외교부 간 전략대화를 신설하기로 했습니다.")
    assert first(text, "ko").startswith("CONSULT")


def test_guard_talks_decided_on_are_still_to_come():
    text = "조태열 외교부 장관과 체코 외교부 장관은 다음 달 프라하에서 회담하기로 했다."
    assert first(text, "ko") == "AGREE"


# 2. the noun of an agreement governs no talks after it
@pytest.mark.parametrize("code, text", [
    ("en", "The Polish foreign minister said after his meeting with the Japanese foreign minister in Tokyo that the "
           "free trade agreement negotiations will start soon."),
    ("ru", "Министр иностранных дел России Сергей Лавров после встречи с министром иностранных дел Японии заявил, "
           "что соглашение о переговорах по мирному договору будет подготовлено."),
    ("hu", "Martonyi János Macumoto Takeaki japán külügyminiszterrel folytatott megbeszélése után elmondta: a "
           "szabadkereskedelmi megállapodás megkötéséhez szükséges előzetes tárgyalásokat a felek megkezdik."),
])
def test_talks_about_an_agreement_are_talks(code, text):
    assert first(text, code).startswith("CONSULT")


@pytest.mark.parametrize("code, text", [
    ("en", "Japan and Poland agreed to hold talks on a free trade agreement next month, the Polish foreign ministry "
           "said on Monday."),
    ("pl", "Japonia i Polska uzgodniły rozpoczęcie negocjacji w sprawie umowy o wolnym handlu."),
])
def test_guard_a_verb_of_agreeing_still_governs_the_talks(code, text):
    assert first(text, code) == "AGREE"


# 3. an arrival told a day before the meeting is the same visit
@pytest.mark.parametrize("code, text", [
    ("en", "Budapest, 3 November 2021. Hungarian Prime Minister Viktor Orbán received South Korean President Moon "
           "Jae-in on Wednesday in his office. Moon arrived in Hungary on Tuesday for an official visit."),
    ("ru", "Варшава, 15 марта 2023 г. Президент Польши Анджей Дуда в среду принял премьер-министра Японии Фумио "
           "Кисиду. Кисида прибыл в Варшаву во вторник с официальным визитом."),
])
def test_the_arrival_the_day_before_is_no_second_event(code, text):
    assert len(events(text, code)) == 1


def test_guard_a_meeting_the_day_before_is_an_event():
    text = ("Warszawa, 15 marca 2023. Prezydent Andrzej Duda przyjął w środę premiera Japonii Fumio Kishidę. "
            "We wtorek Kishida spotkał się z premierem Mateuszem Morawieckim.")
    assert len(events(text, "pl")) == 2


def test_guard_a_plan_to_visit_is_announced():
    text = "Премьер-министр Японии Фумио Кисида планирует посетить Москву в мае, сообщил МИД Японии."
    assert first(text, "ru") == "AGREE"
