"""h21/dates2: publication dates from a URL's day/month/year folders and from a relative day glossed by a full date."""
import datetime as dt

import pytest

from kronika.nlp.published import find_published


@pytest.mark.parametrize("url", [
    "https://www.example.ru/politics/12/11/2010/5703e0459a79473c0df16c62",
    "https://news.example.com/world/3/7/2019/",
])
def test_url_day_month_year_folders(url):
    text = "Министр заявил, что протокол не будет подписан.\n\nПодробности позже."
    pub, _span = find_published(text, "ru", url)
    want = {"12/11/2010": dt.date(2010, 11, 12), "3/7/2019": dt.date(2019, 7, 3)}
    assert pub == next(v for k, v in want.items() if k in url)


def test_url_folders_need_a_day_month_year():
    text = "Министр заявил, что протокол не будет подписан."
    assert find_published(text, "ru", "https://www.example.ru/news/15/2010/123")[0] is None


@pytest.mark.parametrize("code,text,want", [
    ("ro", "Ministrul a vizitat Seulul.\n\n„Ieri, 03.05.2023, am avut marea onoare de a fi primit de premierul Republicii Coreea, cu care am discutat despre dimensiunea culturală a parteneriatului”, a scris el.",
     dt.date(2023, 5, 4)),
    ("ru", "Министр посетил Токио.\n\nСегодня, 5 марта 2023 года, он встретился с японским коллегой, с которым обсудил экономическое сотрудничество и подготовку визита премьер-министра.",
     dt.date(2023, 3, 5)),
    ("en", "The minister is in Seoul.\n\nTomorrow, 7 June 2022, he will meet his Korean counterpart to discuss trade, the security of the region and a visit of the prime minister next year.",
     dt.date(2022, 6, 6)),
])
def test_glossed_relative_day_dates_the_writing(code, text, want):
    assert find_published(text, code)[0] == want


def test_gloss_without_a_year_pins_nothing():
    text = "Ministrul a vizitat Seulul.\n\nIeri, 3 mai, a avut o întrevedere cu premierul."
    assert find_published(text, "ro")[0] is None
