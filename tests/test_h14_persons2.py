"""Session h14's second round on persons (issue 9): constructed press sentences of the kinds met in real
excerpts, each failing on the parent 2ca0a69 unless marked a guard."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def participants(text: str, code: str) -> list[str]:
    """The people of the document's first event."""
    evs = extract_document(Document(id="t", text=text), code).events
    return [p.name for p in evs[0].persons] if evs else []


def families(people: list[str]) -> set[str]:
    return {p.split()[-1] for p in people}


# ---------------------------------------------------------------- the visitor of a visit still to come
@pytest.mark.parametrize("code,text,kept,coming", [
    ("en", "Foreign Minister Lubomir Zaoralek met on Monday in Prague with Japanese Ambassador Tetsuo Yamakawa. "
           "They discussed a possible visit by Prime Minister Shinzo Abe to the Czech Republic.",
     {"Zaorálek", "Yamakawa"}, "Abe"),
    ("pl", "Wiceminister spraw zagranicznych Marcin Przydacz spotkał się we wtorek w Warszawie z ambasadorem Japonii "
           "Akio Miyajimą. Rozmawiano o przygotowaniach do wizyty premiera Fumio Kishidy w Polsce oraz "
           "o możliwej wizycie premiera Fumio Kishidy w Warszawie.", {"Przydacz", "Miyajima"}, "Kishida"),
    ("ru", "Министр иностранных дел Сергей Лавров провёл во вторник в Москве переговоры с послом Японии "
           "Тоёхиса Кодзуки. Стороны обсудили подготовку визита премьер-министра Японии Фумио Кисиды в Россию.",
     {"Lavrov", "Kozuki"}, "Kishida"),
    ("hr", "Ministar vanjskih poslova Gordan Grlić Radman primio je u srijedu u Zagrebu veleposlanika Japana "
           "Kaoru Sakurajija. Razgovarali su o pripremi posjeta japanskog premijera Fumija Kišide Hrvatskoj.",
     {"Radman"}, "Kishida"),
])
def test_the_visitor_of_a_visit_to_come_takes_no_part_in_todays_meeting(code, text, kept, coming):
    fam = families(participants(text, code))
    assert kept <= fam and coming not in fam


@pytest.mark.parametrize("code,text,visitor", [
    ("en", "The upcoming visit of Prime Minister Shinzo Abe to Poland was announced on Monday by the ministry.", "Abe"),
])
def test_a_visit_to_come_told_alone_keeps_its_visitor(code, text, visitor):
    """Guard: an announcement names no one else; its visitor is the news."""
    assert visitor in families(participants(text, code))
