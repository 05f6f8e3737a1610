"""Corrections are checked against the event schema on every write path: the store, the CLI, the page, the API."""
from __future__ import annotations

import html
import re

import pytest
from click.testing import CliRunner

from kronika.cli import main
from kronika.events import validate as v
from kronika.model import Document, Event, Location, Person
from kronika.store import open_store
from kronika.store.curate import CurationError, edit_event, history
from kronika.store.documents import add_document
from kronika.store.query import get_event

TEXT = ("Minister spraw zagranicznych Radosław Sikorski spotkał się 7 maja 2025 r. w Warszawie "
        "z ministrem spraw zagranicznych Japonii Takeshi Iwayą. Rozmawiali o bezpieczeństwie.")
# (field, value, words the refusal must contain): the values analysts typed that broke the report
BAD = [("date", "2025-13-45", "date"), ("date", "2025-02-30", "date"), ("date", "yesterday", "YYYY-MM-DD"),
       ("type", "FOOBAR", "CONSULT"), ("mode", "teleport", "visit"), ("countries", "XX,ZZ", "countries"),
       ("topics", "gossip", "security"), ("date_end", "2025-5-1", "date_end"),
       ("persons", "Jan Kowalski (XX, minister)", "persons"), ("organizations", "SPECTRE", "NATO")]


def add_event(store) -> int:
    """One stored event built by hand: a meeting in Warsaw with a misread nationality."""
    ev = Event(type="CONSULT", mode="visit", date="2025-05-07", date_precision="day", countries=["JP", "PL"],
               persons=[Person("Radosław Sikorski", "Radosław Sikorski", "KR", "minister of foreign affairs")],
               location=Location("Warsaw", "PL"), topics=["security"])
    add_document(store, Document(id="t", text=TEXT, language="pl", events=[ev]))
    with store.connect() as conn:
        from sqlalchemy import select

        from kronika.store import schema as t
        return conn.execute(select(t.events.c.id)).scalar_one()


# ------------------------------------------------------------ the checks themselves

@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30", "yesterday", "20250507", "2025-5-7", "07.05.2025"])
def test_a_date_must_be_an_iso_day_of_the_calendar(value):
    with pytest.raises(v.SchemaError, match="^date: .*"):
        v.check_date("date", value)


def test_good_values_pass_and_are_normalised():
    assert v.check_date("date", "2024-02-29") == "2024-02-29"
    assert v.check_type("consult") == "CONSULT" and v.check_mode("Phone") == "phone"
    assert v.check_topics(["security", "economy", "security"]) == ["security", "economy"]
    assert v.check_date("date", "") is None and v.check_mode("") is None


def test_type_and_mode_refusals_list_the_allowed_values():
    with pytest.raises(v.SchemaError) as e:
        v.check_type("FOOBAR")
    assert str(e.value).startswith("type: 'FOOBAR'") and "AGREE" in str(e.value) and "ASSAULT" in str(e.value)
    with pytest.raises(v.SchemaError, match="mode: 'teleport'.*visit, third-party, multilateral, phone"):
        v.check_mode("teleport")


def test_countries_are_iso_codes_or_names_in_any_supported_language():
    assert v.check_countries(["Japan", "Poland"]) == ["JP", "PL"]
    assert v.check_countries(["jp", "EU"]) == ["EU", "JP"]
    assert v.check_countries(["Japonia", "Korea Południowa"]) == ["JP", "KR"]  # Polish, from lang/pl data
    assert v.resolve_country("countries", "Германия") == "DE"
    with pytest.raises(v.SchemaError) as e:
        v.check_countries(["XX", "ZZ"])
    assert "'XX'" in str(e.value) and "'ZZ'" in str(e.value) and str(e.value).startswith("countries:")


def test_a_person_is_a_name_with_an_optional_country_and_role():
    got = v.check_persons("Radosław Sikorski (PL, minister of foreign affairs); Takeshi Iwaya (Japan)\nAnna Nowak")
    assert got == [{"name": "Radosław Sikorski", "country": "PL", "role": "minister of foreign affairs"},
                   {"name": "Takeshi Iwaya", "country": "JP", "role": None},
                   {"name": "Anna Nowak", "country": None, "role": None}]
    assert v.check_persons(v.format_persons(got)) == got  # what the form shows reads back the same
    for bad in ("Jan (Kowalski", "12345 (PL)", "Jan Kowalski (XX, minister)"):
        with pytest.raises(v.SchemaError, match="^persons: "):
            v.check_persons(bad)


def test_organisations_from_codes_or_english_names():
    assert v.check_organizations(["nato", "European Union"]) == ["NATO", "EU"]
    with pytest.raises(v.SchemaError, match="organizations: 'SPECTRE'"):
        v.check_organizations(["SPECTRE"])


def test_problems_of_a_stored_record_name_each_field():
    bad = {"date": "yesterday", "type": "FOOBAR", "countries": ["XX"], "topics": ["security"], "mode": None}
    got = v.problems(bad)
    assert [p.split(":")[0] for p in got] == ["date", "type", "countries"]
    assert v.problems({"date": "2025-05-07", "type": "AGREE", "countries": ["JP"], "topics": []}) == []


# ------------------------------------------------------------ the store, on SQLite and PostgreSQL

@pytest.mark.parametrize("field,value,words", BAD)
def test_the_store_refuses_bad_values_and_saves_nothing(store, field, value, words):
    eid = add_event(store)
    before = get_event(store, eid)
    with pytest.raises(CurationError) as e:
        edit_event(store, eid, {"topics": "economy", field: value})
    assert str(e.value).startswith(field) and words in str(e.value)
    assert get_event(store, eid) == before and history(store, "event", eid) == []


def test_an_event_does_not_end_before_it_starts(store):
    eid = add_event(store)
    with pytest.raises(CurationError, match="date_end: 2025-05-01 is before"):
        edit_event(store, eid, {"date_end": "2025-05-01"})


def test_persons_and_organisations_are_edited_audited_and_survive_reextraction(store):
    from kronika.pipeline import reextract

    eid = add_event(store)
    res = edit_event(store, eid, {"persons": "Radosław Sikorski (PL, minister of foreign affairs); Takeshi Iwaya (JP)",
                                  "organizations": "NATO", "countries": "Japan,Poland"}, who="anna")
    assert res["changed"] == ["organizations", "persons"]  # countries were JP, PL already
    ev = get_event(store, eid)
    assert [(p.name, p.country, p.role) for p in ev.persons] == [
        ("Radosław Sikorski", "PL", "minister of foreign affairs"), ("Takeshi Iwaya", "JP", None)]
    assert ev.organizations == ["NATO"] and {"persons", "organizations"} <= set(ev.curated)
    trail = {h.field: h for h in history(store, "event", eid)}
    assert trail["persons"].actor == "anna" and trail["persons"].before[0]["country"] == "KR"
    assert trail["persons"].after[1] == {"name": "Takeshi Iwaya", "country": "JP", "role": None}
    reextract(store, ev.document.id)
    again = get_event(store, eid)
    assert again.persons == ev.persons and again.organizations == ["NATO"]


# ------------------------------------------------------------ the command line

def test_cli_refuses_each_bad_value_naming_the_field(migrated_db):
    db = migrated_db("c.db")
    eid = add_event(open_store(db))
    run = CliRunner()
    for field, value, words in BAD:
        r = run.invoke(main, ["event", "edit", str(eid), f"{field}={value}", "--db", db])
        assert r.exit_code != 0 and f"Error: {field}" in r.output and words in r.output, (field, r.output)
        assert "Traceback" not in r.output
    r = run.invoke(main, ["event", "edit", str(eid), "countries=Japan,Poland", "mode=phone",
                          "persons=Radosław Sikorski (PL, minister of foreign affairs); Takeshi Iwaya (JP)",
                          "--db", db])
    assert r.exit_code == 0, r.output
    ev = get_event(open_store(db), eid)
    assert ev.mode == "phone" and [p.country for p in ev.persons] == ["PL", "JP"]
    hist = run.invoke(main, ["event", "history", str(eid), "--db", db]).output
    assert "edit persons" in hist and "Takeshi Iwaya" in hist


# ------------------------------------------------------------ the page and the API

@pytest.fixture
def web(migrated_db):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from kronika.web.app import create_app
    from kronika.web.auth import add_user

    db = migrated_db("w.db")
    store = open_store(db)
    eid = add_event(store)
    add_user(store, "anna", "editor", "anna-password")
    add_user(store, "vera", "viewer", "vera-password")
    c = TestClient(create_app(db), base_url="https://testserver")
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    c.post("/login", data={"name": "anna", "password": "anna-password", "csrf": token, "next": "/"})
    return c, eid, store


def form_of(c, eid) -> dict:
    page = c.get(f"/events/{eid}").text
    page = page[page.index('id="edit-form"'):]
    page = page[:page.index("</form>")]
    fields = dict(re.findall(r'<input (?:type="hidden" )?name="(\w+)" value="([^"]*)"', page))
    fields["persons"] = re.search(r'<textarea name="persons"[^>]*>([^<]*)</textarea>', page).group(1)
    return fields


@pytest.mark.parametrize("field,value,words", BAD)
def test_the_page_refuses_bad_values_with_the_form_and_a_message(web, field, value, words):
    c, eid, store = web
    before = get_event(store, eid)
    form = {**form_of(c, eid), field: value}
    r = c.post(f"/events/{eid}/edit", data=form, follow_redirects=False)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    msg = re.search(r'id="edit-error"[^>]*>([^<]*)<', r.text).group(1)
    assert f"Not saved: {field}" in msg and words in msg
    assert get_event(store, eid) == before


def test_the_page_saves_persons_and_resolves_country_names(web):
    c, eid, store = web
    form = {**form_of(c, eid), "countries": "Japan,Poland", "organizations": "NATO",
            "persons": "Radosław Sikorski (PL, minister of foreign affairs); Takeshi Iwaya (JP)"}
    r = c.post(f"/events/{eid}/edit", data=form, follow_redirects=False)
    assert r.status_code == 303
    ev = get_event(store, eid)
    assert ev.countries == ["JP", "PL"] and [p.country for p in ev.persons] == ["PL", "JP"]
    assert "Takeshi Iwaya (JP)" in c.get(f"/events/{eid}").text
    # saving the unchanged form again changes nothing
    c.post(f"/events/{eid}/edit", data=form_of(c, eid))
    assert len(history(store, "event", eid)) == 2


@pytest.mark.parametrize("field,value,words", BAD)
def test_the_api_refuses_bad_values_as_json(web, field, value, words):
    c, eid, store = web
    token = c.get("/api/me").json()["csrf"]
    r = c.patch(f"/api/events/{eid}", json={"changes": {field: value}}, headers={"X-CSRF-Token": token})
    assert r.status_code == 400 and r.json()["detail"].startswith(field) and words in r.json()["detail"]


def test_the_api_takes_persons_as_records(web):
    c, eid, store = web
    token = c.get("/api/me").json()["csrf"]
    people = [{"name": "Takeshi Iwaya", "country": "JP", "role": "minister of foreign affairs"}]
    r = c.patch(f"/api/events/{eid}", json={"changes": {"persons": people}}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200 and r.json()["changed"] == ["persons"]
    got = c.get(f"/api/events/{eid}").json()
    assert [(p["name"], p["country"]) for p in got["persons"]] == [("Takeshi Iwaya", "JP")]
    assert got["history"][-1]["field"] == "persons"
    r = c.patch(f"/api/events/{eid}", json={"changes": {"date": ["2025-05-07"]}}, headers={"X-CSRF-Token": token})
    assert r.status_code == 400 and "date: expected text" in r.json()["detail"]
    r = c.patch(f"/api/events/{eid}", json={"changes": {"status": None}}, headers={"X-CSRF-Token": token})
    assert r.status_code == 400 and r.json()["detail"].startswith("status: an event always has one; allowed: new")
    r = c.patch(f"/api/events/{eid}", json={"changes": {"persons": None, "mode": None}}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200 and r.json()["changed"] == ["mode", "persons"]


# ------------------------------------------------------------ imports

def test_an_import_with_a_bad_event_is_refused_naming_the_document_and_field(store):
    from kronika.events.validate import InvalidEvent
    from kronika.store import schema as t
    from kronika.store.query import count

    bad = Event(type="CONSULT", mode="teleport", date="2025-02-30", countries=["JP", "XX"])
    with pytest.raises(InvalidEvent) as e:
        add_document(store, Document(id="legacy", text=TEXT, language="pl", source="report-2024.pdf",
                                     events=[Event(date="2025-05-07", countries=["PL"]), bad]))
    msg = str(e.value)
    assert msg.startswith("report-2024.pdf, event 2:") and "date: '2025-02-30'" in msg
    assert "mode: 'teleport'" in msg and "'XX'" in msg and "event 1" not in msg
    assert count(store, t.documents) == 0 and count(store, t.events) == 0  # nothing half-stored


def test_a_corrected_person_is_found_by_search(store):
    from kronika.store.query import search

    eid = add_event(store)
    assert not search(store, "Iwaya").events
    edit_event(store, eid, {"persons": "Takeshi Iwaya (JP, minister of foreign affairs)"})
    assert [e.id for e in search(store, "Iwaya").events] == [eid]



# ------------------------------------------------------------ errors: HTML for the browser, JSON for scripts

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


def test_page_errors_are_html_pages_that_say_what_to_do(web):
    c, eid, store = web
    token = c.get("/api/me").json()["csrf"]
    cases = [(c.get("/events/999", headers=HTML), 404, "no event 999"),
             (c.get("/events?date_from=yesterday", headers=HTML), 400, "yesterday"),
             (c.get("/events?page_no=two", headers=HTML), 422, "page_no"),
             (c.post("/stories/merge", data={"csrf": token, "target": 1, "other": 999, "back": eid}, headers=HTML),
              404, "no story 999"),
             (c.post(f"/events/{eid}/approve", data={"csrf": "stale"}, headers=HTML), 403, "CSRF")]
    for r, status, words in cases:
        assert r.status_code == status and r.headers["content-type"].startswith("text/html"), r.text[:200]
        detail = re.search(r'id="error-detail">([^<]*)<', r.text).group(1)
        assert words in detail and 'href="/events"' in r.text


def test_the_api_keeps_json_errors(web):
    c, eid, store = web
    assert c.get("/api/events/999", headers=HTML).json() == {"detail": "no event 999"}
    assert c.get("/events/999").json() == {"detail": "no event 999"}  # a script asking for no HTML
    r = c.get("/api/events?page_no=two", headers=HTML)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "page_no"


def test_a_viewer_sees_why_she_cannot_edit(web):
    c, eid, store = web
    c.cookies.clear()
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    c.post("/login", data={"name": "vera", "password": "vera-password", "csrf": token, "next": "/"})
    r = c.post(f"/events/{eid}/edit", data={"csrf": c.get("/api/me").json()["csrf"], "mode": "phone"}, headers=HTML)
    assert r.status_code == 403 and "editors and admins only" in r.text and "administrator" in r.text


# ------------------------------------------------------------ the dashboard's month and the list's export

def test_the_dashboard_shows_the_latest_month_with_events_and_any_other(web):
    c, eid, store = web
    page = c.get("/").text
    assert "Events in May 2025 by pair" in page and "JP–PL" in page  # the event of May 2025, not today's month
    assert '<option value="2025-05" selected>' in page
    empty = c.get("/?month=2024-01").text
    assert "No events in January 2024." in empty
    r = c.get("/?month=2024-13", headers=HTML)
    assert r.status_code == 400 and "month: '2024-13'" in html.unescape(r.text)


def test_the_events_list_exports_what_it_shows(web):
    import json

    c, eid, store = web
    edit_event(store, eid, {"persons": "Takeshi Iwaya (JP, minister of foreign affairs)"})
    page = c.get("/events?country=JP&sort=date").text
    link = re.search(r'id="export-jsonl" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert link == "/export/events.jsonl?country=JP&sort=date"
    rec = [json.loads(x) for x in c.get(link).text.splitlines()]
    assert [(r["id"], r["event_date"], r["persons"][0]["name"]) for r in rec] == [
        (f"kronika-{eid}", "2025-05-07", "Takeshi Iwaya")]
    csv_text = c.get("/export/events.csv?country=JP").text
    assert csv_text.splitlines()[0].startswith("id,event_date") and "Takeshi Iwaya" in csv_text
    assert c.get("/export/events.csv?country=KR").text.count("\n") == 1  # the header only
    assert c.get("/export/events.xml", headers=HTML).status_code == 400
