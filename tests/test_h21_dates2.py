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


@pytest.mark.parametrize("code,stamp,want", [
    ("ja", "9 日 3 月 2017 年", dt.date(2017, 3, 9)),
    ("ja", "2017年3月9日", dt.date(2017, 3, 9)),
    ("ko", "2017년 3월 9일", dt.date(2017, 3, 9)),
])
def test_date_alone_in_a_bulleted_menu_is_the_page_stamp(code, stamp, want):
    body = {"ja": "大臣が東京で会談しました。両国の協力について意見交換が行われました。",
            "ko": "장관이 서울에서 회담했다. 양국 협력에 대해 의견을 교환했다."}[code]
    text = f"close\n\n  • 政治\n\n  • {stamp}\n\n    {body}\n"
    assert find_published(text, code)[0] == want


def test_dated_items_of_a_list_of_other_articles_stay_out():
    text = ("大臣が東京で会談しました。両国の協力について意見交換が行われました。\n\n"
            "  • 2016年5月2日\n  • 首相がワルシャワを訪問 2016年4月1日\n")
    assert find_published(text, "ja")[0] is None


@pytest.mark.parametrize("trailer,want", [
    ("021510 MET mar 95", dt.date(1995, 3, 2)),
    ("121430 GMT NOV 03", dt.date(2003, 11, 12)),
])
def test_wire_date_time_group_closing_the_message(trailer, want):
    text = ("TOKIO (Hina/AP) - Ruski ministar vanjskih poslova doputovao je u četvrtak u posjet Japanu, gdje će "
            "razgovarati o teritorijalnom sporu i gospodarskoj suradnji dviju zemalja.\n"
            f"(Hina) rb\n{trailer}\n")
    assert find_published(text, "hr")[0] == want


def test_six_figures_in_prose_are_no_date_time_group():
    text = "Ministar je razgovarao o suradnji.\nBroj 021510 mar 95 nije datum u rečenici koja ide dalje.\n"
    assert find_published(text, "hr")[0] is None
