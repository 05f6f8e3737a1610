"""The report reads model objects from the store: StoredEvents with their persons and documents (text,
file, a past report's entry), a stored field that cannot be read named in the appendix, and the
conclusions' thirteen months read without the documents' texts."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update

from kronika.model import DatedParties, Person, StoredEvent
from kronika.pipeline import add_inputs
from kronika.report.build import load_month
from kronika.report.make import make_report
from kronika.store import open_store
from kronika.store import schema as t
from kronika.store.history import dated_parties
from kronika.store.reports import report_events

VISIT = """Minister Kamikawa z wizytą w Warszawie

Warszawa, 12 marca 2024 r. – Minister spraw zagranicznych Japonii Yoko Kamikawa spotkała się w Warszawie
z ministrem spraw zagranicznych RP Radosławem Sikorskim. Rozmowy dotyczyły bezpieczeństwa w Europie i Azji.
"""
CALL = """Rozmowa telefoniczna premierów Polski i Japonii

Warszawa, 18 marca 2024 r. – Premier Donald Tusk przeprowadził rozmowę telefoniczną z premierem Japonii
Fumio Kishidą. Rozmowa dotyczyła bezpieczeństwa i wsparcia dla Ukrainy.
"""
MARCH = (dt.date(2024, 3, 1), dt.date(2024, 3, 31))


@pytest.fixture()
def store(tmp_path, migrated_db):
    for name, text in (("pl-visit.txt", VISIT), ("pl-call.txt", CALL)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    s = open_store(migrated_db("k.db"))
    assert add_inputs(s, [str(tmp_path / "pl-visit.txt"), str(tmp_path / "pl-call.txt")]).added == 2
    return s


def _event_of(store, words: str) -> int:
    with store.connect() as conn:
        return conn.execute(select(t.events.c.id).join(t.documents, t.documents.c.id == t.events.c.document_id)
                            .where(t.documents.c.text.contains(words))).scalar_one()


def test_the_store_gives_the_report_stored_events_with_persons_and_documents(store):
    good, undated, bad = load_month(store, *MARCH)
    assert len(good) == 2 and not undated and not bad
    ev = next(e for e in good if "Kamikawa" in e.document.text)
    assert isinstance(ev, StoredEvent) and ev.date == "2024-03-12" and set(ev.countries) == {"JP", "PL"}
    assert all(isinstance(p, Person) for p in ev.persons) and "Yoko Kamikawa" in [p.name for p in ev.persons]
    assert ev.document.language == "pl" and ev.document.path.endswith("pl-visit.txt")
    assert ev.document.legacy == {} and ev.unreadable is None and ev.evidence["type"]


def test_the_conclusions_months_are_read_without_the_documents_texts(store):
    events = report_events(store, "2024-01-01", "2024-04-07", "2024-03-01", "2024-03-31", texts=False)
    assert len(events) == 2 and all(e.document.text is None for e in events)
    assert all(e.persons for e in events)


@pytest.mark.parametrize("column,stored,said", [
    ("countries", "[\"JP\", ", "countries is not valid JSON"),
    ("topics", "{\"security\": 1}", "topics is not a list"),
    ("subjects", "nonsense", "subjects is not valid JSON"),
])
def test_a_stored_field_that_cannot_be_read_is_named_and_the_report_goes_on(store, column, stored, said):
    call = _event_of(store, "Tusk")
    with store.begin() as conn:
        conn.execute(update(t.events).where(t.events.c.id == call).values(**{column: stored}))
    good, _undated, bad = load_month(store, *MARCH)
    assert [e.id for e, _why in bad] == [call] and bad[0][1] == said and len(good) == 1
    rep = make_report(store, "japan-cee", "2024-03", "pl", with_charts=False)
    assert any(line.startswith(f"wydarzenie nr {call} pominięte: {said}; źródło: ") and "pl-call.txt" in line
               for line in rep.appendix)
    assert [e.date for s in rep.sections for e in s.entries] == ["2024-03-12"]


def test_a_past_reports_entry_keeps_its_month_from_the_documents_meta(store):
    visit = _event_of(store, "Kamikawa")
    with store.begin() as conn:
        doc = conn.execute(select(t.events.c.document_id).where(t.events.c.id == visit)).scalar_one()
        meta = json.loads(conn.execute(select(t.documents.c.fetch_meta).where(t.documents.c.id == doc)).scalar_one())
        meta["legacy"] = {"period": "2024-04", "urls": ["https://example.org/a"]}
        conn.execute(update(t.documents).where(t.documents.c.id == doc).values(fetch_meta=json.dumps(meta)))
    assert [e.id for e in load_month(store, *MARCH)[0]] == [_event_of(store, "Tusk")]
    (moved,) = load_month(store, dt.date(2024, 4, 1), dt.date(2024, 4, 30))[0]
    assert moved.id == visit and moved.document.legacy["urls"] == ["https://example.org/a"]


def test_the_history_of_parties_is_model_objects(store):
    old = dated_parties(store, "2024-03-15")
    assert len(old) == 1 and isinstance(old[0], DatedParties) and set(old[0].countries) == {"JP", "PL"}
