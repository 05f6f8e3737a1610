"""Session h14's lead: mechanisms fixed while merging the helpers' branches, each failing before its fix."""
from kronika.nlp.published import in_caption


def test_a_credit_word_with_a_sentence_after_it_is_prose():
    text = ("Foreign Minister Radosław Sikorski met Yoko Kamikawa in Tokyo on Tuesday; a photo: the two ministers "
            "shaking hands was posted by the ministry on its website after the talks.")
    assert not in_caption(text, text.index("Tuesday"), "en")


def test_a_credit_that_ends_or_opens_a_line_makes_it_a_caption():
    ended = "Szijjártó Péter és Marco Rubio Washingtonban 2025. március 4-én. Fotó: KKM\nA két miniszter tárgyalt."
    opened = "Photo: the ministers in Tokyo on 11 June 2024\nThe two ministers met on Tuesday."
    assert in_caption(ended, ended.index("március"), "hu")
    assert in_caption(opened, opened.index("11 June"), "en")
    assert not in_caption(opened, opened.index("Tuesday"), "en")
