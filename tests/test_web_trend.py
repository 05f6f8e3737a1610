"""The dashboard's 12-month chart ends with the month the user looks at, or with the latest month that has
events: a database of 2018 events shows 2018, not the empty year before today. Through the real server."""
from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
import httpx  # noqa: E402

from hostile import LiveApp  # noqa: E402

from kronika.model import Document, Event, Location  # noqa: E402
from kronika.store import open_store  # noqa: E402
from kronika.store.documents import add_document  # noqa: E402
from kronika.web.auth import add_user  # noqa: E402

DAYS = ["2017-10-03", "2018-02-14", "2018-11-07", "2018-11-20", "2018-11-23"]
TEXTS = ["The ambassador of Russia met the mayor of Sendai to talk about a sister-city agreement.",
         "Foreign ministers of Japan and Russia held talks in Moscow on the peace treaty.",
         "Russia asked the UN Security Council to discuss sanctions against North Korea.",
         "A Russian delegation of young experts visited the Ministry of Unification in Seoul.",
         "The Japanese prime minister received the Russian deputy foreign minister in Tokyo."]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from kronika.web.app import create_app

    db = str(tmp_path_factory.mktemp("web-trend") / "t.db")
    store = open_store(db)
    add_user(store, "ola", "viewer", "ola-password")
    for i, day in enumerate(DAYS):
        add_document(store, Document(id=f"d{i}", text=TEXTS[i], language="en", published=day, events=[
            Event(type="CONSULT", date=day, countries=["JP", "RU"], location=Location())]))
    live = LiveApp(create_app(db, secure_cookies=False))
    yield live.base
    live.close()


def session(base: str) -> httpx.Client:
    c = httpx.Client(base_url=base, timeout=60, headers={"Accept-Language": "en"})
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    assert c.post("/login", data={"name": "ola", "password": "ola-password", "csrf": token}).status_code == 303
    return c


def figures(html: str) -> list[tuple[str, str]]:
    table = re.search(r'<details id="trend-data">(.*?)</details>', html, re.S).group(1)
    return re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td></tr>", table)


def test_the_chart_counts_back_from_the_latest_month_with_events(server):
    c = session(server)
    html = c.get("/").text
    assert 'src="/charts/trend.png?month=2018-11"' in html
    rows = figures(html)
    assert len(rows) == 12 and rows[0][0] == "December 2017" and rows[-1] == ("November 2018", "3")
    assert ("February 2018", "2") not in rows and ("February 2018", "1") in rows
    assert "12 months: December 2017 – November 2018" in html
    png = c.get("/charts/trend.png")
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert png.content == c.get("/charts/trend.png?month=2018-11").content  # the page's own chart


def test_the_chart_ends_with_the_month_the_user_looks_at(server):
    c = session(server)
    html = c.get("/?month=2018-02").text
    assert 'src="/charts/trend.png?month=2018-02"' in html
    rows = figures(html)
    assert rows[0] == ("March 2017", "0") and rows[-1] == ("February 2018", "1") and ("October 2017", "1") in rows
    assert c.get("/charts/trend.png?month=2018-02").content != c.get("/charts/trend.png").content


def test_a_month_that_is_not_one_is_refused_with_its_name(server):
    r = session(server).get("/charts/trend.png?month=2018-13")
    assert r.status_code == 400 and "2018-13" in r.text
