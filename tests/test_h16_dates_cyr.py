"""h16/dates-cyr: dates of the main and further events in ru, uk, be, bg, mk, sr (Cyrillic and Latin)."""
from __future__ import annotations

import pytest

STAMP = "16.05.2024 10:04\n"  # a page's stamp: written on Thursday, 16 May 2024


def _extract(code: str, text: str):
    from kronika.events.document import extract_document
    from kronika.model import Document

    return extract_document(Document(id="t", text=text, url=None), code)


def _years(code: str, text: str):
    from kronika.nlp.dates import find_dates

    return [(d.kind, d.y) for d in find_dates(text, code)]


# --- a lone year in the genitive of time ("2019. godine", "2019 року") or after "през" dates by itself ---

@pytest.mark.parametrize("code,text", [
    ("sr", "Predsednik Srbije posetio je 2019. godine Japan u zvaničnoj poseti."),
    ("sr", "Председник Србије посетио је Јапан 2019. године."),
    ("uk", "Президент України відвідав Японію 2019 року."),
    ("bg", "През 2019 г. президентът на България посети Япония."),
    ("ru", "Осенью 2019 года министр иностранных дел России посетил Токио."),
    ("be", "Восенню 2019 года міністр замежных спраў Беларусі наведаў Пекін."),
])
def test_a_lone_year_is_a_date(code, text):
    assert _years(code, text) == [("year", 2019)]


@pytest.mark.parametrize("code,text", [
    ("sr", "Sankcije važe od 2019. godine."),
    ("sr", "Rok je do kraja 2019. godine."),
    ("uk", "Санкції діють з 2019 року."),
    ("uk", "Угоду виконають до кінця 2019 року."),
    ("ru", "Соглашение выполнят до конца 2019 года."),
    ("ru", "Санкции действуют с 2019 года."),
])
def test_a_year_bounding_something_is_no_date(code, text):
    # a guard (passes on the parent too): the bounds YEAR_ALONE must not turn into dates
    assert _years(code, text) == []


@pytest.mark.parametrize("code,lead,recalled", [
    ("sr", "Ministar spoljnih poslova Srbije sastao se danas u Beogradu sa ambasadorom Japana Akirom Imamurom.",
     "Predsednik Srbije posetio je 2019. godine Japan u zvaničnoj poseti."),
    ("bg", "Министърът на външните работи на България се срещна днес в София с посланика на Япония Хисаши Мичигами.",
     "През 2019 г. президентът на България посети Япония на официално посещение."),
])
def test_a_visit_of_a_lone_year_is_a_further_event(code, lead, recalled):
    doc = _extract(code, STAMP + lead + " " + recalled + "\n")
    assert [(e.date, e.date_precision) for e in doc.events] == [("2024-05-16", "day"), ("2019-01-01", "year")]


# --- an agency's dateline days before the page's stamp: the wire's day is the text's today ---

@pytest.mark.parametrize("code,lead,want", [
    ("ru", "МОСКВА, 14 мая /ТАСС/. Министр иностранных дел России встретился с послом Японии Акирой Мураками.",
     "2024-05-14"),
    ("uk", "КИЇВ, 14 травня /Укрінформ/. Міністр закордонних справ України напередодні зустрівся з послом Японії "
           "Мацудою Кунінорі.", "2024-05-13"),
    ("be", "МІНСК, 14 мая (БЕЛТА). Міністр замежных спраў Беларусі сустрэўся з паслом Кітая Чжан Вэньчуанем.",
     "2024-05-14"),
    ("bg", "София, 14 май (БТА) - Министърът на външните работи на България се срещна вчера с посланика на Япония "
           "Хисаши Мичигами.", "2024-05-13"),
    ("mk", "Скопје, 14 мај 2024 (МИА) - Министерот за надворешни работи на Северна Македонија се сретна со "
           "амбасадорот на Јапонија Казуја Оцука.", "2024-05-14"),
    ("sr", "BEOGRAD, 14. maja (Tanjug) - Ministar spoljnih poslova Srbije sastao se sa ambasadorom Japana Akirom "
           "Imamurom.", "2024-05-14"),
])
def test_a_wire_carried_later_tells_the_news_of_its_dateline(code, lead, want):
    doc = _extract(code, STAMP + lead + "\n")
    assert doc.published == "2024-05-16"
    assert doc.events[0].date == want


def test_a_dateline_of_the_stamps_day_keeps_its_yesterday():
    # the guard: dateline and stamp agree, "вчера" is the day before both
    doc = _extract("bg", "16.05.2024 10:04\nСофия, 16 май (БТА) - Министърът на външните работи на България се "
                         "срещна вчера с посланика на Япония Хисаши Мичигами.\n")
    assert doc.events[0].date == "2024-05-15"


# --- a stamp's clock ending the line above is no cited document's number ---

@pytest.mark.parametrize("code,lead", [
    ("ru", "С 30 апреля по 2 мая министр иностранных дел России находился с визитом в Японии и провёл переговоры "
           "в Токио."),
    ("bg", "От 30 април до 2 май министърът на външните работи на България беше на посещение в Япония и проведе "
           "разговори в Токио."),
    ("sr", "Od 30. aprila do 2. maja ministar spoljnih poslova Srbije boravio je u poseti Japanu i razgovarao u "
           "Tokiju."),
])
def test_a_range_under_a_stamp_with_its_clock(code, lead):
    doc = _extract(code, STAMP + lead + "\n")
    assert (doc.events[0].date, doc.events[0].date_end) == ("2024-04-30", "2024-05-02")


def test_a_cited_document_still_dates_nothing():
    # a guard: _DOCUMENT_DATE on one line still finds the number and its "от" that share one
    from kronika.nlp.analyze import _cites_document

    text = "резолюции № 2321 от 30 ноября 2016 года"
    assert _cites_document(text, text.index("30"))


# --- a day with its ordinal ending ("12-го серпня", "на 12-и август") ---

@pytest.mark.parametrize("code,lead", [
    ("ru", "Министр иностранных дел России 12-го мая встретился с послом Японии Акирой Мураками."),
    ("uk", "Міністр закордонних справ України 12-го травня зустрівся з послом Японії Мацудою Кунінорі."),
    ("be", "Міністр замежных спраў Беларусі 12-га мая сустрэўся з паслом Кітая Чжан Вэньчуанем."),
    ("bg", "Министърът на външните работи на България се срещна на 12-и май с посланика на Япония Хисаши Мичигами."),
    ("mk", "Министерот за надворешни работи на Северна Македонија на 12-ти мај се сретна со амбасадорот на Јапонија "
           "Казуја Оцука."),
])
def test_a_day_with_its_ordinal_ending(code, lead):
    assert _extract(code, STAMP + lead + "\n").events[0].date == "2024-05-12"


# --- an undated page recalls no history older than the latest year it writes anywhere ---

def test_an_undated_story_recalls_no_visit_decades_before_its_page():
    text = ("VUČIĆ SE SASTAO SA PREDSEDNIKOM VLADE JAPANA\n"
            "Predsednik Aleksandar Vučić sastao se danas u Tokiju sa predsednikom vlade Japana Šigeru Išibom.\n"
            "Vučić je podsetio na posetu tadašnjeg princa Akihita Beogradu 1976. godine.\n"
            "Preporučujemo\nTRAMP SAOPŠTIO UDARNU VEST O GRENLANDU\n21. 01. 2026. u 15:13\n")
    doc = _extract("sr", text)
    assert "1976-01-01" not in [e.date for e in doc.events]  # a guard: "1976. godine" is a date since h16


# --- a month in an invitation's clause is still to come ---

@pytest.mark.parametrize("code,text", [
    ("sr", "RTS 16.07.2019\nPredsednik Srbije razgovarao je sa ambasadorom Japana Đunićijem Marujamom i rekao da mu "
           "je čast da prihvati poziv da u oktobru prisustvuje ceremoniji krunisanja u Japanu.\n"),
])
def test_a_month_in_an_invitation_is_no_earlier_contact(code, text):
    doc = _extract(code, text)
    assert [e.date for e in doc.events] == ["2019-07-16"]


# --- a meeting told without a day is not dated by a later sentence's day of arrival ---

_THU = "19.10.2023 14:32\n"  # written on Thursday, 19 October 2023


@pytest.mark.parametrize("code,text", [
    ("ru", "Лидер КНДР Ким Чен Ын принял в Пхеньяне министра иностранных дел России Сергея Лаврова. Лавров прибыл "
           "в КНДР накануне с двухдневным визитом."),
    ("uk", "Лідер КНДР Кім Чен Ин прийняв у Пхеньяні міністра закордонних справ Росії Сергія Лаврова. Лавров прибув "
           "до КНДР у середу з дводенним візитом."),
    ("be", "Лідар КНДР Кім Чэн Ын прыняў у Пхеньяне міністра замежных спраў Расіі Сяргея Лаўрова. Лаўроў прыбыў у "
           "КНДР у сераду з двухдзённым візітам."),
    ("bg", "Лидерът на КНДР Ким Чен-ун прие в Пхенян руския външен министър Сергей Лавров. Лавров пристигна в "
           "Северна Корея в сряда на двудневно посещение."),
    ("mk", "Лидерот на Северна Кореја Ким Џонг Ун го прими во Пјонгјанг рускиот министер за надворешни работи "
           "Сергеј Лавров. Лавров пристигна во Северна Кореја во средата во дводневна посета."),
    ("sr", "Severnokorejski lider Kim Džong Un primio je u Pjongjangu ruskog ministra spoljnih poslova Sergeja "
           "Lavrova. Lavrov je u sredu doputovao u dvodnevnu posetu Severnoj Koreji."),
])
def test_a_later_day_of_arrival_does_not_date_the_meeting(code, text):
    ev = _extract(code, _THU + text + "\n").events[0]
    assert (ev.date, ev.date_end) == ("2023-10-19", None)


def test_a_visit_told_first_keeps_its_days():
    # the guard: the lead tells the journey itself; its arrival day and length are the event's
    text = ("Министр иностранных дел России Сергей Лавров посетил КНДР. Лавров прибыл в Пхеньян в среду с "
            "двухдневным визитом.")
    ev = _extract("ru", _THU + text + "\n").events[0]
    assert (ev.date, ev.date_end) == ("2023-10-18", "2023-10-19")
