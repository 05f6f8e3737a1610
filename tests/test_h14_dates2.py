"""Issue 9, dates (h14, second round): "three days ago", a weekday adjective on a meeting noun, and a year inside
an event's name, each a general rule over the European languages.

Every sentence here is written for the test in the style of press text (no third-party text)."""
from __future__ import annotations

import datetime as dt

import pytest

from kronika.nlp.dates import find_dates, resolve

JULY = dt.date(2024, 7, 10)  # a Wednesday


def _extract(code: str, text: str, published: dt.date | None = JULY):
    from kronika.events.document import extract_document
    from kronika.model import Document

    return extract_document(Document(id="t", text=text), code, published=published)


def _days(text: str, code: str) -> list[str]:
    """The resolved day (or week's Monday) of every relative mention, against JULY."""
    return [resolve(d, JULY).date.isoformat() for d in find_dates(text, code) if d.kind == "relative"]


def _years(text: str, code: str) -> list[int]:
    return [d.y for d in find_dates(text, code) if d.kind == "year"]


# --- 1. "N days/weeks ago": a count of days or weeks before the publication date ---

@pytest.mark.parametrize("code,text,day", [
    ("en", "The minister met his counterpart 3 days ago in Tokyo.", "2024-07-07"),
    ("en", "The two ministers spoke by phone five days ago.", "2024-07-05"),
    ("ru", "Министр встретился с коллегой три дня назад в Токио.", "2024-07-07"),
    ("uk", "Міністр зустрівся з колегою п'ять днів тому в Токіо.", "2024-07-05"),
    ("pl", "Minister spotkał się z ambasadorem trzy dni temu w Warszawie.", "2024-07-07"),
    ("cs", "Ministr se před třemi dny setkal s velvyslancem.", "2024-07-07"),
    ("de", "Der Minister traf den Botschafter vor drei Tagen in Berlin.", "2024-07-07"),
    ("hu", "A miniszter három napja találkozott a nagykövettel.", "2024-07-07"),
    ("hu", "A miniszter négy nappal ezelőtt találkozott a nagykövettel.", "2024-07-06"),
    ("ro", "Ministrul s-a întâlnit acum trei zile cu ambasadorul.", "2024-07-07"),
    ("bg", "Министърът се срещна с посланика преди три дни.", "2024-07-07"),
    ("mk", "Министерот се сретна со амбасадорот пред три дена.", "2024-07-07"),
    ("sr", "Министар се састао са амбасадором пре три дана.", "2024-07-07"),
    ("sr", "Ministar se sastao sa ambasadorom pre tri dana.", "2024-07-07"),
    ("hr", "Ministar se sastao s veleposlanikom prije tri dana.", "2024-07-07"),
    ("sl", "Minister se je pred tremi dnevi sestal z veleposlanikom.", "2024-07-07"),
    ("lt", "Ministras prieš tris dienas susitiko su ambasadoriumi.", "2024-07-07"),
    ("lv", "Ministrs pirms trim dienām tikās ar vēstnieku.", "2024-07-07"),
    ("et", "Minister kohtus suursaadikuga kolm päeva tagasi.", "2024-07-07"),
    ("be", "Міністр сустрэўся з паслом тры дні таму.", "2024-07-07"),
])
def test_days_ago_count_back_from_the_publication(code, text, day):
    assert _days(text, code) == [day]


@pytest.mark.parametrize("code,text,monday", [
    ("en", "The ministers met two weeks ago in Tokyo.", "2024-06-24"),
    ("sk", "Minister sa pred dvoma týždňami stretol s veľvyslancom.", "2024-06-24"),
    ("uk", "Міністр зустрівся з послом тиждень тому.", "2024-07-01"),
    ("ru", "Министр встретился с послом неделю назад.", "2024-07-01"),
    ("pl", "Minister spotkał się z ambasadorem tydzień temu.", "2024-07-01"),
    ("hr", "Ministar se sastao s veleposlanikom prije tjedan dana.", "2024-07-01"),
])
def test_weeks_ago_name_the_week_so_many_weeks_back(code, text, monday):
    assert _days(text, code) == [monday]


@pytest.mark.parametrize("code,text,day", [
    ("pl", "Minister spraw zagranicznych Polski spotkał się trzy dni temu w Warszawie z ministrem spraw "
           "zagranicznych Japonii.", "2024-07-07"),
    ("ru", "Министр иностранных дел России три дня назад встретился в Москве с министром иностранных дел Японии.",
     "2024-07-07"),
    ("de", "Der Außenminister traf vor drei Tagen in Berlin den japanischen Außenminister.", "2024-07-07"),
    ("cs", "Ministr zahraničí se před třemi dny v Praze setkal s japonským ministrem zahraničí.", "2024-07-07"),
])
def test_days_ago_date_the_event(code, text, day):
    assert _extract(code, text).events[0].date == day


def test_a_count_without_ago_is_no_date():
    """Guard: "trzy dni" of a visit's length is no day before the publication."""
    assert _days("Wizyta ministra potrwa trzy dni.", "pl") == []


# --- 2. a weekday adjective on a meeting noun dates the meeting ---

@pytest.mark.parametrize("code,text,weekday", [
    ("de", "beim Dienstagstreffen in Berlin", 2),
    ("de", "nach dem Freitagsgespräch der Minister", 5),
    ("hr", "na utorkovom sastanku u Zagrebu", 2),
    ("sr", "на уторковом састанку у Београду", 2),
    ("sr", "na četvrtkovom sastanku u Beogradu", 4),
    ("bg", "на вторнишната среща в София", 2),
    ("be", "на аўторкавай сустрэчы ў Мінску", 2),
])
def test_weekday_adjectives_are_weekdays(code, text, weekday):
    assert [d.weekday for d in find_dates(text, code) if d.kind == "weekday"] == [weekday]


@pytest.mark.parametrize("code,text,day", [
    ("de", "Der deutsche Außenminister unterzeichnete beim Dienstagstreffen in Berlin mit dem japanischen "
           "Außenminister ein Abkommen.", "2024-07-09"),
    ("hr", "Hrvatski ministar vanjskih poslova na utorkovom sastanku u Zagrebu s japanskim ministrom vanjskih "
           "poslova potpisao je sporazum.", "2024-07-09"),
    ("bg", "Министърът на външните работи на България на вторнишната среща в София с японския министър на "
           "външните работи подписа споразумение.", "2024-07-09"),
])
def test_a_weekday_adjective_dates_its_meeting(code, text, day):
    assert _extract(code, text).events[0].date == day


@pytest.mark.parametrize("code,text,day", [
    ("pl", "Minister spraw zagranicznych Polski w poniedziałek poinformował, że w piątkowej rozmowie z ministrem "
           "spraw zagranicznych Japonii omówił współpracę gospodarczą.", "2024-07-05"),
    ("ru", "Министр иностранных дел России в понедельник заявил, что на пятничной встрече обсудил с министром "
           "иностранных дел Японии экономическое сотрудничество.", "2024-07-05"),
    ("uk", "Міністр закордонних справ України в понеділок повідомив, що у четверговій розмові обговорив з "
           "міністром закордонних справ Японії економічну співпрацю.", "2024-07-04"),
    ("cs", "Ministr zahraničí v pondělí uvedl, že na úterním jednání s japonským ministrem zahraničí "
           "projednal hospodářskou spolupráci.", "2024-07-09"),
])
def test_a_weekday_on_the_meeting_noun_beats_the_day_it_was_told(code, text, day):
    assert _extract(code, text).events[0].date == day


def test_a_weekday_of_the_first_meeting_stays():
    """Guard: "on Monday met …, and on Friday talked …": a meeting after the first weekday keeps it."""
    text = ("Minister spraw zagranicznych Polski w poniedziałek spotkał się z ministrem spraw zagranicznych Japonii, "
            "a w piątkowej rozmowie z ministrem spraw zagranicznych Korei omówił współpracę.")
    assert _extract("pl", text).events[0].date == "2024-07-08"


# --- 3. a year right after a capitalised name names it, dates nothing ---

@pytest.mark.parametrize("code,text", [
    ("pl", "Rozmawiano o udziale Polski w EXPO 2025 w Osace."),
    ("pl", "Polska prezentuje się na Expo 2025 w Osace."),
    ("en", "The ministers discussed the pavilion at Expo 2025 in Osaka."),
    ("en", "The plan is set out in Vision 2050 of the government."),
    ("ru", "Министры обсудили участие России на Экспо 2025 в Осаке."),
    ("ro", "Ministrul a vorbit la Expo 2020 Dubai despre cooperare."),
])
def test_a_year_in_an_events_name_is_no_date(code, text):
    assert _years(text, code) == []


@pytest.mark.parametrize("code,text", [
    ("en", "The leaders met at the Summit 2019 in Zagreb."),
    ("hr", "Ministri su razgovarali na Summitu 2019 u Zagrebu."),
])
def test_a_year_closing_a_gatherings_name_dates_it(code, text):
    """h23/left2 (NAMED_MEETINGS): a gathering named with its year was held in that year (dev2-309's gold dates
    "Reuniunea Anuală … 2020" so); an exhibition's or a plan's year (Expo 2025, Vision 2050) stays a name."""
    assert _years(text, code) == [2019]


@pytest.mark.parametrize("code,text,year", [
    ("de", "Das Abkommen soll im Jahr 2025 in Kraft treten.", 2025),
    ("de", "Der Besuch ist im Herbst 2025 geplant.", 2025),
    ("pl", "Umowa wejdzie w życie w 2025 roku.", 2025),
    ("en", "The embassy opened in 2019.", 2019),
])
def test_a_year_after_a_word_of_time_stays_a_date(code, text, year):
    """Guard: a capitalised word of time (German nouns) or none at all leaves the year a date."""
    assert _years(text, code) == [year]
