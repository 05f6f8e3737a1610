"""Opening a store: the URL, the engine with the right settings, and migrations to the latest schema."""
from __future__ import annotations

import datetime as dt
import getpass
import json
import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Engine

from kronika import settings
from kronika.errors import Invalid, KronikaError
from kronika.model import Change

MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(KronikaError, RuntimeError):
    """The database cannot be used; the message says how to fix it."""


def database_url(db: str | None = None) -> str:
    """SQLAlchemy URL for --db, $KRONIKA_DB or ./kronika.db; PostgreSQL when given postgresql://…."""
    db = db or settings.get("db")
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def actor() -> str:
    """Who makes a change: $KRONIKA_USER, else the login name."""
    try:
        return settings.get("user") or getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


MMAP_BYTES = 1 << 30


def _sqlite_pragmas(dbapi_conn, _record):
    # we issue BEGIN ourselves (below), so that a writer takes its lock before it reads
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # WAL lets readers and one writer work at once; the busy timeout lets two writers take turns
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    # read pages through a memory map shared by every connection of the process (and the OS's
    # page cache) rather than copy them into each connection's own cache
    cur.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    cur.close()


class OutOfRange(Invalid):
    """A value the database cannot hold (PostgreSQL's "integer out of range" for an id typed in a URL)."""


@contextmanager
def _values_checked(context):
    """The connection of `context`; a value the database refuses becomes an OutOfRange error."""
    from sqlalchemy.exc import DataError

    try:
        with context as conn:
            yield conn
    except DataError as e:
        raise OutOfRange(f"a value is out of the database's range ({short_error(e)})") from e


_CHECKED: set[str] = set()  # SQLite files found sound in this process


@dataclass
class Store:
    """A Kronika database. Use `open_store()`; every method runs in its own transaction."""

    url: str

    def _make_engine(self, writer: bool) -> Engine:
        if self.url.startswith("postgresql"):
            try:
                import psycopg  # noqa: F401
            except ImportError as e:
                raise StoreError("PostgreSQL needs the postgres extra: pip install 'kronika[postgres]'") from e
        sqlite = self.url.startswith("sqlite")
        # a file's connection cannot drop, so it is not pinged; the pages of a server run requests on
        # some 40 threads, and a connection closed after each burst (the pool's overflow) is opened
        # again cold (its pragmas, its page cache): readers keep that many open
        eng = create_engine(self.url, future=True, pool_pre_ping=not sqlite,
                            **({"pool_size": 20, "max_overflow": 30} if sqlite and not writer else {}))
        if eng.dialect.name == "sqlite":
            sa_event.listen(eng, "connect", _sqlite_pragmas)
            # writers BEGIN IMMEDIATE: two processes never both read, then both try to write and
            # deadlock; readers BEGIN plainly and, in WAL mode, never wait for a writer
            if writer:
                sa_event.listen(eng, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
            else:
                # straight to the driver: a deferred BEGIN cannot fail or wait, and SQLAlchemy's
                # statement path (context, events, cursor) cost as much as a page's session look-up
                sa_event.listen(eng, "begin", lambda conn: conn.connection.driver_connection.execute("BEGIN"))
        return eng

    @cached_property
    def engine(self) -> Engine:
        """The engine for writing transactions (and migrations)."""
        return self._make_engine(writer=True)

    @cached_property
    def read_engine(self) -> Engine:
        """The engine for reading; in PostgreSQL the same as the writing one."""
        return self.engine if self.dialect != "sqlite" else self._make_engine(writer=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        """Bring the schema to the latest revision (safe to run every time)."""
        try:
            with self.engine.begin() as conn:
                if self.dialect == "postgresql":
                    # one migrator at a time, even when several processes start together
                    conn.execute(text("SELECT pg_advisory_xact_lock(7451)"))
                # a database already at the head (every open but the first) needs no Alembic: importing
                # it and reading its scripts cost a third of a second of each process's start
                if _revisions(conn) != [head_revision()]:
                    _upgrade(conn)
        except Exception as e:
            raise StoreError(f"cannot open or migrate the database {self.safe_url}: {e}") from e

    def check_integrity(self) -> None:
        """Refuse to write into a SQLite file whose pages are damaged (PRAGMA quick_check)."""
        if self.dialect != "sqlite" or self.url in _CHECKED:
            return  # PostgreSQL checks its own pages; a file is checked once per process (it scans it all)
        try:
            with self.read_engine.connect() as conn:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check(5)")]
        except Exception as e:  # a file too damaged to read its header
            rows = [f"{type(e).__name__}: {e}"]
        if rows != ["ok"]:
            raise StoreError(f"the database {self.safe_url} is damaged ({'; '.join(rows)[:300]}); nothing was "
                             "written. Restore it from a backup, or recover it with: sqlite3 FILE '.recover'")
        _CHECKED.add(self.url)

    @property
    def safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def begin(self):
        """A transaction: `with store.begin() as conn: ...`."""
        return _values_checked(self.engine.begin())

    def connect(self):
        """A connection for reading."""
        return _values_checked(self.read_engine.connect())


@cache
def head_revision() -> str:
    """The newest migration's revision, read from the scripts' `revision`/`down_revision` lines
    (the one revision no other script names as its parent; the chain is linear)."""
    revs, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        revs.add(found["revision"])
        parents.add(found.get("down_revision"))
    (head,) = revs - parents
    return head


_REVISION_LINE = re.compile(r'^(revision|down_revision) = "?([^"\n]*?)"?$', re.MULTILINE)


def _revisions(conn) -> list[str]:
    """The revisions the database is stamped with; none for a new one."""
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return []
    return [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]


def _upgrade(conn) -> None:
    """Alembic's upgrade to the head, on this connection (migrations/env.py takes it)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def open_store(db: str | None = None, migrate: bool = True) -> Store:
    """The store at --db / $KRONIKA_DB / ./kronika.db, migrated to the latest schema."""
    store = Store(database_url(db))
    if migrate:
        store.migrate()
    return store


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def audit_entry(row) -> Change:
    """An audit_log row as a model record, its values before and after decoded."""
    return Change(*row[:7], json.loads(row[7]), json.loads(row[8]))


def storage_broken(e: Exception) -> bool:
    """An error of the database itself (disk full, a corrupt file) rather than of one document's values."""
    from sqlalchemy.exc import DataError, IntegrityError, OperationalError, ProgrammingError

    return isinstance(e, OperationalError) or (
        hasattr(e, "orig") and not isinstance(e, (DataError, IntegrityError, ProgrammingError))
        and "corrupt" in str(e).lower())


def short_error(e: Exception) -> str:
    """'Type: first line' of a database error, for a one-line message."""
    inner = getattr(e, "orig", None) or e
    return f"{type(inner).__name__}: {str(inner).splitlines()[0][:200] if str(inner) else ''}"
