"""Inputs (issue 13, item 8): UTF-16 read as text, a stray byte does not mis-decode a whole file,
network failures said as such, progress of `kronika add`; real files and a real server on loopback."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kronika.ingest.files import decode_bytes, iter_inputs
from kronika.ingest.web import Fetcher
from kronika.pipeline import add_inputs, extract_paths
from kronika.store import open_store

from clirun import kronika  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PL = (EXAMPLES / "pl-msz-ambasador.txt").read_text(encoding="utf-8")
RU = (EXAMPLES / "ru-lavrov-choe.txt").read_text(encoding="utf-8")


def _events(path: Path) -> list:
    doc, err = next(extract_paths([str(path)]))
    assert err is None, err
    return [(e.date, e.type, sorted(e.countries)) for e in doc.events]


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                          ("utf-16-le", b""), ("utf-16-be", b"")])
@pytest.mark.parametrize("text", [PL, RU], ids=["pl", "ru"])
def test_utf16_with_or_without_bom_is_text(tmp_path, encoding, bom, text):
    path = tmp_path / "note.txt"
    path.write_bytes(bom + text.encode(encoding))
    (doc,) = list(iter_inputs([str(path)]))
    assert getattr(doc, "text", None) == text, doc
    utf8 = tmp_path / "same.txt"
    utf8.write_text(text, encoding="utf-8")
    assert _events(path) == _events(utf8) and _events(path)


def test_binary_is_still_refused(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 40)
    (err,) = list(iter_inputs([str(path)]))
    assert "binary data" in str(err) and "blob.txt" in str(err)


@pytest.mark.parametrize("text", [PL, RU], ids=["pl", "ru"])
def test_one_stray_byte_is_replaced_and_the_rest_stays_utf8(tmp_path, text):
    raw = text.encode("utf-8")
    cut = raw.index(b" ", len(raw) // 2)
    path = tmp_path / "stray.txt"
    path.write_bytes(raw[:cut] + b"\xe9" + raw[cut:])  # one Latin-1 'é' pasted into UTF-8
    (doc,) = list(iter_inputs([str(path)]))
    assert doc.text == text[:len(raw[:cut].decode())] + "\ufffd" + text[len(raw[:cut].decode()):]
    assert doc.meta["decode_note"].startswith(f"{path}: 1 byte not valid UTF-8")


def test_legacy_code_pages_still_decode_whole(tmp_path):
    for name, enc, text in [("pl.txt", "iso-8859-2", PL), ("ru.txt", "cp1251", RU)]:
        path = tmp_path / name
        path.write_bytes(text.encode(enc, "replace"))
        text_back, note = decode_bytes(path.read_bytes(), str(path))
        assert note is None and text_back == text.encode(enc, "replace").decode(enc)


def test_kronika_add_names_the_file_and_the_bytes_replaced(tmp_path):
    raw = PL.encode("utf-8")
    path = tmp_path / "stray.txt"
    path.write_bytes(raw[:200] + b"\x81\x81\x81" + raw[200:])
    r = kronika("add", "--db", str(tmp_path / "k.db"), str(path))
    assert r.returncode == 0, r.stderr
    assert f"note: {path}: 3 bytes not valid UTF-8" in r.stderr
    assert "1 added" in r.stdout
    r = kronika("extract", str(path))
    assert r.returncode == 0 and f"note: {path}: 3 bytes not valid UTF-8" in r.stderr


# ------------------------------------------------------------ network failures are not robots.txt


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture
def any_address(monkeypatch):
    monkeypatch.setenv("KRONIKA_ALLOW_PRIVATE_URLS", "127.0.0.1/32")


def test_connection_refused_is_reported_as_such(any_address):
    f = Fetcher(min_interval=0, retries=0, timeout=2)
    res = f.fetch(f"http://127.0.0.1:{_free_port()}/news.html")
    f.close()
    assert "connection refused" in res.error and "robots" not in res.error


def test_unknown_host_is_reported_as_dns():
    f = Fetcher(min_interval=0, retries=0, timeout=2, guard=lambda url: None)  # let it reach the resolver
    res = f.fetch("http://no-such-host.invalid/news.html")
    f.close()
    assert "cannot resolve" in res.error and "DNS" in res.error and "robots" not in res.error
    default = Fetcher(min_interval=0, retries=0, timeout=2)  # the guard resolves first and says so too
    assert "cannot resolve no-such-host.invalid" in default.fetch("http://no-such-host.invalid/x").error
    default.close()


class _Silent:
    """A server that accepts connections and never answers: a timeout."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]

    def close(self):
        self.sock.close()


def test_timeout_on_robots_is_reported_as_a_timeout(any_address):
    silent = _Silent()
    f = Fetcher(min_interval=0, retries=0, timeout=0.5)
    res = f.fetch(f"http://127.0.0.1:{silent.port}/news.html")
    f.close()
    silent.close()
    assert "timed out after 0.5 s" in res.error and "robots" not in res.error


class _Failing:
    """robots.txt answers 503 while the pages would answer: RFC 9309 says stay away, and we say why."""

    def __init__(self):
        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                self.send_response(503 if self.path == "/robots.txt" else 200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        # a close waits for the serving loop's next look at its flag: every 10 ms, not 0.5 s
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_robots_server_error_is_named(any_address):
    site = _Failing()
    f = Fetcher(min_interval=0, retries=0, timeout=2)
    res = f.fetch(site.base + "/news.html")
    f.close()
    site.close()
    assert "robots.txt" in res.error and "HTTP 503" in res.error and res.error != "disallowed by robots.txt"


def test_refused_url_through_kronika_add(tmp_path, any_address):
    url = f"http://127.0.0.1:{_free_port()}/news.html"
    store = open_store(str(tmp_path / "k.db"))
    summary = add_inputs(store, [url])
    assert len(summary.failed) == 1 and "connection refused" in summary.failed[0]
    assert url in summary.failed[0] and "robots" not in summary.failed[0]


# ------------------------------------------------------------ progress of long work


REPORT_HEAD = "RAPORT: Japonia wobec Europy Środkowej\nOkres: marzec 2024\n\nII. JAPONIA – POLSKA\n\n"


CITIES = ["Warszawie", "Krakowie", "Tokio", "Seulu", "Pradze", "Wilnie", "Rydze", "Budapeszcie", "Wiedniu",
          "Sofii", "Bukareszcie", "Tallinie"]
TOPICS = ["energetyki jądrowej", "obronności", "handlu zbożem", "kultury i nauki", "rolnictwa", "turystyki",
          "cyberbezpieczeństwa", "odbudowy Ukrainy", "półprzewodników", "kolei dużych prędkości", "zdrowia", "wody"]


def _long_report(n: int) -> str:
    day = ("{d} marca: ambasador Japonii spotkał się w {city} z wiceministrem spraw zagranicznych Polski. "
           "Rozmowy dotyczyły {topic}.\nhttps://www.msz.gov.pl/pl/news/{d}\n\n")
    return REPORT_HEAD + "".join(day.format(d=1 + i, city=CITIES[i % 12], topic=TOPICS[i % 12]) for i in range(n))


def test_kronika_add_shows_progress_per_document_and_within_a_report(tmp_path, monkeypatch):
    report = tmp_path / "raport-2024-03.txt"
    report.write_text(_long_report(12), encoding="utf-8")
    monkeypatch.setenv("KRONIKA_PROGRESS_EVERY", "0")  # a line per step: the test must not hang on the pace
    r = kronika("add", "--db", str(tmp_path / "k.db"), str(EXAMPLES / "pl-msz-ambasador.txt"), str(report))
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("adding:")]
    assert lines and "pl-msz-ambasador.txt" in lines[0] and "0 done" in lines[0]
    # into a log: the first document, then the report's entries
    assert any("raport-2024-03.txt · entry " in ln and "/12" in ln for ln in lines), lines


def test_progress_on_a_terminal_rewrites_one_line(tmp_path):
    """Through a real pseudo-terminal: the line is rewritten in place and cleared at the end."""
    import os
    import pty

    report = tmp_path / "raport-2024-03.txt"
    report.write_text(_long_report(6), encoding="utf-8")
    main, sub = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "kronika", "add", "--db", str(tmp_path / "k.db"), str(report)],
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=sub)
    os.close(sub)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    out, _ = p.communicate(timeout=300)
    os.close(main)
    assert p.returncode == 0 and b"failed" in out
    text = seen.decode("utf-8", "replace")
    assert text.count("\radding:") >= 6 and "entry 6/6" in text and "\n" not in text.strip("\r ")


def _double_decoded(text: str, page_codec: str) -> str:
    """What a page gives when it decoded its UTF-8 once more with a code page."""
    return text.encode("utf-8").decode(page_codec, errors="replace")


@pytest.mark.parametrize("codec", ["cp852", "cp1252"])
def test_text_decoded_twice_by_its_page_is_repaired(tmp_path, codec):
    garbled = _double_decoded(PL, codec)
    assert garbled != PL
    f = tmp_path / "garbled.jsonl"
    f.write_text('{"id": "g", "text": %s}\n' % __import__("json").dumps(garbled), encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(PL, encoding="utf-8")
    doc, err = next(extract_paths([str(f)]))
    assert err is None and doc.text == PL
    assert [(e.date, e.type, sorted(e.countries)) for e in doc.events] == _events(plain)


@pytest.mark.parametrize("text", [PL, RU, "Die Außenministerin traf in Wien den Botschafter Ägyptens. Ä·Ä·"])
def test_clean_text_is_left_as_it_is(text):
    from kronika.ingest.files import repaired
    assert repaired(text) == text
