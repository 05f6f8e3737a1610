"""h15 years: a year a day and month take from a neighbouring full date; a recalled contact dated by 'then'."""
from __future__ import annotations

from tests.extracting import events


def _dates(text: str, code: str, published: str | None) -> list[str]:
    return [ev.date for ev in events(text, code, published)]


# --- a day and month after a full date of the same paragraph take its year ---

def test_a_day_after_a_full_date_of_its_paragraph_takes_its_year_pl():
    text = ("Opublikowano: 14.01.2024\n\nKronika stosunków polsko-japońskich\n\n"
            "W dniu 3 maja 2019 r. premier Japonii Shinzo Abe przybył do Warszawy. Następnego dnia, 4 maja, Abe "
            "spotkał się z premierem Mateuszem Morawieckim i omówił współpracę gospodarczą.")
    dates = _dates(text, "pl", None)
    assert "2019-05-04" in dates and "2023-05-04" not in dates


def test_a_day_after_a_full_date_of_its_paragraph_takes_its_year_en():
    text = ("Looking back at a decade of ties\n\nPrime Minister Shinzo Abe arrived in Prague on 3 May 2019. "
            "On 4 May, Abe held talks with Czech Prime Minister Andrej Babiš on trade and investment.")
    dates = _dates(text, "en", "2024-01-14")
    assert "2019-05-04" in dates and "2023-05-04" not in dates


def test_a_day_after_a_december_full_date_takes_the_next_year_ru():
    text = ("Хроника\n\n28 декабря 2018 года министр иностранных дел Японии Таро Коно прибыл в Москву, "
            "а 14 января он провел переговоры с главой МИД России Сергеем Лавровым.")
    dates = _dates(text, "ru", "2024-06-20")
    assert "2019-01-14" in dates and "2024-01-14" not in dates
