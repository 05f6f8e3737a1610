"""Session h16, dates-latin: the event date in the Latin-script languages (pl cs sk hr sl ro hu lt lv et en de)."""
from __future__ import annotations

import datetime as dt

import pytest

from extracting import events, extracted, first
from kronika.nlp.dates import find_dates, resolve
from kronika.nlp.published import find_published

WEDNESDAY = dt.date(2025, 6, 11)

# "last Wednesday" in each language: a weekday of the week before, whatever the day of writing
LAST_WEDNESDAY = {
    "en": "Last Wednesday, the two sides signed an agreement.",
    "de": "Am vergangenen Mittwoch unterzeichneten beide Seiten ein Abkommen.",
    "pl": "W ubiegłą środę obie strony podpisały umowę.",
    "cs": "Minulou středu obě strany podepsaly dohodu.",
    "sk": "Minulú stredu obe strany podpísali dohodu.",
    "hr": "Prošle srijede obje su strane potpisale sporazum.",
    "sl": "Prejšnjo sredo sta strani podpisali sporazum.",
    "hu": "Múlt szerdán a két fél megállapodást írt alá.",
    "ro": "Miercurea trecută, cele două părți au semnat un acord.",
    "lt": "Praėjusį trečiadienį abi šalys pasirašė susitarimą.",
    "lv": "Pagājušajā trešdienā abas puses parakstīja līgumu.",
    "et": "Eelmisel kolmapäeval allkirjastasid pooled lepingu.",
}


@pytest.mark.parametrize("code", sorted(LAST_WEDNESDAY))
def test_last_weekday_is_of_the_week_before_even_on_that_weekday(code):
    # written on a Wednesday, "last Wednesday" is a week before, never the day of writing
    dm = next(d for d in find_dates(LAST_WEDNESDAY[code], code) if d.kind == "weekday")
    assert resolve(dm, WEDNESDAY).date == dt.date(2025, 6, 4)


NEXT_WEDNESDAY = {
    "en": "The ministers will meet next Wednesday.",
    "pl": "Ministrowie spotkają się w przyszłą środę.",
    "cs": "Ministři se sejdou příští středu.",
    "ro": "Miniștrii se vor întâlni miercurea viitoare.",
    "hr": "Ministri će se sastati sljedeće srijede.",
    "de": "Die Minister treffen sich am kommenden Mittwoch.",
}


@pytest.mark.parametrize("code", sorted(NEXT_WEDNESDAY))
def test_next_weekday_is_of_the_week_after(code):
    dm = next(d for d in find_dates(NEXT_WEDNESDAY[code], code) if d.kind == "weekday")
    assert resolve(dm, WEDNESDAY).date == dt.date(2025, 6, 18)
    assert dm.tense == "future"


def test_last_weekday_dates_a_second_event_after_a_sentence_ending_in_a_weekday():
    # "… on Wednesday.\n\nLast Wednesday, …": the two weekdays are of two sentences, not a weekday and its date
    text = ("Seoul, June 11 (Yonhap) -- President Lee Jae-myung spoke over the phone with Czech Prime Minister "
            "Petr Fiala on Wednesday.\n\nLast Wednesday, South Korean President Lee Jae-myung and Czech Prime "
            "Minister Petr Fiala met in Prague.")
    evs = events(text, "en", url="https://example.com/2025/06/11/a")
    assert evs[0].date == "2025-06-11"
    assert "2025-06-04" in [e.date for e in evs[1:]]


def test_a_timed_stamp_written_after_the_crawler_date_line_dates_the_page():
    # the page's own "Written:" stamp is weeks after the date line's day: no page is written after it is read
    text = (" date 2025-05-23 Menu Content\n\nPolitics\n\nPresident Lee, Czech Prime Minister Fiala Speak\n\n"
            "Written: 2025-06-11 19:04:57Updated: 2025-06-11 19:10:20\n\n"
            "President Lee Jae-myung spoke over the phone with Czech Prime Minister Petr Fiala on Wednesday.")
    assert find_published(text, "en")[0] == dt.date(2025, 6, 11)
    assert first(text, "en").date == "2025-06-11"


def test_an_updated_stamp_after_the_date_line_does_not_date_the_page():
    text = (" date 2025-05-23 Menu Content\n\nAktualizováno: 2025-06-11 19:10\n\n"
            "Premiér Petr Fiala ve středu telefonicky hovořil s jihokorejským prezidentem.")
    assert find_published(text, "cs")[0] == dt.date(2025, 5, 23)


CAPTIONED = {
    "sk": ("Slovenský prezident Andrej Kiska a juhokórejský prezident Mun Čä-in počas stretnutia 10. apríla 2018 v "
           "Soule. Kiska pricestoval v pondelok na trojdňovú návštevu Kórejskej republiky a v utorok rokoval s Munom "
           "o hospodárskej spolupráci. Foto: TASR - Monika Himpánová\n\n"
           "Soul 10. apríla (TASR) – Prezident SR Andrej Kiska sa v Soule stretol s juhokórejským prezidentom "
           "Mun Če-inom."),
    "pl": ("Prezydent Andrzej Duda i prezydent Korei Południowej Mun Dze In podczas spotkania 10 kwietnia 2018 w "
           "Seulu, gdzie rozmawiali o współpracy gospodarczej i bezpieczeństwie na Półwyspie Koreańskim. "
           "Fot. PAP/Radek Pietruszka\n\n"
           "Seul, 10 kwietnia (PAP) - Prezydent Andrzej Duda spotkał się w Seulu z prezydentem Korei Południowej."),
}


@pytest.mark.parametrize("code", sorted(CAPTIONED))
def test_a_dateline_without_a_year_takes_the_year_its_photo_caption_gives_that_day(code):
    assert find_published(CAPTIONED[code], code)[0] == dt.date(2018, 4, 10)


def test_a_year_the_prose_gives_the_dateline_day_is_another_time():
    # "24. února 2022" in a sentence of the story is the invasion's day, not the year the agency wrote
    text = ("Kyjev 24. února (ČTK) - Premiér Petr Fiala se v Kyjevě setkal s ukrajinským prezidentem. "
            "Rok uplynul od ruské invaze, která začala 24. února 2022.")
    assert find_published(text, "cs")[0] is None


ANNOUNCED = {
    "de": ("Ministerin Kang werde am 10. August in Berlin mit Bundesaußenminister Heiko Maas zusammenkommen, teilte "
           "der Sprecher des Außenministeriums am Donnerstag vor der Presse mit.Es wird ihre erste Auslandsreise "
           "seit Februar sein."),
    "en": ("Minister Kang will meet German Foreign Minister Heiko Maas in Berlin on August 10, the foreign "
           "ministry said Thursday."),
}


@pytest.mark.parametrize("code", sorted(ANNOUNCED))
def test_a_meeting_announced_under_a_month_stamp_is_dated_the_weekday_told_before_the_planned_day(code):
    # " date 2020-08": no day of writing; Thursday, told, is the 6th, the one before the planned Monday 10th
    ev = first(" date 2020-08 Photo : YONHAP News\n\n" + ANNOUNCED[code], code)
    assert ev.type == "AGREE"
    assert ev.date == "2020-08-06"


def test_a_weekday_told_outside_the_month_stamp_does_not_date_the_announcement():
    # the Thursday before 3 August is 30 July: not of the stamp's month, so the text does not say the day
    text = (" date 2020-08 Photo : YONHAP News\n\nMinister Kang will meet German Foreign Minister Heiko Maas "
            "in Berlin on August 3, the foreign ministry said Thursday.")
    assert first(text, "en").date is None


def test_a_reporting_verb_before_an_article_opens_no_relative_clause():
    # "…, teilte der Sprecher am Donnerstag mit": "der" is the speaker's article, the day the telling's;
    # "…, der am Donnerstag eintraf": a relative pronoun after the comma opens a clause about a noun
    from kronika.events.extract import in_relative_clause
    from kronika.nlp.analyze import analyze
    told = ("Ministerin Kang wird am 10. August in Berlin mit Heiko Maas zusammenkommen, teilte der Sprecher des "
            "Außenministeriums am Donnerstag mit.")
    a = analyze(told, "de", None)
    assert not in_relative_clause(a, told.index("Donnerstag"))
    rel = "Ministerin Kang, die am Donnerstag in Berlin eintraf, traf Heiko Maas."
    a = analyze(rel, "de", None)
    assert in_relative_clause(a, rel.index("Donnerstag"))


def test_a_stop_glued_to_the_next_sentence_ends_the_clause_of_a_weekday():
    # "… am Donnerstag mit.Es wird …": the future verb of the next sentence does not put Thursday ahead
    text = "Das teilte der Sprecher am Donnerstag mit.Es wird ihre erste Reise sein."
    dm = next(d for d in find_dates(text, "de") if d.kind == "weekday")
    assert dm.tense is None


YEAR_MONTH = {
    "sl": "Lani maja je predsednik obiskal Seul.",
    "et": "Mullu mais külastas president Souli.",
    "sk": "V máji minulého roka prezident navštívil Soul.",
    "hu": "A múlt év májusában az elnök Szöulba látogatott.",
}


@pytest.mark.parametrize("code", sorted(YEAR_MONTH))
def test_a_month_of_last_year_is_last_years(code):
    from kronika.events.secondary import _with_year_neighbour
    dates = find_dates(YEAR_MONTH[code], code)
    k = next(i for i, d in enumerate(dates) if d.kind == "month")
    assert _with_year_neighbour(dates, k, dt.date(2023, 11, 14)).date == dt.date(2022, 5, 1)


def test_a_name_after_a_year_word_is_no_month():
    assert not [d for d in find_dates("Lani Maja Novak ni prišla na srečanje.", "sl") if d.kind == "month"]


DAY_MONTH_FIGURES = {
    "cs": "Ministři se ve středu 15. 5. sešli v Soulu.",
    "sk": "Ministri sa v stredu 15. 5. stretli v Soule.",
    "pl": "Ministrowie spotkali się w środę 15.05. w Seulu.",
    "hr": "Ministri su se u srijedu 15. 5. sastali u Seulu.",
    "sl": "Ministra sta se v sredo, 15. 5., sestala v Seulu.",
    "de": "Die Minister trafen sich am 15.5. in Seoul.",
    "ro": "Miniștrii s-au întâlnit miercuri, 15.05., la Seul.",
}


@pytest.mark.parametrize("code", sorted(DAY_MONTH_FIGURES))
def test_a_day_and_month_in_figures_after_a_weekday_or_a_date_word_is_a_date(code):
    text = DAY_MONTH_FIGURES[code]
    dm = next(d for d in find_dates(text, code) if d.kind == "absolute")
    assert resolve(dm, dt.date(2024, 5, 17)).date == dt.date(2024, 5, 15)


def test_figures_with_dots_and_no_cue_are_no_date():
    assert not [d for d in find_dates("Výsledek 15. 5. kola byl 2:1.", "cs") if d.kind == "absolute"]
    assert not [d for d in find_dates("Der Kurs stieg um 15.5 Prozent.", "de") if d.kind == "absolute"]


def test_a_weekday_dated_by_a_caption_keeps_the_length_told_beside_the_weekday():
    # the caption's "26 lutego" names the Thursday; "W trakcie dwudniowej wizyty" follows the weekday's sentence
    text = ("Para prezydencka przybyła do Tokio\n\n2015-02-26, 08:13  Polska Agencja Prasowa\n"
            "Prezydent Bronisław Komorowski z żoną Anną po przylocie na lotnisku w Tokio. Fot. PAP/Jacek Turczyk\n\n"
            "26 lutego prezydent Bronisław Komorowski rozpoczął oficjalną wizytę w Japonii. Fot. PAP/Jacek Turczyk\n\n"
            "W czwartek rano (lokalnego czasu) para prezydencka Bronisław i Anna Komorowscy przybyli do stolicy "
            "Japonii. W trakcie dwudniowej wizyty zostaną przyjęci na audiencji przez cesarza Akihito. Spotkają się "
            "także m.in. z premierem Shinzo Abe.")
    ev = first(text, "pl")
    assert (ev.date, ev.date_end) == ("2015-02-26", "2015-02-27")


LOCAL_TIME = {
    "en": "President in Tokyo\n\nOn Thursday (local time) President Joe Biden met Prime Minister Shinzo Abe in Tokyo.",
    "de": ("Präsident in Tokio\n\nAm Donnerstag (Ortszeit) traf Bundespräsident Joachim Gauck in Tokio "
           "Premierminister Shinzo Abe."),
    "cs": ("Prezident v Tokiu\n\nVe čtvrtek (místního času) se prezident Miloš Zeman v Tokiu setkal s premiérem "
           "Šinzó Abem."),
}


@pytest.mark.parametrize("code", sorted(LOCAL_TIME))
def test_a_weekday_opening_a_sentence_before_a_bracket_is_no_dateline(code):
    # "On Thursday (local time) …" looks like "Place date (Agency)", but a dateline names a calendar day
    ev = first(LOCAL_TIME[code], code, url="https://example.com/2015/02/27/a")
    assert ev.date == "2015-02-26"


DATE_WORD_OPENS = {
    "en": "President in Tokyo\n\nOn February 26 (local time) President Joe Biden met Prime Minister Shinzo Abe in Tokyo.",
    "de": ("Präsident in Tokio\n\nAm 26. Februar (Ortszeit) traf Bundespräsident Joachim Gauck in Tokio "
           "Premierminister Shinzo Abe."),
    "cs": ("Prezident v Tokiu\n\nDne 26. února (místního času) se prezident Miloš Zeman v Tokiu setkal s premiérem "
           "Šinzó Abem."),
}


@pytest.mark.parametrize("code", sorted(DATE_WORD_OPENS))
def test_a_word_of_the_date_before_the_day_opens_a_sentence_not_a_dateline(code):
    ev = first(DATE_WORD_OPENS[code], code, url="https://example.com/2015/02/27/a")
    assert ev.date == "2015-02-26"


def test_a_place_before_the_day_still_opens_a_dateline():
    # "Praha 26. února 2015 (ČTK) –": the agency's day; "včera" dates the meeting
    ev = first("Praha 26. února 2015 (ČTK) - Prezident Miloš Zeman se včera v Tokiu setkal s premiérem Šinzó Abem.",
               "cs")
    assert ev.date == "2015-02-25"


TOLD_AFTER_COMMA = {
    "hu": ("Budapest, 2024. március 8. – A japán külügyminiszter a jövő héten Budapestre látogat és tárgyal "
           "Szijjártó Péterrel, csütörtökön közölte a minisztérium."),
    "lt": ("Vilnius, kovo 8 d. (ELTA). Japonijos užsienio reikalų ministras kitą savaitę lankysis Vilniuje ir "
           "susitiks su ministru Gabrieliumi Landsbergiu, ketvirtadienį pranešė ministerija."),
    "cs": ("Praha 8. března 2024 (ČTK) - Japonský ministr zahraničí příští týden navštíví Prahu a setká se s "
           "ministrem Janem Lipavským, ve čtvrtek oznámilo ministerstvo."),
    "lv": ("Rīga, 8. marts (LETA) - Japānas ārlietu ministrs nākamnedēļ apmeklēs Rīgu un tiksies ar ministru "
           "Krišjāni Kariņu, ceturtdien paziņoja ministrija."),
    "et": ("Tallinn, 8. märts 2024 - Jaapani välisminister külastab järgmisel nädalal Tallinna ja kohtub minister "
           "Margus Tsahknaga, teatas ministeerium neljapäeval."),
}


@pytest.mark.parametrize("code", sorted(TOLD_AFTER_COMMA))
def test_a_weekday_beside_a_verb_of_reporting_after_the_visit_to_come_is_the_day_it_was_told(code):
    # "…, csütörtökön közölte a minisztérium": the verb follows the day; the announcement is Thursday's
    ev = first(TOLD_AFTER_COMMA[code], code, url="https://example.com/2024/03/08/a")
    assert (ev.type, ev.date) == ("AGREE", "2024-03-07")


def test_a_weekday_of_the_visit_to_come_without_a_verb_of_reporting_stays_to_come():
    text = "The Japanese foreign minister will visit Warsaw on Thursday and meet Radoslaw Sikorski, the minister of Poland."
    ev = first(text, "en", url="https://example.com/2024/03/08/a")
    assert ev.date == "2024-03-08"


@pytest.mark.parametrize("text", ["În ultimele trei luni, relațiile s-au îmbunătățit.",
                                  "Acum două luni, ministrul a vizitat Tokyo.",
                                  "În ultimele luni, relațiile s-au îmbunătățit.",
                                  "După 3 luni de negocieri, acordul a fost semnat."])
def test_a_counted_luni_is_months_not_monday(text):
    # Romanian "luni" is Monday and the plural of "lună": after a count or a word of quantity, months
    assert not [d for d in find_dates(text, "ro") if d.kind == "weekday"]


def test_luni_alone_is_monday():
    assert [d.weekday for d in find_dates("Președintele a fost primit luni la Tokyo.", "ro")] == [1]
