"""Fetching and watching against a real HTTP server on 127.0.0.1; no test touches the internet."""
from __future__ import annotations

import pytest

from kronika import settings
from kronika.store.feeds import add_feed, list_feeds
from kronika.ingest.web import USER_AGENT, Fetcher
from kronika.pipeline import add_inputs, watch_once
from kronika.store import open_store
from kronika.store.query import EventFilter, list_events

from httpsite import Site  # noqa: E402  (tests/ is on the path)


@pytest.fixture
def site(monkeypatch):
    monkeypatch.setenv("KRONIKA_ALLOW_PRIVATE_URLS", "127.0.0.1/32")  # the fetcher's guard lets only our server in
    s = Site()
    yield s
    s.close()


@pytest.fixture
def fetcher():
    f = Fetcher(min_interval=0.0, backoff=0.05, timeout=5)
    yield f
    f.close()


def test_user_agent_robots_and_redirects(site, fetcher):
    res = fetcher.fetch(site.base + "/redirect-to-budrys")
    assert res.ok and res.url.endswith("/news/budrys.html")
    assert all(h.get("User-Agent") == USER_AGENT for _, h in site.requests)
    blocked = fetcher.fetch(site.base + "/private/secret.html")
    assert blocked.error == "disallowed by robots.txt"
    assert "/private/secret.html" not in [p for p, _ in site.requests]


def test_errors_retries_limits(site, fetcher):
    assert fetcher.fetch(site.base + "/missing").error == "HTTP 404"
    assert fetcher.fetch(site.base + "/flaky").ok            # two 500s, then success
    assert fetcher.fetch(site.base + "/error").error == "HTTP 500"
    assert [p for p, _ in site.requests].count("/error") == fetcher.retries + 1
    assert "larger than" in fetcher.fetch(site.base + "/huge").error
    slow = Fetcher(min_interval=0, timeout=0.5, retries=0)
    assert "Timeout" in slow.fetch(site.base + "/slow").error
    slow.close()


def test_rate_limit_per_host(site):
    import time

    f = Fetcher(min_interval=0.3, retries=0)
    t0 = time.monotonic()
    for _ in range(3):
        f.fetch(site.base + "/news/lavrov.html")
    assert time.monotonic() - t0 >= 0.6   # robots.txt + three pages, 0.3 s apart
    f.close()


def test_the_default_pause_is_a_second_and_a_bad_one_is_refused(monkeypatch):
    """The pause `kronika add` and `watch` keep between two requests to a host: 1 s unless set (the
    tests set 0 in conftest; a pause itself is timed above)."""
    from kronika.errors import Invalid

    monkeypatch.delenv("KRONIKA_FETCH_INTERVAL", raising=False)
    assert settings.get("fetch_interval") == "1" and Fetcher().min_interval == 1.0
    monkeypatch.setenv("KRONIKA_FETCH_INTERVAL", "0.25")
    assert Fetcher().min_interval == 0.25
    for bad in ("soon", "-1", "nan"):
        monkeypatch.setenv("KRONIKA_FETCH_INTERVAL", bad)
        with pytest.raises(Invalid, match="KRONIKA_FETCH_INTERVAL"):
            Fetcher()


def test_add_urls(site, fetcher, tmp_path):
    store = open_store(str(tmp_path / "k.db"))
    s = add_inputs(store, [site.base + "/news/eu-japan.html", site.base + "/missing"], fetcher)
    assert (s.added, len(s.failed)) == (1, 1) and "/missing" in s.failed[0]
    ev = list_events(store, EventFilter())[0]
    assert ev.countries == ["EU", "JP"] and ev.document.published == "2022-05-12"
    assert "Menu Contact" not in store.engine.connect().exec_driver_sql("select text from documents").scalar()


def test_watch_feeds_and_sitemaps(site, fetcher, tmp_path):
    store = open_store(str(tmp_path / "k.db"))
    for path in ("/feed.rss", "/atom.xml", "/sitemap.xml", "/gone.rss"):
        add_feed(store, site.base + path)
    first = watch_once(store, fetcher)
    # rss: 2 pages (the third is disallowed), atom: 1, sitemap: 2 (one via a redirect)
    assert first.added == 5
    assert any("gone.rss" in f for f in first.failed)           # a broken source...
    assert any("secret.html" in f and "robots" in f for f in first.failed)
    states = {f.url.rsplit("/", 1)[1]: f for f in list_feeds(store)}
    assert states["gone.rss"].failures == 1 and states["feed.rss"].etag == '"rss-v1"'
    second = watch_once(store, fetcher)                         # ...never stops the others
    assert second.added == 0
    conditional = [h for p, h in site.requests if p == "/feed.rss"][-1]
    assert conditional.get("If-None-Match") == '"rss-v1"'
    assert len(list_events(store, EventFilter())) == 5
