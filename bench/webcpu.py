"""CPU per request of the events list: in process (the ASGI app called directly) and in the server.

    python bench/webcpu.py --db FILE [--requests 400] [--against SRC [--against-db FILE]] [--runs 3] [--profile OUT]

In process: the app is built as a worker builds it, a session is opened for bench/web.py's user, and
each of bench/web.py's 8 requests is sent to the app (middleware, routing, the page) with the thread
pool hop made inline, so that the figure is the app's own work; CPU time (process_time) per request.
In the server: `kronika serve` as bench/web.py starts it, one client on loopback sending the same
requests in turn; the workers' CPU time (user + system) over the requests sent, so uvicorn, the
thread pool and the sockets count too. --against SRC measures another checkout's `src` in
alternating runs (the machine's load changes by the minute), on --against-db when its schema is older
(as for bench/web.py). --profile writes a cProfile of the
in-process requests (this checkout) to OUT.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from web import REQUESTS, cpu_seconds  # noqa: E402


def in_process(db: str, n: int, profile: str | None = None) -> dict:
    """Mean CPU ms per request of each of REQUESTS, the app called directly."""
    import asyncio

    import anyio.to_thread

    from kronika.store import open_store
    from kronika.web import auth
    from kronika.web.app import COOKIE, create_app

    async def inline(func, *args, **_kw):  # the thread pool's hop is not the app's work
        return func(*args)

    anyio.to_thread.run_sync = inline
    app = create_app(db, secure_cookies=False)
    token, _ = auth.login(open_store(db), "bench", "bench-password", "127.0.0.1")
    cookie = f"{COOKIE}={token}".encode()

    async def get(path: str) -> int:
        p, _, q = path.partition("?")
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": p, "raw_path": p.encode(), "query_string": q.encode(), "root_path": "",
                 "headers": [(b"host", b"127.0.0.1"), (b"cookie", cookie), (b"accept", b"*/*")],
                 "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000)}
        status = []

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            if message["type"] == "http.response.start":
                status.append(message["status"])

        await app(scope, receive, send)
        return status[0]

    async def run() -> dict:
        for path in REQUESTS:  # warm: templates compiled, statements cached, pages in the OS cache
            for _ in range(3):
                assert await get(path) == 200, path
        prof = None
        if profile:
            import cProfile

            prof = cProfile.Profile()
            prof.enable()
        out = {}
        for path in REQUESTS:
            c0 = time.process_time()
            for _ in range(n):
                await get(path)
            out[path] = (time.process_time() - c0) * 1000 / n
        if prof:
            prof.disable()
            prof.dump_stats(profile)
        return out

    per = asyncio.run(run())
    return {"mean_ms": round(statistics.mean(per.values()), 3), "each_ms": {k: round(v, 3) for k, v in per.items()}}


def in_server(db: str, n: int) -> dict:
    """The server's CPU ms per request (all its processes) for one client sending REQUESTS in turn."""
    import re

    import httpx

    from web import serve

    base, proc = serve(db)
    try:
        with httpx.Client(base_url=base, timeout=30) as c:
            page = c.get("/login")
            token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
            c.post("/login", data={"name": "bench", "password": "bench-password", "csrf": token, "next": "/"})
            for path in REQUESTS * 3:
                assert c.get(path).status_code == 200, path
            c0 = cpu_seconds(proc.pid)
            for _ in range(n):
                for path in REQUESTS:
                    c.get(path)
            return {"server_ms": round((cpu_seconds(proc.pid) - c0) * 1000 / (n * len(REQUESTS)), 3)}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def one(src: str | None, db: str, n: int, profile: str | None) -> dict:
    """One measurement in a fresh process importing Kronika from `src` (this checkout when None)."""
    env = dict(os.environ, PYTHONPATH=src or str(ROOT / "src"))
    args = [sys.executable, __file__, "--db", db, "--requests", str(n), "--child"]
    if profile:
        args += ["--profile", profile]
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a database made by bench/web.py --db")
    ap.add_argument("--requests", type=int, default=400, help="of each kind, in process (a tenth in the server)")
    ap.add_argument("--against")
    ap.add_argument("--against-db", help="the database for --against (a copy at its schema); --db by default")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--profile")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        res = in_process(a.db, a.requests, a.profile)
        res.update(in_server(a.db, max(1, a.requests // 10)))
        print(json.dumps(res))
        return
    sides = {"this": None, **({"against": a.against} if a.against else {})}
    runs: dict[str, list[dict]] = {s: [] for s in sides}
    for _ in range(a.runs):
        for side, src in sides.items():
            db = a.against_db if src and a.against_db else a.db
            runs[side].append(one(src, db, a.requests, a.profile if side == "this" else None))
            r = runs[side][-1]
            print(f"{side}: in process {r['mean_ms']} ms, server {r['server_ms']} ms per request "
                  f"(load {os.getloadavg()[0]:.1f})", flush=True)
    for side in sides:
        rs = runs[side]
        print(f"{side}: in process median {statistics.median(r['mean_ms'] for r in rs):.3f} ms, server median "
              f"{statistics.median(r['server_ms'] for r in rs):.3f} ms per request")
        for path in REQUESTS:
            print(f"   {statistics.median(r['each_ms'][path] for r in rs):7.3f} ms  {path}")


if __name__ == "__main__":
    main()
