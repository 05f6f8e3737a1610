"""Arbitrary text never breaks extraction, and every span points into the text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.events.document import ExtractionError, extract_document
from kronika.model import Document
from kronika.text.tokens import normalise

WORDS = ["spotkał", "się", "minister", "Japonii", "Warszawie", "7-8", "listopada", "w", "piątek",
         "Президент", "Румен", "Радев", "посланика", "Korea", "2024", ".", "\n", "Seoul,", "April", "26"]


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_normalise_keeps_length(s):
    assert len(normalise(s)) == len(s)


@given(st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_gives_events_or_a_clear_error(text):
    try:
        doc = extract_document(Document(id="x", text=text))
    except ExtractionError:
        return
    for ev in doc.events:
        for spans in ev.evidence.values():
            for s, e in spans:
                assert 0 <= s <= e <= len(text)
        for p in ev.persons:
            for s, e in p.evidence:
                assert text[s:e] and 0 <= s < e <= len(text)
