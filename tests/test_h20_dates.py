"""h20/dates: the main event's date and the publication date on fresh pages (headlines, sources, captions,
month-only date lines, weekday spans).

Each mechanism test fails on main (805409a0) and passes here; the guards pass on both and say so."""
from __future__ import annotations

import pytest
from extracting import events, first


def _date(code: str, text: str, **kw):
    ev = first(text, code, **kw)
    return ev.date, ev.date_end


# --- 1. a verbless headline's weekday takes the tense the lead tells it with -----------------------------------

@pytest.mark.parametrize("code,text", [
    ("sl", "Golob v četrtek na Japonskem na svojem prvem uradnem obisku v Aziji\n\nLjubljana, 5. marca - Predsednik "
           "vlade Robert Golob se bo v četrtek in petek mudil na uradnem obisku na Japonskem.\n© STA, 2024"),
    ("de", "Scholz am Donnerstag in Japan bei seinem ersten offiziellen Besuch in Asien\n\nBerlin, 5. März - "
           "Bundeskanzler Olaf Scholz wird am Donnerstag und Freitag Japan offiziell besuchen.\n© dpa 2024"),
])
def test_headline_weekday_takes_the_leads_tense(code, text):
    # the visit is still to come (Thursday the 7th): an announcement dated on the day of writing, not last Thursday
    ev = first(text, code)
    assert (ev.type, ev.date) == ("AGREE", "2024-03-05")


def test_headline_weekday_of_a_past_meeting_stays_past():
    # a guard (passes on main too): the lead tells the same weekday in the past
    text = ("Duda w poniedziałek z wizytą w Tokio\n\nWarszawa, 5 marca 2024 - Prezydent Andrzej Duda spotkał się w "
            "poniedziałek w Tokio z premierem Japonii Fumio Kishidą.")
    assert _date("pl", text) == ("2024-03-04", None)


# --- 2. a day in a phrase citing the source is the day of telling ----------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("en", "Seoul, March 7, 2025 - According to Seoul's foreign ministry on Thursday, foreign minister Cho Tae-yul "
           "met with his Polish counterpart Radoslaw Sikorski on Wednesday in Warsaw."),
    ("pl", "Warszawa, 7 marca 2025 - Jak poinformowało MSZ w czwartek, minister Radosław Sikorski spotkał się w "
           "środę z ministrem spraw zagranicznych Japonii."),
    ("de", "Berlin, 7. März 2025 - Wie das Auswärtige Amt am Donnerstag mitteilte, traf Außenministerin Annalena "
           "Baerbock am Mittwoch ihren polnischen Amtskollegen Radosław Sikorski."),
    ("ro", "București, 7 martie 2025 - Potrivit MAE joi, ministrul Emil Hurezeanu s-a întâlnit miercuri cu omologul "
           "său japonez."),
    ("bg", "София, 7 март 2025 - Както съобщиха от МВнР в четвъртък, министър Георг Георгиев се срещна в сряда с "
           "японския си колега."),
])
def test_day_of_the_source_phrase_is_the_telling(code, text):
    assert _date(code, text) == ("2025-03-05", None)


def test_source_phrase_without_an_earlier_day_keeps_its_day():
    # a guard (passes on main too): nothing earlier is told after the comma
    text = ("Seoul, March 7, 2025 - According to the ministry on Thursday, Cho Tae-yul met his Polish counterpart "
            "Radoslaw Sikorski in Warsaw.")
    assert _date("en", text) == ("2025-03-06", None)


# --- 3. a caption ending in a full stop over a label naming the page's picture ----------------------------------

@pytest.mark.parametrize("code,text,label", [
    ("hu", "A japán külügyminiszter a pekingi repülőtérre érkezik 2023. április 1-jén. Három év után először "
           "látogat japán politikus Kínába.", "Nyitókép: MTI/AP"),
    ("cs", "Japonský ministr zahraničí přilétá na pekingské letiště 1. dubna 2023. Je to první návštěva po třech "
           "letech.", "Titulní foto: ČTK/AP"),
])
def test_a_caption_over_a_picture_label_dates_nothing(code, text, label):
    from kronika.nlp.published import in_caption

    page = f"{text}\n{label}\n\nDalší text."
    assert in_caption(page, page.index("2023"), code)


def test_prose_over_a_plain_credit_is_still_the_story():
    # a guard (passes on main too): a paragraph ending in a full stop over "Fotó:" is the story's
    from kronika.nlp.published import in_caption

    page = "Szijjártó Péter 2023. április 1-jén Pekingben tárgyalt kínai kollégájával.\nFotó: MTI\n"
    assert not in_caption(page, page.index("2023"), "hu")


def test_caption_page_is_dated_by_its_url():
    text = ("Hajasi Josimasza japán külügyminiszter a Pekingi Nemzetközi Repülőtérre érkezik 2023. április 1-jén. "
            "Három év után Hajasi személyében először látogat vezető beosztású japán politikus Kínába.\n"
            "Nyitókép: MTI/AP/Kyodo News\n\nPekingben tárgyalt a japán külügyminiszter\n\nA kétoldalú párbeszéd "
            "folytatásáról egyeztetett Hajasi Josimasza japán külügyminiszter és kínai kollégája, Csing Kang Pekingben.")
    assert _date("hu", text, url="https://example.hu/kulfold/2023/04/02/pekingben-targyalt")[0] == "2023-04-02"


# --- 4. a day glossed under a month's date line is the publication date -----------------------------------------

@pytest.mark.parametrize("code,text,want", [
    ("sl", " date 2020-07 Predsednik Borut Pahor se je danes, 14. julija 2020, po telefonu pogovarjal s poljskim "
           "predsednikom Andrzejem Dudo.", "2020-07-14"),
    ("cs", " date 2024-03 Prezident Petr Pavel dnes, 12. března 2024, přijal na Pražském hradě japonského premiéra "
           "Fumia Kišidu.", "2024-03-12"),
])
def test_glossed_day_under_a_month_line_is_published(code, text, want):
    from kronika.events.document import extract_document
    from kronika.model import Document

    assert extract_document(Document(id="t", text=text), code).published == want


# --- 5. weekday spans told by a case ending or a range word inside the second weekday ---------------------------

@pytest.mark.parametrize("code,text", [
    ("ru", "Москва, 12 марта 2024 года. Президент Сербии Александр Вучич с понедельника по среду находится с "
           "официальным визитом в Японии."),
    ("hu", "Budapest, 2024. március 12. - Novák Katalin államfő hétfőtől szerdáig hivatalos látogatáson "
           "tartózkodik Japánban."),
    ("et", "Tallinn, 12. märts 2024 - President Alar Karis viibib esmaspäevast kolmapäevani riigivisiidil Jaapanis."),
])
def test_weekday_span_by_case_or_range_word(code, text):
    assert _date(code, text) == ("2024-03-11", "2024-03-13")


def test_environment_is_no_wednesday():
    # a guard (passes on main too): "по окружающей среде" is no weekday
    from kronika.nlp.dates import find_dates

    text = "Министр провел переговоры по окружающей среде и климату."
    assert not [d for d in find_dates(text, "ru") if d.kind == "weekday"]


# --- 6. "last Tuesday" under a Tuesday's dateline is a week before -----------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("en", "Warsaw, March 5, 2024 - Polish Foreign Minister Radoslaw Sikorski met his Japanese counterpart Yoko "
           "Kamikawa last Tuesday in Tokyo."),
    ("sk", "Bratislava 5. marca 2024 - Minister Juraj Blanár sa minulý utorok stretol v Tokiu s japonskou "
           "ministerkou Jóko Kamikawovou."),
])
def test_last_weekday_of_the_datelines_weekday_is_a_week_before(code, text):
    assert _date(code, text) == ("2024-02-27", None)


def test_plain_weekday_of_the_datelines_weekday_is_that_day():
    # a guard (passes on main too): "on Tuesday" under a Tuesday's dateline is the day of writing
    text = ("Warsaw, March 5, 2024 - Polish Foreign Minister Radoslaw Sikorski met his Japanese counterpart Yoko "
            "Kamikawa on Tuesday in Tokyo.")
    assert _date("en", text) == ("2024-03-05", None)


# --- 7. a light verb of the future before the weekday and the visit --------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("pl", "Warszawa, 5 marca 2024 - Prezydent Andrzej Duda złoży w czwartek oficjalną wizytę w Japonii."),
    ("cs", "Praha 5. března 2024 - Prezident Petr Pavel uskuteční ve čtvrtek oficiální návštěvu Japonska."),
    ("sk", "Bratislava 5. marca 2024 - Prezident Peter Pellegrini uskutoční vo štvrtok oficiálnu návštevu Japonska."),
    ("uk", "Київ, 5 березня 2024. Президент Польщі Анджей Дуда здійснить у четвер офіційний візит до Японії."),
    ("lv", "Rīga, 2024. gada 5. martā - Valsts prezidents Edgars Rinkēvičs ceturtdien dosies oficiālā vizītē uz Japānu."),
    ("et", "Tallinn, 5. märts 2024 - President Alar Karis teeb neljapäeval ametliku visiidi Jaapanisse."),
])
def test_light_future_verb_makes_the_weekday_coming(code, text):
    # the visit on Thursday the 7th is still to come: an announcement dated on the day of writing
    ev = first(text, code)
    assert (ev.type, ev.date) == ("AGREE", "2024-03-05")


@pytest.mark.parametrize("code,text", [
    ("pl", "Warszawa, 5 marca 2024 - Prezydent Andrzej Duda złożył w czwartek oficjalną wizytę w Japonii."),
    ("et", "Tallinn, 5. märts 2024 - President Alar Karis tegi neljapäeval ametliku visiidi Jaapanisse."),
])
def test_past_light_verb_keeps_the_weekday_past(code, text):
    # a guard (passes on main too): the past forms are not listed
    assert _date(code, text) == ("2024-02-29", None)


# --- 8. a labelled stamp of the page's own a day before the crawler's date line ---------------------------------

def test_labelled_stamp_a_day_before_the_line_is_published():
    from kronika.events.document import extract_document
    from kronika.model import Document

    text = (" date 2025-03-07 Menu\n\nForeign Ministers of S. Korea, Poland Discuss Ties\n\nWritten: 2025-03-06 "
            "09:52:13Updated: 2025-03-06 10:02:05\n\nForeign minister Cho Tae-yul met his Polish counterpart "
            "Radoslaw Sikorski in Warsaw on Wednesday, the ministry said.")
    assert extract_document(Document(id="t", text=text), "en").published == "2025-03-06"


def test_unlabelled_stamp_a_day_before_the_line_is_not():
    # a guard (passes on main too): a bare timed stamp (a list's, a widget's) does not outvote the line
    from kronika.events.document import extract_document
    from kronika.model import Document

    text = (" date 2025-03-07 Menu\n\n2025-03-06 09:52\n\nForeign minister Cho Tae-yul met his Polish counterpart "
            "Radoslaw Sikorski in Warsaw on Wednesday, the ministry said.")
    assert extract_document(Document(id="t", text=text), "en").published == "2025-03-07"
