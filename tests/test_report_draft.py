"""Optional machine drafting, tested against a chat-completions server of our own on loopback that
returns fixed drafts: grounded, ungrounded, slow and failing. No model runs here."""
from __future__ import annotations

import time

import pytest
from llmserver import ChatServer

from kronika.model import DocumentRef, Event, Location, Person, StoredEvent
from kronika.report.build import _draft
from kronika.report.draft import Drafter, from_environment, grounded

GROUNDED = ("Minister spraw zagranicznych Rosji Siergiej Ławrow rozmawiał w Moskwie z minister "
            "spraw zagranicznych Korei Północnej Czoe Son Hui 21 maja.")
UNGROUNDED = "Ławrow rozmawiał w Pekinie z Wang Yi 3 czerwca 2025 r."


@pytest.fixture()
def server():
    chat = ChatServer(GROUNDED)
    with chat:
        yield chat


TEXT = ("Министр иностранных дел России Сергей Лавров провёл 21 мая в Москве переговоры с министром "
        "иностранных дел КНДР Цой Сон Хи.")


def row():
    ev = Event(type="CONSULT", mode="visit", date="2025-05-21", countries=["KP", "RU"],
               persons=[Person("Sergey Lavrov", "Сергей Лавров", "RU", "minister of foreign affairs"),
                        Person("Choe Son Hui", "Цой Сон Хи", "KP", "minister of foreign affairs")],
               location=Location("Moscow", "RU"))
    return StoredEvent.of(ev, DocumentRef(0, language="ru", text=TEXT), id=7)


COMPOSED = "Uczestnicy: minister spraw zagranicznych Rosji Siergiej Ławrow i Czoe Son Hui. Miejsce: Moskwa."


def test_a_grounded_draft_is_used_and_cached(server):
    d = Drafter(server.url, "tiny")
    assert _draft(d, row(), "Ławrow spotkał się z Czoe Son Hui", COMPOSED, TEXT, "pl") == GROUNDED
    assert _draft(d, row(), "Ławrow spotkał się z Czoe Son Hui", COMPOSED, TEXT, "pl") == GROUNDED
    assert len(server.requests) == 1  # the second came from the cache
    req = server.requests[0]
    assert req["path"] == "/v1/chat/completions" and req["model"] == "tiny"
    assert "Polish" in req["messages"][0]["content"] and TEXT in req["messages"][1]["content"]


def test_an_ungrounded_draft_is_dropped(server):
    server.replies = UNGROUNDED
    d = Drafter(server.url, "tiny")
    assert _draft(d, row(), "Ławrow spotkał się z Czoe Son Hui", COMPOSED, TEXT, "pl") is None
    assert any(p.startswith("wydarzenie nr 7: szkic maszynowy (streszczenie) odrzucony") for p in d.problems)


def test_a_slow_endpoint_times_out_and_the_composed_text_stays(server):
    server.delay = 2.0
    d = Drafter(server.url, "tiny", timeout=0.3)
    started = time.monotonic()
    assert _draft(d, row(), "h", COMPOSED, TEXT, "pl") is None
    assert time.monotonic() - started < 1.5 and "nie odpowiedział" in d.problems[0]


def test_a_failing_endpoint_is_asked_at_most_twice(server):
    server.status = 500
    d = Drafter(server.url, "tiny")
    for i in range(5):
        assert d.summary(f"event {i}", "facts", "source", "facts source", "pl") is None
    assert len(server.requests) == 2 and len(d.problems) == 2


def test_nothing_is_sent_unless_configured(monkeypatch):
    monkeypatch.delenv("KRONIKA_LLM_URL", raising=False)
    assert from_environment() is None
    monkeypatch.setenv("KRONIKA_LLM_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("KRONIKA_LLM_MODEL", "m")
    assert from_environment().model == "m"


@pytest.mark.parametrize("draft,ok", [
    ("Siergiej Ławrow spotkał się z Czoe Son Hui w Moskwie.", True),
    ("Ławrowem i Czoe Son Hui rozmawiali 21 maja.", True),
    ("Ławrow spotkał się z Wang Yi.", False),      # a name from nowhere
    ("Rozmowa odbyła się 22 maja.", False),         # a date from nowhere
    ("Władimir Putin przyjął gościa.", False),      # a name opening a sentence
])
def test_grounding(draft, ok):
    allowed = "Siergiej Ławrow Sergey Lavrov Czoe Son Hui Moskwa Moskwie 21 maja 2025-05-21"
    assert grounded(draft, allowed) is ok


def test_a_report_marks_drafts_and_says_when_the_model_failed(server, tmp_path):
    from kronika.pipeline import add_inputs
    from kronika.report.make import make_report
    from kronika.report.render import render
    from kronika.store import open_store

    (tmp_path / "ru.txt").write_text("Переговоры в Москве\n\n" + TEXT.replace("21 мая", "21 мая 2025 года"),
                                     encoding="utf-8")
    store = open_store(str(tmp_path / "k.db"))
    assert add_inputs(store, [str(tmp_path / "ru.txt")]).added == 1
    server.replies = "Siergiej Ławrow rozmawiał w Moskwie z ministrem spraw zagranicznych Korei Północnej."
    rep = make_report(store, "east-asia-cee", "2025-05", "pl", with_charts=False, drafter=Drafter(server.url, "m"))
    (entry,) = [e for s in rep.sections for e in s.entries]
    assert entry.drafted and entry.body == server.replies
    assert "[szkic maszynowy – do sprawdzenia]" in render(rep, "md").decode()
    server.status = 500  # a database that has kept no drafts yet (drafts are kept per event)
    fresh = open_store(str(tmp_path / "fresh.db"))
    assert add_inputs(fresh, [str(tmp_path / "ru.txt")]).added == 1
    rep = make_report(fresh, "east-asia-cee", "2025-05", "pl", with_charts=False, drafter=Drafter(server.url, "m"))
    (entry,) = [e for s in rep.sections for e in s.entries]
    assert not entry.drafted and entry.body.startswith("Wizyta odbyła się w Moskwie (Rosja). Uczestnicy:")
    assert any("nie odpowiedział" in n for n in rep.notes) and "Uwagi do szkicu" in render(rep, "md").decode()


@pytest.mark.parametrize("env,says", [
    ({"KRONIKA_LLM_URL": "notaurl"}, "KRONIKA_LLM_URL: 'notaurl' is not an http(s) address"),
    ({"KRONIKA_LLM_URL": "http://127.0.0.1:9/v1", "KRONIKA_LLM_TIMEOUT": "abc"},
     "KRONIKA_LLM_TIMEOUT: 'abc' is not a number of seconds"),
    ({"KRONIKA_LLM_URL": "http://127.0.0.1:9/v1", "KRONIKA_LLM_TIMEOUT": "-1"},
     "KRONIKA_LLM_TIMEOUT: '-1' is not a number of seconds"),
])
def test_a_bad_drafting_setting_is_one_line_naming_it(monkeypatch, env, says):
    from kronika.report.messages import ReportError

    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(ReportError) as e:
        from_environment()
    assert str(e.value).startswith(says) and "\n" not in str(e.value)


@pytest.mark.parametrize("text,says", [
    ("title: x\n", "sections must be a list"),
    ("title: x\nsections:\n  - heading: h\n    a: [JP]\n", "section 1 has no b"),
    ("title: x\nsections:\n  - {heading: h, a: JP, b: [RU]}\n", "section 1: a must be a list of country codes"),
    ("sections: [1]\n", "the profile has no title"),
    ("title: x\nsections: [\n", "line 3 not YAML"),
])
def test_a_bad_profile_is_named_with_its_file_and_field(tmp_path, text, says):
    from kronika.report.messages import ReportError
    from kronika.report.profile import load_profile

    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReportError) as e:
        load_profile(str(path))
    assert str(e.value).startswith(f"{path}:") and says in str(e.value) and "\n" not in str(e.value)
