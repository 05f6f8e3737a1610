"""Inputs through the workspace (issue 13, item 8): an upload runs as a job whose progress the page polls,
a past report uploaded as PDF, DOCX or text goes through the legacy import as `kronika add` does, UTF-16
uploads are text, and a network failure is said as such; a real server on loopback."""
from __future__ import annotations

import re
import socket
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
import httpx  # noqa: E402

from hostile import LiveApp  # noqa: E402

from kronika.store import open_store  # noqa: E402
from kronika.web.auth import add_user  # noqa: E402

from test_inputs_decoding import _long_report  # noqa: E402
from test_legacy import REPORT  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from kronika.web.app import create_app

    db = str(tmp_path_factory.mktemp("web-inputs") / "w.db")
    add_user(open_store(db), "ola", "editor", "ola-password")
    add_user(open_store(db), "vera", "editor", "vera-password")
    live = LiveApp(create_app(db, secure_cookies=False))  # tests/hostile.py: uvicorn on a free loopback port
    yield live.base
    live.close()


def session(base: str, name: str = "ola") -> httpx.Client:
    c = httpx.Client(base_url=base, timeout=120, headers={"Accept-Language": "en"})
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    assert c.post("/login", data={"name": name, "password": f"{name}-password", "csrf": token}).status_code == 303
    return c


def upload(c: httpx.Client, name: str, data: bytes, period: str = "") -> str:
    """Upload through the sources page's form; the id of the job it started."""
    csrf = c.get("/api/me").json()["csrf"]
    r = c.post("/sources/upload", data={"csrf": csrf, "period": period}, files={"file": (name, data)})
    assert r.status_code == 303 and r.headers["location"].startswith("/sources?job="), r.text
    return r.headers["location"].split("job=")[1]


def follow(c: httpx.Client, job: str, every: float = 0.02) -> tuple[dict, list[dict]]:
    """Poll the job as the page does until it ends: (last status, every status seen)."""
    seen = []
    for _ in range(int(300 / every)):
        s = c.get(f"/api/jobs/{job}").json()
        seen.append(s)
        if s["finished"]:
            return s, seen
        time.sleep(every)
    raise AssertionError(f"job {job} did not end: {seen[-1]}")


def test_upload_progress_is_polled_until_done(server):
    c = session(server)
    report = _long_report(24).replace("marzec 2024", "marzec 2023")  # a month of its own in this database
    job = upload(c, "raport-2023-03.txt", report.encode("utf-8"))
    page = c.get(f"/sources?job={job}")  # the page at once, before the work is done
    assert 'id="job"' in page.text and "/static/jobs.js" in page.text
    last, seen = follow(c, job)
    running = [s for s in seen if s["state"] == "running"]
    assert running and all(s["parts"] == 24 for s in running)
    assert re.search(r"entry \d+ of 24", " ".join(s["text"] for s in running))
    assert last["state"] == "done" and last["added"] + last["duplicates"] == 24 and not last["failed"]
    assert "added" in last["text"] and "raport-2023-03.txt" in last["text"]
    # the page shows the finished result without scripts too, and only to its owner
    assert f"{last['added']} added" in c.get(f"/sources?job={job}").text
    other = session(server, "vera")
    assert other.get(f"/api/jobs/{job}").status_code == 404
    assert 'id="job"' not in other.get(f"/sources?job={job}").text


@pytest.fixture(scope="module")
def report_files(tmp_path_factory):
    import docx
    import weasyprint

    d = tmp_path_factory.mktemp("legacy-web")
    (d / "r.txt").write_text(REPORT, encoding="utf-8")
    doc = docx.Document()
    for para in REPORT.split("\n"):
        doc.add_paragraph(para)
    doc.save(str(d / "r.docx"))
    html = "".join(f"<p>{line}</p>" for line in REPORT.split("\n") if line.strip())
    (d / "r.pdf").write_bytes(weasyprint.HTML(string=f"<html><body style='font-size:9pt'>{html}</body></html>")
                              .write_pdf())
    return d


def _legacy_events(c: httpx.Client) -> tuple[list[tuple], int]:
    rows = c.get("/api/events", params={"date_from": "2024-02-01", "date_to": "2024-03-31"}).json()["events"]
    return sorted(((e["date"], e["date_end"]) for e in rows), key=str), len(rows)


@pytest.mark.parametrize("suffix", ["pdf", "docx", "txt"])
def test_a_past_report_uploaded_becomes_its_entries(server, report_files, suffix, tmp_path):
    c = session(server)
    before = _legacy_events(c) if _legacy_events(c)[1] else None
    last, _ = follow(c, upload(c, f"raport-marzec-2024.{suffix}", (report_files / f"r.{suffix}").read_bytes()))
    assert last["state"] == "done" and not last["failed"], last
    # three entries, dated by their headings in the report's year (not a year late), each stored once
    if not before:
        assert last["added"] == 3, last
        assert _legacy_events(c) == ([("2024-02-28", "2024-03-01"), ("2024-03-03", None),
                                      ("2024-03-05", "2024-03-06")], 3)
    else:  # the same report in another format: its entries are already stored
        assert last["added"] + last["duplicates"] == 3 and _legacy_events(c) == before
    again, _ = follow(c, upload(c, f"raport-marzec-2024.{suffix}", (report_files / f"r.{suffix}").read_bytes()))
    assert again["added"] == 0 and again["duplicates"] == 3 and _legacy_events(c)[1] == 3


NO_YEAR = """II. JAPONIA – POLSKA

4 marca: wiceminister spraw zagranicznych Polski przyjął w Warszawie delegację japońskiego parlamentu.
Rozmawiano o inwestycjach w energetyce jądrowej i o wymianie studentów.
https://www.gov.pl/web/dyplomacja/delegacja-parlamentu-japonii

12 marca: ambasador Korei Południowej spotkał się w Krakowie z marszałkiem województwa małopolskiego.
Tematem była współpraca regionów, turystyka oraz połączenia lotnicze.
https://overseas.mofa.go.kr/pl-pl/krakow-marszalek

20 marca: minister obrony Polski rozmawiał telefonicznie z ministrem obrony Japonii o zakupach uzbrojenia
i o ćwiczeniach na Pacyfiku.
https://www.gov.pl/web/obrona-narodowa/rozmowa-japonia
"""


def r_job(c, name: str, text: str) -> str:
    """The sources page of a finished upload job."""
    job = upload(c, name, text.encode("utf-8"))
    follow(c, job)
    return f"/sources?job={job}"


def test_a_report_without_its_year_takes_the_period_field(server):
    c = session(server)
    no_title = NO_YEAR
    last, _ = follow(c, upload(c, "bez-roku.txt", no_title.encode("utf-8")))
    assert last["state"] == "failed" and last["added"] == 0
    assert last["text"].startswith("bez-roku.txt is a past report that does not name its year: give its month")
    c.headers["Accept-Language"] = "pl"
    assert "wpisz jego miesiąc (RRRR-MM)" in c.get(r_job(c, "bez-roku.txt", no_title)).text
    c.headers["Accept-Language"] = "en"
    last, _ = follow(c, upload(c, "bez-roku.txt", no_title.encode("utf-8"), period="2019-03"))
    assert last["state"] == "done" and last["added"] == 3, last
    dates = [e["date"] for e in c.get("/api/events", params={"date_from": "2019-02-01",
                                                            "date_to": "2019-03-31"}).json()["events"]]
    assert sorted(dates) == ["2019-03-04", "2019-03-12", "2019-03-20"]


def test_utf16_upload_and_stray_byte_note(server):
    c = session(server)
    text = (EXAMPLES / "hu-japan-budapest.txt").read_text(encoding="utf-8")
    last, _ = follow(c, upload(c, "utf16.txt", b"\xff\xfe" + text.encode("utf-16-le")))
    assert last["state"] == "done" and last["added"] == 1, last
    raw = (EXAMPLES / "et-japan-tallinn.txt").read_bytes()
    last, _ = follow(c, upload(c, "stray.txt", raw[:100] + b"\xff" + raw[100:]))
    assert last["added"] == 1 and last["notes"] == ["stray.txt: 1 byte not valid UTF-8, replaced with \ufffd; "
                                                    "the rest is read as UTF-8"]
    assert any("1 byte not valid UTF-8" in line for line in last["lines"])


def test_a_refused_connection_is_not_robots(server, monkeypatch):
    monkeypatch.setenv("KRONIKA_ALLOW_PRIVATE_URLS", "127.0.0.1/32")
    c = session(server)
    csrf = c.get("/api/me").json()["csrf"]
    url = f"http://127.0.0.1:{_free_port()}/news.html"
    r = c.post("/sources/url", data={"csrf": csrf, "url": url})
    assert r.status_code == 303
    last, _ = follow(c, r.headers["location"].split("job=")[1])
    assert last["failed"] and "connection refused" in last["failed"][0] and "robots" not in last["failed"][0]
