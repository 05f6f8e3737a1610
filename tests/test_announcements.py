"""An intention told today is an agreement to meet, dated the day it was told (PLOVER); a bare month
with a future verb is the coming one; a sentence that tells a meeting done keeps its people though it
also announces the next; й in a Japanese name written in Cyrillic is a vowel's second half."""
import datetime as dt

from kronika.nlp.dates import resolve
from kronika.nlp.foreign_names import hepburn, japanese_shaped
from kronika.text.spans import DateMention
from extracting import events


def test_an_intention_to_visit_told_today_is_an_agreement_dated_today_ru():
    ev = events("30.12.2010\n\nМинистр иностранных дел Японии Сэйдзи Маэхара намерен посетить Россию в феврале "
                "2011 года, сообщил в четверг, 30 декабря, замглавы МИД РФ Алексей Бородавкин.", "ru")[0]
    assert ev.type == "AGREE" and ev.date == "2010-12-30"
    assert "Seiji Maehara" in [p.name for p in ev.persons]


def test_an_intention_to_visit_told_today_is_an_agreement_pl():
    ev = events("5 marca 2025\n\nMinister spraw zagranicznych Japonii Takeshi Iwaya zamierza odwiedzić Polskę "
                "w kwietniu, poinformował w środę, 5 marca, rzecznik MSZ Paweł Wroński.", "pl")[0]
    assert ev.type == "AGREE" and ev.date == "2025-03-05"
    assert [p.name for p in ev.persons] == ["Takeshi Iwaya"]


def test_a_bare_month_with_a_future_verb_is_the_coming_one():
    ev = events("Глава МИД Японии посетит Москву в феврале\n30.12.2010 г.\nМинистр иностранных дел Японии "
                "Сэйдзи Маэхара намерен посетить Россию.", "ru")[0]
    assert ev.type == "AGREE" and ev.date == "2010-12-30"  # not "2010-02-01", a February already gone
    ctx = dt.date(2010, 12, 30)
    assert resolve(DateMention(0, 1, "month", m=2, tense="future"), ctx).date == dt.date(2011, 2, 1)
    assert resolve(DateMention(0, 1, "month", m=2), ctx).date == dt.date(2010, 2, 1)
    assert resolve(DateMention(0, 1, "month", m=12, tense="future"), ctx).date == dt.date(2010, 12, 1)


def test_a_meeting_told_done_keeps_its_people_beside_the_next_visit():
    ev = events("30.12.2010\n\nМинистр иностранных дел Японии Сэйдзи Маэхара встретился с Сергеем Лавровым "
                "в четверг и посетит Москву в феврале.", "ru")[0]
    assert ev.type == "CONSULT" and ev.date == "2010-12-30"
    assert {p.name for p in ev.persons} == {"Seiji Maehara", "Sergey Lavrov"}


def test_a_visit_still_to_come_keeps_its_people_out_of_todays_meeting():
    ev = events("30.12.2010\n\nМинистр иностранных дел России Сергей Лавров встретился с послом Японии "
                "Тоёхиса Кодзуки.\n\nПремьер-министр Японии Синдзо Абэ посетит Москву в феврале.", "ru")[0]
    assert "Shinzo Abe" not in [p.name for p in ev.persons]


def test_y_after_a_vowel_in_a_cyrillic_japanese_name():
    assert hepburn("Сэйдзи", "ru") == "seiji" and hepburn("Кейдзо", "uk") == "keizo"
    assert hepburn("Рёхэй", "ru") == "ryohei" and hepburn("Ёсимаса", "ru") == "yoshimasa"
    assert japanese_shaped("Сэйдзи", "ru") and not japanese_shaped("Андрей", "ru")


def test_a_visit_to_come_named_first_leaves_todays_dated_meeting_a_meeting():
    ev = events("17.05.2011\n\nПредстоящий визит спикера парламента Кореи в Латвию даст новый импульс "
                "экономическому сотрудничеству. Об этом во вторник, 17 мая, заявила председатель Сейма "
                "Солвита Аболтиня, встречаясь с послом Республики Корея.", "ru")[0]
    assert ev.type == "CONSULT" and ev.date == "2011-05-17"
