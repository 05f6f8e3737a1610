"""Accounts for a team: list, change role, disable, reset a password, remove (CLI and admin page), audited."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

pytest.importorskip("fastapi")
pytest.importorskip("argon2")

from fastapi.testclient import TestClient

from kronika.cli import main
from kronika.store import open_store
from kronika.web import accounts, auth
from kronika.web.app import create_app


def log_in(c, name, password):
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    return c.post("/login", data={"name": name, "password": password, "csrf": token, "next": "/"},
                  follow_redirects=False)


def test_accounts_from_the_command_line(tmp_path):
    db = str(tmp_path / "a.db")
    run = lambda *args, stdin=None: CliRunner().invoke(main, [*args, "--db", db], input=stdin)
    assert run("users", "add", "adam", "--role", "admin", "--password-stdin", stdin="adam-password\n").exit_code == 0
    assert run("users", "add", "anna", "--role", "editor", "--password-stdin", stdin="anna-password\n").exit_code == 0
    listing = run("users", "list").output
    assert re.search(r"adam\s+admin", listing) and re.search(r"anna\s+editor", listing)
    assert run("users", "role", "anna", "disabled").exit_code == 0
    with pytest.raises(auth.AuthError, match="disabled"):
        auth.login(open_store(db), "anna", "anna-password", "127.0.0.1")
    assert run("users", "role", "anna", "viewer").exit_code == 0
    r = run("users", "passwd", "anna", "--password-stdin", stdin="short\n")
    assert r.exit_code != 0 and "8 characters" in r.output
    assert run("users", "passwd", "anna", "--password-stdin", stdin="new-anna-password\n").exit_code == 0
    auth.login(open_store(db), "anna", "new-anna-password", "127.0.0.1")
    r = run("users", "remove", "adam")
    assert r.exit_code != 0 and "last admin" in r.output
    assert run("users", "remove", "anna").exit_code == 0
    r = run("users", "remove", "nobody")
    assert r.exit_code != 0 and "no user 'nobody'" in r.output and "Traceback" not in r.output
    actions = [h.action for h in reversed(accounts.user_history(open_store(db)))]
    assert actions == ["add", "add", "disabled", "role", "password", "remove"]


def test_the_admin_page_looks_after_accounts(tmp_path):
    db = str(tmp_path / "w.db")
    store = open_store(db)
    accounts.add(store, "adam", "admin", "adam-password", who="setup")
    accounts.add(store, "vera", "viewer", "vera-password", who="setup")
    admin, vera = TestClient(create_app(db), base_url="https://testserver"), TestClient(create_app(db),
                                                                                        base_url="https://testserver")
    log_in(admin, "adam", "adam-password")
    assert log_in(vera, "vera", "vera-password").status_code == 303
    token = admin.get("/api/me").json()["csrf"]
    page = admin.get("/admin/users").text
    assert re.search(r"<td>vera</td><td>viewer</td><td>1</td>", page)  # one live session
    r = admin.post("/admin/users/vera/role", data={"csrf": token, "role": "disabled"})
    assert "user vera: disabled" in r.text
    assert vera.get("/api/me").status_code == 401  # her session ended at once
    assert log_in(vera, "vera", "vera-password").status_code == 401
    admin.post("/admin/users/vera/role", data={"csrf": token, "role": "editor"})
    r = admin.post("/admin/users/vera/password", data={"csrf": token, "password": "vera-new-password"})
    assert "password changed" in r.text
    assert log_in(vera, "vera", "vera-password").status_code == 401
    assert log_in(vera, "vera", "vera-new-password").status_code == 303
    r = admin.post("/admin/users/adam/remove", data={"csrf": token})
    assert "last admin" in r.text
    r = admin.post("/admin/users/vera/remove", data={"csrf": token})
    assert "user vera removed" in r.text and "<td>vera</td>" not in r.text
    history = r.text[r.text.index("Changes to accounts"):]
    assert history.count("<td>adam</td>") == 4 and "vera-new-password" not in r.text
    # a removed account has no session: its request is refused before its body is read (web.safety.BodyGuard)
    assert vera.post("/admin/users/adam/remove", data={"csrf": "x"}, follow_redirects=False).status_code == 401


# ------------------------------------------------------------ personal API tokens for scripts

def test_scripts_use_the_api_with_personal_tokens(tmp_path):
    from sqlalchemy import select

    from kronika.store import schema as t
    from test_curation import add_event

    db = str(tmp_path / "t.db")
    store = open_store(db)
    eid = add_event(store)
    accounts.add(store, "anna", "editor", "anna-password")
    accounts.add(store, "vera", "viewer", "vera-password")
    run = lambda *args: CliRunner().invoke(main, [*args, "--db", db])
    made = run("tokens", "create", "anna", "--scope", "editor", "--label", "nightly import")
    assert made.exit_code == 0, made.output
    token = made.output.split(": ")[-1].strip()
    viewer_token = run("tokens", "create", "anna", "--scope", "viewer").output.split(": ")[-1].strip()
    r = run("tokens", "create", "vera", "--scope", "editor")
    assert r.exit_code != 0 and "cannot do more than its user" in r.output
    with store.connect() as conn:  # only hashes are kept
        hashes = [h for (h,) in conn.execute(select(t.api_tokens.c.token_hash))]
    assert len(hashes) == 2 and token not in hashes and all(len(h) == 64 for h in hashes)

    c = TestClient(create_app(db), base_url="https://testserver")
    bearer = {"Authorization": f"Bearer {token}"}
    assert c.get("/api/events", headers=bearer).status_code == 200
    # no cookie, so no CSRF token is needed; the edit is audited under the token's user
    r = c.patch(f"/api/events/{eid}", json={"changes": {"mode": "phone"}}, headers=bearer)
    assert r.status_code == 200 and r.json()["changed"] == ["mode"]
    assert c.get(f"/api/events/{eid}", headers=bearer).json()["history"][-1]["actor"] == "anna"
    r = c.patch(f"/api/events/{eid}", json={"changes": {"mode": "visit"}},
                headers={"Authorization": f"Bearer {viewer_token}"})
    assert r.status_code == 403  # a viewer-scoped token reads only
    assert c.get("/api/events", headers={"Authorization": "Bearer kronika_forged"}).status_code == 401
    assert "nightly import" in run("tokens", "list", "anna").output and token not in run("tokens", "list").output
    assert run("tokens", "revoke", "1").exit_code == 0
    assert c.get("/api/events", headers=bearer).status_code == 401
    accounts.set_role(store, "anna", "disabled")
    assert c.get("/api/events", headers={"Authorization": f"Bearer {viewer_token}"}).status_code == 401


def test_users_make_and_revoke_their_own_tokens_through_the_api(tmp_path):
    db = str(tmp_path / "u.db")
    store = open_store(db)
    accounts.add(store, "anna", "editor", "anna-password")
    accounts.add(store, "vera", "viewer", "vera-password")
    anna, vera = (TestClient(create_app(db), base_url="https://testserver") for _ in range(2))
    log_in(anna, "anna", "anna-password")
    log_in(vera, "vera", "vera-password")
    csrf = {"X-CSRF-Token": anna.get("/api/me").json()["csrf"]}
    made = anna.post("/api/tokens", json={"scope": "editor", "label": "notebook"}, headers=csrf).json()
    assert made["token"].startswith("kronika_")
    assert anna.post("/api/tokens", json={"scope": "editor"}).status_code == 403  # a session still needs CSRF
    vcsrf = {"X-CSRF-Token": vera.get("/api/me").json()["csrf"]}
    assert vera.post("/api/tokens", json={"scope": "editor"}, headers=vcsrf).status_code == 400
    assert vera.get("/api/tokens").json()["tokens"] == []
    assert vera.delete(f"/api/tokens/{made['id']}", headers=vcsrf).status_code == 404  # not hers
    assert [x["label"] for x in anna.get("/api/tokens").json()["tokens"]] == ["notebook"]
    assert anna.delete(f"/api/tokens/{made['id']}", headers=csrf).json() == {"revoked": made["id"]}
    assert anna.get("/api/me", headers={"Authorization": f"Bearer {made['token']}"}).status_code == 401
    # a proxy's Basic credentials beside the session cookie leave the session alone
    assert anna.get("/api/me", headers={"Authorization": "Basic YWRtaW46eA=="}).json()["name"] == "anna"
