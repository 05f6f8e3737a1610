"""Session h14's mechanisms of persons (issue 9): constructed press sentences of the kinds met in real
excerpts, each failing on the code before its mechanism (99d5f05) unless marked a guard."""
import datetime as dt

import pytest

from kronika.events.document import extract_document
from kronika.model import Document
from kronika.nlp.analyze import analyze


def participants(text: str, code: str) -> list[str]:
    """The people of the document's first event."""
    evs = extract_document(Document(id="t", text=text), code).events
    return [p.name for p in evs[0].persons] if evs else []


def names(text: str, code: str, when: dt.date | None = None) -> list[str]:
    """Everyone the analysis finds, participant or not."""
    return [p.name for p in analyze(text, code, when).persons]


def families(people: list[str]) -> set[str]:
    return {p.split()[-1] for p in people}


# ---------------------------------------------------------------- an envoy recalled takes no part
@pytest.mark.parametrize("text,code,kept,recalled", [
    ("Министар спољних послова Вук Јеремић наложио је данас хитно повлачење амбасадора Србије у Јапану "
     "Милана Петровића због признања независности Косова.", "sr", "Jeremić", "Petrović"),
    ("Minister spraw zagranicznych Radosław Sikorski ogłosił w poniedziałek odwołanie ambasadora RP w Moskwie "
     "Krzysztofa Krajewskiego na konsultacje.", "pl", "Sikorski", "Krajewski"),
    ("Министр иностранных дел Японии Ёсимаса Хаяси объявил в пятницу, что Токио решил отозвать посла Японии "
     "в Южной Корее Коити Айбоси для консультаций.", "ru", "Hayashi", "Aiboshi"),
    ("Foreign Minister Yoshimasa Hayashi said on Friday that Japan recalled its ambassador to South Korea, "
     "Koichi Aiboshi, for consultations.", "en", "Hayashi", "Aiboshi"),
])
def test_an_envoy_whose_recall_is_ordered_is_no_party_to_the_order(text, code, kept, recalled):
    fam = families(participants(text, code))
    assert kept in fam and recalled not in fam


def test_an_envoy_recalled_is_the_news_when_no_one_else_is_named():
    # guard (right before too): told alone, the recalled ambassador is the event's one person
    text = "Japan recalled its ambassador to South Korea, Koichi Aiboshi, on Friday over the dispute."
    assert families(participants(text, "en")) == {"Aiboshi"}


# ---------------------------------------------------------------- case endings read back to the nominative
@pytest.mark.parametrize("text,code,name", [
    # Slovenian puts j between a foreign name's final u and its ending, as after r (Pahorja)
    ("Predsednik republike Borut Pahor je danes sprejel japonskega veleposlanika Masaharuja Jošido.", "sl",
     "Masaharu Yoshida"),
    ("Predsednik je veleposlaniku Masaharuju Jošidi čestital za imenovanje.", "sl", "Masaharu Yoshida"),
    # Lithuanian -iaus is the genitive of -ius (Linkevičiaus), not of -us
    ("Užsienio reikalų ministro Lino Linkevičiaus teigimu, Japonija yra svarbi partnerė.", "lt",
     "Linas Linkevičius"),
])
def test_a_name_in_its_case_is_read_back_to_the_nominative(text, code, name):
    assert name in names(text, code)
