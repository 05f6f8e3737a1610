"""Session h23, lead: fixes found by the whole suite and the reviews after the merges."""
from __future__ import annotations

import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def _events(text: str, code: str):
    return extract_document(Document(id="t", text=text), code).events


@pytest.mark.parametrize("code,text,guest,host", [
    ("hu", "2013. november 5.\n\nYamamoto Tadamicsi, Japán magyarországi nagykövete kedden Szegeden tárgyalt "
           "Botka László polgármesterrel a két ország kapcsolatairól.", "Tadamichi Yamamoto", "László Botka"),
    ("pl", "5 listopada 2013\n\nAmbasador Japonii w Polsce Makoto Yamanaka spotkał się we wtorek w Krakowie "
           "z marszałkiem województwa Markiem Sową.", "Makoto Yamanaka", "Marek Sowa"),
])
def test_the_guests_envoy_posted_in_the_host_state_is_no_host_of_a_meeting_apart(code, text, guest, host):
    (ev, *rest) = _events(text, code)
    names = [p.name for p in ev.persons]
    assert guest in names and host in names and not rest


@pytest.mark.parametrize("code,text,host", [
    ("en", "5 September 2018\n\nForeign Minister Elmar Mammadyarov met Japanese Foreign Minister Taro Kono.\n\n"
           "The ministers discussed trade.\n\nPresident Ilham Aliyev joined the talks. President Ilham Aliyev "
           "thanked Japan.", "Ilham Aliyev"),
    ("cs", "5. září 2018\n\nMinistr zahraničí Tomáš Petříček se v Praze setkal s japonským ministrem zahraničí "
           "Taró Kónem.\n\nPremiér Andrej Babiš se k jednání připojil.", "Andrej Babiš"),
])
def test_a_host_acting_before_the_meeting_word_with_the_guest_unnamed_is_at_the_same_meeting(code, text, host):
    evs = _events(text, code)
    assert host in [p.name for p in evs[0].persons]
    assert all(ev.type != "CONSULT" or ev is evs[0] or host not in [p.name for p in ev.persons] for ev in evs)


def test_a_host_met_after_the_meeting_word_with_the_guest_unnamed_is_a_meeting_apart():
    text = ("5. září 2018\n\nJaponský ministr zahraničí Taró Kóno se v úterý v Praze setkal s ministrem zahraničí "
            "Tomášem Petříčkem.\n\nSetkal se také s premiérem Andrejem Babišem.")
    evs = _events(text, "cs")
    assert [p.name for p in evs[0].persons if p.name == "Andrej Babiš"] == []
    assert any("Andrej Babiš" in [p.name for p in ev.persons] for ev in evs[1:])


def test_a_call_in_which_an_invitation_is_made_keeps_its_mode_and_one_agree():
    text = ("5. januára 2026\n\nAmerický prezident Donald Trump v piatok večer telefonoval s japonskou premiérkou Sanae "
            "Takaičiovou a pozval ju na návštevu Spojených štátov.")
    evs = _events(text, "sk")
    assert (evs[0].type, evs[0].mode) == ("CONSULT", "phone")
    assert [e.type for e in evs[1:]] == ["AGREE"]


def test_two_agreements_told_in_two_sentences_stay_two():
    text = ("5 March 2024\n\nPolish Foreign Minister Radoslaw Sikorski met Japanese Foreign Minister Yoko Kamikawa in "
            "Warsaw on Tuesday. The two ministers signed a memorandum on energy cooperation.\n\nSikorski invited "
            "Kamikawa to visit Krakow next year.")
    evs = _events(text, "en")
    assert len([e for e in evs if e.type == "AGREE"]) >= 1
