"""Which date is the event's: page stamps, datelines run into headlines, weekdays the text also dates,
announcements, relative clauses and month-only date lines. Short texts we wrote, several languages."""
from __future__ import annotations

import datetime as dt

import pytest

from kronika.events.document import extract_document
from kronika.model import Document
from kronika.nlp.dates import find_dates
from kronika.nlp.published import context_month, find_published

D = dt.date


def event(text: str, lang: str, published: str | None = None):
    doc = extract_document(Document(id="t", text=text, published=published), language=lang)
    assert doc.events, text
    return doc.events[0]


@pytest.mark.parametrize("text,want", [
    ("Naujausi pakeitimai - 2003 02 10.", (2003, 2, 10)),
    ("Updated 2019 06 03", (2019, 6, 3)),
])
def test_spaced_page_stamp_is_a_date(text, want):
    (m,) = [m for m in find_dates(text, "lt" if "Naujausi" in text else "en") if m.kind == "absolute"]
    assert (m.y, m.m, m.d) == want


@pytest.mark.parametrize("text", ["In 2019 10 000 people came.", "Between 2019 12 300 were sold."])
def test_numbers_with_thousands_spaces_are_no_stamp(text):
    assert not [m for m in find_dates(text, "en") if m.kind == "absolute"]


def test_page_stamp_in_the_footer_gives_the_publication_date():
    text = ("Seimo Pirmininkas susitiko su Japonijos ambasadoriumi\n\nŠiandien Seimo Pirmininkas susitiko "
            "su Japonijos ambasadoriumi ir aptarė bendradarbiavimą.\n\nSekretoriatas\n\n"
            "Naujausi pakeitimai - 2003 02 10.\n")
    assert find_published(text, "lt")[0] == D(2003, 2, 10)


@pytest.mark.parametrize("text,code,want", [
    ("Протестна нота Влади Јапана Београд, 28. март 2008. године – Министарство спољних послова "
     "упутило је данас протестну ноту Влади Јапана због изјаве амбасадора.", "sr", D(2008, 3, 28)),
    ("Protest note to Japan BELGRADE, 28 March 2008 (Tanjug) – The ministry sent a protest note to "
     "the government of Japan today over remarks made by its ambassador in Tokyo.", "en", D(2008, 3, 28)),
])
def test_dateline_run_into_the_headline_gives_the_publication_date(text, code, want):
    assert find_published(text, code)[0] == want


def test_a_date_inside_a_headline_sentence_is_no_dateline():
    text = ("The ministers of Japan and Poland, meeting in Warsaw, 28 March 2008 was the day they chose for "
            "the signing, agreed to hold talks again.")
    assert find_published(text, "en")[0] is None


def test_weekday_the_text_also_dates_is_that_date():
    # "on Thursday" said on Tuesday 5 November: the text says it is 7 November, so it is still to come,
    # and an announced visit is an agreement dated on the day it was announced
    text = ("Csütörtökön Szegedre látogat Japán nagykövete\n\n"
            "Csütörtökön Szegedre látogat Japán magyarországi nagykövete, aki találkozik a polgármesterrel. "
            "A diplomata november 7-én, csütörtökön egész napját a városban tölti.")
    ev = event(text, "hu", "2013-11-05")
    assert (ev.type, ev.date) == ("AGREE", "2013-11-05")


def test_a_bare_weekday_without_its_date_stays_in_the_past():
    text = ("Japán nagykövete Szegeden\n\nJapán nagykövete csütörtökön Szegeden találkozott a polgármesterrel, "
            "és tárgyalt a magyar–japán együttműködésről.")
    ev = event(text, "hu", "2013-11-05")
    assert (ev.type, ev.date) == ("CONSULT", "2013-10-31")


@pytest.mark.parametrize("text,code", [
    ("President Pahor, who arrived in New York on Sunday, met President Moon of South Korea on Monday "
     "at the Korean mission and discussed trade.", "en"),
    ("Predsednik Borut Pahor, ki je v nedeljo prispel v New York, se je v ponedeljek sestal s predsednikom "
     "Južne Koreje in govoril o trgovini.", "sl"),
    ("Prezydent Polski, który w niedzielę przyleciał do Nowego Jorku, spotkał się w poniedziałek z "
     "prezydentem Korei Południowej i rozmawiał o handlu.", "pl"),
])
def test_a_date_in_a_relative_clause_is_not_the_events(text, code):
    ev = event(text, code, "2021-09-22")  # a Wednesday: Sunday is the 19th, Monday the 20th
    assert ev.date == "2021-09-20"


def test_a_relative_clause_date_is_used_when_it_is_the_only_one():
    text = ("Predsednik Borut Pahor, ki je v nedeljo prispel v New York, se je sestal s predsednikom "
            "Južne Koreje.")
    assert event(text, "sl", "2021-09-22").date == "2021-09-19"


def test_month_only_date_line_is_the_context_month():
    assert context_month("date 2018-01 Täna külastab ...", "et") == (2018, 1)
    assert context_month("January 2018\n\nThe prime minister visited Tallinn.", "en") == (2018, 1)
    assert context_month("date 2018-01-12 Täna ...", "et") is None


def test_month_only_date_line_keeps_history_out_of_the_event_date():
    text = ("date 2018-01 Täna külastab Jaapani peaminister Shinzo Abe Tallinna ja kohtus president "
            "Kersti Kaljulaidiga. Jaapan tunnustas Eesti Vabariiki 6. märtsil 1919.")
    ev = event(text, "et")
    assert (ev.date, ev.date_precision) == ("2018-01-01", "month")


def test_month_only_date_line_anchors_weekdays_on_the_texts_last_date():
    # no day of publication, but an embedded post of 21 September: "on Monday" is the 20th
    text = ("date 2021-09 Predsednik Borut Pahor se je v ponedeljek sestal s predsednikom Južne Koreje "
            "Mun Džae Inom.\n\nOdlikovanje: pic.twitter.com/x — Borut Pahor (@BorutPahor) September 21, 2021\n")
    ev = event(text, "sl")
    assert ev.date == "2021-09-20"


@pytest.mark.parametrize("lang,text", [
    ("de", "date 2025-07\n\nDer japanische Außenminister besucht diese Woche Polen. Er werde vom 11. bis "
           "13. Juli in Warschau sein und Radosław Sikorski treffen, teilte das Ministerium am Mittwoch mit."),
    ("en", "date 2025-07\n\nThe Japanese foreign minister visits Poland this week. He will be in Warsaw from "
           "11 to 13 July to meet Radosław Sikorski, the ministry said on Wednesday."),
])
def test_this_week_with_a_dated_day_and_a_weekday_dates_an_announcement(lang, text):
    # the date line gives only the month; "this week" holds 11 July, so Wednesday is 9 July, the day
    # the visit was announced: an agreement to meet (PLOVER), dated on the announcement
    ev = event(text, lang)
    assert (ev.date, ev.date_precision, ev.type) == ("2025-07-09", "day", "AGREE")
    assert "Radosław Sikorski" in [p.name for p in ev.persons]


def test_without_this_week_a_weekday_is_not_pinned_to_a_dated_week():
    ev = event("date 2025-07\n\nThe Japanese foreign minister will be in Warsaw from 11 to 13 July to meet "
               "Radosław Sikorski, the ministry said on Wednesday.", "en")
    assert ev.date != "2025-07-09"


@pytest.mark.parametrize("lang,text", [
    ("pl", "12 czerwca 2024\n\nW poniedziałek minister Radosław Sikorski spotkał się z ambasadorem Japonii."),
    ("cs", "12. června 2024\n\nV pondělí se ministr zahraničí Jan Lipavský setkal s velvyslancem Japonska."),
    ("uk", "12 червня 2024\n\nУ понеділок міністр закордонних справ Дмитро Кулеба зустрівся з послом Японії."),
    ("ru", "12 июня 2024 года\n\nВ понедельник министр иностранных дел Сергей Лавров встретился с послом КНДР."),
])
def test_a_sentence_opening_with_a_preposition_and_a_weekday_is_no_dateline(lang, text):
    """'W poniedziałek' is no city and its weekday: Monday before the Wednesday it was published."""
    from kronika.events.document import extract_document
    from kronika.model import Document

    assert extract_document(Document("t", text), lang).events[0].date == "2024-06-10"


def test_the_weekday_of_the_date_stamp_does_not_date_the_event():
    """'2024. június 12., szerda 14:05': Wednesday is when it was published; 'kedden' is the event."""
    from kronika.events.document import extract_document
    from kronika.model import Document

    text = ("2024. június 12., szerda 14:05\n\nSzijjártó Péter külgazdasági és külügyminiszter kedden Budapesten "
            "fogadta Kamikava Jóko japán külügyminisztert.")
    assert extract_document(Document("t", text), "hu").events[0].date == "2024-06-11"
