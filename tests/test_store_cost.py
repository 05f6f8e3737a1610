"""What storing costs: a fixed number of queries per event however many stories are near it, and a
SimHash that is the one it always was (stored hashes stay comparable) at a fraction of the work."""
from __future__ import annotations

import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event as sa_event

from kronika.model import Document, Event, Location, Person
from kronika.store import open_store
from kronika.store.dedup import simhash
from kronika.store.documents import add_document


def meeting(n: int) -> Event:
    """A JP-PL meeting in Warsaw on 7 May 2025 with a person of its own, so that no two are one story."""
    return Event(type="CONSULT", mode="visit", date="2025-05-07", date_precision="day", countries=["JP", "PL"],
                 persons=[Person(f"Person {n}", f"Person {n}", "PL", "minister")],
                 location=Location("Warsaw", "PL"), topics=["security"])


def document(n: int, events: int) -> Document:
    words = " ".join(f"w{n}x{k}" for k in range(40))  # texts too different to be near duplicates
    return Document(id=f"d{n}", text=f"Report {n}: {words}", language="en",
                    events=[meeting(n * 10 + k) for k in range(events)])


def queries_to_add(store, doc: Document) -> int:
    """How many SQL statements storing `doc` runs."""
    n = [0]

    def count(*_args):
        n[0] += 1

    sa_event.listen(store.engine, "before_cursor_execute", count)
    try:
        add_document(store, doc)
    finally:
        sa_event.remove(store.engine, "before_cursor_execute", count)
    return n[0]


def test_storing_an_event_costs_the_same_however_many_candidates(tmp_path):
    store = open_store(str(tmp_path / "cost.db"))
    costs = {}
    stored = 0
    for candidates in (1, 30, 120):
        while stored < candidates:
            add_document(store, document(stored, 1))
            stored += 1
        costs[candidates] = queries_to_add(store, document(1000 + candidates, 1))
        stored += 1
    assert len(set(costs.values())) == 1, f"queries per stored event by number of candidates: {costs}"


def test_each_more_event_of_a_document_costs_a_fixed_few_queries(tmp_path):
    store = open_store(str(tmp_path / "cost.db"))
    for n in range(20):
        add_document(store, document(n, 1))
    one, two, four = (queries_to_add(store, document(100 + k, k)) for k in (1, 2, 4))
    per_event = two - one
    assert four - two == 2 * per_event and per_event <= 10, (one, two, four)


def reference_simhash(text: str) -> int:
    """The SimHash as first written: 64 counters moved once per trigram and bit."""
    words = re.findall(r"\w+", text.lower())
    grams = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))]
    counts = [0] * 64
    for g in grams:
        h = int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            counts[bit] += 1 if (h >> bit) & 1 else -1
    value = sum(1 << bit for bit in range(64) if counts[bit] > 0)
    return value - (1 << 64) if value >= (1 << 63) else value


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Tokio", "Warszawa", "東京", "서울", "Ławrow", "a", "żółw", "1", " "]),
                max_size=60).map(" ".join) | st.text(max_size=200))
def test_simhash_is_unchanged_for_any_text(text):
    assert simhash(text) == reference_simhash(text)
