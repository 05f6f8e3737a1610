"""Session h17, recall (issue 9): every event a page reports, with its right day. An agency's date in round
brackets after a place in capitals ("MOSCOW (Agency / Wire - 11th June, 2020)") is when the agency wrote, so the
weekday of the lead dates the event; a Korean bare day counted from something ("입국 후 14일 격리", "사고 14일
만에") is a number of days, not a day of the month, and dates no event.
Sentences written for the tests in the style of agency news; every case but the guards fails on the parent."""
from extracting import events

from kronika.nlp.published import opens_dateline


def dated(evs) -> list[tuple[str, str]]:
    return [(e.date, "-".join(e.countries)) for e in evs]


EN_PAREN_DATELINE = (
    "Czech, Japanese Foreign Ministers Hold Talks\n\n"
    "PRAGUE/TOKYO (Daily Wire / Agency - 14th May, 2021) Czech Foreign Minister Jakub Kulhanek and his Japanese "
    "counterpart, Toshimitsu Motegi, discussed trade and energy in a phone conversation on Wednesday, the Czech "
    "Foreign Ministry said in a statement.\n")


def test_an_agency_date_in_round_brackets_is_a_dateline():
    i = EN_PAREN_DATELINE.index("14th May, 2021")
    assert opens_dateline(EN_PAREN_DATELINE, i, i + len("14th May, 2021"), reach=40)


def test_the_weekday_after_a_bracketed_agency_date_dates_the_call():
    assert dated(events(EN_PAREN_DATELINE, "en"))[0] == ("2021-05-12", "CZ-JP")


def test_guard_a_date_in_brackets_inside_a_sentence_is_no_dateline():
    text = "The ministers met in Prague (on 14 May 2021) and discussed trade.\n"
    i = text.index("14 May 2021")
    assert not opens_dateline(text, i, i + len("14 May 2021"), reach=40)
