"""Issue 9, dates (h14): the publication date and the main event's date on text nobody tuned on.

Every sentence here is written for the test in the style of press text (no third-party text)."""
from __future__ import annotations

import datetime as dt

import pytest

from kronika.nlp.dates import find_dates
from kronika.nlp.published import find_published
from extracting import day_of

JULY = dt.date(2024, 7, 10)  # a Wednesday


def _extract(code: str, text: str, published: dt.date | None = JULY, url: str | None = None):
    from kronika.events.document import extract_document
    from kronika.model import Document

    return extract_document(Document(id="t", text=text, url=url), code, published=published)


def _full(text: str, code: str) -> list[tuple[int, int, int]]:
    return [(d.y, d.m, d.d) for d in find_dates(text, code) if d.kind == "absolute" and d.y]


# --- a page's stamp may glue its clock time, or the next date, to the year ---

@pytest.mark.parametrize("code,text,ymd", [
    ("ru", "12.03.202411:20\n\nМинистр иностранных дел посетит Ереван", (2024, 3, 12)),
    ("pl", "05.06.201914:05\n\nMinister spraw zagranicznych odwiedzi Wilno", (2019, 6, 5)),
    ("ru", "Глава МИД посетит Ереван\n4 марта 202404 мар 2024\n~2 мин", (2024, 3, 4)),
])
def test_a_year_glued_to_a_clock_or_a_date_is_read(code, text, ymd):
    assert ymd in _full(text, code)


def test_a_year_glued_to_a_clock_dates_the_page():
    text = "12.03.202411:20\n\nМинистр иностранных дел посетит Ереван в пятницу.\n"
    assert find_published(text, "ru")[0] == dt.date(2024, 3, 12)


def test_a_year_glued_to_a_count_is_no_date():
    """Guard: "202412 человек" is a number, no year of a date."""
    assert not _full("В акции участвовали 202412 человек.", "ru")


# --- a dateline keeps its date when a clock time stands before the dash (a long line: no stamp of its own) ---

@pytest.mark.parametrize("code,text,day", [
    ("ru", "Глава МИД анонсировал визит\nМосква, 14 марта, 2023, 11:05 — ИА Новости. Министр иностранных дел "
           "в ближайшие месяцы может посетить с визитом Токио, заявил он на пресс-конференции в Москве.\n",
     dt.date(2023, 3, 14)),
    ("uk", "Київ, 3 квітня 2023, 09:40 — Укрінформ. Міністр закордонних справ прибув до Варшави, де проведе "
           "переговори з польським колегою та зустрінеться з президентом Польщі.\n", dt.date(2023, 4, 3)),
])
def test_a_dateline_with_a_clock_time_dates_the_page(code, text, day):
    assert find_published(text, code)[0] == day


# --- a timed stamp that opens a long line (the lead glued to it) beats a site's date of today ---

@pytest.mark.parametrize("code,text,day", [
    ("cs", "Pátek 8. listopadu 2024 |\nsvátek má Bohumír\n\nNoviny.cz 29.04.2019 13:13  Ministr zahraničí se "
           "sejde s čínským velvyslancem kvůli zrušeným koncertům českých orchestrů v Číně. Ministr to dnes řekl "
           "novinářům a dodal, že si chce informace ještě ověřit.\n", dt.date(2019, 4, 29)),
    ("sk", "Piatok 8. novembra 2024 |\nmeniny má Bohumír\n\nNoviny.sk 12.03.2019 10:15  Minister zahraničných vecí "
           "sa stretne s čínskym veľvyslancom pre zrušené koncerty slovenských orchestrov v Číne. Minister to dnes "
           "povedal novinárom.\n", dt.date(2019, 3, 12)),
])
def test_a_timed_stamp_opening_a_long_line_dates_the_page(code, text, day):
    assert find_published(text, code)[0] == day


def test_a_date_in_a_long_sentence_stays_no_stamp():
    """Guard: a date with a time inside a long sentence is the story's, not the page's stamp."""
    text = ("Úterý 5. listopadu 2024\n\nMinistr zahraničí uvedl, že jednání s velvyslancem se uskutečnilo "
            "29.04.2019 13:13 a že o něm bude informovat vládu i výbory Poslanecké sněmovny na příští schůzi.\n")
    assert find_published(text, "cs")[0] != dt.date(2019, 4, 29)


# --- a month-only date line takes a day only from a dateline's place, not from the first sentence ---

@pytest.mark.parametrize("code,text,url,day", [
    ("cs", " date 2019-08 Prezident republiky se v sobotu 31. srpna vydá na dvoudenní návštěvu do Polska.\n",
     "https://example.cz/zpravy/2019083010605067-prezident-navsteva/", dt.date(2019, 8, 30)),
    ("cs", " date 2018-10 PRAHA Prezident se v pátek 26. října sejde s francouzským prezidentem.\n", None, None),
    ("sk", " date 2024-05 Prezident sa v piatok 24. mája stretne s nemeckým kancelárom.\n", None, None),
])
def test_a_day_of_the_first_sentence_does_not_date_a_month_dated_page(code, text, url, day):
    assert find_published(text, code, url)[0] == day


@pytest.mark.parametrize("code,text,day", [
    ("sk", " date 2024-05 Soul/Bratislava 16. mája (TASR) - Minister rokoval s kórejským kolegom.\n",
     dt.date(2024, 5, 16)),
    ("cs", " date 2024-05 PRAHA 16. května (ČTK) - Ministr jednal se slovenským kolegou.\n", dt.date(2024, 5, 16)),
])
def test_a_dateline_of_two_places_still_dates_a_month_dated_page(code, text, day):
    """Guard: "Soul/Bratislava 16. mája (TASR)" opens the line: the agency's day."""
    assert find_published(text, code)[0] == day


# --- a URL's "A181019_114013" (a two-digit year, month, day, then the time) dates the page ---

@pytest.mark.parametrize("url,day", [
    ("https://www.example.cz/domov/schuzka-prezidentu.A181019_114013_ln_domov_ele", dt.date(2018, 10, 19)),
    ("https://tv.example.cz/domaci/ministr-velvyslanec.V231004_140843_idnestv_heli", dt.date(2023, 10, 4)),
])
def test_a_url_stamp_of_two_digit_year_dates_the_page(url, day):
    text = "Prezident se sejde s francouzským prezidentem\n\nPrezident se v pátek sejde s Macronem.\n"
    assert find_published(text, "cs", url)[0] == day


def test_an_announcement_on_the_urls_day_is_dated_by_it():
    text = (" date 2018-10 PRAHA Prezident se v pátek 26. října večer sejde na Hradě s francouzským prezidentem. "
            "Na twitteru to v pátek uvedl mluvčí prezidenta.\n")
    doc = _extract("cs", text, published=None, url="https://www.example.cz/domov/schuzka.A181019_114013_ln_domov")
    assert doc.events[0].date == "2018-10-19"


# --- a URL path whose month and day drop their leading zero ("/2015/2/13/") dates the page ---

def test_a_url_path_without_leading_zeros_dates_the_page():
    text = "Foreign Minister leaves for Minsk\n\nThe Foreign Minister visits Minsk in February, his deputy said.\n"
    assert find_published(text, "en", "https://example.org/en/news/2015/2/13/139431")[0] == dt.date(2015, 2, 13)


def test_a_url_path_date_beats_a_site_banner_of_a_later_day():
    text = ("26 December 2024, Thursday, 10:54\n\nForeign Minister leaves for Minsk\n\n"
            "The Latvian Foreign Minister visits Minsk in February, the deputy minister said on February 13.\n")
    assert find_published(text, "en", "https://example.org/en/news/2015/2/13/139431")[0] == dt.date(2015, 2, 13)


# --- a date in a picture's caption is the picture's (perhaps an archive's), not the event's ---

@pytest.mark.parametrize("code,text,day", [
    ("hu", "Szijjártó Péter az amerikai külügyminiszterrel tárgyal\n\n"
           "Szijjártó Péter (b) és Marco Rubio (j) találkozója Washingtonban 2024. március 4-én\n\nForrás: MTI\n\n"
           "Fotó: KKM\n\nSzijjártó Péter Washingtonba utazott, ahol az amerikai külügyminiszterrel tárgyal.\n",
     "2024-07-10"),
    ("sk", "Blanár rokuje s nemeckým kolegom\n\nJuraj Blanár (vľavo) a Johann Wadephul počas stretnutia v Berlíne "
           "12. marca 2024\n\nFoto: TASR\n\nMinister zahraničných vecí Juraj Blanár rokuje v Bratislave so svojím "
           "nemeckým kolegom Johannom Wadephulom.\n", "2024-07-10"),
    ("ru", "Лавров проводит переговоры с Ван И\n\nСергей Лавров (слева) и Ван И во время встречи в Пекине 12 марта "
           "2024 года\n\nФото: МИД России\n\nМинистр иностранных дел России Сергей Лавров проводит в Москве "
           "переговоры с китайским коллегой Ван И.\n", "2024-07-10"),
    ("sk", "Blanár rokuje s nemeckým kolegom\n\nNa archívnej snímke Juraj Blanár a Johann Wadephul počas stretnutia "
           "v Berlíne 12. marca 2024.\n\nMinister zahraničných vecí Juraj Blanár rokuje v Bratislave so svojím "
           "nemeckým kolegom Johannom Wadephulom.\n", "2024-07-10"),
])
def test_a_captions_date_does_not_date_the_event(code, text, day):
    assert _extract(code, text).events[0].date == day


def test_a_lead_paragraph_above_a_photo_credit_keeps_its_date():
    """Guard: the lead's sentence ends in a full stop; the caption is the line right above the credit."""
    text = ("Hejtman jednal s velvyslancem\n\n08.03.2017 5:32 | Zprávy\n\n"
            "Hejtman kraje v úterý 7. března 2017 přijal v sídle kraje velvyslance Korejské republiky.\n\n"
            "Hejtman jednal s velvyslancem Korejské republiky\nFoto: archiv hejtmana\n\n"
            "K tématům jednání patřila spolupráce kraje s korejskou provincií.\n")
    assert _extract("cs", text, published=dt.date(2017, 3, 8)).events[0].date == "2017-03-07"


# --- a present tense of meeting or travelling with a weekday tells a plan: the coming day ---

MONDAY = dt.date(2024, 7, 8)


@pytest.mark.parametrize("code,text", [
    ("pl", "Prezydent Ukrainy przybywa w piątek do Warszawy na spotkanie z prezydentem Polski."),
    ("de", "Die Außenministerin trifft am Freitag in Berlin ihren japanischen Amtskollegen."),
    ("et", "Soome välisminister kohtub reedel Tallinnas Eesti välisministriga."),
    ("hu", "A külügyminiszter pénteken Budapesten fogadja szlovák kollégáját."),
    ("en", "The foreign minister meets her Japanese counterpart in Tokyo on Friday."),
    ("ro", "Ministrul afacerilor externe îl primește vineri pe omologul său japonez."),
    ("cs", "Ministr zahraničí v pátek přijíždí do Vídně na jednání s rakouským kolegou."),
    ("ru", "Министр иностранных дел в пятницу принимает в Москве посла Японии."),
    ("sr", "Ministar spoljnih poslova u petak dolazi u Beograd u zvaničnu posetu."),
    ("lt", "Užsienio reikalų ministras penktadienį atvyksta į Varšuvą."),
])
def test_a_weekday_a_present_tense_governs_is_the_coming_one(code, text):
    assert day_of(text, code, "weekday", MONDAY) == dt.date(2024, 7, 12)


@pytest.mark.parametrize("code,text", [
    ("et", "Soome välisminister kohtus reedel Tallinnas Eesti välisministriga."),
    ("de", "Der Außenminister hat am Freitag seinen US-Kollegen in Berlin empfangen."),
    ("de", "Der Minister trifft seinen Amtskollegen im Herbst, teilte das Amt am Freitag mit."),
    ("pl", "Minister przyjmuje ambasadorów co tydzień, co potwierdził w piątek rzecznik."),
])
def test_a_weekday_outside_the_present_clause_stays_past(code, text):
    """Guards: a past verb, a participle after its auxiliary, and a weekday across a comma keep the last such day."""
    assert day_of(text, code, "weekday", MONDAY) == dt.date(2024, 7, 5)


@pytest.mark.parametrize("code,text", [
    ("pl", "Prezydent Ukrainy przybywa w piątek do Warszawy na spotkanie z prezydentem Polski Andrzejem Dudą."),
    ("et", "Soome välisminister Elina Valtonen kohtub reedel Tallinnas Eesti välisministri Margus Tsahknaga."),
    ("en", "Foreign Minister Penny Wong meets her Japanese counterpart Yoko Kamikawa in Tokyo on Friday."),
])
def test_a_meeting_told_in_the_present_with_a_weekday_is_announced_on_the_day_of_writing(code, text):
    ev = _extract(code, text, published=MONDAY).events[0]
    assert (ev.date, ev.type) == ("2024-07-08", "AGREE")


def test_a_day_and_month_a_present_governs_takes_the_coming_year():
    """A day and month without a year in a present clause ("przybywa 2 stycznia") said in July is next January."""
    from kronika.nlp.dates import resolve

    dm = next(d for d in find_dates("Premier Japonii przybywa 2 stycznia do Warszawy.", "pl") if d.kind == "absolute")
    assert resolve(dm, JULY).date == dt.date(2025, 1, 2)


def test_an_agency_urn_dates_the_page_by_its_own_day_not_its_namespace():
    """A dpa URN opens with its namespace's fixed date (20090101); the article's day follows it (150715)."""
    url = ("https://www.example.de/politik/steinmeier-reist-nach-kuba-dpa.urn-newsml-dpa-com-20090101-150715-99-06961")
    text = "Steinmeier reist nach Kuba\n\nBerlin (dpa) - Der Außenminister reist am Abend nach Kuba.\n"
    assert find_published(text, "de", url)[0] == dt.date(2015, 7, 15)


# --- a weekday glossed by its day and month in brackets ("v pondelok (15. 12.)") is that day ---

@pytest.mark.parametrize("code,text,ymd", [
    ("sk", "Minister odcestuje do Bruselu. V pondelok (15. 7.) sa tam zúčastní na zasadnutí Rady EÚ.", (7, 15)),
    ("cs", "Ministr zahraničí ve čtvrtek (4. 7.) jednal ve Vídni s rakouským kolegou.", (7, 4)),
    ("de", "Der Außenminister reist am Donnerstag (11.7.) zu seinem Antrittsbesuch nach Warschau.", (7, 11)),
])
def test_a_weekday_glossed_by_a_bracketed_day_is_that_day(code, text, ymd):
    dm = next(d for d in find_dates(text, code) if d.kind == "absolute")
    assert (dm.m, dm.d) == ymd and dm.weekday


def test_an_announcement_on_a_sunday_of_a_bracketed_monday_is_dated_on_the_sunday():
    text = ("BRATISLAVA - Minister zahraničných vecí Juraj Blanár odcestuje do Bruselu. V pondelok (15. 7.) sa tam "
            "zúčastní na zasadnutí Rady Európskej únie pre zahraničné veci a na rokovaní s ministrom zahraničných "
            "vecí Arménska Araratom Mirzojanom.\n")
    assert _extract("sk", text, published=dt.date(2024, 7, 14)).events[0].date == "2024-07-14"


# --- a URL that files the article by month, an article number after it, dates a yearless day of that month ---

def test_a_month_path_with_an_article_number_gives_a_yearless_day_its_year():
    text = ("Министр иностранных дел России прибыл в Варшаву\n\n, 21:43\n\nГлава внешнеполитического ведомства "
            "России прибыл вечером 1 сентября в Варшаву и проведёт переговоры с главой МИД Польши.\n")
    doc = _extract("ru", text, published=None, url="https://example.ru/politics/2010/09/74722")
    assert doc.events[0].date == "2010-09-01"


def test_a_month_path_followed_by_a_day_is_no_month_path():
    """Guard: "/2016/05/12/" is a full date, not a month with an article number."""
    from kronika.nlp.published import url_month

    assert url_month("https://example.ru/2016/05/12/statya") is None


# --- a site's date of today whose year a weekday-glossed day of the text contradicts dates no page ---

@pytest.mark.parametrize("code,text", [
    ("sl", "8.7 C\nLjubljana\npetek, 26 aprila, 2024\n\nZunanji minister prihodnji teden v ZDA\n\nZunanji minister je danes "
           "napovedal, da gre prihodnji teden na obisk v ZDA. Na veleposlaništvu so potrdili, da bo na obisku v ZDA "
           "v ponedeljek, 7. decembra.\n"),
    ("hr", "Petak, 26. travnja 2024.\n\nMinistar idući tjedan u SAD-u\n\nMinistar vanjskih poslova bit će u "
           "Washingtonu u ponedjeljak, 7. prosinca, potvrdili su iz veleposlanstva.\n"),
])
def test_a_banner_a_glossed_weekday_contradicts_dates_no_page(code, text):
    assert find_published(text, code)[0] is None


def test_a_banner_a_glossed_weekday_agrees_with_still_dates_the_page():
    """Guard: 9 December 2024 is a Monday, as the text says: the banner may be the day of writing."""
    text = ("petek, 6. decembra 2024\n\nZunanji minister prihodnji teden v ZDA\n\nZunanji minister je danes "
            "napovedal obisk v ZDA. Na veleposlaništvu so potrdili, da bo na obisku v ponedeljek, 9. decembra.\n")
    assert find_published(text, "sl")[0] == dt.date(2024, 12, 6)


# --- a case ending of "until" ("május 9-ig", "9. maini") makes a date end something, as UNTIL words do ---

@pytest.mark.parametrize("code,text", [
    ("hu", "A miniszter látogatása május 9-ig tart."),
    ("hu", "A miniszter látogatása május 9-éig tart."),
    ("et", "Ministri visiit kestab 9. maini."),
])
def test_an_until_ending_marks_the_end_of_a_stay(code, text):
    assert [d.until for d in find_dates(text, code) if d.kind == "absolute"] == [True]


@pytest.mark.parametrize("code,text", [
    ("hu", "A miniszterek május 9-én találkoztak."),
    ("et", "Ministrid kohtusid 9. mail."),
])
def test_a_plain_day_is_no_until_day(code, text):
    """Guard: the day of a meeting ("május 9-én", "9. mail") ends nothing."""
    assert [d.until for d in find_dates(text, code) if d.kind == "absolute"] == [False]



# --- a perfective present is a future: pymorphy's reading for ru and uk, listed forms for pl, cs, sk ---

@pytest.mark.parametrize("code,text", [
    ("ru", "Министр иностранных дел в пятницу вылетит в Токио."),
    ("ru", "Министр в пятницу вручит верительные грамоты президенту."),
    ("uk", "Міністр закордонних справ у п'ятницю прилетить до Токіо."),
    ("pl", "Minister spraw zagranicznych w piątek poleci do Tokio."),
    ("cs", "Ministr zahraničí v pátek odletí do Tokia."),
    ("sk", "Minister v piatok odovzdá poverovacie listiny prezidentovi."),
])
def test_a_weekday_of_a_perfective_present_is_the_coming_one(code, text):
    assert day_of(text, code, "weekday", MONDAY) == dt.date(2024, 7, 12)


@pytest.mark.parametrize("code,text", [
    ("ru", "Министр иностранных дел в пятницу посетил Токио."),
    ("uk", "Міністр закордонних справ у п'ятницю відвідав Токіо."),
    ("cs", "Ministr zahraničí se v pátek zúčastnil fóra."),
])
def test_a_weekday_of_a_perfective_past_stays_past(code, text):
    """Guards: the past of the same verbs keeps the last such day."""
    assert day_of(text, code, "weekday", MONDAY) == dt.date(2024, 7, 5)


# --- a URL path of day, month and year joined by hyphens dates the page ---

@pytest.mark.parametrize("url,day", [
    ("https://www.example.rs/vesti/politika/predsednik-sutra-sa-ambasadorom-22-5-2022", dt.date(2022, 5, 22)),
    ("https://example.com.ua/publication/25-09-20191017443", dt.date(2019, 9, 25)),
])
def test_a_url_of_day_month_year_dates_the_page(url, day):
    text = "Predsednik sutra sa ambasadorom\n\nPredsednik će se sutra sastati sa ambasadorom.\n"
    assert find_published(text, "sr", url)[0] == day


def test_a_range_of_years_in_a_url_is_no_date():
    """Guard: "…-2-3-2020-2022" (a score and a span of years) is no day, month and year."""
    text = "Predsednik sutra sa ambasadorom\n\nPredsednik će se sutra sastati sa ambasadorom.\n"
    assert find_published(text, "sr", "https://www.example.rs/vesti/izvestaj-2-3-2020-2022")[0] is None


@pytest.mark.parametrize("code,text", [
    ("de", "Außenministerin Annalena Baerbock empfängt am Freitag in Berlin ihren chinesischen Amtskollegen Qin Gang."),
    ("ro", "Ministrul afacerilor externe Emil Hurezeanu îl primește vineri pe omologul său japonez Takeshi Iwaya."),
    ("ru", "Министр иностранных дел Сергей Лавров в пятницу принимает в Москве главу МИД Японии Ёко Камикаву."),
])
def test_a_meeting_received_in_the_present_with_a_weekday_is_announced(code, text):
    """The present of receiving ("empfängt", "primește", "принимает") is a meeting's trigger as its past is."""
    ev = _extract(code, text, published=MONDAY).events[0]
    assert (ev.date, ev.type) == ("2024-07-08", "AGREE")


@pytest.mark.parametrize("code,text", [
    ("de", "Der Bundeskanzler werde am Freitag mit dem US-Außenminister zusammentreffen, sagte der Sprecher."),
    ("ro", "Ministrul ungar de externe merge vineri la Washington."),
])
def test_reported_futures_and_goings_make_the_coming_weekday(code, text):
    """de "werde" (the future of reported speech), ro "merge" (goes)."""
    assert day_of(text, code, "weekday", MONDAY) == dt.date(2024, 7, 12)


def test_a_romanian_weekday_with_the_cedilla_is_read():
    """"marţi" (t with cedilla, as older Romanian text writes it) is Tuesday, as "marți" is."""
    assert [d.weekday for d in find_dates("Ministrul a declarat că marţi va efectua o vizită.", "ro")
            if d.kind == "weekday"] == [2]
