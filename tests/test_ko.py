"""Korean: particles split off, dates, short forms of states, names in Revised Romanization."""
import datetime as dt
import subprocess
import sys

import pytest

pytest.importorskip("kiwipiepy")

from kronika.lang.ko import hooks  # noqa: E402
from kronika.nlp.analyze import analyze  # noqa: E402
from kronika.nlp.dates import find_dates, resolve  # noqa: E402
from kronika.nlp.langid import detect  # noqa: E402

CTX = dt.date(2025, 3, 17)


def _dates(text, ctx=CTX):
    return [resolve(d, ctx) for d in find_dates(text, "ko")]


def test_particles_are_stripped_from_countries():
    for text in ("폴란드와", "폴란드는", "폴란드의", "폴란드에서", "폴란드를"):
        a = analyze(f"정부는 {text} 협력했다.", "ko")
        assert [m.key for m in a.countries] == ["PL"], text


def test_short_forms_of_states():
    keys = [m.key for m in analyze("제1차 한-폴란드 협의회와 북러 관계, 한·미·일 협력", "ko").countries]
    assert keys == ["KR", "PL", "KP", "RU", "KR", "US", "JP"]


def test_determiner_han_is_not_korea():
    assert analyze("한 번 만났다.", "ko").countries == []


def test_full_date_range_and_weekday():
    assert _dates("2025년 2월 28일 서울에서")[0].date == dt.date(2025, 2, 28)
    r = _dates("2월 27~28일 방문했다.")[0]
    assert (r.date, r.end) == (dt.date(2025, 2, 27), dt.date(2025, 2, 28))
    d = find_dates("28일(금) 회담", "ko")[0]
    assert d.weekday == 5 and d.end == len("28일(금)")


def test_bare_day_and_relative():
    assert _dates("지난 15일 회담했다.")[0].date == dt.date(2025, 3, 15)
    assert _dates("지난 20일 회담했다.")[0].date == dt.date(2025, 2, 20)
    assert _dates("전날 회담했다.")[0].date == CTX - dt.timedelta(days=1)
    found = _dates("오늘(17일) 회담했다.")
    assert found[0].date == CTX


def test_hangul_names_romanised_family_last():
    assert hooks.romanise("정연두") == "Yeon-du Jeong"
    assert hooks.romanise("박윤주") == "Yun-ju Park"
    assert hooks.romanise("이민호") == "Min-ho Lee"
    assert hooks.romanise("최민수") == "Min-su Choi"
    assert hooks.romanise_hangul("라브로프") == "rabeuropeu"
    assert hooks.romanise("노박") == "Nobak"  # a foreign family name (Novák), not 노 + 박


def test_hangul_foreign_name_resolves_to_the_registry_form():
    a = analyze("라브로프 외무장관은 평양에 도착했다.", "ko", dt.date(2018, 5, 31))
    assert [p.name for p in a.persons] == ["Sergey Lavrov"]


def test_title_after_name_gives_role():
    a = analyze("김민수 외교부 제1차관은 러시아 대사를 초치했다.", "ko", CTX)
    assert ("Min-su Kim", "deputy minister of foreign affairs") in [(p.name, p.role) for p in a.persons]


def test_event_words():
    a = analyze("외교부는 러시아 대사를 초치해 북한군 파병에 항의하고 규탄했다.", "ko", CTX)
    assert {m.key for m in a.triggers} >= {"ACCUSE"}
    a = analyze("양국 외교장관은 전화 통화를 했다.", "ko", CTX)
    assert "CONSULT/phone" in {m.key for m in a.triggers}


def test_korean_with_english_residue_is_korean():
    text = ("정연두 외교전략정보본부장은 폴란드 바르샤바를 방문해 안보전략협의회를 개최했다. "
            "Copyright (c) Yonhap News Agency. All rights reserved. Share on Facebook Twitter Email")
    assert detect(text) == "ko"


def test_analysers_load_only_for_their_languages():
    code = ("import sys; from kronika.events.document import extract_document; from kronika.model import Document;"
            "extract_document(Document(id='t', text='Minister Radosław Sikorski spotkał się w Warszawie z ambasadorem Japonii. '"
            "'Rozmowa dotyczyła współpracy gospodarczej i bezpieczeństwa w regionie.'));"
            "print('kiwipiepy' in sys.modules, 'fugashi' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
