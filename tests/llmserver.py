"""A chat-completions server of our own on 127.0.0.1 for the drafting tests: it answers each kind of
request (summary, headline, conclusions, told apart by the system prompt) with a fixed draft, or one
draft for all. No language model runs in the tests; this is the protocol Ollama, vLLM and llama.cpp's
server speak. A test may change `replies`, `delay` (seconds before answering) and `status` while it runs."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ChatServer:
    """`with ChatServer(replies) as url:` serves POST {url}/chat/completions; `asked` lists the kinds
    asked for, `requests` each request's path and body."""

    def __init__(self, replies: dict[str, str] | str, delay: float = 0.0, status: int = 200):
        self.replies, self.delay, self.status = replies, delay, status
        self.asked: list[str] = []
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the standard library's name
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                system = body["messages"][0]["content"]
                kind = "headline" if "headline" in system else "conclusions" if "conclusions" in system else "summary"
                outer.asked.append(kind)
                outer.requests.append({"path": self.path, **body})
                time.sleep(outer.delay)
                reply = outer.replies if isinstance(outer.replies, str) else outer.replies[kind]
                data = json.dumps({"choices": [{"message": {"role": "assistant", "content": reply}}]}).encode() \
                    if outer.status == 200 else b"{}"
                self.send_response(outer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> str:
        # a close waits for the serving loop's next look at its flag: every 10 ms, not 0.5 s
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        return self.url

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
