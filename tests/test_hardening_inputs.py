"""Hostile files and sources (issue 12): archive bombs, broken JSON, internal addresses, odd redirects,
endless feeds and over-long texts. Servers run on loopback; bomb files are made here."""
from __future__ import annotations

import ipaddress
import json
import time
import zipfile

import pytest
from click.testing import CliRunner
from hostile import Server

from kronika.cli import main
from kronika.ingest import files
from kronika.ingest.files import iter_inputs
from kronika.ingest.web import Fetcher, is_public
from kronika.model import Document
from kronika.pipeline import MAX_TEXT_CHARS, add_inputs, extract_one
from kronika.store import open_store

SENTENCE = "Minister spraw zagranicznych Polski spotkał się w Warszawie z ambasadorem Japonii. "
ARTICLE = (f"<html><head><title>Spotkanie</title></head><body><article><h1>Spotkanie w MSZ</h1>"
           f"<p>{SENTENCE * 4}</p></article></body></html>").encode()


def errors_of(path) -> list[str]:
    return [str(x) for x in iter_inputs([str(path)]) if isinstance(x, files.InputError)]


def small_docx(path):
    import docx

    d = docx.Document()
    d.add_paragraph(SENTENCE)
    d.save(str(path))


# ------------------------------------------------------------------ 3. archive bombs and PDFs

def test_docx_that_unpacks_to_gigabytes_is_refused(tmp_path):
    bomb = tmp_path / "bomb.docx"
    small_docx(bomb)
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as z, z.open("word/media/pad.bin", "w") as f:
        block = b"\0" * (1 << 20)
        for _ in range(files.MAX_ARCHIVE_UNPACKED // len(block) + 8):
            f.write(block)
    assert bomb.stat().st_size < 2_000_000
    start = time.monotonic()
    [err] = errors_of(bomb)
    assert "zip bomb" in err and "bomb.docx" in err and time.monotonic() - start < 5


def test_docx_with_too_many_parts_is_refused(tmp_path):
    bomb = tmp_path / "parts.docx"
    small_docx(bomb)
    with zipfile.ZipFile(bomb, "a") as z:
        for n in range(files.MAX_ARCHIVE_PARTS + 1):
            z.writestr(f"customXml/pad{n}.xml", b"<a/>")
    [err] = errors_of(bomb)
    assert "parts" in err


def test_an_honest_docx_still_reads(tmp_path):
    ok = tmp_path / "ok.docx"
    small_docx(ok)
    [doc] = list(iter_inputs([str(ok)]))
    assert isinstance(doc, Document) and "ambasadorem Japonii" in doc.text


def test_pdf_with_too_many_pages_is_refused(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(files.MAX_PDF_PAGES + 1):
        w.add_blank_page(width=72, height=72)
    path = tmp_path / "pages.pdf"
    with path.open("wb") as f:
        w.write(f)
    [err] = errors_of(path)
    assert f"{files.MAX_PDF_PAGES + 1} pages" in err


def test_pdf_declaring_millions_of_objects_is_refused(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=72, height=72)
    path = tmp_path / "objects.pdf"
    with path.open("wb") as f:
        w.write(f)
    data = path.read_bytes()
    size = data.rindex(b"/Size ")
    end = size + 6 + len(data[size + 6:].split(b"\n")[0].split(b"/")[0].split(b">")[0].strip())
    path.write_bytes(data[:size] + b"/Size 9000000" + data[end:])
    [err] = errors_of(path)
    assert "declares 9000000 objects" in err


# ------------------------------------------------------------------ 7. JSON and JSON Lines

def test_bad_json_records_get_one_error_each_and_the_rest_go_on(tmp_path):
    lines = [json.dumps({"id": "a", "text": SENTENCE}), "[" * 100_000 + "]" * 100_000,
             json.dumps({"id": "b", "text": SENTENCE, "title": 7}), json.dumps({"id": {"x": 1}, "text": SENTENCE}),
             json.dumps({"id": "c", "text": SENTENCE, "url": ["http://x"]}),
             json.dumps({"id": "d", "text": SENTENCE, "sources": "http://x"}), json.dumps({"id": "e", "text": SENTENCE})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines), encoding="utf-8")
    out = list(iter_inputs([str(tmp_path / "in.jsonl")]))
    assert [d.id for d in out if isinstance(d, Document)] == ["a", "e"]
    errs = [str(e) for e in out if isinstance(e, files.InputError)]
    assert len(errs) == 5 and any('"title" must be a string' in e for e in errs)
    assert any("in.jsonl:2" in e and "RecursionError" in e for e in errs)


def test_a_deeply_nested_json_file_is_one_error(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    [err] = errors_of(tmp_path / "deep.json")
    assert "deep.json" in err


def test_cli_reads_the_whole_folder_past_broken_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "x", "text": SENTENCE, "title": {"t": 1}}), encoding="utf-8")
    (folder / "b.json").write_text("[" * 100_000, encoding="utf-8")
    (folder / "c.json").write_text(json.dumps([{"text": SENTENCE, "url": 5}]), encoding="utf-8")
    (folder / "z.txt").write_text(SENTENCE, encoding="utf-8")
    r = CliRunner().invoke(main, ["add", "--db", str(tmp_path / "k.db"), str(folder)])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert "1 added" in r.stdout and "3 failed" in r.stdout


# ------------------------------------------------------------------ 5. one guarded fetcher, an allow-list

@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "100.64.0.1", "100.127.255.254", "169.254.169.254",
                                     "192.168.1.1", "172.16.0.1", "0.0.0.0", "224.0.0.1", "198.18.0.1",
                                     "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                                     "2002:7f00:1::", "2002:a00:1::1", "64:ff9b::a00:1", "64:ff9b::7f00:1",
                                     "2001:0:4136:e378::1", "ff02::1"])
def test_internal_addresses_in_every_form_are_not_public(address):
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "2002:5db8:d822::1",
                                     "::ffff:8.8.8.8", "64:ff9b::808:808"])
def test_public_addresses_pass(address):
    assert is_public(ipaddress.ip_address(address))


def feed_of(links) -> bytes:
    items = "".join(f"<item><title>t{n}</title><link>{u}</link></item>" for n, u in enumerate(links))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title><link>http://x/</link>'
            f"<description>d</description>{items}</channel></rss>").encode()


def test_watch_never_fetches_internal_items(tmp_path, monkeypatch):
    internal = Server(lambda p: (200, {"Content-Type": "text/html"}, ARTICLE, 0), host="127.0.0.2")
    port = internal.base.rsplit(":", 1)[1]
    links = [internal.base + "/secret.html", f"http://[::ffff:127.0.0.2]:{port}/secret2.html"]
    feed = Server(lambda p: (200, {"Content-Type": "application/rss+xml"}, feed_of(links), 0))
    try:
        monkeypatch.setenv("KRONIKA_ALLOW_PRIVATE_URLS", "127.0.0.1/32")  # the feed's own host only
        db = str(tmp_path / "w.db")
        runner = CliRunner()
        assert runner.invoke(main, ["feeds", "add", "--db", db, feed.base + "/feed.rss"]).exit_code == 0
        r = runner.invoke(main, ["watch", "--db", db, "--once"])
        assert internal.requests == []
        assert r.stderr.count("kronika: ") == 2 and r.stderr.count("internal address") >= 2 and "Traceback" not in r.output
    finally:
        internal.close()
        feed.close()


@pytest.mark.parametrize("target", ["data:text/html,<p>x</p>", "javascript:alert(1)", "mailto:a@b.example",
                                    "file:///etc/passwd", "http://10.0.0.1/"])
def test_redirects_to_other_schemes_are_an_error_not_a_crash(target, tmp_path, monkeypatch):
    monkeypatch.setenv("KRONIKA_ALLOW_PRIVATE_URLS", "127.0.0.1/32")
    site = Server(lambda p: (404, {}, b"", 0) if p == "/robots.txt" else (302, {"Location": target}, b"", 0))
    try:
        r = CliRunner().invoke(main, ["add", "--db", str(tmp_path / "r.db"), site.base + "/go"])
        assert r.exit_code == 1 and isinstance(r.exception, SystemExit), r.exception
        assert "1 failed" in r.stdout and site.base + "/go" in r.stderr
        if target.startswith("http"):
            assert "internal address" in r.stderr  # refused before connecting
    finally:
        site.close()


# ------------------------------------------------------------------ 9. watch: item cap and deadline

def test_watch_takes_a_bounded_number_of_items_and_time(tmp_path, monkeypatch):
    from kronika import pipeline
    from kronika.store.feeds import add_feed

    monkeypatch.setenv("KRONIKA_ALLOW_PRIVATE_URLS", "127.0.0.1/32")
    pages = Server(lambda p: (404, {}, b"", 0) if p == "/robots.txt" else (404, {}, b"", 0))
    links = [f"{pages.base}/n{n}.html" for n in range(pipeline.WATCH_MAX_ITEMS + 300)]
    feed = Server(lambda p: (200, {"Content-Type": "application/rss+xml"}, feed_of(links), 0))
    slow_links = [f"{pages.base}/slow{n}.html" for n in range(50)]
    slow = Server(lambda p: (200, {"Content-Type": "application/rss+xml"}, feed_of(slow_links), 0))
    try:
        store = open_store(str(tmp_path / "c.db"))
        add_feed(store, feed.base + "/feed.rss")
        f = Fetcher(min_interval=0, retries=0)
        pipeline.watch_once(store, f)
        assert len([p for p in pages.requests if p != "/robots.txt"]) == pipeline.WATCH_MAX_ITEMS

        pages.requests.clear()
        monkeypatch.setattr(pipeline, "WATCH_SOURCE_SECONDS", 0.5)
        monkeypatch.setattr(f, "min_interval", 0.1)
        store2 = open_store(str(tmp_path / "d.db"))
        add_feed(store2, slow.base + "/feed.rss")
        start = time.monotonic()
        s = pipeline.watch_once(store2, f)
        assert time.monotonic() - start < 3 and len(pages.requests) < 20
        assert any("left for the next run" in line for line in s.failed)
    finally:
        for srv in (pages, feed, slow):
            srv.close()


# ------------------------------------------------------------------ 4. extraction cost is bounded

def test_an_over_long_text_is_refused_before_extraction():
    doc = Document(id="long", text=SENTENCE * (MAX_TEXT_CHARS // len(SENTENCE) + 10), source="long.txt")
    start = time.monotonic()
    _, err = extract_one(doc)
    assert err and "too long" in err and "long.txt" in err and time.monotonic() - start < 1


def test_a_megabyte_file_ends_in_one_line_quickly(tmp_path):
    path = tmp_path / "mega.txt"
    path.write_text(SENTENCE * (1_000_000 // len(SENTENCE)), encoding="utf-8")
    start = time.monotonic()
    s = add_inputs(open_store(str(tmp_path / "m.db")), [str(path)])
    assert s.failed and "split it" in s.failed[0] and time.monotonic() - start < 10
