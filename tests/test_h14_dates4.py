"""h14/dates4: an embedded post's signature is not the article's date and lends its year to no background day."""
from __future__ import annotations

import datetime as dt

import pytest


def _extract(code: str, text: str, published: dt.date | None = None, url: str | None = None):
    from kronika.events.document import extract_document
    from kronika.model import Document

    return extract_document(Document(id="t", text=text, url=url), code, published=published)


# a page with no date of its own: the lead has no day, a background sentence names a past day without a year,
# and the only full dates are the signatures of the posts it embeds
@pytest.mark.parametrize("code,text,background", [
    ("pl", "Minister spraw zagranicznych przebywa z wizytą w Ankarze. Ministrowie Polski, Turcji i Rumunii "
           "rozmawiali o bezpieczeństwie regionu. Poprzednie spotkanie odbyło się 9 czerwca w Warszawie.\n"
           "Rozmowy ministrów w #Ankara pic.twitter.com/s7oBQIL\n"
           "— MSZ RP (@MSZ_RP) 25 sierpnia 2016\n", "2016-06-09"),
    ("en", "The Japanese foreign minister is visiting Warsaw. He holds talks with the Polish foreign minister "
           "on energy security. The previous round of talks was held on 3 March in Tokyo.\n"
           "Talks in Warsaw pic.twitter.com/abcDEF1\n"
           "— MOFA Japan (@MofaJapan_en) May 20, 2025\n", "2025-03-03"),
    ("ru", "Министр иностранных дел Японии находится с визитом в Киеве. Он проводит переговоры с министром "
           "иностранных дел Украины. Предыдущая встреча состоялась 14 февраля в Токио.\n"
           "Переговоры в Киеве pic.twitter.com/x1y2z3\n"
           "— Посольство Японии в Украине (@JPEmbUA) September 9, 2023\n", "2023-02-14"),
])
def test_a_posts_year_is_not_lent_to_a_background_day(code, text, background):
    doc = _extract(code, text)
    assert doc.published is None
    assert doc.events and doc.events[0].date != background


def test_a_day_of_the_posts_week_still_takes_its_year():
    # the guard: the lead's own day, the day the post went out, keeps the signature's year (h13)
    text = ("Глава МИД Японии прибыл в Киев\n"
            "В субботу, 9 сентября, в Киев прибыл министр иностранных дел Японии Ёсимаса Хаяси и встретился "
            "с министром иностранных дел Украины Дмитрием Кулебой.\n"
            "Министр иностранных дел Японии прибыл в Украину. pic.twitter.com/0yv9f5Ka3H\n"
            "— Посольство Японии в Украине (@JPEmbUA) September 9, 2023\n")
    assert _extract("ru", text).events[0].date == "2023-09-09"


def test_a_signature_line_is_told_apart():
    from kronika.nlp.published import in_embedded

    text = "Rozmowy w Ankarze.\n— MSZ RP (@MSZ_RP) 25 sierpnia 2016\nKoniec 25 sierpnia 2016."
    assert in_embedded(text, text.index("25 sierpnia"))
    assert not in_embedded(text, text.rindex("25 sierpnia"))


# --- a yymmdd id in a URL ("/150102-telefonat") dates the page only when the text names that day itself ---

_URL = "https://www.example.de/de/newsroom/150102-telefonat-japan/267890"


@pytest.mark.parametrize("code,text", [
    ("de", "Außenminister telefoniert mit japanischem Amtskollegen\nDer Bundesaußenminister hat heute (02.01.) mit "
           "dem japanischen Außenminister telefoniert."),
    ("de", "Telefonat mit Japan\nDer Außenminister hat heute, 2. Januar, mit seinem japanischen Amtskollegen "
           "telefoniert."),
    ("en", "Talks with Japan\nThe foreign minister spoke today, 2 January, with his Japanese counterpart."),
])
def test_a_short_url_id_confirmed_by_the_text_dates_the_page(code, text):
    from kronika.nlp.published import find_published

    assert find_published(text, code, _URL)[0] == dt.date(2015, 1, 2)


@pytest.mark.parametrize("code,text", [
    ("de", "Telefonat mit Japan\nDer Außenminister hat heute (05.03.) mit seinem japanischen Amtskollegen "
           "telefoniert."),
    ("de", "Telefonat mit Japan\nDer Außenminister hat mit seinem japanischen Amtskollegen telefoniert."),
])
def test_a_short_url_id_the_text_does_not_confirm_is_no_date(code, text):
    from kronika.nlp.published import find_published

    assert find_published(text, code, _URL)[0] is None


# --- "yesterday" in a quotation said on a known day is the speaker's yesterday ---

WED = dt.date(2024, 7, 10)  # a Wednesday: "on Monday" is 8 July


@pytest.mark.parametrize("code,text", [
    ("ru", "Министр иностранных дел России Сергей Лавров в понедельник заявил журналистам: «Вчера мы провели "
           "переговоры с министром иностранных дел Японии»."),
    ("en", "Foreign Minister Radosław Sikorski said on Monday: \"Yesterday I held talks with the Japanese foreign "
           "minister in Warsaw.\""),
    ("pl", "Minister Radosław Sikorski powiedział w poniedziałek: „Wczoraj rozmawiałem z ministrem spraw "
           "zagranicznych Japonii”."),
    # the day of saying after the quote
    ("ru", "«Вчера мы провели переговоры с министром иностранных дел Японии», — сказал Сергей Лавров в понедельник."),
    ("en", "\"Yesterday I held talks with the Japanese foreign minister,\" Radosław Sikorski said on Monday."),
    ("pl", "„Wczoraj rozmawiałem z ministrem spraw zagranicznych Japonii” – powiedział Radosław Sikorski "
           "w poniedziałek."),
])
def test_yesterday_in_a_quote_counts_from_the_day_it_was_said(code, text):
    assert _extract(code, text, WED).events[0].date == "2024-07-07"


@pytest.mark.parametrize("code,text,date", [
    # no day of saying: the quote is of the day of writing
    ("ru", "Министр иностранных дел России Сергей Лавров заявил: «Вчера мы провели переговоры с министром "
           "иностранных дел Японии».", "2024-07-09"),
])
def test_a_quote_without_its_day_counts_from_the_day_of_writing(code, text, date):
    assert _extract(code, text, WED).events[0].date == date


def test_a_day_to_come_in_a_quote_is_not_counted_from_the_saying():
    # the speaker's tomorrow (Tuesday 9 July) is not the date: a day to come keeps the convention it had
    text = ("Foreign Minister Radosław Sikorski said on Monday: \"Tomorrow I will hold talks with the Japanese "
            "foreign minister in Warsaw.\"")
    assert _extract("en", text, WED).events[0].date != "2024-07-09"
