"""Debian's Chromium for the browser tests, driven by Playwright: where it is, how it starts, and the
browser fixture. Without it a test is skipped, except in CI (.ci/run installs it): there it fails.

One Chromium serves every browser test of a test process (conftest's `chromium_browser`); each test
opens contexts of its own, which share no cookies, storage or cache with another test's."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")


def _playwright():
    """Playwright's sync API, imported when a browser starts: the test process that collects the browser
    tests but runs none of them (`make test`'s other worker) never pays for it. Without it a test is
    skipped, except in CI (.ci/run installs it): a missing piece fails, never skips."""
    if os.environ.get("CI"):
        import playwright.sync_api

        return playwright.sync_api
    return pytest.importorskip("playwright.sync_api")


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        # the machine's LAN name as colleagues reach it (test_deploy_browser); no other host is mapped
        "--host-resolver-rules=MAP kronika.lan 127.0.0.1"]


def chromium() -> str:
    """The browser's executable, or a skip (a failure in CI) when it is not installed."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is missing; .ci/run installs it")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return CHROMIUM


def launched():
    """A headless Chromium, closed when the generator is."""
    with _playwright().sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium(), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def browser(server, chromium_browser):
    """The test process's Chromium, once the module's `server` fixture is up."""
    return chromium_browser
