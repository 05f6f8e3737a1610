"""Issue 9, dates (h14, third round): the day a meeting was told of is not the meeting's when the reported
clause names an earlier day ("said Tuesday that the talks on Monday …"), and Bulgarian "предния ден" is the day
before.

Every sentence here is written for the test in the style of press text (no third-party text)."""
from __future__ import annotations

import datetime as dt

import pytest

JULY = dt.date(2024, 7, 10)  # a Wednesday: Tuesday is 9 July, Monday 8 July


def _date(code: str, text: str, published: dt.date | None = JULY) -> str | None:
    """The main event's date."""
    from kronika.events.document import extract_document
    from kronika.model import Document

    doc = extract_document(Document(id="t", text=text), code, published=published)
    return doc.events[0].date if doc.events else None


# --- 1. "said Tuesday that the talks on Monday …": the talks' day, not the day of saying ---

@pytest.mark.parametrize("code,text", [
    ("en", "The Polish foreign minister said Tuesday that his talks with the Japanese foreign minister in Warsaw "
           "on Monday were constructive."),
    ("en", "The Polish foreign minister said on Tuesday that he had met the Japanese ambassador in Warsaw on Monday."),
    ("ru", "Министр иностранных дел России заявил во вторник, что переговоры с министром иностранных дел Японии "
           "в понедельник в Москве были конструктивными."),
    ("pl", "Minister spraw zagranicznych Polski powiedział we wtorek, że rozmowy z ministrem spraw zagranicznych "
           "Japonii w poniedziałek w Warszawie były konstruktywne."),
    ("de", "Der polnische Außenminister sagte am Dienstag, dass er den japanischen Botschafter am Montag in "
           "Warschau getroffen habe."),
    ("uk", "Міністр закордонних справ України заявив у вівторок, що переговори з міністром закордонних справ "
           "Японії в понеділок у Києві були конструктивними."),
    ("cs", "Ministr zahraničí Česka v úterý uvedl, že jednání s japonským ministrem zahraničí v pondělí v Praze "
           "bylo konstruktivní."),
    ("de", "Die Außenministerin sagte am Dienstag, sie habe am Montag in Berlin mit dem polnischen Außenminister "
           "gesprochen."),  # reported speech without "dass": the Konjunktiv opens the clause
    ("bg", "Министърът на външните работи заяви във вторник, че в понеделник се е срещнал в София с японския "
           "министър на външните работи."),
    ("sk", "Minister zahraničných vecí v utorok povedal, že v pondelok v Bratislave rokoval s japonským ministrom "
           "zahraničných vecí."),
    ("hr", "Ministar vanjskih poslova izjavio je u utorak da se u ponedjeljak u Zagrebu sastao s japanskim "
           "veleposlanikom."),
    ("en", "On Tuesday the ministry announced that the foreign minister met the Japanese ambassador in Warsaw on "
           "Monday."),
])
def test_a_reported_meeting_on_an_earlier_day_is_dated_by_that_day(code, text):
    assert _date(code, text) == "2024-07-08"


def test_a_meeting_named_before_the_clause_keeps_its_day():
    text = ("The Polish foreign minister met the Japanese ambassador in Warsaw on Tuesday and said that the talks "
            "of Monday in Tokyo had prepared the visit.")
    assert _date("en", text) == "2024-07-09"


def test_a_day_to_come_in_the_clause_moves_nothing():
    # an announcement is dated by the project's convention (SCHEMA.md), never by a past day of the clause
    text = ("The Polish foreign minister said on Tuesday that he will meet the Japanese foreign minister in Warsaw "
            "on Monday.")
    assert _date("en", text) != "2024-07-08"


def test_a_meeting_told_before_a_later_sentence_keeps_its_day():
    text = ("Die Außenministerin traf am Dienstag in Berlin den polnischen Außenminister. Sie sagte, das Gespräch "
            "sei gut gewesen.")
    assert _date("de", text) == "2024-07-09"


def test_a_later_day_in_the_clause_does_not_move_the_date():
    text = ("The Polish foreign minister said on Monday that his talks with the Japanese foreign minister "
            "in Warsaw on Tuesday were constructive.")
    assert _date("en", text) == "2024-07-08"


# --- 2. bg "предния ден": the day before ---

def test_bulgarian_the_previous_day_is_the_day_before():
    text = ("Министърът на външните работи на България предния ден се срещна в София с японския министър "
            "на външните работи.")
    assert _date("bg", text) == "2024-07-09"
