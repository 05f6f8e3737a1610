"""Machine drafts kept in the store (store/drafts.py, migration 0006) on SQLite and on PostgreSQL: a
report run keeps them per event, a second run asks the model nothing, a dropped draft is remembered
as dropped, and two runs keeping the same draft at once do not fail. The model is a chat-completions
server of our own on loopback (tests/llmserver.py) answering fixed drafts."""
from __future__ import annotations

import threading

from llmserver import ChatServer

from kronika.pipeline import add_inputs
from kronika.report.draft import Drafter
from kronika.report.make import make_report
from kronika.store.drafts import cached_draft, event_drafts, keep_draft

# a source-like Russian report (the ministry's style), not the Polish answer
SOURCE = ("О переговорах Министра иностранных дел России С.В.Лаврова с Министром иностранных дел КНДР\n\n"
          "21 мая 2025 года в Москве состоялись переговоры Министра иностранных дел Российской Федерации "
          "Сергея Лаврова с Министром иностранных дел КНДР Цой Сон Хи. Стороны обсудили вопросы "
          "двустороннего сотрудничества и ситуацию на Корейском полуострове.")
GROUNDED = {"summary": "Siergiej Ławrow rozmawiał w Moskwie z Czoe Son Hui.",
            "headline": "Siergiej Ławrow przyjął w Moskwie Czoe Son Hui",
            "conclusions": "W maju Rosja i Korea Północna rozmawiały na szczeblu ministrów."}
UNGROUNDED = {"summary": "Siergiej Ławrow rozmawiał w Pekinie z Wang Yi.",
              "headline": "Ławrow spotkał się z Wang Yi 3 czerwca",
              "conclusions": "W czerwcu 2025 roku Chiny i Rosja podpisały 12 umów."}


def _loaded(store, tmp_path):
    (tmp_path / "mid.txt").write_text(SOURCE, encoding="utf-8")
    assert add_inputs(store, [str(tmp_path / "mid.txt")]).added == 1


def _report(store, url):
    return make_report(store, "east-asia-cee", "2025-05", "pl", with_charts=False, drafter=Drafter(url, "m", 10.0))


def test_drafts_are_kept_per_event_and_not_asked_again(store, tmp_path):
    _loaded(store, tmp_path)
    with ChatServer(GROUNDED) as url:
        rep = _report(store, url)
        (entry,) = [e for s in rep.sections for e in s.entries]
        assert entry.headline_drafted and entry.headline == GROUNDED["headline"]
        first = event_drafts(store, 1)  # the only event
        assert {d.kind for d in first} == {"summary", "headline"}
        assert all(d.model == "m" and d.lang == "pl" and d.text for d in first)
    with ChatServer(GROUNDED) as url:  # a new client and a new server: only the store remembers
        server_asked = _report(store, url)
        (entry,) = [e for s in server_asked.sections for e in s.entries]
        assert entry.headline == GROUNDED["headline"] and entry.drafted
    assert server_asked.conclusions[-1].endswith(GROUNDED["conclusions"])


def test_a_dropped_draft_is_remembered_as_dropped(store, tmp_path):
    _loaded(store, tmp_path)
    server = ChatServer(UNGROUNDED)
    with server as url:
        rep = _report(store, url)
        assert len(server.asked) == 3
        (entry,) = [e for s in rep.sections for e in s.entries]
        assert not entry.headline_drafted and "Czoe Son Hui" in entry.headline
        server.asked.clear()
        _report(store, url)
        assert server.asked == []
    assert {(d.text, d.note) for d in event_drafts(store, 1)} == {(None, "ungrounded")}


def test_the_same_draft_kept_by_two_runs_at_once(store, tmp_path):
    _loaded(store, tmp_path)
    errors = []

    def keep(i):
        try:
            keep_draft(store, "d" * 64, 1, "summary", "pl", "m", f"szkic {i}", None)
        except Exception as e:  # noqa: BLE001 - any error is the failure this test looks for
            errors.append(e)

    threads = [threading.Thread(target=keep, args=(i,)) for i in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    found, text = cached_draft(store, "d" * 64)
    assert found and text.startswith("szkic ") and len(event_drafts(store, 1)) == 1
