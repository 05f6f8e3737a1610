"""Fetching from the web politely: robots.txt, a User-Agent, a pause per host, conditional GET,
retries with backoff, and a size limit."""
from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kronika import __version__, settings
from kronika.errors import Invalid, KronikaError, MissingExtra

USER_AGENT = f"Kronika/{__version__} (+https://github.com/kronika; diplomatic news monitor)"
RETRY_STATUSES = {429, 500, 502, 503, 504}
ALLOW_PRIVATE_ENV = settings.env_var("allow_private_urls")
NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


class UnsafeURL(KronikaError, ValueError):
    """A URL the fetcher refuses: not http(s), or an address outside the public internet."""


def allowed_private() -> tuple[bool, list]:
    """(everything allowed, extra networks allowed) from KRONIKA_ALLOW_PRIVATE_URLS."""
    # "1" allows every address (a closed test network); a comma-separated list of networks
    # ("127.0.0.1/32,10.2.0.0/16") allows only those besides the public internet
    raw = (settings.get("allow_private_urls") or "").strip()
    if raw.lower() in ("1", "true", "yes"):
        return True, []
    nets = []
    for part in filter(None, (p.strip() for p in raw.split(","))):
        try:
            nets.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            continue  # a typo must not open everything
    return False, nets


def is_public(ip) -> bool:
    """Is this address on the public internet? Embedded IPv4 forms are judged by their IPv4 address."""
    if ip.version == 6:
        if ip.ipv4_mapped:
            return is_public(ip.ipv4_mapped)
        if ip.sixtofour:
            return is_public(ip.sixtofour)
        if any(ip in n for n in NAT64):
            return is_public(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if ip.teredo:
            return False  # a tunnel whose far end we cannot judge
    return ip.is_global and not ip.is_multicast


def check_url(url: str) -> None:
    """Refuse a URL unless it is http(s) and every address of its host is public (an allow-list)."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as e:
        raise UnsafeURL(f"'{url[:200]}' is not a valid URL ({e})") from e
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeURL(f"'{url[:200]}' is not an http(s) URL")
    try:
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as e:
        raise UnsafeURL(f"cannot resolve {parts.hostname}: {e}") from e
    everything, extra = allowed_private()
    if everything:
        return
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if not is_public(ip) and not any(ip.version == n.version and ip in n for n in extra):
            raise UnsafeURL(f"{parts.hostname} is an internal address ({ip}); such URLs are refused "
                            f"(set {ALLOW_PRIVATE_ENV} to allow them)")


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


def fetch_interval() -> float:
    """Seconds between two requests to one host, from the setting fetch_interval."""
    return settings.seconds("fetch_interval")


def fetch_backoff() -> float:
    """Seconds of the first pause before a retry, from the setting fetch_backoff."""
    return settings.seconds("fetch_backoff")


@dataclass
class Fetcher:
    """One polite HTTP client for a whole run; reuse it so that per-host pauses hold."""

    user_agent: str = USER_AGENT
    min_interval: float = field(default_factory=fetch_interval)  # seconds between two requests to one host
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 3
    backoff: float = field(default_factory=fetch_backoff)  # first pause before a retry; doubles each time
    respect_robots: bool = True
    deadline: float = 60.0        # seconds one response may take in all, however slowly it drips
    guard: object = check_url     # called with every URL and redirect before it is requested (SSRF)
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
            guard = self.guard or check_url  # never unguarded: None means the default guard
            hooks = {"request": [lambda req: guard(str(req.url))]}
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
        """Does the site's robots.txt let us fetch this URL? (False too when it cannot be read.)"""
        return self.robots_refusal(url) is None

    def robots_refusal(self, url: str) -> str | None:
        """Why robots.txt keeps us from this URL (its rules, its server failing, the site unreachable), or None."""
        if not self.respect_robots:
            return None
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self._robots:
            res = self._get(base + "/robots.txt", {}, retries=1)
            if res.status is None:
                # nothing answered: a network failure, said as such and not remembered, so the next
                # URL of the host tries again (never "disallowed by robots.txt")
                return f"cannot reach {parts.netloc}: {res.error}"
            rp = urllib.robotparser.RobotFileParser()
            if 200 <= res.status < 300:
                rp.parse(res.content.decode("utf-8", "replace").splitlines())
            elif 400 <= res.status < 500:
                rp.allow_all = True          # no robots.txt: everything is allowed (RFC 9309)
            else:
                rp.disallow_all = True       # the server fails: stay away for now (RFC 9309)
            self._robots[base] = (rp, res.status)
        rp, status = self._robots[base]
        if rp.can_fetch(self.user_agent, url):
            return None
        if status >= 500:
            return f"robots.txt of {parts.netloc} answered HTTP {status}; the site is left alone until it answers"
        return "disallowed by robots.txt"

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET a URL, conditionally when etag or last_modified are known."""
        try:
            (self.guard or check_url)(url)
        except ValueError as e:
            return FetchResult(url, None, error=str(e))
        refusal = self.robots_refusal(url)
        if refusal:
            return FetchResult(url, None, error=refusal)
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
            started = time.monotonic()
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
                        if time.monotonic() - started > self.deadline:
                            return FetchResult(str(r.url), r.status_code, headers=dict(r.headers),
                                               error=f"response took longer than {self.deadline:.0f} s")
                    res = FetchResult(str(r.url), r.status_code, bytes(body), dict(r.headers))
                    if r.status_code >= 400:
                        res.error = f"HTTP {r.status_code}"
                    return res
            except ValueError as e:  # the guard refused a redirect target
                return FetchResult(url, None, error=str(e))
            except (httpx.TransportError, httpx.TooManyRedirects) as e:
                if attempt < retries and not isinstance(e, (httpx.TooManyRedirects, httpx.UnsupportedProtocol)):
                    time.sleep(delay)
                    delay *= 2
                    continue
                return FetchResult(url, None, error=network_failure(e, self.timeout))
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as e:  # e.g. a redirect to data: or mailto:
                return FetchResult(url, None, error=f"cannot follow: {type(e).__name__}: {e}")
        return FetchResult(url, None, error="gave up after retries")


def network_failure(e: Exception, timeout: float) -> str:
    """A transport error in words: the name did not resolve, the connection was refused, it timed out."""
    import httpx

    text = str(e)
    if isinstance(e, httpx.TimeoutException):
        return f"timed out after {timeout:g} s ({type(e).__name__})"
    if isinstance(e, httpx.ConnectError):
        low = text.lower()
        if any(w in low for w in ("name or service not known", "nodename nor servname", "name resolution",
                                  "no address associated", "getaddrinfo")):
            return f"cannot resolve the host name (DNS): {text}"
        if "refused" in low:
            return f"connection refused: {text}"
        return f"cannot connect: {text}"
    return f"network failure ({type(e).__name__}: {text})"


def _retry_after(value: str | None, default: float) -> float:
    """Seconds a server asks us to wait, capped so one source cannot stall a run."""
    try:
        return min(float(value), 30.0) if value else default
    except ValueError:
        return default
