"""Machine-drafted headlines and conclusions, kept in the store per event, against a chat-completions
server of our own on loopback that answers each kind of request with a fixed draft. No model runs here."""
from __future__ import annotations

import time

import pytest
from llmserver import ChatServer

from kronika.pipeline import add_inputs
from kronika.report.draft import Drafter
from kronika.report.make import make_report
from kronika.report.render import render
from kronika.store import open_store
from kronika.store.drafts import event_drafts

TEXT = ("Переговоры в Москве\n\nМинистр иностранных дел России Сергей Лавров провёл 21 мая 2025 года в Москве "
        "переговоры с министром иностранных дел КНДР Цой Сон Хи.")
REPLIES = {
    "summary": "Siergiej Ławrow rozmawiał w Moskwie z minister spraw zagranicznych Korei Północnej Czoe Son Hui.",
    "headline": "Siergiej Ławrow przyjął w Moskwie Czoe Son Hui",
    "conclusions": "W maju Rosja i Korea Północna rozmawiały na szczeblu ministrów spraw zagranicznych.",
}
UNGROUNDED = {
    "summary": "Siergiej Ławrow rozmawiał w Pekinie z Wang Yi.",
    "headline": "Ławrow spotkał się z Wang Yi 3 czerwca",
    "conclusions": "W czerwcu 2025 roku Chiny i Rosja podpisały 12 umów.",
}


@pytest.fixture()
def server():
    chat = ChatServer(REPLIES)
    with chat:
        yield chat


@pytest.fixture()
def store(tmp_path, migrated_db):
    (tmp_path / "ru.txt").write_text(TEXT, encoding="utf-8")
    s = open_store(migrated_db("k.db"))
    assert add_inputs(s, [str(tmp_path / "ru.txt")]).added == 1
    return s


def report(store, url, timeout=20.0):
    return make_report(store, "east-asia-cee", "2025-05", "pl", with_charts=False, drafter=Drafter(url, "m", timeout))


def test_grounded_headline_summary_and_conclusions_are_used_and_marked(server, store):
    rep = report(store, server.url)
    (entry,) = [e for s in rep.sections for e in s.entries]
    assert entry.headline == REPLIES["headline"] and entry.headline_drafted
    assert entry.body == REPLIES["summary"] and entry.drafted
    assert rep.conclusions[-1] == "[szkic maszynowy – do sprawdzenia] " + REPLIES["conclusions"]
    md = render(rep, "md").decode()
    assert f"**21 maja: {REPLIES['headline']}.** [tekst źródła: ru] [szkic maszynowy – do sprawdzenia]" in md
    assert sorted(server.asked) == ["conclusions", "headline", "summary"]


def test_a_second_run_asks_nothing_the_store_has_kept(server, store):
    report(store, server.url)
    server.asked.clear()
    rep = report(store, server.url)  # a new client: only the store remembers
    assert server.asked == []
    (entry,) = [e for s in rep.sections for e in s.entries]
    assert entry.headline == REPLIES["headline"] and rep.conclusions[-1].endswith(REPLIES["conclusions"])
    kinds = {d.kind: d for d in event_drafts(store, 1)}
    assert kinds["headline"].text == REPLIES["headline"] and kinds["summary"].model == "m"


def test_ungrounded_drafts_are_dropped_remembered_and_the_composed_text_stays(server, store):
    server.replies = UNGROUNDED
    rep = report(store, server.url)
    (entry,) = [e for s in rep.sections for e in s.entries]
    assert not entry.drafted and not entry.headline_drafted
    assert "Czoe Son Hui" in entry.headline and entry.body.startswith("Wizyta odbyła się w Moskwie (Rosja).")
    assert not any("szkic maszynowy" in c for c in rep.conclusions)
    assert sum("odrzucony" in n and "nie ma w polach wydarzenia" in n for n in rep.notes) == 3
    server.asked.clear()
    report(store, server.url)
    assert server.asked == []  # a dropped draft is not asked for again
    assert all(d.text is None and d.note == "ungrounded" for d in event_drafts(store, 1))


def test_a_slow_endpoint_never_stops_the_report_and_is_not_remembered(server, store):
    server.delay = 2.0
    started = time.monotonic()
    rep = report(store, server.url, timeout=0.3)
    assert time.monotonic() - started < 3.0  # asked at most twice, then given up
    (entry,) = [e for s in rep.sections for e in s.entries]
    assert not entry.drafted and "Czoe Son Hui" in entry.headline
    assert any("nie odpowiedział" in n for n in rep.notes)
    assert event_drafts(store, 1) == []  # a timeout is not a draft: a later run asks again
    server.delay = 0.0
    server.asked.clear()
    rep = report(store, server.url)
    assert "headline" in server.asked and rep.sections[2].entries[0].headline_drafted


def test_the_workspace_shows_an_events_drafts_marked_and_lets_the_user_pick_the_month(server, store, tmp_path):
    pytest.importorskip("fastapi")
    import re

    from fastapi.testclient import TestClient

    from kronika.web.app import create_app
    from kronika.web.auth import add_user

    report(store, server.url)
    add_user(store, "anna", "editor", "anna-password")
    c = TestClient(create_app(str(tmp_path / "k.db")), base_url="https://testserver")
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    c.post("/login", data={"name": "anna", "password": "anna-password", "csrf": token, "next": "/"})
    page = c.get("/events/1").text
    assert "Machine drafts for reports" in page
    assert f"[machine-drafted]</span> {REPLIES['headline']}" in page and "conclusions" not in page
    builder = c.get("/report").text
    assert re.search(r'<input type="month" name="month"[^>]*value="\d{4}-\d\d"', builder)
    csrf = c.get("/api/me").json()["csrf"]
    bad = c.post("/report/preview", data={"csrf": csrf, "profile": "east-asia-cee", "month": "2025-13", "lang": "pl"})
    assert bad.status_code == 400 and "YYYY-MM" in bad.text
    good = c.post("/report/preview", data={"csrf": csrf, "profile": "east-asia-cee", "month": "2025-05", "lang": "pl"})
    assert good.status_code == 200 and "Czoe Son Hui" in good.text
