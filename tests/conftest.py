"""Shared fixtures: paths to the shared corpora, which tests read in place."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared, or skip: the corpora are third-party documents we do not copy into the repo."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"{SHARED} is not here: the gold corpora live beside the repo, not in it")
    return SHARED


import os  # noqa: E402
import shutil  # noqa: E402
import uuid  # noqa: E402

# Password hashes at argon2's cheapest parameters, through the setting: the production profile costs
# about 0.2 s of CPU per hash and the web tests hash and log in hundreds of times. Tests that time or
# check the production cost set it back (test_hardening_web, test_web_app); subprocesses inherit it.
os.environ.setdefault("KRONIKA_ARGON2_PROFILE", "CHEAPEST")

PG_DSN = os.environ.get("KRONIKA_TEST_PG", "host=127.0.0.1 port=5432 user=postgres dbname=postgres")


def _pg_admin():
    import psycopg

    return psycopg.connect(PG_DSN, autocommit=True, connect_timeout=5)


def _pg_url(name: str) -> str:
    params = dict(p.split("=", 1) for p in PG_DSN.split())
    return f"postgresql://{params.get('user', 'postgres')}@{params.get('host', '127.0.0.1')}:{params.get('port', '5432')}/{name}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite file migrated once per test process (the migrations run here, from an empty file);
    tests get copies of it."""
    from kronika.store import open_store

    path = tmp_path_factory.mktemp("template") / "kronika.db"
    open_store(str(path)).engine.dispose()  # the last connection closed: the WAL is folded into the file
    assert not path.with_name("kronika.db-wal").exists()
    return path


@pytest.fixture(scope="session")
def pg_template():
    """A PostgreSQL database migrated once per test process, copied by CREATE DATABASE … TEMPLATE."""
    from kronika.store import open_store

    try:
        admin = _pg_admin()
    except Exception as e:  # CI must have PostgreSQL; a laptop may not
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_DSN}: {e}")
        pytest.skip(f"PostgreSQL is not reachable at {PG_DSN}: {e}")
    name = f"kronika_template_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    open_store(_pg_url(name)).engine.dispose()  # a template may have no open connection when copied
    yield admin, name
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh database with the schema: a copy of a migrated SQLite file, or a new PostgreSQL
    database made from a migrated template and dropped afterwards."""
    if request.param == "sqlite":
        path = tmp_path / "kronika.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield str(path)
        return
    admin, template = request.getfixturevalue("pg_template")
    name = f"kronika_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield _pg_url(name)

    admin.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture
def store(store_url):
    from kronika.store import open_store

    s = open_store(store_url)
    yield s
    s.engine.dispose()


@pytest.fixture(scope="session")
def chromium_browser():
    """One headless Chromium per test process (tests/chromium.py): starting one costs about 2 s."""
    import chromium

    yield from chromium.launched()


# ------------------------------------------------------------ languages whose analyser is an extra
import importlib.util  # noqa: E402

# Japanese and Korean need the cjk extra (fugashi, kiwipiepy); the core install (make test-minimal)
# runs without it, and their cases are skipped there with the reason, never silently passed
ANALYSERS = {"ja": "fugashi", "ko": "kiwipiepy"}
MISSING_ANALYSERS = {code for code, mod in ANALYSERS.items() if importlib.util.find_spec(mod) is None}


def language_available(code: str) -> bool:
    """False for a language whose analyser (an extra) is not installed here."""
    return code not in MISSING_ANALYSERS


# Modules whose tests start real processes, servers or clusters (tens of seconds each): they go first,
# so that under `make test` (-n 2) none is left to run alone at the end
SLOW_FIRST = ("test_deploy", "test_backfill", "test_hardening_pg", "test_deploy_browser", "test_reliability",
              "test_cache", "test_curation_browser")


def pytest_collection_modifyitems(config, items):
    for item in items:
        for code in MISSING_ANALYSERS:
            if f"[{code}]" in item.nodeid or f"test_{code}.py" in item.nodeid:
                item.add_marker(pytest.mark.skip(reason=f"'{code}' needs the cjk extra ({ANALYSERS[code]})"))
    items.sort(key=lambda item: item.module.__name__ not in SLOW_FIRST)  # stable: modules stay whole
