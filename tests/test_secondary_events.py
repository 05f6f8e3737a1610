"""Earlier contacts an article recalls become events of their own; asides, quotes and history do not."""
from __future__ import annotations

import extracting


def events(text: str, lang: str, published: str = "2017-03-08"):
    """The events of `text`, published on the day the fixtures' leads tell of."""
    return extracting.events(text, lang, published)


LEAD_CS = ("Hejtman Jihomoravského kraje se v úterý 7. března setkal s velvyslancem Korejské republiky "
           "v České republice a jednali o spolupráci obou zemí v oblasti vědy, výzkumu a průmyslu. ")


def test_a_recalled_meeting_with_last_year_and_month_is_one_event_of_that_month():
    text = LEAD_CS + "Velvyslanec se s hejtmanem setkal již loni v červnu v Brně."
    evs = events(text, "cs")
    assert [(e.date, e.date_precision) for e in evs] == [("2017-03-07", "day"), ("2016-06-01", "month")]
    assert evs[1].type == "CONSULT" and evs[1].countries == evs[0].countries


def test_month_then_last_year_in_english():
    text = ("The foreign minister of Japan met the foreign minister of Armenia in Tokyo on Monday and "
            "discussed trade and security between the two countries. They had last met in September last "
            "year in Yerevan.")
    evs = events(text, "en", "2023-03-08")
    assert [(e.date, e.date_precision) for e in evs[1:]] == [("2022-09-01", "month")]


def test_a_sentence_without_a_trigger_gives_no_event():
    text = LEAD_CS + "Kraj má od roku 2015 novou strategii rozvoje."
    assert len(events(text, "cs")) == 1


def test_a_third_states_history_is_not_the_pairs():
    text = LEAD_CS + "Velvyslanec se loni v červnu setkal také s velvyslancem Německa."
    assert len(events(text, "cs")) == 1


def test_dates_in_parentheses_or_quotes_and_old_history_give_no_event():
    text = LEAD_CS + ("Jednání navázalo na memorandum (podepsané 12. května 2016). "
                      "„Setkali jsme se 3. června 2016 a bylo to důležité,“ řekl hejtman. "
                      "Obě země navázaly diplomatické styky 22. března 1990, kdy se setkali ministři.")
    assert len(events(text, "cs")) == 1
