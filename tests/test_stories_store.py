"""Stories in the store: a constant number of queries per stored event; bulk clustering in one pass
gives the same stories as incremental adds."""
from __future__ import annotations

import random

from sqlalchemy import event as sa_event
from sqlalchemy import select

from kronika.model import Document, Event, Location, Person
from kronika.store import schema as t
from kronika.store.documents import add_document, insert_event
from kronika.store.stories import cluster_pending

PAIRS = [("JP", "PL"), ("KR", "UA"), ("JP", "CZ"), ("KP", "RU")]
PEOPLE = {"JP": ["Takeshi Iwaya", "Yoko Kamikawa"], "PL": ["Radoslaw Sikorski"], "KR": ["Cho Tae-yul"],
          "UA": ["Andrii Sybiha"], "CZ": ["Jan Lipavsky"], "KP": ["Son-hui Choe"], "RU": ["Sergey Lavrov"]}


def _event(rng: random.Random, day: int) -> Event:
    a, b = rng.choice(PAIRS)
    persons = [Person(rng.choice(PEOPLE[c]), "", c) for c in (a, b) if rng.random() < 0.8]
    city = rng.choice([None, "Tokyo", "Warsaw", "Kyiv"])
    return Event(type=rng.choice(["CONSULT", "AGREE", "AID"]), mode="visit", date=f"2025-05-{day:02d}",
                 countries=[a, b], persons=persons, location=Location(city, None), date_basis="text")


def _docs(n: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    return [Document(id=str(i), text=f"report {i} " + "x" * rng.randrange(5, 50),
                     events=[_event(rng, rng.randrange(1, 8))]) for i in range(n)]


def _stories(store) -> list[frozenset]:
    """The partition of events into stories, by (document text, position): ids differ between runs."""
    with store.connect() as conn:
        rows = conn.execute(select(t.events.c.story_id, t.documents.c.text, t.events.c.position)
                            .join(t.documents, t.documents.c.id == t.events.c.document_id)).all()
    groups: dict = {}
    for story, text, pos in rows:
        groups.setdefault(story, set()).add((text, pos))
    return sorted(frozenset(g) for g in groups.values())


def test_bulk_clustering_gives_the_stories_of_incremental_adds(tmp_path):
    from kronika.store import open_store

    incremental, bulk = open_store(str(tmp_path / "a.db")), open_store(str(tmp_path / "b.db"))
    docs = _docs(120)
    for d in docs:
        add_document(incremental, d)
    for d in docs:  # the back-fill path: documents and events first, stories afterwards
        with bulk.begin() as conn:
            doc_id = conn.execute(t.documents.insert().values(
                text=d.text, content_hash=d.text, added_at="now")).inserted_primary_key[0]
            for pos, ev in enumerate(d.events):
                insert_event(conn, doc_id, pos, ev, d)
    assert cluster_pending(bulk) == 120
    merged = [s for s in _stories(incremental) if len(s) > 1]
    assert merged, "the generated reports must form some multi-report stories, or the test proves nothing"
    assert _stories(bulk) == _stories(incremental)
    assert cluster_pending(bulk) == 0


def test_storing_an_event_costs_the_same_queries_with_many_candidates(store):
    def queries_to_add(doc: Document) -> int:
        count = [0]

        def on_exec(*_args):
            count[0] += 1
        sa_event.listen(store.engine, "before_cursor_execute", on_exec)
        try:
            add_document(store, doc)
        finally:
            sa_event.remove(store.engine, "before_cursor_execute", on_exec)
        return count[0]

    probe = lambda i: Document(id=f"p{i}", text=f"probe {i}", events=[Event(  # noqa: E731
        type="CONSULT", date="2025-05-03", countries=["JP", "PL"], persons=[Person("Takeshi Iwaya", "", "JP")])])
    def candidate(i: int) -> None:  # another report of the same pair and day, with other people
        add_document(store, Document(id=f"c{i}", text=f"candidate {i}", events=[Event(
            type="CONSULT", date="2025-05-03", countries=["JP", "PL"],
            persons=[Person(f"Person{i} Name{i}", "", "PL")])]))

    candidate(0)
    few = queries_to_add(probe(0))
    for i in range(1, 41):
        candidate(i)
    assert queries_to_add(probe(1)) == few
