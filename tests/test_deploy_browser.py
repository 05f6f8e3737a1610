"""Chromium at the workspace as a colleague reaches it: plain HTTP on the LAN, and HTTPS through nginx."""
from __future__ import annotations

import subprocess

from test_deploy import (
    certificate,  # noqa: F401 (a fixture)
    free_port,
    need,
    nginx_main,
    nginx_site,
    serve,
    stop,
    unit_command,
    wait_for,
    with_user,
)


def log_in(page, base: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=name]", "anna")
    page.fill("input[name=password]", "anna-password")
    page.click("button:has-text('Log in')")


def test_plain_http_on_the_lan_explains_itself_in_the_browser(tmp_path, chromium_browser):
    port = free_port()
    proc = serve(with_user(str(tmp_path / "k.db")), port)
    try:
        # the machine's LAN name, resolved to loopback (chromium.ARGS): Chromium treats it as any other http:// site
        with chromium_browser.new_context() as ctx:
            page = ctx.new_page()
            base = f"http://kronika.lan:{port}"
            page.goto(base + "/login")
            assert "plain HTTP" in page.locator("#cookie-warning").inner_text()
            log_in(page, base)
            body = page.locator("body").inner_text()
            assert "plain HTTP" in body and "--certfile" in body and "CSRF" not in body and "{" not in body
    finally:
        stop(proc)


def test_logging_in_through_the_documented_nginx(tmp_path, certificate, chromium_browser):  # noqa: F811 (the fixture)
    nginx = need("nginx")
    cert, key = certificate
    app_port, http_port, https_port = free_port(), free_port(), free_port()
    options = unit_command()
    options[options.index("--port") + 1] = str(app_port)
    options[options.index("--workers") + 1] = "1"
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    (prefix / "kronika.conf").write_text(nginx_site(app_port, http_port, https_port, cert, key))
    (prefix / "nginx.conf").write_text(nginx_main(prefix, prefix / "kronika.conf"))
    app = serve(with_user(str(tmp_path / "k.db")), app_port, *options)
    web = subprocess.Popen([nginx, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for(https_port, web, "nginx")
        with chromium_browser.new_context(ignore_https_errors=True) as ctx:  # our own certificate
            page = ctx.new_page()
            base = f"https://kronika.lan:{https_port}"
            page.goto(base + "/login")
            assert page.locator("#cookie-warning").count() == 0
            log_in(page, base)
            page.wait_for_url(base + "/")
            assert "anna (editor)" in page.locator("header").inner_text()
            page.goto(base + "/events")
            assert page.url == base + "/events"
    finally:
        stop(web)
        stop(app)


def test_the_api_page_works_offline_under_the_csp(tmp_path, chromium_browser):
    port = free_port()
    proc = serve(with_user(str(tmp_path / "k.db")), port)
    try:
        with chromium_browser.new_context() as ctx:
            page = ctx.new_page()
            outside, refused = [], []
            page.on("request", lambda r: None if r.url.startswith(f"http://127.0.0.1:{port}/") else outside.append(r.url))
            page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
            page.goto(f"http://127.0.0.1:{port}/docs")
            page.wait_for_selector(".swagger-ui .info .title", timeout=30000)
            assert "Kronika" in page.locator(".swagger-ui .info .title").inner_text()
            assert page.locator(".opblock-summary-path", has_text="/api/events/{event_id}").count() >= 1
            assert outside == [] and refused == []
    finally:
        stop(proc)
