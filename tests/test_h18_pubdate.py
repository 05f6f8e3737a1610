"""h18/pubdate (issue 9): a month-only date line must not stop the search for a full publication date in the
page's stamp, its dateline or its URL; a byline's stamp set as a list item; a banner of another year's text
and the URL; dates joined by dots in a URL."""
import datetime as dt

import pytest

from kronika.nlp.published import find_published

D = dt.date


@pytest.mark.parametrize("code,text", [
    ("pl", " date 2025-03 Prezydent spotkał się z ambasadorem Japonii\n\nOpublikowano 28.02.2025, 14:05\n\n"
           "W piątek prezydent spotkał się z ambasadorem Japonii w Pałacu Prezydenckim."),
    ("ru", " date 2025-03 Посол Японии встретился с губернатором\n\nОпубликовано: 28.02.2025 14:05\n\n"
           "В пятницу посол Японии встретился с губернатором области."),
    ("ja", " date 2025-03 岸田首相、ポーランド大統領と会談\n\n2025年2月28日 10時21分\n\n岸田首相は28日、ドゥダ大統領と会談した。"),
    ("lt", " date 2025-03 Ministras susitiko su ambasadoriumi\n\n2025-02-28 14:05\nBNS inf.\n\n"
           "Ministras penktadienį susitiko su Korėjos ambasadoriumi."),
    ("cs", " date 2025-03 Velvyslanec navštívil hejtmana\n\n2025.02.28\n\nVe čtvrtek velvyslanec Japonska navštívil hejtmana."),
])
def test_a_page_stamp_of_the_month_before_the_month_line_dates_the_page(code, text):
    assert find_published(text, code)[0] == D(2025, 2, 28)


def test_the_publication_stamp_beats_the_last_change_that_the_month_line_took():
    text = (" date 2025-03 윤 대통령, 폴란드 대통령과 정상회담\n\n입력 2025.02.28 10:21  수정 2025.03.01 11:05\n\n"
            "윤석열 대통령은 28일 안제이 두다 폴란드 대통령과 정상회담을 했다.")
    assert find_published(text, "ko")[0] == D(2025, 2, 28)


@pytest.mark.parametrize("code,text,day", [
    ("en", " date 2025-03 Photo : YONHAP News\n\nSeoul, Feb. 28 (Yonhap) -- President Yoon met Polish President "
           "Duda on Friday.", D(2025, 2, 28)),
    ("de", " date 2025-03 Photo : YONHAP News\n\nSeoul, 28. Februar (Yonhap) – Präsident Yoon traf am Freitag "
           "Polens Präsidenten Duda.", D(2025, 2, 28)),
    ("ru", " date 2025-03 Министр встретился с послом\n\nМосква. 28 февраля. ИНТЕРФАКС - Министр в пятницу "
           "встретился с послом Кореи.", D(2025, 2, 28)),
    ("en", " date 2025-01 Photo : YONHAP News\n\nSeoul, Dec. 30 (Yonhap) -- President Yoon met Polish President "
           "Duda on Monday.", D(2024, 12, 30)),
])
def test_a_yearless_dateline_of_the_month_next_to_the_month_line_gives_the_day(code, text, day):
    assert find_published(text, code)[0] == day


def test_a_url_day_of_the_month_before_the_month_line_dates_the_page():
    text = " date 2025-03 Prezydent spotkał się z ambasadorem Japonii\n\nW piątek prezydent spotkał się z ambasadorem."
    assert find_published(text, "pl", "https://example.pl/2025/02/28/prezydent-ambasador")[0] == D(2025, 2, 28)


def test_a_stamp_two_months_from_the_month_line_or_in_prose_is_still_refused():
    """Guard: only the month next to the line, and only a stamp (timed, a dateline's, alone on its line)."""
    far = " date 2025-04 Prezydent spotkał się z ambasadorem\n\nOpublikowano 28.02.2025, 14:05\n\nW piątek prezydent …"
    prose = " date 2025-03 Źródło: rząd\n\nMinister rozmawiał z ambasadorem 28.02.2025\n\nTreść."
    assert find_published(far, "pl")[0] is None
    assert find_published(prose, "pl")[0] is None


def test_a_byline_stamp_set_as_a_list_item_is_the_pages():
    text = ("  • 유희진 기자\n  • 승인 2016.11.16 14:08\n  • 댓글 0\n이 기사를 공유합니다\n\n"
            "Delegation of the Saeima Foreign Affairs Committee agrees on closer cooperation\n\n"
            "The Chairman of the Saeima Foreign Affairs Committee is making an official visit to South Korea "
            "from 17 to 21 October on an invitation from the Foreign Affairs and Unification Committee.")
    assert find_published(text, "en")[0] == D(2016, 11, 16)


def test_a_list_of_other_articles_with_their_stamps_stays_theirs():
    """Guard: list items whose siblings hold dates too are other articles."""
    text = ("Ambassador meets the governor\n\nThe ambassador met the governor of the province on Friday to talk "
            "about trade and tourism between the two regions.\n\n"
            "  • Published 2016.11.02 09:10\n  • Published 2016.10.28 17:45\n  • Published 2016.10.21 11:00")
    assert find_published(text, "en")[0] is None


def test_a_banner_of_another_years_text_leaves_the_urls_day():
    text = ("Domžale obiskal japonski veleposlanik\n\nDomžale – V sredo, 24. novembra, je Občino Domžale obiskal "
            "japonski veleposlanik Hiromiči Macušima, spremljala pa ga je prva sekretarka.\n\nObjavljeno na isti dan\n\n\n"
            "Kranj / sreda, 26. junij 2013 / 11:53\n\nJanša med gorenjskim članstvom")
    url = "https://arhiv.gorenjskiglas.si/article/20211201/C/211209992/domzale-obiskal-japonski-veleposlanik"
    assert find_published(text, "sl", url)[0] == D(2021, 12, 1)


@pytest.mark.parametrize("url", ["https://x.sk/spravy/2019.03.27/minister-prijal-velvyslanca",
                                 "https://x.sk/a/27.03.2019/minister-prijal-velvyslanca"])
def test_a_date_joined_by_dots_in_the_url_path(url):
    text = "Minister prijal veľvyslanca Kórejskej republiky.\n\nMinister sa v stredu stretol s veľvyslancom."
    assert find_published(text, "sk", url)[0] == D(2019, 3, 27)


def test_a_version_number_in_a_url_is_no_date():
    """Guard: numbers joined by dots that go on are a version's."""
    text = "Minister prijal veľvyslanca Kórejskej republiky.\n\nMinister sa v stredu stretol s veľvyslancom."
    assert find_published(text, "sk", "https://x.sk/download/v2019.03.27.1/notes")[0] is None


@pytest.mark.parametrize("code,text,url", [
    ("en", "Yoon meets Duda\n\nSeoul, March 27 (Yonhap) -- President Yoon met Polish President Duda on Wednesday.",
     "https://en.yna.co.kr/view/2019/03/yoon-duda"),
    ("ru", "Министр встретился с послом\n\nМосква. 27 марта. ИНТЕРФАКС - Министр в среду встретился с послом Кореи.",
     "https://www.interfax.ru/world/2019/03/"),
    ("sk", "Minister prijal veľvyslanca\n\nBratislava 27. marca (TASR) - Minister v stredu prijal veľvyslanca Kórey.",
     "https://www.teraz.sk/2019/03/minister-prijal"),
])
def test_a_url_filed_by_month_and_a_yearless_dateline_give_the_day(code, text, url):
    assert find_published(text, code, url)[0] == D(2019, 3, 27)


def test_a_yearless_day_in_prose_under_a_url_filed_by_month_is_no_publication():
    """Guard: the day must open a dateline, not be named in the story."""
    text = "Minister przyjął ambasadora\n\nMinister w środę, 27 marca, przyjął ambasadora Korei."
    assert find_published(text, "pl", "https://x.pl/2019/03/minister")[0] is None


@pytest.mark.parametrize("url", ["https://www.theguardian.com/world/2019/mar/27/poland-south-korea-talks",
                                 "https://example.com/news/2019/march/27/poland-south-korea-talks"])
def test_a_url_path_with_the_months_english_name(url):
    text = "Poland and South Korea hold talks\n\nThe foreign ministers met in Warsaw on Wednesday."
    assert find_published(text, "en", url)[0] == D(2019, 3, 27)


def test_a_path_word_that_only_begins_like_a_month_is_none():
    """Guard: "/2019/mayor/27/" is no month."""
    text = "Poland and South Korea hold talks\n\nThe foreign ministers met in Warsaw on Wednesday."
    assert find_published(text, "en", "https://example.com/2019/mayor/27/talks")[0] is None


@pytest.mark.parametrize("code,text,day", [
    ("en", " date 2025-03 Seoul, Feb. 28 (Yonhap) -- President Yoon met Polish President Duda on Friday.", D(2025, 2, 28)),
    ("ru", " date 2025-03 Москва. 28 февраля. ИНТЕРФАКС - Министр в пятницу встретился с послом Кореи.", D(2025, 2, 28)),
    ("de", " date 2025-01 Seoul, 30. Dezember (Yonhap) – Präsident Yoon traf am Montag Polens Präsidenten.", D(2024, 12, 30)),
])
def test_a_yearless_dateline_on_the_month_line_itself_of_the_month_next_to_it(code, text, day):
    assert find_published(text, code)[0] == day


def test_a_day_the_first_sentence_names_on_a_month_line_of_another_month_is_no_dateline():
    """Guard: "Český prezident … se v sobotu 31. srpna vydá" names the day of a visit to come."""
    text = " date 2024-09 Český prezident Petr Pavel se v sobotu 31. srpna vydá na návštěvu Koreje."
    assert find_published(text, "cs")[0] is None


@pytest.mark.parametrize("code,upd,pub,body", [
    ("pl", "Aktualizacja", "Opublikowano", "W środę minister spotkał się z ambasadorem Korei w Warszawie."),
    ("ru", "Обновлено", "Опубликовано", "В среду министр встретился с послом Кореи в Москве."),
    ("de", "Aktualisiert", "Veröffentlicht", "Am Mittwoch traf der Minister den koreanischen Botschafter in Berlin."),
])
def test_a_month_line_that_took_the_last_changes_month_yields_to_the_publication_stamp(code, upd, pub, body):
    text = f" date 2024-04 Minister\n\n{upd}: 01.04.2024, 09:10\n{pub}: 12.03.2024, 14:05\n\n{body} {body}"
    assert find_published(text, code)[0] == D(2024, 3, 12)


def _extracted(text: str, code: str, url: str | None = None) -> dict:
    from extracting import extracted
    return extracted(text, code, url=url).to_dict()


def test_the_output_gives_the_context_date_the_publication_date_anchors():
    rec = _extracted(" date 2025-03 Photo : YONHAP News\n\nSeoul, Feb. 28 (Yonhap) -- President Yoon Suk Yeol met "
                     "Polish President Andrzej Duda in Seoul on Friday, the presidential office said.", "en")
    assert rec["published"] == rec["context_date"] == "2025-02-28"


def test_a_month_only_page_gives_no_context_date_it_does_not_pin():
    """A month's last date only guesses the day of writing: SCHEMA's context_date stays null."""
    rec = _extracted(" date 2022-10 Ellátogatott Encsre Park Chul-min, a Koreai Köztársaság budapesti nagykövete a "
                     "közelmúltban. A program hivatalos találkozóval kezdődött október 12-én.", "hu")
    assert rec["published"] is None and "context_date" in rec and rec["context_date"] is None
