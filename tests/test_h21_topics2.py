"""What a meeting was about (h21 topics2: the pieces of h21/topics that held on the gates): a government minister's
title holds no parliamentary topic, and the others below."""
import pytest

from extracting import topics


# -- a minister's title is no parliament -----------------------------------------------------------------------------

def test_parliamentary_vice_minister_is_no_parliament():
    text = ("На 26 април заместник-министърът Мария Ангелиева прие японска делегация, ръководена от парламентарния "
            "заместник-министър на външните работи г-н Ясуши Хосака. Страните обсъдиха търговията и туризма.")
    assert "parliamentary" not in topics(text, "bg")


def test_speaker_still_makes_parliamentary():
    # a guard (passes on main too): a house's speaker still makes the talks parliamentary
    text = ("Председателят на Народното събрание прие посланика на Япония. Страните обсъдиха търговията и "
            "туризма.")
    assert "parliamentary" in topics(text, "bg")


# -- forming a government is no education ----------------------------------------------------------------------------

FORMED = [
    ("de", "Außenminister Chung traf am Sonntag seine deutsche Amtskollegin Baerbock in Liverpool. Chung gratulierte "
           "zur Bildung der neuen Bundesregierung. Sie sprachen über den Klimawandel und die Corona-Pandemie."),
    ("ru", "Министр иностранных дел Японии встретился в Москве с российским коллегой. Японский министр поздравил "
           "его с образованием нового правительства. Стороны обсудили изменение климата и пандемию."),
]


@pytest.mark.parametrize("code,text", FORMED)
def test_forming_a_government_is_no_education(code, text):
    assert "science_education" not in topics(text, code)


# -- German "damals" opens a sentence of the past --------------------------------------------------------------------

def test_damals_opens_background():
    text = ("Außenministerin Kang wird am 10. August in Berlin mit Bundesaußenminister Maas zusammenkommen, teilte "
            "ihr Sprecher am Donnerstag mit. Beim Treffen wird die Kooperation im Zusammenhang mit Covid-19 "
            "diskutiert.\nDamals hatte sie an einer Sitzung des UN-Menschenrechtsrats teilgenommen und mit Richtern "
            "des Internationalen Strafgerichtshofs über Justiz und Menschenrechte gesprochen.")
    assert "law_justice" not in topics(text, "de")
