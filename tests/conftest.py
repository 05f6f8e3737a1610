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
import sys  # noqa: E402
import uuid  # noqa: E402

# Each test process keeps the bytecode it compiles (in the __pycache__ folders git ignores), also where
# the environment says not to (PYTHONDONTWRITEBYTECODE, as on the machines we run on): otherwise every
# worker rewrites every test module's asserts again at each run (2.5 s of CPU per worker), and every
# `kronika` process the tests start compiles the modules changed since the last install. The
# processes the tests start still write nothing; they read what the workers wrote.
sys.dont_write_bytecode = False

# Password hashes at argon2's cheapest parameters, through the setting: the production profile costs
# about 0.2 s of CPU per hash and the web tests hash and log in hundreds of times. Tests that time or
# check the production cost set it back (test_hardening_web, test_web_app); subprocesses inherit it.
os.environ.setdefault("KRONIKA_ARGON2_PROFILE", "CHEAPEST")
# No politeness pause between two requests to one of our loopback servers (production: 1 s): a test
# through `kronika add URL` asks robots.txt, then the page, and waited a second for nothing. The pause
# itself is timed by test_web (its own Fetcher), and the default is checked there.
os.environ.setdefault("KRONIKA_FETCH_INTERVAL", "0")
# Nor a back-off before a retry (production: 1 s, doubling): a test of a failing server (refused,
# unresolvable, answering 503) retried robots.txt a second later. The default is checked in
# test_h12_suite, and a back-off is timed there.
os.environ.setdefault("KRONIKA_FETCH_BACKOFF", "0")

# Commits to the test databases do not wait for the WAL to reach the disk (every process the tests start
# inherits this through libpq): what the tests prove (visibility, a killed client losing nothing it
# committed, no doubles) holds without it; only a crash of PostgreSQL itself could lose the last
# commits, and no test crashes it
os.environ.setdefault("PGOPTIONS", "-c synchronous_commit=off")

PG_DSN = os.environ.get("KRONIKA_TEST_PG", "host=127.0.0.1 port=5432 user=postgres dbname=postgres")


def _pg_admin():
    import psycopg

    return psycopg.connect(PG_DSN, autocommit=True, connect_timeout=5)


def _pg_dsn(name: str) -> str:
    """PG_DSN with another database."""
    return " ".join(p for p in PG_DSN.split() if not p.startswith("dbname=")) + f" dbname={name}"


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


@pytest.fixture
def migrated_db(tmp_path, sqlite_template):
    """migrated_db("k.db"): that file in tmp_path, a copy of the migrated template, as a string; for the
    tests whose subject is not the migration (running the nine again costs 35 ms of CPU per database)."""
    def copy(name: str) -> str:
        path = tmp_path / name
        shutil.copyfile(sqlite_template, path)
        return str(path)
    return copy


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


# every language compiled, the registry, the city index and CLDR's words, into the cache folder
WARM_CACHE = """from kronika import data, lang
from kronika.nlp import dates, persons
for code in lang.available():
    lang.names_data(code)
    lang.load(code)
    dates.cldr_words(code)
persons.registry_index()
data.cities()
"""
_warming: list = []


def pytest_sessionstart(session):
    """In the process that starts the test workers (-n): build the cache folder's reference data once,
    in a process of its own while the workers start and collect, before the workers and the `kronika`
    processes they start all find it missing at once and each build it (after any change to the
    package, and always on a fresh clone: 3 s of CPU). A cache already built is only read (0.6 s)."""
    if not getattr(session.config.option, "numprocesses", None) or hasattr(session.config, "workerinput"):
        return
    from kronika import cache

    if cache.folder() is not None:
        import subprocess

        _warming.append(subprocess.Popen([sys.executable, "-c", WARM_CACHE], stdout=subprocess.DEVNULL))


def pytest_sessionfinish(session):
    for p in _warming:
        p.wait()


# What a test may change in a database besides its rows: if any of it differs from the template's after
# the test, the database is dropped instead of going back to the pool
SCHEMA_PRINT = """SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (
    SELECT concat_ws(':', table_name, column_name, ordinal_position, data_type, is_nullable, column_default) AS x
      FROM information_schema.columns WHERE table_schema = 'public'
    UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL SELECT conname || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    UNION ALL SELECT 'seq ' || sequencename FROM pg_sequences WHERE schemaname = 'public'
    UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal
    UNION ALL SELECT 'function ' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace
    UNION ALL SELECT 'view ' || viewname FROM pg_views WHERE schemaname = 'public'
    UNION ALL SELECT 'setting ' || array_to_string(setconfig, ',') FROM pg_db_role_setting
      WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
    UNION ALL SELECT 'version ' || version_num FROM alembic_version) t"""


class PgPool:
    """Databases cloned from the migrated template, one test at a time each: after a test its rows are
    emptied (every table but alembic_version, sequences restarted), which leaves it as a fresh clone
    is, so the next test reuses it; one whose schema the test changed is dropped. A clone costs
    PostgreSQL 0.2-0.5 s (it copies and logs the whole catalogue), emptying the tables a few ms."""

    def __init__(self, admin, template: str):
        import psycopg

        self.admin, self.template, self.free, self.conns = admin, template, [], {}
        with psycopg.connect(_pg_dsn(template), autocommit=True) as conn:
            self.print = conn.execute(SCHEMA_PRINT).fetchone()[0]
        assert self.print, "the template has no schema"

    def take(self) -> str:
        if self.free:
            return self.free.pop()
        name = f"kronika_test_{uuid.uuid4().hex[:10]}"
        self.admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return name

    def give_back(self, name: str) -> None:
        """Empty the database for the next test, or drop it when the test changed more than rows."""
        import psycopg

        self._end_sessions(name)
        try:
            if name not in self.conns:
                self.conns[name] = psycopg.connect(_pg_dsn(name), autocommit=True)
            conn = self.conns[name]
            tables = [r[0] for r in conn.execute(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'")]
            # DELETE, not TRUNCATE: TRUNCATE makes new files for every table and index (0.3-0.4 s); the
            # foreign keys' triggers are off while everything goes (replica role)
            conn.execute("SET session_replication_role = replica")
            with conn.transaction():
                for table in tables:
                    conn.execute(f"DELETE FROM {table}")
            conn.execute("SET session_replication_role = DEFAULT")
            conn.execute("SELECT setval(format('%I.%I', schemaname, sequencename), start_value, false) "
                         "FROM pg_sequences WHERE schemaname = 'public'")  # also those no column owns
            if conn.execute(SCHEMA_PRINT).fetchone()[0] == self.print:
                self.free.append(name)
                return
        except psycopg.Error:
            pass  # whatever went wrong, the database is not reused
        self.drop(name)

    def _end_sessions(self, name: str) -> None:
        """Sessions a test left open (servers, killed clients' backends) end with it."""
        own = self.conns[name].info.backend_pid if name in self.conns else 0
        self.admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> %s",
                           (name, own))

    def drop(self, name: str) -> None:
        conn = self.conns.pop(name, None)
        if conn is not None:
            conn.close()
        self._end_sessions(name)
        self.admin.execute(f'DROP DATABASE IF EXISTS "{name}"')

    def close(self) -> None:
        for name in self.free + list(self.conns):
            self.drop(name)
        self.free = []


@pytest.fixture(scope="session")
def pg_pool(pg_template):
    admin, template = pg_template
    pool = PgPool(admin, template)
    yield pool
    pool.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh database with the schema: a copy of a migrated SQLite file, or a PostgreSQL database
    cloned from a migrated template (conftest.PgPool: emptied and reused by the next test)."""
    if request.param == "sqlite":
        path = tmp_path / "kronika.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield str(path)
        return
    pool = request.getfixturevalue("pg_pool")
    name = pool.take()
    yield _pg_url(name)
    pool.give_back(name)


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


# Modules that take longest (real processes, servers, clusters, the quality gate's corpora; the longest
# first): `make test` hands each worker whole modules (--dist loadscope, so that a module's fixtures are
# built by one worker only), in this order and then the short ones, so that no long one is left to run
# alone at the end
SLOW_FIRST = ("test_backfill", "test_quality_gate", "test_curation", "test_deploy", "test_hardening_pg",
              "test_reliability", "test_cache", "test_deploy_browser", "test_curation_browser", "test_e2e_browser",
              "test_i18n_browser", "test_report_drafts_browser", "test_report", "test_hardening_store",
              "test_hardening_web", "test_web_app", "test_inputs_decoding", "test_hardening_inputs")
# The browser tests' modules go to one worker as one unit: one Chromium (and one Playwright) starts in
# the suite instead of one per worker (~2 s of CPU each), and the other worker never imports Playwright
TOGETHER = {name: "browser" for name in ("test_deploy_browser", "test_curation_browser", "test_e2e_browser",
                                         "test_i18n_browser", "test_report_drafts_browser")}


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # xdist's hook: the minimal install has no xdist
def pytest_xdist_make_scheduler(config, log):
    """--dist loadscope, with the modules of TOGETHER given to one worker as one scope."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class Together(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return TOGETHER.get(Path(module).stem, super()._split_scope(nodeid))

    return Together(config, log)


def pytest_collection_modifyitems(config, items):
    for item in items:
        for code in MISSING_ANALYSERS:
            if f"[{code}]" in item.nodeid or f"test_{code}.py" in item.nodeid:
                item.add_marker(pytest.mark.skip(reason=f"'{code}' needs the cjk extra ({ANALYSERS[code]})"))
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.module.__name__, len(rank)))  # stable: modules stay whole
