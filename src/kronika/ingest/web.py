"""Fetching from the web politely: robots.txt, a User-Agent, a pause per host, conditional GET,
retries with backoff, and a size limit."""
from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kronika import __version__
from kronika.errors import MissingExtra

USER_AGENT = f"Kronika/{__version__} (+https://github.com/kronika; diplomatic news monitor)"
RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass
class FetchResult:
    url: str                      # final URL after redirects
    status: int | None
    content: bytes = b""
    headers: dict = field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def text(self) -> str:
        from kronika.ingest.files import decode_text

        return decode_text(self.content, self.url)


@dataclass
class Fetcher:
    """One polite HTTP client for a whole run; reuse it so that per-host pauses hold."""

    user_agent: str = USER_AGENT
    min_interval: float = 1.0     # seconds between two requests to one host
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 3
    backoff: float = 1.0          # first pause before a retry; doubles each time
    respect_robots: bool = True
    guard: object = None          # called with every URL before it is requested (SSRF checks)
    _last: dict = field(default_factory=dict, repr=False)
    _robots: dict = field(default_factory=dict, repr=False)
    _client: object = field(default=None, repr=False)

    @property
    def client(self):
        if self._client is None:
            try:
                import httpx
            except ImportError as e:
                raise MissingExtra("fetching URLs", "web") from e
            hooks = {"request": [lambda req: self.guard(str(req.url))]} if self.guard else {}
            self._client = httpx.Client(headers={"User-Agent": self.user_agent}, follow_redirects=True,
                                        timeout=self.timeout, max_redirects=5, event_hooks=hooks)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.min_interval - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """Does the site's robots.txt let us fetch this URL?"""
        if not self.respect_robots:
            return True
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        rp = self._robots.get(base)
        if rp is None:
            rp = urllib.robotparser.RobotFileParser()
            res = self._get(base + "/robots.txt", {}, retries=1)
            if res.status and 200 <= res.status < 300:
                rp.parse(res.content.decode("utf-8", "replace").splitlines())
            elif res.status and 400 <= res.status < 500:
                rp.allow_all = True          # no robots.txt: everything is allowed (RFC 9309)
            else:
                rp.disallow_all = True       # the server fails: stay away for now (RFC 9309)
            self._robots[base] = rp
        return rp.can_fetch(self.user_agent, url)

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET a URL, conditionally when etag or last_modified are known."""
        if self.guard:
            try:
                self.guard(url)
            except ValueError as e:
                return FetchResult(url, None, error=str(e))
        if not self.allowed(url):
            return FetchResult(url, None, error="disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers, self.retries)

    def _get(self, url: str, headers: dict, retries: int) -> FetchResult:
        import httpx

        delay = self.backoff
        for attempt in range(retries + 1):
            self._wait_turn(urlsplit(url).netloc)
            try:
                with self.client.stream("GET", url, headers=headers) as r:
                    if r.status_code in RETRY_STATUSES and attempt < retries:
                        wait = _retry_after(r.headers.get("Retry-After"), delay)
                        time.sleep(wait)
                        delay *= 2
                        continue
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > self.max_bytes:
                            return FetchResult(str(r.url), r.status_code, headers=dict(r.headers),
                                               error=f"response larger than {self.max_bytes // 1024 // 1024} MB")
                    res = FetchResult(str(r.url), r.status_code, bytes(body), dict(r.headers))
                    if r.status_code >= 400:
                        res.error = f"HTTP {r.status_code}"
                    return res
            except ValueError as e:  # the guard refused a redirect target
                return FetchResult(url, None, error=str(e))
            except (httpx.TransportError, httpx.TooManyRedirects) as e:
                if attempt < retries and not isinstance(e, httpx.TooManyRedirects):
                    time.sleep(delay)
                    delay *= 2
                    continue
                return FetchResult(url, None, error=f"{type(e).__name__}: {e}")
        return FetchResult(url, None, error="gave up after retries")


def _retry_after(value: str | None, default: float) -> float:
    """Seconds a server asks us to wait, capped so one source cannot stall a run."""
    try:
        return min(float(value), 30.0) if value else default
    except ValueError:
        return default
