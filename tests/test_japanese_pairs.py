"""A listed Japanese family name beside a word of Japanese syllables is a person's name though the
given-name list lacks it; a Romanian 'a avut o întrevedere' is one meeting verb whose subject is named."""
from kronika.events.document import extract_document
from kronika.model import Document
from kronika.nlp.persons import has_given_name


def test_a_family_name_beside_japanese_syllables_is_a_name():
    assert has_given_name(["Chikao", "Kawai"], "ro") and has_given_name(["Kawai", "Chikao"], "en")
    assert not has_given_name(["Toyota", "Motor"], "en") and not has_given_name(["Osaka", "Expo"], "en")


def test_the_subject_of_a_romanian_meeting_phrase():
    ev = extract_document(Document(id="t", text=(
        "12.10.2012\n\nAdjunctul din Ministerul de Externe japonez, Chikao Kawai, a avut o întrevedere cu "
        "omologul său chinez, Zhang Zhijun, la Shanghai.")), "ro").events[0]
    assert {p.name for p in ev.persons} == {"Chikao Kawai", "Zhang Zhijun"}
