"""The waits the suite no longer sits out are settings with production defaults, and the pool of
PostgreSQL test databases hands each test a database as empty as a fresh clone (issue 8)."""
from __future__ import annotations

import time

import psycopg
import pytest

from kronika import settings
from kronika.errors import Invalid
from kronika.ingest.web import Fetcher

from conftest import _pg_dsn  # noqa: E402  (tests/ is on the path)
from hostile import Server  # noqa: E402


@pytest.mark.parametrize("name,env,default", [("fetch_backoff", "KRONIKA_FETCH_BACKOFF", 1.0),
                                              ("worker_grace", "KRONIKA_WORKER_GRACE", 5.0)])
def test_a_wait_is_a_setting_with_its_production_default(monkeypatch, name, env, default):
    monkeypatch.delenv(env, raising=False)
    assert settings.SETTINGS[name].env == env and settings.seconds(name) == default
    monkeypatch.setenv(env, "0.25")
    assert settings.seconds(name) == 0.25
    for bad in ("soon", "-1", "nan"):
        monkeypatch.setenv(env, bad)
        with pytest.raises(Invalid, match=env):
            settings.seconds(name)


def test_the_fetcher_and_the_server_read_their_waits(monkeypatch):
    from kronika.web.server import failed_start

    monkeypatch.delenv("KRONIKA_FETCH_BACKOFF", raising=False)
    monkeypatch.delenv("KRONIKA_WORKER_GRACE", raising=False)
    assert Fetcher().backoff == 1.0 and failed_start() == 5.0
    monkeypatch.setenv("KRONIKA_FETCH_BACKOFF", "0.3")
    monkeypatch.setenv("KRONIKA_WORKER_GRACE", "1")
    assert Fetcher().backoff == 0.3 and failed_start() == 1.0


def test_a_retry_waits_the_backoff(monkeypatch):
    """A page that fails once (503) is asked again after the back-off, and then read."""
    monkeypatch.setenv("KRONIKA_ALLOW_PRIVATE_URLS", "127.0.0.1/32")
    monkeypatch.setenv("KRONIKA_FETCH_BACKOFF", "0.3")
    asked: list[str] = []

    def answer(path):
        asked.append(path)
        if path == "/robots.txt":
            return 404, {}, b"", 0
        return (503 if asked.count(path) == 1 else 200), {}, b"ok", 0

    site = Server(answer)
    f = Fetcher(min_interval=0)
    t0 = time.monotonic()
    res = f.fetch(site.base + "/news.html")
    took = time.monotonic() - t0
    f.close()
    site.close()
    assert res.ok and asked.count("/news.html") == 2 and took >= 0.3


USER = "INSERT INTO users (name, role, password_hash, created_at) VALUES (%s, 'editor', 'x', '2025') RETURNING id"


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_a_pooled_database_comes_back_as_a_fresh_clone(pg_pool, store_url):
    """Rows and sequences a test left are gone for the next test, foreign keys or not; a database whose
    schema a test changed is dropped, not handed on."""
    name = store_url.rsplit("/", 1)[1]
    with psycopg.connect(_pg_dsn(name), autocommit=True) as conn:
        uid = conn.execute(USER, ("a",)).fetchone()[0]
        conn.execute("INSERT INTO sessions (token_hash, user_id, csrf, expires) VALUES ('t', %s, 'c', '2030')", (uid,))
        conn.execute(USER, ("b",))
    pg_pool.give_back(name)
    assert pg_pool.free[-1] == name  # only rows changed: it is reused
    assert pg_pool.take() == name
    with psycopg.connect(_pg_dsn(name), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
        assert conn.execute(USER, ("c",)).fetchone()[0] == 1  # the sequence restarted, as in a fresh clone
        conn.execute("ALTER TABLE users ADD COLUMN extra text")
    pg_pool.give_back(name)
    assert name not in pg_pool.free
    with psycopg.connect(_pg_dsn("postgres"), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,)).fetchone()[0] == 0
