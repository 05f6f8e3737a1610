"""A spokesperson who tells of an event takes no part in it; Korean names in Hungarian spelling with
Hungarian case endings."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kronika.events.document import extract_document
from kronika.model import Document

sys.path.insert(0, str(Path(__file__).parent))
from test_persons_names import name, persons  # noqa: E402


def _participants(text: str, code: str) -> list[str]:
    doc = extract_document(Document(id="t", text=text), code)
    assert doc.events, "the text holds a meeting"
    return [p.name for p in doc.events[0].persons]


@pytest.mark.parametrize("code, text, spokesperson", [
    ("pl", "Minister spraw zagranicznych Radosław Sikorski spotkał się w środę 12 marca 2025 r. w Warszawie z "
           "ministrem spraw zagranicznych Japonii Takeshim Iwayą. O rozmowach poinformował rzecznik prasowy MSZ "
           "Paweł Wroński. Rzecznik prasowy Paweł Wroński dodał, że ministrowie omówili współpracę gospodarczą.",
     "Paweł Wroński"),
    ("en", "Foreign Minister Peter Szijjarto held talks with his South Korean counterpart Park Jin in Budapest "
           "on 12 October 2023. Spokesperson Mate Kocsis said the ministers discussed trade. "
           "Spokesperson Mate Kocsis added that the talks were friendly.",
     "Mate Kocsis"),
    ("hr", "Ministar vanjskih poslova Gordan Grlić Radman sastao se 5. lipnja 2024. u Zagrebu s japanskim "
           "veleposlanikom. Glasnogovornik Ivan Horvat izjavio je da su razgovarali o gospodarstvu. "
           "Glasnogovornik Ivan Horvat dodao je da je sastanak bio srdačan.",
     "Ivan Horvat"),
])
def test_a_spokesperson_is_no_participant(code, text, spokesperson):
    found = _participants(text, code)
    assert spokesperson not in found and found, found


def test_a_spokesperson_is_still_a_person_of_the_text():
    # the analysis keeps the spokesperson with the office: only the event leaves him out
    text = "Rzecznik prasowy MSZ Paweł Wroński poinformował o wizycie."
    assert ("Paweł Wroński", "spokesperson") in persons(text, "pl")


@pytest.mark.parametrize("written, english", [
    ("Kim Dzsin Phjóval", "Jin-pyo Kim"),      # -val on the last syllable of a three-word name
    ("Kim Dzsin Phjó", "Jin-pyo Kim"),         # ph, long ó: Hungarian letters of the aspirate and the vowel
    ("Csung Ui Jong", "Ui-yong Jeong"),        # Csung, a Hungarian spelling of the family name 정
    ("Szong Jong Gil", "Yong-gil Song"),
])
def test_korean_names_in_hungarian(written, english):
    assert name(written, "hu") == english


def test_hungarian_comitative_reaches_the_registry():
    text = "Orbán Viktor miniszterelnök hétfőn tárgyalt Kim Dzsin Phjóval, a nemzetgyűlés elnökével."
    assert ("Jin-pyo Kim", "speaker of parliament") in persons(text, "hu")


# ---------------------------------------------------------------- a state CLDR alone names is a proper noun
@pytest.mark.parametrize("code, text, states", [
    ("cs", "Sobotka se setká s předsedou dolní komory parlamentu.", []),      # komora, not the Comoros
    ("cs", "Premiér navštíví Komory a Japonsko.", ["KM", "JP"]),
    ("pl", "W mieszkaniu wykryto czad, a premier Japonii odwiedził Czad.", ["JP", "TD"]),  # czad: carbon monoxide
])
def test_a_common_noun_is_no_state(code, text, states):
    from kronika.nlp.analyze import analyze

    assert [m.key for m in analyze(text, code).countries] == states


# ---------------------------------------------------------------- Hungarian press conventions
def test_an_abbreviation_with_a_case_ending_opens_no_name():
    # "az MTI-t" (the news agency, accusative) before the name of the prime minister's press chief
    found = persons("Ezt tájékoztatta az MTI-t Havasi Bertalan, a miniszterelnök sajtófőnöke.", "hu")
    assert found == [("Bertalan Havasi", "spokesperson")]  # his office, in family-first order


def test_the_owner_before_a_title_is_not_the_persons_office():
    # "a miniszterelnök sajtófőnöke": the prime minister's press chief, not the prime minister
    assert persons("Havasi Bertalan, a miniszterelnök sajtófőnöke nyilatkozott.", "hu")[0][1] == "spokesperson"


def test_an_institution_in_capitals_is_no_person():
    found = persons("A Miniszterelnöki Sajtóiroda képén Orbán Viktor miniszterelnök fogadja Kim Dzsin Phjót.", "hu")
    assert [n for n, _r in found] == ["Viktor Orbán", "Jin-pyo Kim"]
    assert [n for n, _r in persons("Das Bundespresseamt teilte mit, Olaf Scholz habe Fumio Kishida empfangen.",
                                    "de")] == ["Olaf Scholz", "Fumio Kishida"]
