"""A Polish analyst in a real browser (Debian's Chromium, driven by Playwright) sees Polish pages; the
header's switch changes the language, and the account keeps it for the next browser."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from chromium import browser, chromium  # noqa: F401 (a fixture)
from hostile import LiveApp
from kronika.pipeline import add_inputs
from kronika.store import open_store
from kronika.web.auth import add_user

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
POLISH_DATE = re.compile(r"\d{1,2} (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru)\w* \d{4}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    chromium()
    from kronika.web.app import create_app

    db = str(tmp_path_factory.mktemp("i18n-browser") / "w.db")
    store = open_store(db)
    add_inputs(store, [str(EXAMPLES / "pl-msz-ambasador.txt"), str(EXAMPLES / "pl-szczyt-ue-japonia.txt")])
    add_user(store, "ola", "editor", "ola-password")
    live = LiveApp(create_app(db))  # tests/hostile.py: uvicorn on a free loopback port
    yield live.base
    live.close()


def test_a_polish_user_sees_polish_pages(server, browser, tmp_path):
    ctx = browser.new_context(locale="pl-PL")  # the browser asks for Polish (Accept-Language: pl-PL)
    page = ctx.new_page()
    page.goto(server + "/login")
    assert page.inner_text("h1") == "Logowanie" and page.get_attribute("html", "lang") == "pl"
    page.fill("input[name=name]", "ola")
    page.fill("input[name=password]", "ola-password")
    page.click("button:has-text('Zaloguj')")
    page.wait_for_url(server + "/")
    assert page.inner_text("h1") == "Pulpit"
    assert "W bazie: 2 dokumenty" in page.inner_text("#totals")
    assert page.locator("header nav a").all_inner_texts() == ["Pulpit", "Wydarzenia", "Źródła", "Raport"]
    page.click("header nav >> text=Wydarzenia")
    assert page.inner_text("h1") == "Wydarzenia"
    assert page.get_attribute("input[name=q]", "placeholder") == "szukane słowa"
    assert POLISH_DATE.search(page.inner_text("table.events"))
    page.click("table.events a >> nth=0")
    assert page.inner_text("section.fields h2") == "Pola" and page.locator("#edit-form button").inner_text() == "Zapisz"
    # an upload on the sources page: its progress and result in Polish
    page.click("header nav >> text=Źródła")
    note = tmp_path / "notatka.txt"
    note.write_text((EXAMPLES / "cs-fiala-korea.txt").read_text(encoding="utf-8"), encoding="utf-8")
    page.set_input_files("input[type=file]", str(note))
    page.click("#upload")
    page.wait_for_selector("#job[data-state=done]", timeout=120_000)
    assert "dodano 1 dokument" in page.inner_text("#job-status")
    # the switch: English now, and the account remembers it
    page.click("#language-switch button[value=en]")
    page.wait_for_load_state()
    assert page.inner_text("h1") == "Sources" and page.get_attribute("html", "lang") == "en"
    page.click("#language-switch button[value=pl]")
    page.wait_for_load_state()
    assert page.inner_text("h1") == "Źródła"
    ctx.close()
    # another browser asking for English: the account's Polish wins once logged in
    ctx = browser.new_context(locale="en-US")
    page = ctx.new_page()
    page.goto(server + "/login")
    assert page.inner_text("h1") == "Log in"
    page.fill("input[name=name]", "ola")
    page.fill("input[name=password]", "ola-password")
    page.click("button:has-text('Log in')")
    page.wait_for_url(server + "/")
    assert page.inner_text("h1") == "Pulpit"
    page.goto(server + "/events/987654")
    assert page.inner_text("h1") == "Nie znaleziono" and "nie ma wydarzenia 987654" in page.inner_text("main")
    ctx.close()
