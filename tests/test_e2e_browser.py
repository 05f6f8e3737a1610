"""End to end in a real browser: Debian's Chromium, headless, driven by Playwright."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from chromium import browser, chromium  # noqa: F401 (a fixture)
from hostile import LiveApp

from kronika.pipeline import add_inputs
from kronika.store import open_store
from kronika.web.auth import add_user

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHOTS = os.environ.get("KRONIKA_SCREENSHOTS")  # e.g. docs/screenshots: refresh the README's pictures


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    chromium()
    from kronika.web.app import create_app

    db = str(tmp_path_factory.mktemp("e2e") / "w.db")
    store = open_store(db)
    add_inputs(store, [str(EXAMPLES)])
    add_user(store, "anna", "editor", "anna-password")
    add_user(store, "vera", "viewer", "vera-password")
    live = LiveApp(create_app(db))  # tests/hostile.py: uvicorn on a free loopback port
    yield live.base
    live.close()


def shot(page, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=False)


def log_in(page, base, name):
    page.goto(base + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", f"{name}-password")
    page.click("button:has-text('Log in')")
    page.wait_for_url(base + "/")


def test_editor_journey(server, browser, tmp_path):
    ctx = browser.new_context(viewport={"width": 1280, "height": 860}, accept_downloads=True)
    page = ctx.new_page()
    log_in(page, server, "anna")
    assert "Dashboard" in page.inner_text("h1")
    shot(page, "dashboard")
    # add a document by upload
    page.goto(server + "/sources")
    article = tmp_path / "kishida-warszawa.txt"
    article.write_text(
        "Premier Japonii z wizytą w Warszawie\n\n2023-01-13 12:00\n\n"
        "Premier Japonii Fumio Kishida spotkał się dzisiaj w Warszawie z premierem Mateuszem Morawieckim. "
        "Szefowie rządów rozmawiali o bezpieczeństwie w Europie i w regionie Indo-Pacyfiku, o pomocy dla "
        "Ukrainy oraz o inwestycjach japońskich firm w Polsce i o współpracy w dziedzinie energetyki jądrowej.\n",
        encoding="utf-8")
    page.set_input_files("input[type=file]", str(article))
    page.click("#upload")
    page.wait_for_url("**/sources?job=*")  # the upload runs as a job; the page follows it
    page.wait_for_selector("#job[data-state=done]", timeout=120_000)
    assert "1 added" in page.inner_text("#job-status")
    shot(page, "sources")
    # find its event and see the evidence highlighted
    page.goto(server + "/events?lang=pl&q=Kishida")
    shot(page, "events")
    page.click("table.events a >> nth=0")
    assert page.locator("mark.ev-date").count() >= 1 and page.locator("mark.ev-countries").count() >= 1
    assert page.locator("mark.ev-persons").count() >= 1
    shot(page, "event")
    # correct a field
    page.fill("input[name=mode]", "multilateral")
    page.click("#edit-form button")
    page.wait_for_load_state()
    assert "CONSULT / multilateral" in page.inner_text(".fields dl")
    assert "edit mode" in page.inner_text("body")
    # build and download a report
    page.goto(server + "/report")
    page.select_option("select[name=profile]", "japan-cee")
    page.fill("input[name=month]", "2022-05")
    page.click("button:has-text('Preview')")
    frame = page.frame(name="preview")
    frame.wait_for_selector("h2")
    assert "CONCLUSIONS" in frame.inner_text("body")
    shot(page, "report")
    with page.expect_download() as dl:
        page.click("#download-md")
    path = tmp_path / "report.md"
    dl.value.save_as(str(path))
    assert "# REPORT: Japan and Central and Eastern Europe" in path.read_text(encoding="utf-8")
    ctx.close()


def test_viewer_cannot_edit(server, browser):
    ctx = browser.new_context()
    page = ctx.new_page()
    log_in(page, server, "vera")
    page.goto(server + "/events")
    page.click("table.events a >> nth=0")
    assert page.locator("#edit-form").count() == 0 and page.locator("#approve").count() == 0
    event_url = page.url
    status = page.evaluate("""async (url) => {
        const me = await (await fetch('/api/me')).json();
        const r = await fetch(url.replace('/events/', '/api/events/'), {method: 'PATCH',
            headers: {'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf},
            body: JSON.stringify({changes: {mode: 'phone'}})});
        return r.status; }""", event_url)
    assert status == 403
    ctx.close()
