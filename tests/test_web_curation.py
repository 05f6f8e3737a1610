"""The pages and the API curate through one service (web/curation.py), and errors become statuses by
their type in one place (web/errors.py): unknown event or story 404, a bad value 400, throttling 429."""
from __future__ import annotations

import html
import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from kronika.model import Document, Event, Location, Person  # noqa: E402
from kronika.store import open_store  # noqa: E402
from kronika.store.curate import history  # noqa: E402
from kronika.store.documents import add_document  # noqa: E402
from kronika.store.query import get_event  # noqa: E402

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
TEXTS = ["Minister Radosław Sikorski spotkał się 7 maja 2025 r. w Warszawie z ministrem Japonii Takeshi Iwayą.",
         "Minister Radosław Sikorski met Japan's foreign minister Takeshi Iwaya in Warsaw on 7 May 2025."]


def stored_events(store) -> list[int]:
    """Two reports of one meeting, in two languages: one story of two events."""
    ids = []
    for n, text in enumerate(TEXTS):
        ev = Event(type="CONSULT", mode="visit", date="2025-05-07", date_precision="day", countries=["JP", "PL"],
                   persons=[Person("Radosław Sikorski", "Radosław Sikorski", "PL", "minister")],
                   location=Location("Warsaw", "PL"), topics=["security"])
        ids += add_document(store, Document(id=f"d{n}", text=text, language="pl", events=[ev])).event_ids
    return ids


@pytest.fixture
def web(migrated_db):
    from kronika.web.app import create_app
    from kronika.web.auth import add_user

    db = migrated_db("w.db")
    store = open_store(db)
    ids = stored_events(store)
    add_user(store, "anna", "editor", "anna-password")
    c = TestClient(create_app(db), base_url="https://testserver")
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    c.post("/login", data={"name": "anna", "password": "anna-password", "csrf": token, "next": "/"})
    return c, ids, store, {"X-CSRF-Token": c.get("/api/me").json()["csrf"]}


def detail(r) -> str:
    return html.unescape(re.search(r'id="error-detail">([^<]*)<', r.text).group(1))


def test_unknown_events_are_404_as_json_for_the_api(web):
    c, ids, store, csrf = web
    for r in (c.post("/api/events/999/approve", headers=csrf), c.post("/api/events/999/reject", headers=csrf),
              c.patch("/api/events/999", json={"changes": {"mode": "phone"}}, headers=csrf),
              c.get("/api/events/999")):
        assert r.status_code == 404 and r.json() == {"detail": "no event 999"}, (r.status_code, r.text[:200])


def test_unknown_events_are_404_pages_for_the_browser(web):
    c, ids, store, csrf = web
    form = {"csrf": csrf["X-CSRF-Token"]}
    for r in (c.post("/events/999/approve", data=form, headers=HTML),
              c.post("/events/999/reject", data=form, headers=HTML),
              c.post("/events/999/edit", data={**form, "mode": "phone"}, headers=HTML)):
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html"), r.text[:200]
        assert detail(r) == "no event 999" and 'href="/events"' in r.text
    r = c.post(f"/events/{ids[0]}/bless", data=form, headers=HTML)
    assert r.status_code == 404 and "no action bless" in detail(r)


def test_unknown_stories_are_404_and_events_outside_a_story_400(web):
    c, ids, store, csrf = web
    story = get_event(store, ids[0]).story
    r = c.post("/api/stories/merge", json={"target": story, "others": [999]}, headers=csrf)
    assert r.status_code == 404 and r.json() == {"detail": "no story 999"}
    r = c.post("/api/stories/999/split", json={"events": [ids[0]]}, headers=csrf)
    assert r.status_code == 404 and r.json() == {"detail": "no story 999"}
    r = c.post(f"/api/stories/{story}/split", json={"events": [999]}, headers=csrf)
    assert r.status_code == 400 and "are not in story" in r.json()["detail"]
    r = c.post("/stories/999/split", data={"csrf": csrf["X-CSRF-Token"], "event": ids[0]}, headers=HTML)
    assert r.status_code == 404 and detail(r) == "no story 999"
    assert get_event(store, ids[0]).story == get_event(store, ids[1]).story == story  # nothing moved


def test_the_page_and_the_api_make_the_same_changes(web):
    c, ids, store, csrf = web
    assert c.post(f"/events/{ids[0]}/approve", data={"csrf": csrf["X-CSRF-Token"]},
                  follow_redirects=False).status_code == 303
    assert c.post(f"/api/events/{ids[1]}/approve", headers=csrf).json() == {"id": ids[1], "changed": ["status"]}
    page, api = history(store, "event", ids[0]), history(store, "event", ids[1])
    strip = lambda h: [(x.action, x.field, x.before, x.after, x.actor) for x in h]
    assert strip(page) == strip(api) == [("approve", "status", "new", "approved", "anna")]
    # split through the page, merge back through the API: one story again
    story = get_event(store, ids[0]).story
    c.post(f"/stories/{story}/split", data={"csrf": csrf["X-CSRF-Token"], "event": ids[1]})
    other = get_event(store, ids[1]).story
    assert other != story
    assert c.post("/api/stories/merge", json={"target": story, "others": [other]}, headers=csrf).json() == {
        "story": story}
    assert get_event(store, ids[1]).story == story


def test_a_bad_filter_or_month_is_400_naming_the_value(web):
    c, ids, store, csrf = web
    r = c.get("/api/events?date_from=2025-99-01")
    assert r.status_code == 400 and r.json()["detail"].startswith("date_from: '2025-99-01' is not a date")
    r = c.get("/events?story=abc", headers=HTML)
    assert r.status_code == 400 and "story: 'abc'" in detail(r)
    r = c.get("/?month=May", headers=HTML)
    assert r.status_code == 400 and "month: 'May'" in detail(r)


def test_a_throttled_login_is_429_and_a_wrong_one_401(web, monkeypatch):
    from kronika.web import auth

    monkeypatch.setattr(auth, "MAX_FAILURES", 2)  # smaller limit, the same rule: fewer hashes to wait for
    c, ids, store, csrf = web
    c.cookies.clear()

    def log_in(password):
        token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
        return c.post("/login", data={"name": "anna", "password": password, "csrf": token, "next": "/"},
                      follow_redirects=False)

    assert [log_in("wrong-guess").status_code for _ in range(2)] == [401, 401]
    r = log_in("anna-password")
    assert r.status_code == 429 and "too many failed logins" in r.text
