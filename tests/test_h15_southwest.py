"""Session h15, southwest (hr, sl, ro, hu): mechanisms found on fresh whole excerpts, tested on constructed text."""

import datetime as dt

from extracting import extracted, first, participants


# ---------------------------------------------------------------- who: the head of a press office only tells of it
def test_the_head_of_a_press_office_who_informed_is_no_participant():
    text = ("Orbán Viktor miniszterelnök kedden Budapesten tárgyalt Li Csiang kínai miniszterelnökkel – közölte "
            "Kiss Gábor, a Miniszterelnöki Sajtóiroda vezetője az MTI-vel.\n"
            "A felek a gazdasági együttműködésről is egyeztettek.\n")
    got = participants(first(text, "hu", "2024-05-07"))
    assert "Gábor Kiss" not in got
    assert "Viktor Orbán" in got


# ---------------------------------------------------------------- what: praised …, when he received
HU_WHEN = ("A bővülő magyar-kínai gazdasági együttműködést méltatta Orbán Viktor miniszterelnök, amikor szombaton "
           "Budapesten fogadta Vang Ji kínai külügyminisztert – közölte a kormány.\n"
           "A tanácskozáson a felek megállapodtak abban, hogy folytatják a kapcsolatok fejlesztését, és hosszú távú "
           "egyezmények megkötése várható.\n\n"
           "Szijjártó Péter külügyminiszter délután további tárgyalásokat folytat kínai kollégájával, majd "
           "együttműködési megállapodást írnak alá.\n")


def test_a_when_clause_that_tells_the_sentences_only_meeting_is_the_event():
    ev = first(HU_WHEN, "hu", "2015-06-06")
    assert (ev.type, ev.mode) == ("CONSULT", "visit")


def test_who_is_received_in_that_when_clause_takes_part():
    assert "Wang Yi" in participants(first(HU_WHEN, "hu", "2015-06-06"))


# ---------------------------------------------------------------- where: "de la" after an office says whose
RO_FROM = ("Romania reprezinta un partener important al Japoniei, a declarat, ieri, Taro Aso, ministrul nipon de externe, "
           "dupa intalnirea cu omologul sau de la Bucuresti, Mihai-Razvan Ungureanu. Seful diplomatiei de la Tokyo a "
           "mai afirmat ca vizita sa reprezinta un moment istoric, fiind prima a unui ministru de externe nipon in "
           "Romania dupa 24 de ani.\n")


def test_de_la_after_an_office_names_its_government_not_the_place():
    loc = first(RO_FROM, "ro", "2007-01-11").location
    assert loc.city != "Tokyo"
    assert loc.country == "RO"
    # after a meeting's noun it still names where the meeting was
    text = ("Ministrul afacerilor externe Bogdan Aurescu a participat joi la reuniunea de la Bruxelles, unde s-a "
            "intalnit cu omologul sau japonez Yoshimasa Hayashi.\n")
    assert first(text, "ro", "2022-04-07").location.city == "Brussels"


# ---------------------------------------------------------------- how: "as a member of NATO" is no setting
def test_an_organisation_a_state_belongs_to_is_not_the_meetings_setting():
    text = ("Romania, ca stat membru al NATO si UE, este un partener important al Japoniei, a declarat, ieri, "
            "Taro Aso, ministrul nipon de externe, dupa intalnirea cu omologul sau Mihai-Razvan Ungureanu.\n")
    assert first(text, "ro", "2007-01-11").mode == "visit"


# ---------------------------------------------------------------- when: a wire's dateline, its year in the footer
def test_a_dateline_without_a_year_takes_the_year_of_the_wires_copyright_line():
    text = ("Logar v Tokiu na pogovorih z japonskim kolegom\n\n"
            "Tokio, 14. maja - Zunanji minister Anže Logar se je danes v Tokiu sestal z japonskim zunanjim "
            "ministrom Toshimitsujem Motegijem. Govorila sta o gospodarskem sodelovanju.\n\n"
            "Foto: STA\n\nmb/ep\n© STA, 2021\n")
    doc = extracted(text, "sl")
    assert doc.published == "2021-05-14" or doc.published == dt.date(2021, 5, 14)
    assert str(doc.events[0].date) == "2021-05-14"
    # a site's footer with a span of years dates nothing
    site = text.replace("© STA, 2021", "© 2005-2024 Portal d.o.o.")
    assert extracted(site, "sl").published in (None, "")
