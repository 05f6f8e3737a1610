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
