"""Hostile servers and a live workspace on loopback, for the hardening tests."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Server:
    """An HTTP server on `host` answering every GET with `answer(path) -> (status, headers, body, delay)`;
    a delay is seconds, or a threading.Event the answer waits for (a hang the test ends when it is done)."""

    def __init__(self, answer, host: str = "127.0.0.1"):
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append(self.path)
                status, headers, body, delay = answer(self.path)
                if isinstance(delay, threading.Event):
                    delay.wait(60)
                else:
                    time.sleep(delay)
                self.send_response(status)
                for k, v in {"Content-Length": str(len(body)), **headers}.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://{host}:{self.httpd.server_address[1]}"
        # shutdown() waits for the serving loop to look at its flag, every poll_interval (0.5 s by default:
        # a quarter of a second of nothing at every close)
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class LiveApp:
    """The real workspace app served by uvicorn on 127.0.0.1 in a thread."""

    def __init__(self, app, **options):
        import uvicorn

        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error",
                                                    timeout_graceful_shutdown=1, **options))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        self.base = f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def raw_request(port: int, head: str, body: bytes = b"", timeout: float = 5.0) -> tuple[bytes, float]:
    """Send a request's head (and some body) over a socket; (the answer's first bytes, seconds taken)."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        try:
            answer = s.recv(4096)
        except socket.timeout:
            answer = b""
    return answer, time.monotonic() - start
