"""`kronika add` writes nothing into a SQLite file whose integrity check fails (issue 12, item 13)."""
from __future__ import annotations

import hashlib
import sqlite3

from clirun import kronika

from kronika.model import Document, Event
from kronika.store import open_store
from kronika.store.documents import add_document


def test_add_refuses_a_damaged_database_and_leaves_it_alone(tmp_path):
    db = tmp_path / "k.db"
    store = open_store(str(db))
    for i in range(60):  # enough rows for several b-tree pages
        add_document(store, Document(id=str(i), text=f"Dokument {i} " + "treść " * 200,
                                     events=[Event(type="CONSULT", date="2024-03-12", countries=["JP", "PL"])]))
    store.engine.dispose()
    store.read_engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(db.read_bytes())
    for p in range(pages // 2, pages // 2 + 3):  # garble three pages in the middle of the file
        data[p * page:p * page + 200] = b"\xff" * 200
    db.write_bytes(bytes(data))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    new = tmp_path / "new.txt"
    new.write_text("Minister Sikorski spotkał się w Warszawie z ambasadorem Japonii.", encoding="utf-8")
    r = kronika("add", "--db", str(db), str(new))
    assert r.returncode == 1
    assert "damaged" in r.stderr + r.stdout and "backup" in r.stderr + r.stdout
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
