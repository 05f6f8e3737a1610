"""The workspace over HTTP: accounts, roles, CSRF, rate limits, escaping, SSRF and uploads."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from kronika.pipeline import add_inputs  # noqa: E402
from kronika.store import open_store  # noqa: E402
from kronika.store import schema as t  # noqa: E402
from kronika.web.app import create_app  # noqa: E402
from kronika.web.auth import add_user  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
HOSTILE = """<html><head><title>Hostile</title><script>alert('pwned')</script></head><body><article>
<h1>Minister spotkał się z ambasadorem Japonii</h1>
<p>Minister spraw zagranicznych Polski spotkał się dzisiaj w Warszawie z ambasadorem Japonii.
&lt;script&gt;document.cookie&lt;/script&gt; <img src=x onerror="alert(1)"> Rozmowy dotyczyły bezpieczeństwa.</p>
<p>Strony omówiły współpracę gospodarczą, inwestycje i wymianę studentów między uczelniami obu krajów.</p>
</article></body></html>"""


@pytest.fixture
def app(migrated_db):
    db = migrated_db("w.db")
    store = open_store(db)
    add_inputs(store, [str(EXAMPLES / "en-eu-japan-summit.txt"), str(EXAMPLES / "ru-lavrov-choe.txt")])
    for name, role in (("anna", "editor"), ("vera", "viewer"), ("adam", "admin")):
        add_user(store, name, role, f"{name}-password")
    return create_app(db)


def client(app, name=None):
    c = TestClient(app, base_url="https://testserver")
    if name:
        login(c, name, f"{name}-password")
    return c


def login(c, name, password):
    page = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return c.post("/login", data={"name": name, "password": password, "csrf": token, "next": "/"},
                  follow_redirects=False)


def csrf(c):
    return c.get("/api/me").json()["csrf"]


def test_pages_need_login(app):
    c = client(app)
    assert c.get("/events", follow_redirects=False).status_code == 303
    assert c.get("/api/events").status_code == 401


def test_passwords_are_argon2_and_cookies_secure(app):
    with app.state.store.connect() as conn:
        hashes = [r[0] for r in conn.execute(t.users.select().with_only_columns(t.users.c.password_hash))]
    assert all(h.startswith("$argon2") for h in hashes)
    c = client(app)
    r = login(c, "anna", "anna-password")
    cookie = r.headers["set-cookie"]
    assert r.status_code == 303 and "HttpOnly" in cookie and "Secure" in cookie and "SameSite=lax" in cookie


def test_production_hashes_use_argon2s_recommended_profile(monkeypatch):
    from argon2 import extract_parameters, profiles

    from kronika.web import auth

    monkeypatch.delenv("KRONIKA_ARGON2_PROFILE")  # the default, as a deployment has it (tests hash cheaply)
    assert extract_parameters(auth._hasher().hash("x" * 12)) == profiles.RFC_9106_LOW_MEMORY
    monkeypatch.setenv("KRONIKA_ARGON2_PROFILE", "FASTEST")
    with pytest.raises(auth.AuthError, match="KRONIKA_ARGON2_PROFILE: 'FASTEST' is not an argon2 profile"):
        auth._hasher()


def test_login_form_needs_its_csrf_token(app):
    c = client(app)
    r = c.post("/login", data={"name": "anna", "password": "anna-password", "csrf": "forged"})
    assert r.status_code == 403


def test_logins_are_rate_limited(app):
    c = client(app)
    for _ in range(5):
        assert login(c, "anna", "wrong-guess").status_code == 401
    assert login(c, "anna", "anna-password").status_code == 429   # even the right password waits


def test_state_changes_need_the_csrf_token(app):
    c = client(app, "anna")
    ev = c.get("/api/events").json()["events"][0]["id"]
    assert c.patch(f"/api/events/{ev}", json={"changes": {"mode": "phone"}}).status_code == 403
    assert c.patch(f"/api/events/{ev}", json={"changes": {"mode": "phone"}},
                   headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert c.post(f"/events/{ev}/approve", data={"csrf": "forged"}).status_code == 403
    ok = c.patch(f"/api/events/{ev}", json={"changes": {"mode": "phone"}}, headers={"X-CSRF-Token": csrf(c)})
    assert ok.status_code == 200 and ok.json()["changed"] == ["mode"]
    hist = c.get(f"/api/events/{ev}").json()["history"]
    assert hist[-1]["actor"] == "anna" and hist[-1]["after"] == "phone"


def test_viewer_reads_but_cannot_change(app):
    c = client(app, "vera")
    ev = c.get("/api/events").json()["events"][0]["id"]
    page = c.get(f"/events/{ev}")
    assert page.status_code == 200 and 'id="edit-form"' not in page.text
    token = csrf(c)
    assert c.post(f"/events/{ev}/edit", data={"csrf": token, "mode": "phone"}).status_code == 403
    assert c.post("/api/feeds", json={"url": "https://example.org/rss"}, headers={"X-CSRF-Token": token}).status_code == 403
    assert c.post("/report/preview", data={"csrf": token, "profile": "japan-cee", "month": "2025-05"}).status_code == 403


def test_editor_is_not_admin(app):
    c = client(app, "anna")
    assert c.get("/admin/users").status_code == 403
    assert c.post("/api/feeds", json={"url": "https://example.org/rss"},
                  headers={"X-CSRF-Token": csrf(c)}).status_code == 403


def test_hostile_page_text_is_never_markup(app, tmp_path, monkeypatch):
    c = client(app, "anna")
    r = c.post("/api/documents/upload", files={"file": ("hostile.html", HOSTILE.encode(), "text/html")},
               headers={"X-CSRF-Token": csrf(c)})
    assert "1 added" in r.json()["result"]
    ev = [e for e in c.get("/api/events?lang=pl").json()["events"]][0]
    page = c.get(f"/events/{ev['id']}").text
    assert "<script>alert" not in page and "onerror=" not in page.replace("&#34;", "")
    assert "&lt;script&gt;document.cookie" in page
    assert "script-src 'self'" in c.get(f"/events/{ev['id']}").headers["content-security-policy"]
    assert 'mark class="ev ev-' in page


def test_internal_urls_are_refused(app, monkeypatch):
    monkeypatch.delenv("KRONIKA_ALLOW_PRIVATE_URLS", raising=False)
    c = client(app, "anna")
    for url in ("http://127.0.0.1:9/x", "http://localhost/x", "http://10.0.0.7/", "http://169.254.169.254/latest"):
        r = c.post("/api/documents/url", json={"url": url}, headers={"X-CSRF-Token": csrf(c)})
        assert "internal address" in r.json()["result"], url
    assert "not an http(s) URL" in c.post("/api/documents/url", json={"url": "file:///etc/passwd"},
                                          headers={"X-CSRF-Token": csrf(c)}).json()["result"]


def test_redirects_are_checked_hop_by_hop():
    from httpsite import Site

    from kronika.ingest.web import Fetcher

    site = Site()
    try:
        def guard(url):
            if "/news/" in url:
                raise ValueError(f"refused {url}")
        f = Fetcher(guard=guard, min_interval=0, retries=0)
        res = f.fetch(site.base + "/redirect-to-budrys")
        assert res.error and "refused" in res.error
        assert "/news/budrys.html" not in [p for p, _ in site.requests]
        f.close()
    finally:
        site.close()


def test_uploads_are_checked(app):
    c = client(app, "anna")
    h = {"X-CSRF-Token": csrf(c)}
    big = b"a" * (10 * 1024 * 1024 + 10)
    assert "larger than" in c.post("/api/documents/upload", files={"file": ("big.txt", big)}, headers=h).json()["result"]
    assert "can be uploaded" in c.post("/api/documents/upload", files={"file": ("x.exe", b"MZ")}, headers=h).json()["result"]
    assert "not a PDF" in c.post("/api/documents/upload", files={"file": ("fake.pdf", b"hello")}, headers=h).json()["result"]
    ok = c.post("/api/documents/upload", files={"file": ("note.txt", (EXAMPLES / "bg-georgiev-korea.txt").read_bytes())},
                headers=h).json()["result"]
    assert "1 added" in ok


def test_report_builder_preview_and_download(app):
    c = client(app, "anna")
    token = csrf(c)
    prev = c.post("/report/preview", data={"csrf": token, "profile": "japan-cee", "month": "2022-05", "lang": "en"})
    assert prev.status_code == 200 and "sandbox" in prev.headers["content-security-policy"]
    assert "EU and Japan" in prev.text or "European Union" in prev.text
    pdf = c.post("/report/download", data={"csrf": token, "profile": "japan-cee", "month": "2022-05", "fmt": "pdf"})
    assert pdf.content.startswith(b"%PDF") and "attachment" in pdf.headers["content-disposition"]


def test_openapi_describes_the_api(app):
    spec = client(app).get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/search", "/api/reports"} <= set(spec["paths"])


def test_the_events_rows_are_escaped_cell_by_cell_even_in_one_pass():
    """views.rows_html escapes the page's cells in one pass over their text joined by NUL: the same
    HTML as escaping each cell, also when a title holds markup, quotes or a NUL of its own."""
    from markupsafe import escape

    from kronika.model import DocumentRef, Location, Person, StoredEvent
    from kronika.web.views import ROW, rows_html, shown_rows

    def ev(i, title, city):
        return StoredEvent(id=i, story=None, status="new", date="2025-05-12", date_end=None, type="CONSULT",
                           mode=None, countries=["JP", "PL"], topics=["security"], persons=[Person("A & B", "")],
                           location=Location(city, "PL"), document=DocumentRef(i, title=title, language="pl"),
                           brief=True)

    for titles in (['<script>alert("x")</script>', "Tom's & Jerry's"], ["a\0b", "<i>c</i>"]):
        rows = [ev(i + 1, t, "Kraków <b>") for i, t in enumerate(titles)]
        html = rows_html(rows, "en")
        assert html == "".join(ROW.format(*(escape(c) for c in r)) for r in shown_rows(rows, "en"))
        assert "<script>" not in html and "<i>" not in html and "<b>" not in html and "&lt;b&gt;" in html
    assert rows_html([], "en") == ""
