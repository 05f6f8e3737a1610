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
    actions = [h["action"] for h in reversed(accounts.user_history(open_store(db)))]
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
    assert vera.post("/admin/users/adam/remove", data={"csrf": "x"}, follow_redirects=False).status_code == 303
