"""The event store on SQLite and PostgreSQL: de-duplication, stories, filters, search, curation."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kronika.events.document import extract_document
from kronika.model import Document, Event, Location, Person
from kronika.store import schema as t
from kronika.store.curate import CurationError, edit_event, history, merge_stories, set_status, split_story
from kronika.pipeline import reextract
from kronika.store.documents import add_document
from kronika.store.query import EventFilter, count, export, get_event, list_events, search

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def doc_of(name: str, url: str | None = None) -> Document:
    d = Document(id=name, text=(EXAMPLES / name).read_text(encoding="utf-8"), url=url, source=name)
    return extract_document(d)


def event_doc(doc_id, text, date, countries, persons=(), city=None, type_="CONSULT", mode="visit", url=None):
    ev = Event(type=type_, mode=mode, date=date, date_precision="day", countries=list(countries),
               persons=[Person(n, n, c, None) for n, c in persons], location=Location(city, None))
    return Document(id=doc_id, text=text, url=url, language="en", events=[ev])


def test_same_document_twice_is_stored_once(store):
    first = add_document(store, doc_of("en-eu-japan-summit.txt", "https://example.org/eu-japan?utm_source=x"))
    again = add_document(store, doc_of("en-eu-japan-summit.txt", "https://example.org/other"))
    same_url = add_document(store, doc_of("pl-szczyt-ue-japonia.txt", "http://www.example.org/eu-japan/"))
    assert first.status == "added" and first.events == 1
    assert (again.status, again.reason) == ("duplicate", "text")
    assert (same_url.status, same_url.reason) == ("duplicate", "url")
    assert count(store, t.documents) == 1 and count(store, t.events) == 1


def test_syndicated_copy_with_other_boilerplate_is_a_near_duplicate(store):
    d = doc_of("en-eu-japan-summit.txt", "https://agency.example/a1")
    add_document(store, d)
    copy = Document(id="copy", url="https://portal.example/news/77", language="en",
                    text=d.text.replace("TOKYO, 12 May – ", "TOKYO, 12 May (Agency) – ") + "\nShare this article.")
    res = add_document(store, copy)
    assert (res.status, res.reason) == ("duplicate", "near-duplicate")


def test_reports_in_three_languages_form_one_story(store, shared):
    bg = Document(id="bg", text=(shared / "corpus/seeds/001_7931d2aaf5663ef3.txt").read_text(encoding="utf-8"))
    for d in (doc_of("en-eu-japan-summit.txt"), doc_of("pl-szczyt-ue-japonia.txt"), extract_document(bg)):
        add_document(store, d)
    stories = {e.story for e in list_events(store, EventFilter(pair=("EU", "JP")))}
    assert len(stories) == 1
    assert len(list_events(store, EventFilter(story=stories.pop()))) == 3


def test_meetings_of_one_pair_on_other_days_stay_apart(store):
    add_document(store, event_doc("a", "Meeting one of Poland and Japan in Warsaw.", "2024-05-01", ["JP", "PL"],
                                  [("Radosław Sikorski", "PL"), ("Yoko Kamikawa", "JP")]))
    add_document(store, event_doc("b", "Meeting two of Poland and Japan in Tokyo.", "2024-05-03", ["JP", "PL"],
                                  [("Radosław Sikorski", "PL"), ("Yoko Kamikawa", "JP")]))
    add_document(store, event_doc("c", "Same day, other people: the defence ministers.", "2024-05-01", ["JP", "PL"],
                                  [("Władysław Kosiniak-Kamysz", "PL"), ("Minoru Kihara", "JP")]))
    add_document(store, event_doc("d", "A day later, the same ministers reported again.", "2024-05-02", ["JP", "PL"],
                                  [("Radosław Sikorski", "PL")]))
    evs = {e.document.id: e.story for e in list_events(store, EventFilter())}
    by_text = sorted(evs.values())
    assert len(set(by_text)) == 3          # a+d together, b alone, c alone
    ids = {e.document.title or e.id: e.story for e in list_events(store, EventFilter())}
    assert len(ids) == 4


def test_filters_search_and_export(store):
    for name in ("en-eu-japan-summit.txt", "ru-lavrov-choe.txt", "uk-sybiha-iwaya-phone.txt", "de-iwaya-wien.txt"):
        add_document(store, doc_of(name))
    assert {tuple(e.countries) for e in list_events(store, EventFilter(pair=("JP", "UA")))} == {("JP", "UA")}
    assert len(list_events(store, EventFilter(country="JP"))) == 3
    assert [e.mode for e in list_events(store, EventFilter(country="UA", date_from="2025-05-20"))] == ["phone"]
    assert len(list_events(store, EventFilter(lang="ru"))) == 1
    assert len(list_events(store, EventFilter(topic="energy", country="UA"))) >= 1
    assert list_events(store, EventFilter(type="AGREE")) == []
    assert search(store, "Lavrov").events
    assert search(store, "Kishida").documents
    assert search(store, 'unbalanced "quote AND (') is not None
    lines = export(store, "plover-jsonl").splitlines()
    assert len(lines) == 4 and {"event_date", "event_type", "actor1", "actor2"} <= set(json.loads(lines[0]))
    assert export(store, "csv").splitlines()[0].startswith("id,event_date,event_type")


def test_curation_is_audited_and_survives_reextraction(store):
    res = add_document(store, doc_of("ru-lavrov-choe.txt"))
    ev = list_events(store, EventFilter())[0]
    edit_event(store, ev.id, {"countries": "KP,RU,CN", "mode": "multilateral"}, who="anna")
    set_status(store, ev.id, "approved", who="anna")
    trail = history(store, "event", ev.id)
    assert [(h.actor, h.field) for h in trail] == [("anna", "countries"), ("anna", "mode"), ("anna", "status")]
    assert trail[0].before == ["KP", "RU"] and trail[0].after == ["CN", "KP", "RU"]
    # a later extraction run changes what the analyst did not touch, and nothing she did
    with store.begin() as conn:
        conn.execute(t.events.update().where(t.events.c.id == ev.id).values(type="ACCUSE", topics="[]"))
    reextract(store, res.document_id)
    after = get_event(store, ev.id)
    assert after.countries == ["CN", "KP", "RU"] and after.mode == "multilateral"
    assert after.type == "CONSULT" and after.status == "approved"
    assert len(list_events(store, EventFilter(country="CN"))) == 1
    with pytest.raises(CurationError, match="editable fields"):
        edit_event(store, ev.id, {"text": "x"})


def test_story_merge_and_split(store):
    add_document(store, doc_of("en-eu-japan-summit.txt"))
    add_document(store, doc_of("ru-lavrov-choe.txt"))
    a, b = sorted({e.story for e in list_events(store, EventFilter())})
    merge_stories(store, a, [b], who="ivan")
    evs = list_events(store, EventFilter(story=a))
    assert len(evs) == 2
    new = split_story(store, a, [evs[0].id], who="ivan")
    assert [e.id for e in list_events(store, EventFilter(story=new))] == [evs[0].id]
    assert [h.action for h in history(store, "story", a)] == ["merge", "split"]


def test_a_page_of_json_lists_is_read_in_one_call_as_each_alone():
    """query._json_lists reads a page's JSON lists in one parse: the same lists as json.loads of each,
    and a value that is not one list by itself is refused as json.loads refuses it."""
    from kronika.store.query import _json_lists

    values = ['["JP", "PL"]', "[]", '["security", "economy"]']
    assert _json_lists(values) == [json.loads(v) for v in values] and _json_lists([]) == []
    assert _json_lists(['{"a": 1}', "[]"]) == [{"a": 1}, []]  # not a list: read alone, as before
    for bad in (['["a"], ["b"]', '["c"]'], ['["a"', '"b"]'], ["", "[]"]):
        with pytest.raises(ValueError):
            _json_lists(bad)


def test_country_pair_and_topic_lists_read_the_dated_subject_rows(store):
    """A country, pair or topic list is read from event_countries / event_topics newest first by the
    event's date copied into them (migration 0010, kept by triggers): the same events in the same
    order as the filter over all events, also after an event's date is edited."""
    days = ["2025-03-02", "2025-03-15", "2025-03-15", "2025-04-01", "2025-02-27", "2025-03-30"]
    pairs = [("JP", "PL"), ("KR", "RU"), ("JP", "RU"), ("KR", "RU"), ("KR", "RU"), ("PL", "RU")]
    for i, (day, cs) in enumerate(zip(days, pairs)):
        add_document(store, event_doc(f"d{i}", f"Meeting number {i} of the ministers.", day, cs))
    every = list_events(store, EventFilter())
    by_id = {e.id: e for e in every}

    def expected(keep):  # the filter done by hand over all events, newest first (ties: the larger id)
        return [e.id for e in sorted(every, key=lambda e: (e.date, e.id), reverse=True) if keep(e)]

    def ids(**f):
        return [e.id for e in list_events(store, EventFilter(**f))]

    assert ids(pair=("KR", "RU")) == expected(lambda e: {"KR", "RU"} <= set(e.countries))
    assert len(ids(pair=("KR", "RU"))) == 3
    assert ids(country="RU", date_from="2025-03-01", date_to="2025-03-31") == expected(
        lambda e: "RU" in e.countries and "2025-03-01" <= e.date <= "2025-03-31")
    assert ids(pair=("ru", "jp"), country="RU") == expected(lambda e: {"JP", "RU"} <= set(e.countries))
    moved = ids(pair=("KR", "RU"))[-1]
    edit_event(store, moved, {"date": "2025-12-31"})  # the trigger dates its countries again
    assert ids(pair=("KR", "RU"))[0] == moved
    assert ids(pair=("KR", "RU"), date_to="2025-03-31") == [i for i in ids(pair=("KR", "RU")) if i != moved
                                                              and by_id[i].date <= "2025-03-31"]
    with store.connect() as conn:
        undated = conn.execute(select(t.event_countries.c.event_id).where(t.event_countries.c.date.is_(None))).all()
    assert undated == []


def test_a_search_for_events_only_reads_no_document(store):
    """search(documents=False), as the events list searches: the same events, no document ranked."""
    for name in ("en-eu-japan-summit.txt", "ru-lavrov-choe.txt"):
        add_document(store, doc_of(name))
    both, events_only = search(store, "Kishida"), search(store, "Kishida", documents=False)
    assert both.documents and events_only.documents == []
    assert [e.id for e in events_only.events] == [e.id for e in both.events] != []


def test_the_head_read_from_the_scripts_is_alembics():
    """open_store skips Alembic for a database at this revision, so it must be the scripts' real head."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kronika.store.db import MIGRATIONS, head_revision

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(cfg).get_current_head()


def test_a_database_behind_the_head_is_migrated_on_opening(store_url):
    """A database stamped with an older revision (as one made by an older Kronika) still gets the newer
    migrations: only a database at the head skips Alembic."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, inspect, text

    from kronika.store import open_store
    from kronika.store.db import MIGRATIONS, database_url, head_revision

    engine = create_engine(database_url(store_url))
    with engine.begin() as conn:  # back to 0008: the two columns of 0009 gone
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    with engine.connect() as conn:
        assert "region_start" not in {c["name"] for c in inspect(conn).get_columns("events")}
    engine.dispose()
    s = open_store(store_url)
    with s.connect() as conn:
        assert "region_start" in {c["name"] for c in inspect(conn).get_columns("events")}
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
    s.engine.dispose()
