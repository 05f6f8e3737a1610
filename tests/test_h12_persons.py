"""Session h12's mechanisms of persons (issue 9), met in real press excerpts no rule had seen:
constructed press sentences, each failing on the code before its mechanism."""
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
    return [p.name for p in analyze(text, code, when).persons]


@pytest.mark.parametrize("code,text,name,party", [
    ("de", "Premier Andrej Babiš (Partei Ano) empfängt am Mittwoch in Prag den Präsidenten Moon Jae-in.",
     "Babiš", "Ano"),
])
def test_a_bracketed_party_that_shares_one_initial_with_the_name_is_no_gloss(code, text, name, party):
    found = names(text, code)
    assert any(name in n for n in found) and not any(party in n for n in found)


@pytest.mark.parametrize("code,text,name", [
    # a gloss that spells both words of the name again is still its original
    ("lv", "Japānas vēstnieks Jasuši Takasi (Yasushi Takase) tikās ar ministru.", "Takase"),
])
def test_a_gloss_that_spells_each_word_of_the_name_is_still_taken(code, text, name):
    assert any(name in n for n in names(text, code))
