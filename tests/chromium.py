"""Debian's Chromium for the browser tests, driven by Playwright: where it is, how it starts, and one
module-wide browser fixture. Without it a test is skipped, except in CI (.ci/run installs it): there it fails."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
if os.environ.get("CI"):  # CI installs what browser tests need (.ci/run): a missing piece fails, never skips
    import playwright.sync_api as playwright
else:
    playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    """The browser's executable, or a skip (a failure in CI) when it is not installed."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is missing; .ci/run installs it")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="module")
def browser(server):
    """One headless Chromium for a module's tests, started once its `server` fixture is up."""
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium(), args=ARGS)
        yield b
        b.close()
