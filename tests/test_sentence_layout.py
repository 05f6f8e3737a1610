"""A page that sets a linked name on a line of its own cuts one sentence into paragraphs; they are
joined again, while headings and separate paragraphs stay apart."""
from kronika.events.document import extract_document
from kronika.model import Document
from kronika.text.tokens import sentences


def parts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


def test_a_name_on_its_own_line_stays_in_its_sentence():
    text = "Bejelentették a hírt, hogy\n\nOrbán Viktor\n\nkormányfő a hónap végén Japánba utazik. Ez a második mondat."
    assert parts(text) == ["Bejelentették a hírt, hogy\n\nOrbán Viktor\n\nkormányfő a hónap végén Japánba utazik.",
                           "Ez a második mondat."]


def test_headings_and_finished_paragraphs_stay_apart():
    text = "Közélet\n\nA japán nagykövet Szegedre látogat\n\nA diplomata csütörtökön érkezik.\n\nOrbán Viktor\n\nKépaláírás"
    assert parts(text) == ["Közélet", "A japán nagykövet Szegedre látogat", "A diplomata csütörtökön érkezik.",
                           "Orbán Viktor", "Képaláírás"]


def test_an_announcement_cut_by_a_linked_name_is_an_event():
    text = ("2013. november 5.\n\nYamamoto Tadamicsi, Japán magyarországi nagykövete csütörtökön Szegedre látogat, "
            "ahol megbeszélést folytat Kovács Péter polgármesterrel.\n\nNovember 1-jén jelentették be a hírt, hogy\n\nOrbán Viktor\n\nkormányfő a "
            "hónap végén hivatalos látogatásra utazik Japánba, ahol találkozik japán kollégájával.")
    evs = extract_document(Document(id="t", text=text), "hu").events
    assert any(e.date == "2013-11-01" and "Viktor Orbán" in [p.name for p in e.persons] for e in evs)


def test_a_headline_above_its_date_line_stays_apart():
    text = "Ђурић са Ивајом о унапређењу сарадње Србије и Јапана\n\n22.01.2025.\n\nМинистар Марко Ђурић разговарао је данас."
    assert parts(text)[:2] == ["Ђурић са Ивајом о унапређењу сарадње Србије и Јапана", "22.01.2025."]


def test_a_stop_that_lost_its_space_still_ends_a_sentence():
    assert parts("Lawrow besucht Nordkorea.Er werde dort sein.Laut Tass ja.") == [
        "Lawrow besucht Nordkorea.", "Er werde dort sein.", "Laut Tass ja."]
    assert parts("Siehe www.Example.com und Prof.Nowak.") == ["Siehe www.Example.com und Prof.Nowak."]
