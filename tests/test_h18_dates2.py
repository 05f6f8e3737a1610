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
