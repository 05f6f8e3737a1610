"""Date mechanisms one by one, in several languages: relative weeks, months and years, glued year
abbreviations, every standard month form, truncated names, two-digit years, weekdays by tense,
abbreviated weekdays that are also words, "until" dates and publication stamps."""
from __future__ import annotations

import datetime as dt

import pytest

from kronika.nlp.dates import cldr_words, find_dates, resolve
from kronika.nlp.published import find_published

D = dt.date
WED = D(2019, 5, 15)  # a Wednesday


def only(text, code, ctx=WED):
    """The one mention of the text, resolved."""
    ms = find_dates(text, code)
    assert len(ms) == 1, f"{text!r}: {ms}"
    r = resolve(ms[0], ctx)
    assert r is not None, f"{text!r} not resolved"
    return r


@pytest.mark.parametrize("text,code,monday", [
    ("minulý týden se sešli", "cs", D(2019, 5, 6)),
    ("на следующей неделе состоится", "ru", D(2019, 5, 20)),
    ("w zeszłym tygodniu rozmawiali", "pl", D(2019, 5, 6)),
    ("w tym tygodniu", "pl", D(2019, 5, 13)),
    ("наступного тижня", "uk", D(2019, 5, 20)),
    ("letzte Woche", "de", D(2019, 5, 6)),
    ("săptămâna viitoare", "ro", D(2019, 5, 20)),
    ("prošlog tjedna", "hr", D(2019, 5, 6)),
    ("miinulla", "et", None),
])
def test_relative_week_is_the_week_around_the_context(text, code, monday):
    ms = find_dates(text, code)
    if monday is None:
        assert ms == []
        return
    r = only(text, code)
    assert (r.date, r.precision) == (monday, "week")


@pytest.mark.parametrize("text,code,want,prec", [
    ("w przyszłym miesiącu", "pl", D(2019, 6, 1), "month"),
    ("в прошлом месяце", "ru", D(2019, 4, 1), "month"),
    ("příští měsíc", "cs", D(2019, 6, 1), "month"),
    ("w przyszłym roku", "pl", D(2020, 1, 1), "year"),
    ("v příštím roce", "cs", D(2020, 1, 1), "year"),
    ("dogodine", "hr", D(2020, 1, 1), "year"),
    ("в следующем году", "ru", D(2020, 1, 1), "year"),
    ("pagājušajā gadā", "lv", D(2018, 1, 1), "year"),
])
def test_relative_month_and_year(text, code, want, prec):
    r = only(text, code)
    assert (r.date, r.precision) == (want, prec)


def test_next_month_in_december_is_january():
    r = only("w przyszłym miesiącu", "pl", D(2019, 12, 10))
    assert r.date == D(2020, 1, 1)


@pytest.mark.parametrize("text,code,days", [
    ("pojutrze", "pl", 2), ("послезавтра", "ru", 2), ("übermorgen", "de", 2),
    ("the day after tomorrow", "en", 2), ("the day before yesterday", "en", -2), ("pozítří", "cs", 2),
])
def test_day_after_tomorrow_and_before_yesterday(text, code, days):
    assert only(text, code).date == WED + dt.timedelta(days=days)


@pytest.mark.parametrize("text,code,want", [
    ("13 авг. 2005г. 19:13", "ru", D(2005, 8, 13)),
    ("21 сентября 2021г., вторник", "ru", D(2021, 9, 21)),
    ("24 ян 2015г.", "bg", D(2015, 1, 24)),
    ("12 maja 2005r.", "pl", D(2005, 5, 12)),
])
def test_year_glued_to_its_abbreviation_is_read(text, code, want):
    ms = find_dates(text, code)
    assert resolve(ms[0], WED).date == want


@pytest.mark.parametrize("form,month", [
    ("траўня", 5), ("студзеня", 1), ("жніўня", 8), ("лістапада", 11), ("снежня", 12),
])
def test_belarusian_month_genitives(form, month):
    r = only(f"11 {form} 2019", "be")
    assert r.date == D(2019, month, 11)


def test_every_cldr_month_name_is_read_in_every_language():
    for code in ("pl", "cs", "sk", "ru", "uk", "be", "bg", "mk", "sr", "hr", "sl", "lt", "lv", "et", "hu",
                 "ro", "de", "en"):
        for month, forms in cldr_words(code)["months"].items():
            for form in forms:
                text = f"2019. {form} 15." if code == "hu" else f"15 {form} 2019"
                ms = find_dates(text, code)
                assert ms and resolve(ms[0], WED).date == D(2019, month, 15), (code, form)


@pytest.mark.parametrize("text,code,want", [
    ("21 чер 2013 3:13", "uk", D(2013, 6, 21)),
    ("17 верес 2015 6:17", "uk", D(2015, 9, 17)),
    ("2015-кві-12", "uk", D(2015, 4, 12)),
    ("pon 16. čer 2014", "cs", D(2014, 6, 16)),   # čer: červen (June), the shorter name
    ("12-Iun-2013", "ro", D(2013, 6, 12)),
])
def test_truncated_month_names_with_a_year(text, code, want):
    assert resolve(find_dates(text, code)[0], WED).date == want


def test_truncated_word_without_a_year_is_no_date():
    assert find_dates("przyszło 12 kwie", "pl") == []         # a cut-off name needs its year
    assert find_dates("12 marines landed", "en") == []


@pytest.mark.parametrize("text,code,want", [
    ("18.10.14 um 22:56 Uhr", "de", D(2014, 10, 18)),
    ("26. 10.21", "hr", D(2021, 10, 26)),
    ("2 Декабрь 95 11:15", "ru", D(1995, 12, 2)),
    ("Авг 26, 2015 15:12", "ru", D(2015, 8, 26)),
    ("2019.06.03 15:57", "en", D(2019, 6, 3)),
    ("z szefem dyplomacji Republiki Korei15.03.2024", "pl", D(2024, 3, 15)),
])
def test_numeric_forms(text, code, want):
    assert resolve(find_dates(text, code)[0], WED).date == want


def test_section_numbers_are_no_dates():
    assert find_dates("art. 2.1.155 ustawy", "pl") == []


@pytest.mark.parametrize("text,code,want", [
    ("Ministrowie spotkali się w piątek w Warszawie.", "pl", D(2019, 5, 10)),
    ("Ministrowie spotkają się w piątek w Warszawie.", "pl", D(2019, 5, 17)),
    ("Die Minister trafen sich am Freitag.", "de", D(2019, 5, 10)),
    ("Der Minister wird am Freitag Prag besuchen.", "de", D(2019, 5, 17)),
    ("Министры встретились в пятницу.", "ru", D(2019, 5, 10)),
    ("Министр посетит Минск в пятницу.", "ru", D(2019, 5, 17)),
    ("The minister will visit Vilnius on Friday.", "en", D(2019, 5, 17)),
])
def test_weekday_resolved_by_tense(text, code, want):
    ms = [m for m in find_dates(text, code) if m.kind == "weekday"]
    assert resolve(ms[0], WED).date == want


def test_future_verb_in_another_sentence_does_not_move_a_weekday():
    text = "Ministrowie spotkali się w piątek. Kolejne spotkanie odbędzie się jesienią."
    ms = [m for m in find_dates(text, "pl") if m.kind == "weekday"]
    assert resolve(ms[0], WED).date == D(2019, 5, 10)


@pytest.mark.parametrize("text,code", [
    ("Sastali su se pet ministara.", "hr"),
    ("Srečalo se je pet ministrov.", "sl"),
    ("Sastalo se pet. ministara", "sr"),
    ("Die Minister trafen sich.", "de"),
])
def test_a_number_word_or_article_is_never_a_weekday(text, code):
    assert [m for m in find_dates(text, code) if m.kind == "weekday"] == []


@pytest.mark.parametrize("text,code,wd", [
    ("Mi 13:14", "de", 3), ("pet. 12. 5. 2019", "hr", 5), ("вів о 14:04", "uk", 2),
])
def test_abbreviated_weekday_before_a_time_or_date(text, code, wd):
    ms = find_dates(text, code)
    assert ms[0].weekday == wd


@pytest.mark.parametrize("text,code", [
    ("Wizyta potrwa do 9 maja.", "pl"),
    ("Визит продлится до 9 мая.", "ru"),
    ("The exhibition stays open until 9 May.", "en"),
    ("Die Ausstellung ist bis 9. Mai geöffnet.", "de"),
])
def test_until_marks_the_end(text, code):
    ms = [m for m in find_dates(text, code) if m.kind == "absolute"]
    assert ms[0].until and (ms[0].m, ms[0].d) == (5, 9)


def test_a_plain_date_is_no_until():
    assert not find_dates("Spotkanie odbyło się 9 maja.", "pl")[0].until


def test_month_only_date_line_does_not_stop_the_search():
    text = "date 2024-03 Źródło: rząd\n\nMinister rozmawiał z ministrem Korei15.03.2024\n\nTreść artykułu."
    assert find_published(text, "pl")[0] == D(2024, 3, 15)


def test_month_only_date_line_rejects_a_date_of_another_month():
    text = "date 2024-03 Źródło: rząd\n\nMinister rozmawiał 15.02.2024\n\nTreść."
    assert find_published(text, "pl")[0] is None


def test_month_only_date_line_then_url():
    text = "date 2023-11 Калининград\n\nГенконсул прилетел в область."
    assert find_published(text, "ru", "https://x.ru/2023-11-30/1-genkonsul")[0] == D(2023, 11, 30)


def test_stamp_with_dots_is_a_publication_date():
    text = "2019.06.03 15:57\n\nNo embassy in the near future\n\nThe ministry said on Monday."
    assert find_published(text, "en")[0] == D(2019, 6, 3)


def test_embedded_post_date_is_not_the_publication_date():
    text = ("Predsednik se je sestal s kolegom.\n\n"
            "Odlikovanje: pic.twitter.com/abc — Borut Pahor (@BorutPahor) September 21, 2021\n\nKonec.")
    assert find_published(text, "sl")[0] is None


@pytest.mark.parametrize("text,code,n", [
    ("Prezydent rozpoczął trzydniową wizytę w Japonii.", "pl", 3),
    ("Министр прибыл с двухдневным визитом.", "ru", 2),
    ("Der Präsident beginnt einen dreitägigen Besuch.", "de", 3),
    ("The minister began a three-day visit to Seoul.", "en", 3),
    ("The minister began a 4-day visit to Seoul.", "en", 4),
    ("Prezident zahájil pětidenní návštěvu.", "cs", 5),
])
def test_n_day_visit_is_a_duration(text, code, n):
    assert [m.d for m in find_dates(text, code) if m.kind == "duration"] == [n]


def test_duration_makes_a_range_from_the_date_of_its_sentence():
    from kronika.nlp.dates import with_duration
    text = "Prezydent rozpoczął 12 maja trzydniową wizytę w Japonii. Wróci 20 maja."
    ms = find_dates(text, "pl")
    r = with_duration(resolve(ms[0], WED), ms, text)
    assert (r.date, r.end) == (D(2019, 5, 12), D(2019, 5, 14))


def test_duration_in_another_sentence_leaves_the_date_alone():
    from kronika.nlp.dates import with_duration
    text = "Prezydent spotkał się 12 maja z premierem. W 1985 r. odbył pięciodniową wizytę."
    ms = find_dates(text, "pl")
    r = with_duration(resolve(ms[0], WED), ms, text)
    assert r.end is None


def test_agenda_is_no_duration():
    assert [m for m in find_dates("дневен ред на срещата", "bg") if m.kind == "duration"] == []


def test_cldr_name_that_is_a_common_word_stays_out():
    assert find_dates("защита окружающей среды", "ru") == []
    assert find_dates("Встреча состоялась в среду.", "ru")[0].weekday == 3


def test_a_paragraph_break_parts_two_dates():
    """'január 15.' ends a related-news line; the year on the next line belongs to another date."""
    from kronika.nlp.dates import find_dates

    text = "Magyar–japán üzleti fórum Budapesten – 2024. január 15.\n\n2024. március 14."
    found = [(d.y, d.m, d.d) for d in find_dates(text, "hu") if d.kind == "absolute"]
    assert (2024, 3, 14) in found and (2024, 1, 15) in found, found


@pytest.mark.parametrize("lang,text", [
    ("hu", "Szijjártó Péter Tokióba utazott\n\nSzijjártó Péter külügyminiszter csütörtökön Tokióban tárgyalt "
           "japán kollégájával.\n\nKapcsolódó hírek:\nOrbán Viktor fogadta a japán nagykövetet – 2024. február 2."
           "\nMagyar–japán üzleti fórum Budapesten – 2024. január 15.\n\n2024. március 14."),
    ("cs", "Lipavský jednal s japonským velvyslancem\n\nMinistr zahraničí Jan Lipavský dnes jednal s japonským "
           "velvyslancem.\n\nAktualizováno 15. 3. 2024 10:00 | Publikováno 14. 3. 2024 14:20"),
    ("sl", "Fajonova z japonskim veleposlanikom\n\nZunanja ministrica se je danes sestala z veleposlanikom.\n\n"
           "Zadnja sprememba: 15. 3. 2024\nDatum objave: 14. 3. 2024"),
])
def test_the_publication_date_is_not_a_related_item_nor_the_last_change(lang, text):
    from kronika.nlp.published import find_published

    assert find_published(text, lang)[0] == dt.date(2024, 3, 14)


@pytest.mark.parametrize("lang,text,day", [
    ("pl", "Minister przyjął 12 bm. ambasadora Japonii.", 12),
    ("pl", "W dniu 5 b.m. odbyło się spotkanie.", 5),
    ("ru", "Посол принял 12 с.м. делегацию.", 12),
    ("cs", "Dne 12. t. m. přijal ministr velvyslance.", 12),
    ("de", "Am 12. d. M. empfing der Minister den Botschafter.", 12),
    ("sr", "Дана 12. о.м. примио је амбасадора.", 12),
])
def test_a_day_of_the_current_month(lang, text, day):
    """'12 bm.' (bieżącego miesiąca): the day of the month the text speaks in."""
    ds = [d for d in find_dates(text, lang) if d.kind == "absolute"]
    assert len(ds) == 1 and resolve(ds[0], dt.date(2024, 3, 14)).date == dt.date(2024, 3, day)


def test_a_day_of_the_current_month_needs_its_abbreviation():
    assert not [d for d in find_dates("Przyjął 12 ambasadorów i 5 b. ministrów.", "pl") if d.kind == "absolute"]


@pytest.mark.parametrize("code,text", [
    ("ru", "Министр иностранных дел России Сергей Лавров накануне провел переговоры с министром иностранных дел КНДР "
           "Цой Сон Хи в Москве."),
    ("uk", "Міністр закордонних справ України Дмитро Кулеба напередодні провів переговори з міністром закордонних "
           "справ Японії Йоко Камікавою в Києві."),
    ("de", "Außenministerin Annalena Baerbock hatte sich am Vortag in Berlin mit dem japanischen Außenminister "
           "Yoko Kamikawa getroffen."),
    ("bg", "Министърът на външните работи Мария Габриел се срещна предишния ден в София с японския посланик "
           "Хисаши Мичигами."),
    ("pl", "Minister spraw zagranicznych Radosław Sikorski dzień wcześniej spotkał się w Warszawie z ambasadorem "
           "Japonii Akio Miyajimą."),
])
def test_the_day_before_is_the_day_before_writing(code, text):
    from kronika.events.document import extract_document
    from kronika.model import Document
    doc = extract_document(Document(id="t", text="12.06.2024\n\n" + text), code)
    assert doc.events[0].date == "2024-06-11"


def test_a_machine_timestamp_is_a_date():
    from kronika.nlp.dates import find_dates
    dm = find_dates("Published 2024-06-12T14:35:00+02:00", "pl")[0]
    assert (dm.y, dm.m, dm.d) == (2024, 6, 12)


@pytest.mark.parametrize("text,expected", [
    ("Published: 12/06/2024\nThe minister met Japan's ambassador on 11 June in Vilnius.", (2024, 6, 12)),
    ("Published: 9/3/2017\nThe minister met Japan's ambassador on 1 September in Vilnius.", (2017, 9, 3)),
    ("Published: 12/06/2024\nThe minister met Japan's ambassador on 5 December in Vilnius.", (2024, 12, 6)),
])
def test_a_slash_date_takes_the_reading_near_the_texts_other_dates(text, expected):
    from kronika.nlp.dates import find_dates
    dm = find_dates(text, "en")[0]
    assert (dm.y, dm.m, dm.d) == expected
