"""A real HTTP server on 127.0.0.1 for the network tests: pages, feeds, sitemaps and misbehaviour."""
from __future__ import annotations

import html
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def article_html(name: str, date: str) -> bytes:
    """An article page with navigation and a footer around one of our example texts."""
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta property="article:published_time" content="{date}T09:00:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a> Menu Contact Login</nav>
<article><h1>{html.escape(title)}</h1>{paras}</article>
<footer>© Example News Agency. All rights reserved.</footer></body></html>""".encode("utf-8")


ARTICLES = {
    "/news/eu-japan.html": ("en-eu-japan-summit.txt", "2022-05-12"),
    "/news/lavrov.html": ("ru-lavrov-choe.txt", "2025-05-21"),
    "/news/sybiha.html": ("uk-sybiha-iwaya-phone.txt", "2025-05-27"),
    "/news/iwaya.html": ("de-iwaya-wien.txt", "2025-05-06"),
    "/news/budrys.html": ("lt-budrys-seoul.txt", "2025-05-26"),
    "/private/secret.html": ("pl-msz-ambasador.txt", "2025-05-14"),
}


def rss(base: str) -> bytes:
    items = "".join(f"<item><title>{p}</title><link>{base}{p}</link></item>"
                    for p in ("/news/eu-japan.html", "/news/lavrov.html", "/private/secret.html"))
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<link>{base}/</link><description>d</description>{items}</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom news</title><id>urn:x</id><updated>2025-05-27T00:00:00Z</updated>
<entry><title>Sybiha</title><id>urn:1</id><updated>2025-05-27T00:00:00Z</updated>
<link href="{base}/news/sybiha.html"/></entry></feed>""".encode()


def sitemap(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/news/iwaya.html</loc><lastmod>2025-05-06</lastmod></url>
<url><loc>{base}/redirect-to-budrys</loc></url></urlset>""".encode()


class Site:
    """Start with `Site()`, stop with `.close()`; `.requests` records (path, headers)."""

    def __init__(self):
        self.requests: list[tuple[str, dict]] = []
        self.flaky_left = 2
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=None):
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                site.requests.append((self.path, dict(self.headers)))
                base = f"http://127.0.0.1:{site.port}"
                p = self.path
                if p == "/robots.txt":
                    return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                if p in ARTICLES:
                    return self._send(200, article_html(*ARTICLES[p]))
                if p == "/feed.rss":
                    if self.headers.get("If-None-Match") == '"rss-v1"':
                        return self._send(304, headers={"ETag": '"rss-v1"'})
                    return self._send(200, rss(base), "application/rss+xml", {"ETag": '"rss-v1"'})
                if p == "/atom.xml":
                    if self.headers.get("If-Modified-Since") == "Tue, 27 May 2025 00:00:00 GMT":
                        return self._send(304)
                    return self._send(200, atom(base), "application/atom+xml",
                                      {"Last-Modified": "Tue, 27 May 2025 00:00:00 GMT"})
                if p == "/sitemap.xml":
                    return self._send(200, sitemap(base), "application/xml")
                if p == "/redirect-to-budrys":
                    return self._send(301, headers={"Location": "/news/budrys.html"})
                if p == "/flaky":
                    if site.flaky_left > 0:
                        site.flaky_left -= 1
                        return self._send(500, b"try again")
                    return self._send(200, article_html("ru-lavrov-choe.txt", "2025-05-21"))
                if p == "/error":
                    return self._send(500, b"broken")
                if p == "/slow":
                    time.sleep(3)
                    return self._send(200, b"<p>late</p>")
                if p == "/huge":
                    return self._send(200, b"<p>" + b"x" * (12 * 1024 * 1024) + b"</p>")
                return self._send(404, b"not found")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        # a close waits for the serving loop's next look at its flag: every 10 ms, not 0.5 s
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
