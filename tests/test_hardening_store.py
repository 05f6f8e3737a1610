"""Hostile input against both stores (issue 12): NUL bytes, huge numbers, and a fuzz test per input format
that drives whole files through `kronika add` into SQLite and PostgreSQL. `make fuzz` runs it longer."""
from __future__ import annotations

import io
import json
import os

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.cli import main

SENTENCE = "Minister spraw zagranicznych Polski spotkał się w Warszawie z ambasadorem Japonii 7 maja 2025 r. "
EXAMPLES = int(os.environ.get("KRONIKA_FUZZ_EXAMPLES", "8"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])


def add(db: str, *paths) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, ["add", "--db", db, *map(str, paths)])
    if r.exception and not isinstance(r.exception, SystemExit):
        raise r.exception
    assert "Traceback" not in r.output
    return r.exit_code, r.stdout, r.stderr


def test_nul_bytes_and_bad_values_fail_one_document_not_the_batch(store_url, tmp_path):
    records = [{"id": "nul", "text": SENTENCE + "\u0000" + SENTENCE, "title": "T\u0000"},
               {"id": "ok", "text": "Prezydent Litwy spotkał się w Wilnie z premierem Japonii 3 maja 2025 r."}]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    code, out, err = add(store_url, tmp_path / "in.jsonl")
    added = int(out.split(" added")[0].split()[-1])
    assert added >= 1 and "ok" not in err


def test_viewer_numbers_out_of_range_are_400_not_500(store_url):
    pytest.importorskip("fastapi")
    import re

    from fastapi.testclient import TestClient

    from kronika.store import open_store
    from kronika.web.app import create_app
    from kronika.web.auth import add_user

    add_user(open_store(store_url), "vera", "viewer", "vera-password")
    c = TestClient(create_app(store_url), base_url="https://testserver", raise_server_exceptions=False)
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    c.post("/login", data={"name": "vera", "password": "vera-password", "csrf": token})
    huge = str(10 ** 20)
    for path in (f"/api/events/{huge}", f"/events/{huge}", f"/api/events?story={huge}", f"/api/events?page_no={huge}",
                 f"/events?page_no={huge}", f"/events?story={huge}", "/api/search?q=a&limit=-1"):
        assert c.get(path).status_code < 500, path


# ------------------------------------------------------------------ fuzz: whole files through `kronika add`

WORDS = SENTENCE.split() + ["Президент", "Румен", "Радев", "<", ">", "&", "\u202e", "\ufeff", "\r", "\n", "{", "["]
texts = st.one_of(st.text(max_size=600), st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join))
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
                           lambda c: st.lists(c, max_size=4) | st.dictionaries(st.sampled_from(
                               ["id", "text", "url", "title", "published", "language", "sources", "n"]), c,
                               max_size=6), max_leaves=20)


def _pdf(text: str) -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    w.add_metadata({"/Title": text[:50]})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("".join(c for c in text if c.isprintable() or c in "\n\t"))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _mutate(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    b = bytearray(data)
    for pos, val in flips:
        b[pos % len(b)] = val
    return bytes(b)


flips = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=12)
FORMATS = {
    "txt": texts.map(lambda t: t.encode("utf-8", "surrogatepass")) | st.binary(max_size=400),
    "html": st.lists(st.sampled_from(["<p>", "</p>", "<article>", "<script>", "<title>", "<!--", "<meta charset=x>"])
                     | texts, max_size=40).map(lambda p: "".join(p).encode("utf-8", "surrogatepass")),
    "json": json_values.map(lambda v: json.dumps(v).encode()),
    "jsonl": st.lists(json_values.map(json.dumps) | texts, max_size=6).map(
        lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")),
    "pdf": st.tuples(texts, flips).map(lambda a: _mutate(_pdf(a[0]), a[1])),
    "docx": st.tuples(texts, flips).map(lambda a: _mutate(_docx(a[0]), a[1])),
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_fuzzed_files_never_crash_add(fmt, store_url, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"fuzz-{fmt}")
    (folder / "zz-good.txt").write_text(SENTENCE, encoding="utf-8")
    ran = []

    @FUZZ
    @given(data=FORMATS[fmt])
    def one(data):
        (folder / f"a.{fmt}").write_bytes(data)
        code, out, _ = add(store_url, folder)
        assert code in (0, 1) and ("1 added" in out or "already stored" in out), out
        ran.append(1)

    one()
    assert ran
    print(f"fuzz {fmt}: {len(ran)} files through kronika add, none crashed")
