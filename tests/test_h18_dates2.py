"""h18/dates2: publication dates and event dates of the pooled h18 pages (issue 9)."""
from __future__ import annotations

import datetime as dt


def _published(code: str, text: str, url: str | None = None):
    from kronika.nlp.published import find_published

    return find_published(text, code, url)[0]


# --- a weekday after a date with its ordinal dot is the date's, not a count ("3 luni") ---

def test_site_banner_with_trailing_weekday_over_article_stamp():
    text = ("2025. 02. 24. hétfő\n  -  Mátyás\nVásárhely24.com archívum\n\n"
            "Hódmezővásárhelyre látogat a japán nagykövet\n\n2015. június 04.\n\n"
            "A hétvégén Hódmezővásárhelyre látogat Japán magyarországi nagykövete.\n\n"
            "A hivatalos programja szerint a polgármesterrel találkozik, majd beszédet mond a galériában.\n")
    assert _published("hu", text) == dt.date(2015, 6, 4)


def test_weekday_after_dotted_day_is_read():
    from kronika.nlp.dates import find_dates

    assert any(d.kind == "weekday" and d.weekday == 6 for d in find_dates("2025. december 6. szombat\n", "hu"))


# --- an archive URL of a month by name, and the day a release heads its text with, before the place ---

def test_url_files_page_by_named_month():
    from kronika.nlp.published import url_month

    assert url_month("https://szoul.mfa.gov.hu/kor/page/2014-december") == (2014, 12)
    assert url_month("https://example.org/archive/2019/march/") == (2019, 3)


def test_release_heading_day_and_place_under_month_archive_url():
    text = ("12월1일 서울\n\n오르반 빅토르 헝가리 총리의 공식 방한\n\n"
            "오르반 빅토르 헝가리 총리가 양국 수교 25주년을 맞이하여 지난 11월27일부터 2박3일의 일정으로 한국을 방문하였습니다.\n")
    assert _published("ko", text, "https://szoul.mfa.gov.hu/kor/page/2014-december") == dt.date(2014, 12, 1)


def test_weekday_after_day_is_no_place():
    """Guard (passes on main too): a weekday after the day is no release's place."""
    text = "12. December hétfő\n\nA nagykövet a polgármesterrel találkozott a városházán a múlt héten.\n"
    assert _published("hu", text, "https://example.hu/archivum/2014-december") is None


# --- a bare address on the first line is a page store's record line, as "URL: …" is: the date line is under it ---

def test_month_line_under_a_bare_address_dates_the_event_by_month():
    from kronika.events.document import extract_document
    from kronika.model import Document

    text = ("https://www.example.de/hamburg/article162660932/Antrittsbesuch.html\n\n"
            " date 2017-03 Erst jetzt kam der Botschafter der Republik Korea nach Hamburg ins Rathaus zu seinem "
            "Antrittsbesuch bei Bürgermeister Olaf Scholz. Sie sprachen über den G-20-Gipfel und den Handel "
            "zwischen Deutschland und Korea.\n")
    doc = extract_document(Document(id="t", text=text, url=None), "de")
    assert doc.events and doc.events[0].date == "2017-03-01"


# --- two places joined by a slash open a dateline ("Bratislava/Soul 25. júna (TASR) -") ---

def test_slash_joined_places_open_a_dateline():
    from kronika.nlp.published import is_dateline

    line = "Bratislava/Soul 25. júna (TASR) - Predseda parlamentu odcestoval dnes na pracovnú návštevu Kórey."
    assert is_dateline(line, 16, 24)


# --- a yearless dateline whose year only the weekdays the text glosses pin ---

def test_yearless_dateline_year_from_glossed_weekdays():
    text = ("Bratislava/Soul 25. júna (TASR) - Predseda Národnej rady odcestoval dnes na pracovnú návštevu "
            "Južnej Kórey. Pondelok (26.6.) zavŕši bilaterálnym stretnutím s predsedom parlamentu.\n\n"
            "V utorok (27.6.) sa zúčastní na stretnutí predsedov parlamentov. Prvé takéto stretnutie sa uskutočnilo "
            "v apríli 2016 v Moskve.\n")
    assert _published("sk", text) == dt.date(2017, 6, 25)


def test_yearless_dateline_without_a_named_year_stays_undated():
    """Guard (passes on main too): no year named, no year guessed from the weekdays alone."""
    text = ("Bratislava/Soul 25. júna (TASR) - Predseda Národnej rady odcestoval dnes na pracovnú návštevu "
            "Južnej Kórey. Pondelok (26.6.) zavŕši bilaterálnym stretnutím s predsedom parlamentu.\n")
    assert _published("sk", text) is None
