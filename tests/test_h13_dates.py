"""Issue 9, dates (h13): which day, month and year the main event's date takes."""
from __future__ import annotations

import datetime as dt

import pytest

from kronika.nlp.dates import find_dates, resolve
from extracting import day_of

JULY = dt.date(2024, 7, 10)  # a Wednesday


def _extract(code: str, text: str, published: dt.date | None = JULY, url: str | None = None):
    from kronika.events.document import extract_document
    from kronika.model import Document

    return extract_document(Document(id="t", text=text, url=url), code, published=published)


# --- verbs of wanting, considering and inviting put a bare month, day or weekday ahead ---

@pytest.mark.parametrize("code,text", [
    ("hu", "Szijjártó Péter külügyminiszter októberben Tokióba akar látogatni."),
    ("hu", "A miniszter szeretne októberben Japánba utazni."),
    ("ru", "Министр иностранных дел хочет посетить Токио в октябре."),
    ("ru", "МИД рассматривает возможность визита министра в Москву в октябре."),
    ("pl", "Minister spraw zagranicznych chce odwiedzić Tokio w październiku."),
    ("de", "Die Außenministerin hat ihre Amtskollegin eingeladen, im Oktober Berlin zu besuchen."),
    ("cs", "Ministr chce v říjnu navštívit Tokio."),
    ("bg", "Министърът иска да посети Токио през октомври."),
])
def test_a_month_a_visit_is_wanted_in_is_still_to_come(code, text):
    assert day_of(text, code, "month", JULY) == dt.date(2024, 10, 1)


@pytest.mark.parametrize("code,text", [
    ("hu", "A miniszter októberben Tokióba látogatott."),
    ("ru", "Министр иностранных дел посетил Токио в октябре."),
    ("pl", "Minister spraw zagranicznych odwiedził Tokio w październiku."),
])
def test_a_month_of_a_visit_done_is_still_the_last(code, text):
    """Guard: without a wish or a future, "in October" said in July is last October's."""
    assert day_of(text, code, "month", JULY) == dt.date(2023, 10, 1)


@pytest.mark.parametrize("code,text", [
    ("hu", "Szijjártó Péter októberben Tokióba akar látogatni\n\nSzijjártó Péter külügyminiszter októberben "
           "Tokióba akar látogatni, ahol japán kollégájával, Kamikava Jokóval tárgyalna."),
    ("ru", "Лавров хочет посетить Токио в октябре\n\nМинистр иностранных дел России Сергей Лавров хочет посетить "
           "Токио в октябре и встретиться с японским коллегой Ёко Камикавой, сообщил источник."),
    ("pl", "Sikorski chce odwiedzić Tokio w październiku\n\nMinister spraw zagranicznych Radosław Sikorski chce "
           "odwiedzić Tokio w październiku i spotkać się z japońską minister Yoko Kamikawą – poinformował rzecznik."),
])
def test_a_wished_visit_is_not_dated_to_last_years_month(code, text):
    ev = _extract(code, text).events[0]
    assert ev.date == JULY.isoformat()


@pytest.mark.parametrize("code,text", [
    ("ru", "Министр в пятницу провёл телефонный разговор с японским коллегой и пригласил его посетить Москву."),
    ("sk", "Prezident v piatok večer telefonoval s japonskou premiérkou a pozval ju na návštevu."),
    ("en", "The minister on Friday spoke by phone with his Japanese counterpart and invited him to visit Warsaw."),
])
def test_the_day_of_a_call_that_ends_in_an_invitation_is_past(code, text):
    """Guard: the verb of inviting governs what follows it; the call's weekday before it is the last Friday."""
    assert day_of(text, code, "weekday", JULY) == dt.date(2024, 7, 5)


# --- a "since" day starts a stay still going on: not the day of the event reported ---

@pytest.mark.parametrize("code,text", [
    ("sr", "Predsednik od 14. septembra boravi u radnoj poseti Japanu."),
    ("ru", "Министр с 14 сентября находится с визитом в Японии."),
    ("pl", "Minister od 14 września przebywa z wizytą w Japonii."),
    ("en", "The minister has been in Japan since 14 September."),
    ("de", "Der Minister ist seit dem 14. September in Japan."),
])
def test_a_since_day_is_marked(code, text):
    dm = next(d for d in find_dates(text, code) if d.kind == "absolute")
    assert dm.since and not dm.until


@pytest.mark.parametrize("code,text", [
    ("sr", "Predsednik će boraviti u Japanu od 14. do 17. septembra."),
    ("ru", "Министр посетит Японию с 14 по 17 сентября."),
    ("sr", "Predsednik je 14. septembra doputovao u Japan."),
])
def test_a_range_or_a_plain_day_is_no_since_day(code, text):
    """Guard: "od 14. do 17." is a range, whose first day is the visit's."""
    dm = next(d for d in find_dates(text, code) if d.kind == "absolute")
    assert not getattr(dm, "since", False)  # (the field is new: on the parent every day is no since day)


def test_the_start_of_a_stay_does_not_date_todays_meeting():
    text = (" date 2025-09 Predsednik se sastao sa premijerom Japana\n"
            "Predsednik Aleksandar Vučić sastao se u Tokiju sa predsednikom vlade Japana Šigeruom Išibom. "
            "Predsednik Vučić od 14. septembra boravi u radnoj poseti Japanu.\n")
    ev = _extract("sr", text, published=None).events[0]
    assert ev.date != "2025-09-14"


# --- a relative day glossed with a date pins the day of writing ---

@pytest.mark.parametrize("code,text,iso", [
    ("sr", " date 2025-09 Predsednik se sastao sa premijerom Japana\nPredsednik Aleksandar Vučić sastao se danas u "
           "Tokiju sa predsednikom vlade Japana Šigeruom Išibom.\nPosetu Japanu predsednik Vučić završava sutra, "
           "17. septembra.\n", "2025-09-16"),
    ("sk", " date 2024-01 Premiér rokoval s japonským veľvyslancom\nPredseda vlády Robert Fico dnes rokoval s "
           "japonským veľvyslancom Kenom Hattorim. Zajtra (23. januára) odcestuje do Bruselu.\n", "2024-01-22"),
])
def test_a_glossed_relative_day_dates_a_text_dated_to_a_month(code, text, iso):
    ev = _extract(code, text, published=None).events[0]
    assert ev.date == iso


@pytest.mark.parametrize("code,text", [
    ("sk", "Pondelok 12. februára 2024\nPremiér rokoval s japonským veľvyslancom\nPredseda vlády Robert Fico dnes "
           "(22. januára) rokoval s japonským veľvyslancom Kenom Hattorim o investíciách.\n"),
    ("en", "Monday, 12 February 2024\nMinister meets Japanese ambassador\nThe foreign minister met the Japanese "
           "ambassador Ken Hattori today (22 January) to discuss investment.\n"),
    ("sr", "Ponedeljak, 12. februar 2024.\nMinistar se sastao sa japanskim ambasadorom\nMinistar spoljnih poslova "
           "Marko Đurić sastao se danas, 22. januara, sa ambasadorom Japana Akirom Imamurom.\n"),
])
def test_a_glossed_today_beats_a_sites_date_of_today(code, text):
    from kronika.nlp.published import find_published

    assert find_published(text, code)[0] == dt.date(2024, 1, 22)
    assert _extract(code, text, published=None).events[0].date == "2024-01-22"


def test_a_gloss_of_the_banners_own_day_keeps_it():
    """Guard: "danas, 12. februara" under "Ponedeljak, 12. februar 2024" agrees with the banner."""
    from kronika.nlp.published import find_published

    text = ("Ponedeljak, 12. februar 2024.\nMinistar se sastao sa japanskim ambasadorom\nMinistar spoljnih poslova "
            "sastao se danas, 12. februara, sa ambasadorom Japana.\n")
    assert find_published(text, "sr")[0] == dt.date(2024, 2, 12)


# --- the stamps of a list of other articles give no year to the article's days ---

def test_a_related_lists_stamps_give_no_year_to_a_yearless_day():
    text = ("Ministar se sastao sa japanskim kolegom\n"
            "Ministar spoljnih poslova Srbije sastao se u sredu, 12. aprila, u Beogradu sa japanskim kolegom "
            "Jošimasom Hajašijem. Prethodni susret održan je 5. marta 2023. godine u Tokiju.\n"
            "Preporučujemo\n"
            "Tramp saopštio udarnu vest o Grenlandu u Davosu\n"
            "21. 01. 2026. u 16:48\n"
            "Ministar finansija o budžetu za narednu godinu\n"
            "12. 05. 2025. u 15:13\n")
    ev = _extract("sr", text, published=None).events[0]
    assert ev.date == "2023-04-12"  # a Wednesday, in the year the article's own full date gives


@pytest.mark.parametrize("code,text", [
    ("sk", "Premiér navštívi tri krajiny. Cesta, ktorá sa začne v piatok, potrvá týždeň."),
    ("ru", "Премьер-министр посетит три страны. Поездка, которая начнётся в пятницу, продлится неделю."),
    ("pl", "Premier odwiedzi trzy kraje. Podróż, która rozpocznie się w piątek, potrwa tydzień."),
])
def test_the_day_a_journey_will_begin_is_the_coming_one(code, text):
    assert day_of(text, code, "weekday", JULY) == dt.date(2024, 7, 12)


# --- a month-only date line takes the day its dateline opens with, not a day the story names ---

def test_a_day_further_down_the_first_line_does_not_date_the_page():
    from kronika.nlp.published import find_published

    text = (" date 2024-09 Jihokorejský prezident Jun Sok-jol přiletí ve druhé polovině září do Česka. Radiožurnálu "
            "to potvrdila mluvčí vlády. Podle informací ze tří zdrojů by měl být jihokorejský prezident v Česku "
            "konkrétně 19. září.\n\nSoul/Praha 4. září 2024\n")
    assert find_published(text, "cs")[0] != dt.date(2024, 9, 19)


def test_a_dateline_right_after_the_month_line_still_dates_the_page():
    """Guard: "date 2022-12 Baku, 3. Dezember (dpa) –" is the agency's day."""
    from kronika.nlp.published import find_published

    text = " date 2022-12 Baku, 3. Dezember (dpa) - Der Außenminister traf am Samstag seinen Amtskollegen.\n"
    assert find_published(text, "de")[0] == dt.date(2022, 12, 3)


# --- an embedded post's signature gives a yearless day its year ---

def test_an_embedded_posts_date_gives_the_year():
    text = ("Глава МИД Японии прибыл в Киев\n"
            "В субботу, 9 сентября, в Киев прибыл министр иностранных дел Японии Ёсимаса Хаяси и встретился "
            "с министром иностранных дел Украины Дмитрием Кулебой.\n"
            "Министр иностранных дел Японии прибыл в Украину. pic.twitter.com/0yv9f5Ka3H\n"
            "— Посольство Японии в Украине (@JPEmbUA) September 9, 2023\n")
    assert _extract("ru", text, published=None).events[0].date == "2023-09-09"


# --- a site of a country that writes the day first does so in English too ---

@pytest.mark.parametrize("url,ymd", [
    ("http://www2.gov.si/up-rs/2002-2007/press-release", (2005, 5, 12)),
    ("https://www.mzv.cz/jnp/en/news/meeting.html", (2005, 5, 12)),
    ("https://www.example.com/news/meeting.html", (2005, 12, 5)),  # no country: the month first, as in America
    (None, (2005, 12, 5)),
])
def test_a_slash_date_is_read_as_the_sites_country_writes_it(url, ymd):
    text = "Ljubljana, 12/05/2005 | press release\nThe President today received the Foreign Minister of Korea.\n"
    found = find_dates(text, "en", url=url) if url else find_dates(text, "en")
    dm = next(d for d in found if d.kind == "absolute")
    assert (dm.y, dm.m, dm.d) == ymd


def test_a_slash_date_whose_first_number_cannot_be_a_month_is_day_first_anywhere():
    """Guard: "25/05/2005" is 25 May on any site."""
    dm = next(d for d in find_dates("Published 25/05/2005", "en") if d.kind == "absolute")
    assert (dm.m, dm.d) == (5, 25)


# --- a part of a month still to come is the announced visit's own time ---

def test_a_visit_announced_for_late_in_the_month_keeps_its_visitor():
    text = ("Jihokorejský prezident přiletí do Česka\n\nJihokorejský prezident Jun Sok-jol přiletí ve druhé polovině "
            "září do Česka. Radiožurnálu to potvrdila mluvčí vlády Lucie Ješátková.\n")
    ev = _extract("cs", text, published=dt.date(2024, 9, 4)).events[0]
    assert ev.date == "2024-09-04" and any("Yoon" in p.name for p in ev.persons)


# --- a date beside exchange rates is the site's date of today ---

def test_a_date_above_exchange_rates_does_not_date_the_page():
    from kronika.nlp.published import find_published

    text = ("19 марта 2024\nUSD 91.98 +0.11 EUR 100.24 +0.27\nГлавная страница\n\n"
            "Премьер Японии намерен встретиться с Путиным\n\nПремьер-министр Японии заявил в четверг, что намерен "
            "встретиться с президентом России до конца года.\n")
    assert find_published(text, "ru")[0] is None


def test_a_stamp_without_rates_still_dates_the_page():
    """Guard: the same line without a ticker under it is the page's stamp."""
    from kronika.nlp.published import find_published

    text = ("19 марта 2024\nГлавная страница\n\nПремьер Японии намерен встретиться с Путиным\n\nПремьер-министр "
            "Японии заявил в четверг, что намерен встретиться с президентом России до конца года.\n")
    assert find_published(text, "ru")[0] == dt.date(2024, 3, 19)


def test_the_wednesday_whose_meeting_the_topics_will_be_of_is_the_coming_one():
    text = ("Aktualna sytuacja w Ukrainie znajdą się wśród tematów środowego spotkania premiera z premierem Japonii.")
    dm = next(d for d in find_dates(text, "pl") if d.kind == "weekday")
    assert resolve(dm, dt.date(2023, 3, 21)).date == dt.date(2023, 3, 22)


def test_a_rate_of_the_day_line_gives_no_stamp():
    from kronika.nlp.published import find_published

    text = ("Курсы валют:\nОбменный курс USD по ЦБ РФ на 26.04.2024 : 92,1314\n\n"
            "В Токио открылось заседание Совета\n\nВ Токио открылось заседание российско-японского Совета мудрецов.\n")
    assert find_published(text, "ru")[0] is None


@pytest.mark.parametrize("code,text", [
    ("bg", "Президентът и съпругата му започват от събота петдневно посещение в Япония."),
    ("cs", "Prezident začíná v sobotu pětidenní návštěvu Japonska."),
])
def test_a_visit_that_begins_on_a_weekday_begins_on_the_coming_one(code, text):
    assert day_of(text, code, "weekday", dt.date(2025, 5, 14)) == dt.date(2025, 5, 17)
