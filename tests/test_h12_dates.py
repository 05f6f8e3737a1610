"""Issue 9, dates (h12): publication dates from an archive's article number, a year glued to page chrome,
an agency's dateline below a site's date of today; which mention dates the event."""
from __future__ import annotations

import datetime as dt

import pytest

from kronika.nlp.dates import find_dates
from kronika.nlp.published import find_published
from extracting import day_of


# --- an archive's article number opens with a date of the last century ---

@pytest.mark.parametrize("url,day", [
    ("https://news.example.kr/article/1989013000251", dt.date(1989, 1, 30)),
    ("https://news.example.kr/article/1997120400871", dt.date(1997, 12, 4)),
    ("https://news.example.kr/article/2022081703121", dt.date(2022, 8, 17)),
])
def test_an_article_number_dates_the_page_in_any_decade(url, day):
    text = "헝가리 차관이 29일 하오 내한했다.\n양국 관계를 논의할 예정이다."
    assert find_published(text, "ko", url)[0] == day


# --- a year glued to the next word of the page chrome ---

@pytest.mark.parametrize("code,text,ymd", [
    ("sk", "Piatok 6. december 2025Meniny má Mikuláš", (2025, 12, 6)),
    ("cs", "Úterý 3. června 2025Svátek má Kevin", (2025, 6, 3)),
    ("pl", "Środa, 4 czerwca 2025Imieniny obchodzą", (2025, 6, 4)),
])
def test_a_year_glued_to_a_capitalised_word_is_read(code, text, ymd):
    full = [d for d in find_dates(text, code) if d.kind == "absolute"]
    assert full and (full[0].y, full[0].m, full[0].d) == ymd


def test_a_number_glued_to_a_small_word_stays_no_year():
    """"2025meniny" is one token; only a capital opens a new word on the page."""
    assert not any(d.y for d in find_dates("6. december 2025meniny", "sk"))


# --- an agency's dateline below the site's date of today ---

def test_a_dateline_below_a_site_banner_dates_the_page():
    text = ("Spravodajský portál\nSobota 6. december 2025Meniny má Mikuláš\n\n"
            "Veľvyslanec navštívil Soul\n\n"
            "Soul 5. marca (TASR) - Veľvyslanec je tento týždeň na návšteve Kórey, uviedlo v stredu "
            "veľvyslanectvo.\n")
    assert find_published(text, "sk")[0] == dt.date(2025, 3, 5)


def test_a_dateline_later_in_the_year_than_the_banner_is_of_the_year_before():
    text = ("Pondelok 12. januára 2026\n\nMinister v Tokiu\n\n"
            "Tokio 18. decembra (TASR) - Minister sa vo štvrtok stretol s japonským kolegom.\n")
    assert find_published(text, "sk")[0] == dt.date(2025, 12, 18)


def test_a_timed_stamp_keeps_its_day_over_the_dateline():
    """A stamp with a time is the page's own publication, whatever day the agency wrote."""
    text = ("16.05.2024 10:15\n\nMinister v Soule\n\n"
            "Soul 15. mája (TASR) - Minister sa v stredu stretol s kórejským kolegom.\n")
    assert find_published(text, "sk")[0] == dt.date(2024, 5, 16)


# --- a day and month without a year take the tense of their clause ---

JULY = dt.date(2024, 7, 10)


@pytest.mark.parametrize("code,text,iso", [
    ("ru", "Министр посетит Токио 12 октября.", "2024-10-12"),
    ("sr", "Ministar će 14. novembra posetiti Seul.", "2024-11-14"),
    ("pl", "Minister odwiedzi Seul 20 listopada.", "2024-11-20"),
    ("en", "The minister will visit Tokyo on 12 October.", "2024-10-12"),
    ("ru", "Министр посетил Токио 12 октября.", "2023-10-12"),  # past: last October's
    ("sr", "Ministar je 14. novembra posetio Seul.", "2023-11-14"),
])
def test_a_yearless_day_takes_the_year_its_tense_gives(code, text, iso):
    assert day_of(text, code, "absolute", JULY).isoformat() == iso


def test_a_future_day_a_few_days_past_is_still_this_years():
    """A report that comes out after a visit it announced has begun ("will stay until ...") keeps the year."""
    from kronika.nlp.dates import resolve

    dm = next(d for d in find_dates("Министр посетит Токио 8 июля.", "ru") if d.kind == "absolute")
    assert resolve(dm, JULY).date == dt.date(2024, 7, 8)


@pytest.mark.parametrize("code,text", [
    ("ru", "Министр иностранных дел Польши посетит Токио 12 октября и проведет переговоры с японским коллегой."),
    ("sr", "Ministar spoljnih poslova Srbije će 14. novembra posetiti Seul, gde će se sastati sa korejskim kolegom."),
])
def test_a_visit_announced_for_a_later_month_is_dated_on_the_announcement(code, text):
    from kronika.events.document import extract_document
    from kronika.model import Document

    doc = Document(id="t", text=text + "\n\nOb etom soobshchili v ministerstve.\n")
    events = [e for e in extract_document(doc, code, published=JULY).events if e.type]
    assert events[0].type == "AGREE" and events[0].date == JULY.isoformat()


# --- a URL that files the page under a month ---

BANNERED = ("Четвер , 28.03.2024\n\nМісто шукає побратима у Японії\n\n"
            "У середу, 18 травня, з офіційним візитом у місті перебував Посол Японії Шігекі Сумі. "
            "У міській раді з японською делегацією зустрівся міський голова Сергій Надал.\n")
FILED = "https://city.example.ua/2016/05/misto-shukaie-pobratyma/"


def test_a_url_month_outvotes_a_banner_of_another_year():
    assert find_published(BANNERED, "uk", FILED)[0] is None
    # no URL: the banner is all there is, but "У середу, 18 травня" falls on no Wednesday near 28.03.2024 (it is
    # 2016's): the banner is the day the page was read, so no publication date (h14 changed this on purpose)
    assert find_published(BANNERED, "uk", None)[0] is None


def test_the_url_month_dates_the_text_and_its_yearless_day():
    from kronika.events.document import extract_document
    from kronika.model import Document
    from kronika.nlp.published import context_month

    assert context_month(BANNERED, "uk", url=FILED) == (2016, 5)
    assert context_month(BANNERED, "uk", url="https://city.example.ua/2016/05/17/x/") is None  # a full date
    ev = extract_document(Document(id="t", text=BANNERED, url=FILED), "uk").events[0]
    assert ev.date == "2016-05-18"


def test_a_yearless_day_whose_weekday_disagrees_with_the_url_month_stays_undated():
    from kronika.events.document import extract_document
    from kronika.model import Document

    text = BANNERED.replace("У середу, 18 травня", "У п'ятницу, 18 травня")  # 18 May 2016 was a Wednesday
    ev = extract_document(Document(id="t", text=text, url=FILED), "uk").events[0]
    assert ev.date != "2016-05-18"


# --- a platform's stamp in English above a post in another language ---

@pytest.mark.parametrize("code,body", [
    ("ru", "Губернатор Токио после встречи с мэром Москвы заявил, что столицы возобновят обмен визитами."),
    ("pl", "Ambasador Japonii spotkał się z marszałkiem województwa, aby omówić współpracę gospodarczą."),
    ("uk", "Посол Кореї зустрівся з міським головою, щоб обговорити співпрацю між містами-побратимами."),
])
def test_an_english_platform_stamp_dates_a_post_in_another_language(code, body):
    text = f"Mayors plan visits\n\nSep 08, 2014 14:00\n\n\n{body}\n"
    assert find_published(text, code)[0] == dt.date(2014, 9, 8)


def test_the_texts_own_stamp_beats_an_english_one():
    text = "Zapowiedź wizyty\n\n12 września 2014, 10:00\n\nSep 08, 2014 14:00\n\nAmbasador Japonii spotkał się z marszałkiem.\n"
    assert find_published(text, "pl")[0] == dt.date(2014, 9, 12)


# --- a related-articles box whose items each have a teaser sentence and a stamp ---

RELATED_BOX = ("Predsednik se sastao sa premijerom Japana\n"
               "Predsednik se danas u Tokiju sastao sa predsednikom vlade Japana, a sastanku su prisustvovali "
               "i ministri trgovine i nauke, kao i predsednik Privredne komore.\n"
               "Posetu Japanu predsednik završava sutra.\n"
               "Preporučujemo\n"
               "VOJNICI NA FRONTU: \"U gradu je pravi pakao, borbe se nastavljaju\"\n"
               "Pešadija je prodrla u gradske granice jednog od glavnih ciljeva, preteći da ga opkoli.\n"
               "29. 10. 2025. u 17:43\n"
               "SANKCIJE ODLOŽENE: Generalna dozvola do aprila\n"
               "Sjedinjene Države su danas izdale generalnu dozvolu kojom se odlažu sankcije.\n"
               "29. 10. 2025. u 16:17\n")


def test_a_related_box_with_teasers_and_stamps_ends_the_article():
    from kronika.nlp.published import article_end

    assert article_end(RELATED_BOX, "sr") == RELATED_BOX.index("Preporučujemo")
    assert find_published(RELATED_BOX, "sr")[0] is None  # the items' stamps date other articles


def test_a_label_before_the_story_going_on_in_sentences_does_not_end_it():
    from kronika.nlp.published import article_end

    text = RELATED_BOX.split("Preporučujemo")[0] + (
        "Preporučujemo\nPredsednik je tom prilikom pozvao japanskog premijera da poseti Srbiju iduće godine.\n")
    assert article_end(text, "sr") == len(text)


# --- a stamp's rubric after a bar is no text of its line ---

def test_a_timed_stamp_with_a_rubric_beats_the_sites_date_of_today():
    text = ("Информационное агентство\n20 Сентября 2024\nСейчас 13:36\n"
            "12:56, 17 Февраля 2012 | Новости политики Сахалина и Курил\n\n"
            "Консул завершает работу в Южно-Сахалинске\n\n"
            "Иностранный дипломат встретился с главой Южно-Сахалинска и поблагодарил его за сотрудничество.\n")
    assert find_published(text, "ru")[0] == dt.date(2012, 2, 17)


def test_a_lone_stamp_with_a_rubric_still_dates_the_page():
    text = "25. 7. 2025 – 15:28 | Zpravodajství | Jana Nováková\n\nPrezidenta přijal japonský císař Naruhito.\n"
    assert find_published(text, "cs")[0] == dt.date(2025, 7, 25)
