"""h21/cjkdates: Japanese and Korean date constructions a probe of 293 press-style texts found unread.

Each test fails on main and passes here."""
from __future__ import annotations

import pytest
from extracting import events

JA_HEAD = "日・ポーランド外相会談\n2024年3月20日\n\n"
KO_HEAD = "한·폴란드 외교장관 회담\n입력 2024.03.20 10:15\n\n"


def _first_date(text: str, code: str):
    evs = events(text, code)
    assert evs, "no event"
    return evs[0].date, evs[0].date_end


# --- 1. a week word joined to its weekday by a particle: "先週の月曜日" is that week's Monday (WEEK_LINK) -----------

@pytest.mark.parametrize("week,want", [("先週の月曜日", "2024-03-11"), ("先週の金曜日", "2024-03-15"),
                                       ("今週の月曜日", "2024-03-18")])
def test_week_word_with_particle(week, want):
    text = JA_HEAD + f"上川陽子外務大臣は{week}、東京でポーランドのシコルスキ外相と会談した。"
    assert _first_date(text, "ja")[0] == want


# --- 2. two days listed with the Latin middle dot and the unit once: "18·19일" is a range ----------------------

def test_days_listed_with_middle_dot():
    text = KO_HEAD + "조태열 외교부 장관은 18·19일 폴란드를 방문해 라도스와프 시코르스키 외교장관과 회담했다."
    assert _first_date(text, "ko") == ("2024-03-18", "2024-03-19")


# --- 3. a photo caption closed by a bare credit after its sentence: "…악수하고 있다. 외교부 제공" ----------------------

def test_caption_with_bare_credit():
    text = (KO_HEAD + "조태열 외교부 장관(오른쪽)이 17일 서울 외교부 청사에서 시코르스키 장관과 악수하고 있다. 외교부 제공\n"
            "조태열 외교부 장관은 18일 서울에서 라도스와프 시코르스키 폴란드 외교장관과 회담을 가졌다.")
    dates = [e.date for e in events(text, "ko")]
    assert "2024-03-17" not in dates and "2024-03-18" in dates  # the photo's day dates nothing


# --- 4. a date with the hour of an appointment inside a sentence is no site's stamp ---------------------------

@pytest.mark.parametrize("hour", ["16:00-17:00", "16:00"])
def test_date_with_appointment_hour(hour):
    text = f"보도자료\n2024-03-19\n\n조태열 외교부 장관은 3.18.(월) {hour} 시코르스키 폴란드 외교장관과 회담을 개최하였다."
    assert [e.date for e in events(text, "ko")] == ["2024-03-18"]


def test_stamp_with_time_still_a_stamp():
    """Guard: a date line with its time is still the page's stamp, not the meeting's day."""
    text = "한·폴란드 외교장관 회담\n2024.03.20 10:15\n\n조태열 외교부 장관은 18일 서울에서 시코르스키 폴란드 외교장관과 회담했다."
    assert _first_date(text, "ko")[0] == "2024-03-18"
