"""The city of an event, second wave (session h19, pooled pages): a report's day in the Korean and Japanese
press does not make its sentence another time; on a trip to several towns of the host, the town where the
host's party is met; a written date after a word of 'since' is a reference point; 'анонсировал визит' tells a
visit still to come."""
from __future__ import annotations

import pytest

from extracting import events
from kronika.events.types import under_future
from kronika.nlp.analyze import analyze


def first(text: str, lang: str, published: str | None = None):
    return events(text, lang, published)[0]


def city(text: str, lang: str, published: str | None = None) -> str | None:
    return first(text, lang, published).location.city


# 1. extract._other_time_sentences: a report's day (cjk `aside`) is no other time
def test_a_reports_day_leaves_the_place_of_what_it_reports():
    text = ("북한 외무성 부상이 러시아 모스크바에서 러시아 외무차관과 정세를 논의했다고 조선중앙통신이 23일 보도했다.\n"
            "통신은 \"외무성 대표단 단장으로 러시아를 방문하고 있는 외무성 제1부상이 22일 러시아 외무차관을 만나 "
            "담화를 하였다\"고 밝혔다.\n부상은 19일 모스크바에 도착했다. 21일에는 러시아 국방차관을 면담한 바 있다.")
    ev = first(text, "ko", "2019-11-23")
    assert (ev.date, ev.location.city) == ("2019-11-22", "Moscow")


def test_guard_a_report_of_the_same_day_keeps_its_place():
    # guard (passes on main too)
    text = ("외교부 제1차관이 폴란드 바르샤바에서 폴란드 외교차관과 협의회를 개최했다고 외교부가 21일 밝혔다.\n"
            "외교부에 따르면 제1차관은 20일 폴란드 외교차관과 만나 양국 협력 방안을 논의했다.")
    assert city(text, "ko", "2019-11-21") == "Warsaw"


# 2. location._where_the_party_is_met
@pytest.mark.parametrize("lang,text,town,published", [
    ("sk", "Prezident odcestuje v nedeľu na pracovnú návštevu Japonska. Počas návštevy vycestuje aj do Hirošimy, "
           "kde sa stretne s guvernérom prefektúry.\n\nBratislava 5. septembra (TASR) - Prezident SR Peter "
           "Pellegrini odcestuje v nedeľu na pracovnú návštevu Japonska. Pracovná návšteva sa začne v Tokiu, kde sa "
           "prezident SR stretne s predsedom vlády Japonska Šigeru Išibom.", "Tokyo", "2025-09-05"),
    ("hr", "Hrvatski premijer Andrej Plenković boravit će od petka do nedjelje u službenom posjetu Japanu, gdje će "
           "se sastati s japanskim kolegom Shigeruom Ishibom i sudjelovati na obilježavanju nacionalnog dana na "
           "Svjetskoj izložbi u Osaki, priopćila je vlada u srijedu.\n\nU Tokiju će se sastati s Ishibom te održati "
           "predavanje na sveučilištu.", "Tokyo", "2025-09-17"),
])
def test_the_town_where_the_hosts_party_is_met_wins(lang, text, town, published):
    assert city(text, lang, published) == town


@pytest.mark.parametrize("lang,text,town", [
    ("hr", "Premijer Andrej Plenković sastao se u Zagrebu s japanskim premijerom Shigeruom Ishibom. "
           "Ishiba će potom otputovati u Split.", "Zagreb"),
    ("en", "Prime Minister Shigeru Ishiba met Croatian Prime Minister Andrej Plenkovic in Tokyo on Friday. "
           "Plenkovic then travelled to Osaka for the Expo.", "Tokyo"),
])
def test_guard_a_town_told_as_the_meeting_place_stays(lang, text, town):
    # guard (passes on main too)
    assert city(text, lang, "2025-09-19") == town


# 3. extract._other_time_sentences: since_point for written dates
def test_a_written_date_after_since_is_a_reference_point():
    text = ("Kineski predsjednik uskoro u prvoj posjeti Japanu\n"
            "Japanski ministar vanjskih poslova Taro Kono najavio je posjetu Xi Jinpinga krajem juna.\n"
            "Kineski predsjednik Xi Jinping trebao bi u junu, po prvi put od dolaska na vlast 2013. godine, posjetiti "
            "Japan. Kono je to najavio tokom boravka u Pekingu, gdje se sastao s kineskim premijerom Lijem Keqiangom.")
    ev = first(text, "hr", "2019-04-15")
    assert any("Xi" in p.name for p in ev.persons) and ev.location.city == "Beijing"


# 4. ru, uk, bg events.yaml FUTURE: 'анонсировал визит'
@pytest.mark.parametrize("lang,text", [
    ("ru", "Глава МИД России анонсировал визит в Японию."),
    ("uk", "Глава МЗС України анонсував візит до Японії."),
    ("bg", "Външният министър анонсира посещение в Япония."),
])
def test_an_announced_visit_is_still_to_come(lang, text):
    a = analyze(text, lang)
    assert [under_future(a, t) for t in a.triggers if t.key == "CONSULT/visit"] == [True]


def test_guard_a_visit_made_is_no_plan():
    # guard (passes on main too)
    a = analyze("Глава МИД России совершил визит в Японию.", "ru")
    assert [under_future(a, t) for t in a.triggers if t.key == "CONSULT/visit"] == [False]


# 5. ru, uk, en places.yaml LANDMARKS: a session of the UN General Assembly
@pytest.mark.parametrize("lang,text", [
    ("ru", "Министры иностранных дел Японии и Республики Корея провели встречу на полях сессии Генассамблеи ООН."),
    ("uk", "Міністри закордонних справ Японії та Польщі провели зустріч на полях сесії Генасамблеї ООН."),
    ("en", "The foreign ministers of Japan and Poland met on the sidelines of the UN General Assembly session."),
])
def test_a_session_of_the_general_assembly_is_in_new_york(lang, text):
    assert [m.key for m in analyze(text, lang).cities] == ["New York"]


def test_guard_the_assemblys_resolution_names_no_town():
    # guard (passes on main too): the Assembly itself is no place
    assert [m.key for m in analyze("Генассамблея ООН приняла резолюцию о Корее.", "ru").cities] == []
