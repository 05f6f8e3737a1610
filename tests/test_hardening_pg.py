"""Kill-and-resume and concurrent writers on PostgreSQL, as test_reliability.py does on SQLite (issue 12)."""
from __future__ import annotations

import os
import signal
import time

import pytest
from sqlalchemy import text
from test_reliability import kronika_add, make_batch

from kronika.store import open_store

pytestmark = pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)


def counts(url: str) -> tuple[int, int, int]:
    store = open_store(url)
    try:
        with store.connect() as conn:
            one = lambda q: conn.execute(text(q)).scalar_one()
            return (one("select count(*) from documents"), one("select count(*) from events"),
                    one("select count(*) from documents d where not exists "
                        "(select 1 from events e where e.document_id = d.id)"))
    finally:
        store.engine.dispose()


# as many documents as the SQLite twin (test_reliability): with 16, a warm run stored all before the kill
KILLED_BATCH = 40


def test_killed_batch_resumes_on_postgresql(store_url, tmp_path):
    batch = tmp_path / "batch"
    make_batch(batch, KILLED_BATCH)
    base = counts(store_url)[0]  # store_url is migrated already: the schema exists before the race below
    proc = kronika_add(store_url, batch, wait=False)
    deadline = time.time() + 120
    while counts(store_url)[0] < base + 3 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = counts(store_url)
    assert base < partial[0] < base + KILLED_BATCH, "the kill came too late to test anything"
    assert partial[2] == 0, "a document was stored without its events"
    done = kronika_add(store_url, batch)
    assert done.returncode == 0, done.stderr
    assert counts(store_url)[0] == base + KILLED_BATCH and counts(store_url)[2] == 0
    assert f"{base + KILLED_BATCH - partial[0]} added" in done.stdout


def test_two_writers_on_postgresql(store_url, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    make_batch(a, 8, 0)
    make_batch(b, 8, 5)   # three documents in common
    base = counts(store_url)[0]  # the schema exists (store_url is migrated), as after a user's first run
    p1, p2 = kronika_add(store_url, a, wait=False), kronika_add(store_url, b, wait=False)
    out1, out2 = p1.communicate(timeout=600), p2.communicate(timeout=600)
    assert p1.returncode == 0, out1[1]
    assert p2.returncode == 0, out2[1]
    assert counts(store_url)[0] == base + 13 and counts(store_url)[2] == 0
