"""The event page in Debian's Chromium: a bad correction comes back with the reason, a good one is saved."""
from __future__ import annotations

import pytest

from chromium import chromium
from hostile import LiveApp
from test_curation import add_event

from kronika.store import open_store
from kronika.web.auth import add_user


@pytest.fixture
def server(tmp_path):
    from kronika.web.app import create_app

    chromium()
    db = str(tmp_path / "w.db")
    store = open_store(db)
    eid = add_event(store)
    add_user(store, "anna", "editor", "anna-password")
    live = LiveApp(create_app(db))  # tests/hostile.py: uvicorn on a free loopback port
    yield live.base, eid
    live.close()


def test_correcting_an_event_in_the_browser(server, chromium_browser):
    base, eid = server
    with chromium_browser.new_context() as ctx:
        page = ctx.new_page()
        page.goto(base + "/login")
        page.fill("input[name=name]", "anna")
        page.fill("input[name=password]", "anna-password")
        page.click("button:has-text('Log in')")
        page.wait_for_url(base + "/")
        page.goto(f"{base}/events/{eid}")
        page.fill("#edit-form input[name=date]", "2025-02-30")
        page.fill("#edit-form input[name=countries]", "Japan,Poland")
        page.click("#edit-form button")
        error = page.locator("#edit-error").inner_text()
        assert "Not saved: date" in error and "2025-02-30" in error
        assert page.input_value("#edit-form input[name=date]") == "2025-02-30"  # what was typed stays
        page.fill("#edit-form input[name=date]", "2025-05-08")
        page.fill("#edit-form textarea[name=persons]",
                  "Radosław Sikorski (PL, minister of foreign affairs); Takeshi Iwaya (JP)")
        page.click("#edit-form button")
        page.wait_for_url(f"{base}/events/{eid}")
        assert page.locator("#edit-error").count() == 0
        fields = page.locator("section.fields dl").inner_text()
        # the date as the page's locale writes it, the ISO date in its <time> element
        assert "May 8, 2025" in fields
        assert page.locator("section.fields time").first.get_attribute("datetime") == "2025-05-08"
        assert "Radosław Sikorski (PL, minister of foreign affairs)" in fields
        assert "Takeshi Iwaya (JP" in fields
        assert "edit persons" in page.locator("table").last.inner_text()
