"""A suspension governs what it suspends: "halted economic aid" is a sanction (PLOVER SANCTION), not aid;
a meeting that discusses sanctions stays a meeting."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def event_type(text: str, code: str) -> str | None:
    doc = extract_document(Document(id="t", text=text), code)
    return doc.events[0].type if doc.events else None


@pytest.mark.parametrize("code,text", [
    ("en", "5 March 1993\n\nJapan said on Tuesday it had halted economic aid to Serbia in line with Western efforts."),
    ("en", "5 March 1993\n\nThe United States suspended part of a military aid program for Bosnia."),
    ("pl", "5 marca 1993\n\nJaponia wstrzymała pomoc gospodarczą dla Serbii."),
    ("de", "5. März 1993\n\nJapan hat die Wirtschaftshilfe für Serbien ausgesetzt."),
    ("ru", "5 марта 1993\n\nЯпония приостановила экономическую помощь Сербии."),
    ("cs", "5. března 1993\n\nJaponsko pozastavilo hospodářskou pomoc Srbsku."),
])
def test_suspended_aid_is_a_sanction(code, text):
    assert event_type(text, code) == "SANCTION"


def test_a_meeting_about_sanctions_is_a_meeting():
    text = ("5 March 2024\n\nJapanese Foreign Minister Yoko Kamikawa met her Lithuanian counterpart in Tokyo and "
            "discussed sanctions against Russia and cooperation in energy.")
    assert event_type(text, "en") == "CONSULT"


def test_aid_given_is_aid():
    assert event_type("5 March 2024\n\nJapan provided humanitarian aid to Ukraine.", "en") == "AID"
