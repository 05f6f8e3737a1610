"""Ingestion survives being killed, and two writers share one SQLite file."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
BASES = ["en-eu-japan-summit.txt", "ru-lavrov-choe.txt", "de-iwaya-wien.txt", "pl-msz-ambasador.txt"]


def make_batch(folder: Path, n: int, start: int = 0) -> None:
    """n distinct documents: example texts, each with a line of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        text = (EXAMPLES / BASES[i % len(BASES)]).read_text(encoding="utf-8")
        (folder / f"doc{i:03d}.txt").write_text(f"{text}\nBulletin number {i}: " + " ".join(
            f"word{i}x{k}" for k in range(40)) + "\n", encoding="utf-8")


def kronika_add(db: Path, *paths, wait=True):
    cmd = [sys.executable, "-m", "kronika", "add", "--db", str(db), *map(str, paths)]
    if wait:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def counts(db: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(db, timeout=30)
    try:
        docs = con.execute("select count(*) from documents").fetchone()[0]
        events = con.execute("select count(*) from events").fetchone()[0]
        orphans = con.execute("select count(*) from documents d where not exists "
                              "(select 1 from events e where e.document_id = d.id)").fetchone()[0]
        return docs, events, orphans
    except sqlite3.OperationalError:
        return 0, 0, 0
    finally:
        con.close()


def test_killed_batch_resumes_without_loss_or_doubles(tmp_path):
    batch, db = tmp_path / "batch", tmp_path / "k.db"
    make_batch(batch, 40)
    proc = kronika_add(db, batch, wait=False)
    deadline = time.time() + 120
    while counts(db)[0] < 5 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = counts(db)
    assert 0 < partial[0] < 40, "the kill came too late to test anything"
    assert partial[2] == 0, "a document was stored without its events"
    done = kronika_add(db, batch)
    assert done.returncode == 0, done.stderr
    # as many events as one uninterrupted run stores (a document may hold more than one event)
    ref = tmp_path / "ref.db"
    assert kronika_add(ref, batch).returncode == 0
    assert counts(db) == counts(ref) and counts(db)[0] == 40 and counts(db)[2] == 0
    assert f"{40 - partial[0]} added, {partial[0]} already stored" in done.stdout


def test_two_writers_on_one_sqlite_file(tmp_path, sqlite_template):
    a, b, db = tmp_path / "a", tmp_path / "b", tmp_path / "k.db"
    make_batch(a, 15, 0)
    make_batch(b, 15, 9)   # six documents in common
    shutil.copyfile(sqlite_template, db)  # the schema exists first, as after a user's first run
    p1, p2 = kronika_add(db, a, wait=False), kronika_add(db, b, wait=False)
    out1, out2 = p1.communicate(timeout=600), p2.communicate(timeout=600)
    assert p1.returncode == 0, out1[1]
    assert p2.returncode == 0, out2[1]
    ref = tmp_path / "ref.db"  # one writer after the other: what the two together must have stored
    assert kronika_add(ref, a).returncode == 0 and kronika_add(ref, b).returncode == 0
    assert counts(db) == counts(ref) and counts(db)[0] == 24 and counts(db)[2] == 0
