"""In a real browser (Debian's Chromium, driven by Playwright), an event's page shows the headline and
summary a language model drafted for a report, marked as machine-drafted, in the reader's language;
a dropped draft says why. The model is a chat-completions server of our own on loopback."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from chromium import browser, chromium  # noqa: F401 (a fixture)
from hostile import LiveApp
from llmserver import ChatServer
from test_report_drafts_store import GROUNDED, SOURCE, UNGROUNDED

from kronika.pipeline import add_inputs
from kronika.report.draft import Drafter
from kronika.report.make import make_report
from kronika.store import open_store
from kronika.web.auth import add_user

SHOTS = os.environ.get("KRONIKA_SCREENSHOTS")  # `make screenshots` keeps the pages as pictures for docs/


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    chromium()
    from kronika.web.app import create_app

    tmp = tmp_path_factory.mktemp("drafts-browser")
    db = str(tmp / "w.db")
    store = open_store(db)
    (tmp / "mid.txt").write_text(SOURCE, encoding="utf-8")
    assert add_inputs(store, [str(tmp / "mid.txt")]).added == 1
    with ChatServer(GROUNDED) as url:  # the report drafts event 1 in Polish
        make_report(store, "east-asia-cee", "2025-05", "pl", with_charts=False, drafter=Drafter(url, "qwen2.5:7b"))
    add_user(store, "ola", "editor", "ola-password")
    live = LiveApp(create_app(db))  # tests/hostile.py: uvicorn on a free loopback port
    yield live.base, store, url
    live.close()


def _login(browser, base, locale):
    ctx = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.goto(base + "/login")
    page.fill("input[name=name]", "ola")
    page.fill("input[name=password]", "ola-password")
    page.press("input[name=password]", "Enter")
    page.wait_for_url(base + "/")
    return ctx, page


def test_the_event_page_shows_the_drafted_headline_marked(server, browser):
    base, _store, _url = server
    ctx, page = _login(browser, base, "pl-PL")
    page.goto(base + "/events/1")
    drafts = page.locator("#drafts")
    assert drafts.is_visible()
    assert drafts.locator("h2").inner_text() == "Szkice maszynowe do raportów"
    rows = {r.locator("td").nth(0).inner_text(): r.locator("td").nth(3).inner_text()
            for r in drafts.locator("tr.machine-drafted").all() if r.locator("td").nth(1).inner_text() == "pl"}
    assert rows["nagłówek"] == f"[szkic maszynowy] {GROUNDED['headline']}"
    assert rows["streszczenie"] == f"[szkic maszynowy] {GROUNDED['summary']}"
    mark = drafts.locator("tr.machine-drafted .mark").first
    assert mark.is_visible() and mark.bounding_box()["width"] > 0
    assert "qwen2.5:7b" in drafts.inner_text()
    if SHOTS:
        drafts.scroll_into_view_if_needed()
        page.screenshot(path=str(Path(SHOTS) / "event-drafts.png"), full_page=False)
    ctx.close()


def test_a_dropped_draft_says_why_in_the_readers_language(server, browser):
    base, store, _url = server
    with ChatServer(UNGROUNDED) as url:  # the English report's drafts of the same event name what it does not
        make_report(store, "east-asia-cee", "2025-05", "en", with_charts=False, drafter=Drafter(url, "m"))
    ctx, page = _login(browser, base, "en-US")
    page.click("#language-switch button[value=en]")
    page.wait_for_load_state()
    page.goto(base + "/events/1")
    text = page.locator("#drafts").inner_text()
    assert "headline" in text and "dropped: it names what the event's fields and sources do not" in text
    english = [r.inner_text() for r in page.locator("#drafts tr.machine-drafted").all() if "\ten\t" in r.inner_text()]
    assert len(english) == 2 and not any("[machine-drafted]" in r for r in english)
    page.click("#language-switch button[value=pl]")  # the account's language back as the other test expects
    page.wait_for_load_state()
    ctx.close()
