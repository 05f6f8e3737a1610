"""The cache folder: reference data built once, read back the same, never stale, never required."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kronika import cache

ROOT = Path(__file__).resolve().parents[1]


def _counting(tmp_path, inputs=None):
    calls = []

    @cache.stored("toy", inputs=inputs)
    def build(code: str) -> dict:
        calls.append(code)
        return {"code": code, "forms": ["a", "b"], "set": {1, 2}}

    return build, calls


def test_a_result_is_built_once_then_read_back_equal(tmp_path, monkeypatch):
    monkeypatch.setenv("KRONIKA_CACHE_DIR", str(tmp_path))
    build, calls = _counting(tmp_path)
    first = build("pl")
    assert build("pl") == first and calls == ["pl"]
    assert build("cs")["code"] == "cs" and calls == ["pl", "cs"]
    assert len(list(tmp_path.glob("toy-*.pickle"))) == 2


def test_a_damaged_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("KRONIKA_CACHE_DIR", str(tmp_path))
    build, calls = _counting(tmp_path)
    build("pl")
    for f in tmp_path.glob("toy-*.pickle"):
        f.write_bytes(b"\x80\x05 not a pickle")
    assert build("pl")["code"] == "pl" and calls == ["pl", "pl"]
    assert build("pl")["code"] == "pl" and calls == ["pl", "pl"]  # the rebuilt file is good again


def test_an_unwritable_folder_or_off_costs_speed_not_results(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KRONIKA_CACHE_DIR", str(blocker / "sub"))  # a folder under a file cannot exist
    build, calls = _counting(tmp_path)
    assert build("pl")["code"] == "pl" and build("pl")["code"] == "pl" and calls == ["pl", "pl"]
    monkeypatch.setenv("KRONIKA_CACHE_DIR", "off")
    assert build("pl")["code"] == "pl" and calls == ["pl", "pl", "pl"]


def test_a_changed_input_file_is_never_read_stale(tmp_path, monkeypatch):
    monkeypatch.setenv("KRONIKA_CACHE_DIR", str(tmp_path / "c"))
    extra = tmp_path / "persons.yaml"
    extra.write_text("- name: A\n")
    build, calls = _counting(tmp_path, inputs=lambda: [str(extra)])
    build("pl")
    build("pl")
    extra.write_text("- name: A B\n")
    os.utime(extra, ns=(1, 1))  # even with an old time: the size differs
    build("pl")
    assert calls == ["pl", "pl"]


def test_labels_of_arguments_stay_inside_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KRONIKA_CACHE_DIR", str(tmp_path / "c"))
    build, _ = _counting(tmp_path)
    build("../../escape")
    assert [p.parent for p in (tmp_path / "c").iterdir()] == [tmp_path / "c"]


def test_extraction_is_the_same_without_a_cache_cold_and_warm(tmp_path):
    docs = [str(ROOT / "examples" / n) for n in ("en-eu-japan-summit.txt", "cs-fiala-korea.txt",
                                                 "bg-georgiev-korea.txt")]
    outs = []
    for where in ("off", str(tmp_path / "c"), str(tmp_path / "c")):
        env = {**os.environ, "KRONIKA_CACHE_DIR": where}
        r = subprocess.run([sys.executable, "-m", "kronika", "extract", *docs], env=env,
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout)
    assert list((tmp_path / "c").glob("registry-*.pickle")) and list((tmp_path / "c").glob("lang-cs-*.pickle"))
    assert outs[0] == outs[1] == outs[2]


def test_a_rebuild_removes_this_installations_older_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KRONIKA_CACHE_DIR", str(tmp_path))
    build, _ = _counting(tmp_path)
    build("pl")
    (built,) = tmp_path.glob("toy-pl-*.pickle")
    older = built.with_name(built.name.rsplit("-", 1)[0] + "-0000older.pickle")
    built.rename(older)  # as if the code had changed since it was written
    other = tmp_path / "toy-pl-0othercheckout-0000.pickle"
    other.write_bytes(b"")
    build("pl")
    assert not older.exists() and other.exists() and len(list(tmp_path.glob("toy-pl-*.pickle"))) == 2
