"""Workspace load test: 20 concurrent clients on loopback against a 100,000-event database.

    python bench/web.py [--clients 20] [--seconds 20] [--events 100000] [--db FILE]

--db keeps the generated database in FILE and reuses it when it exists (generating takes minutes).

Each client logs in, then requests the events list (filtered, paged) and the search, in turn.
Prints latency percentiles and writes bench/results/web.json.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from store import generate  # noqa: E402

REQUESTS = ["/events", "/events?country=JP", "/events?pair=KR-RU&date_from=2025-03-01&date_to=2025-03-31",
            "/events?topic=security&type=AGREE", "/events?page_no=5", "/api/search?q=security+JP",
            "/events?q=economy", "/api/events?country=UA&lang=ru"]


def serve(db: str) -> tuple[str, object]:
    """`kronika serve` as users run it (a worker per core), on a free port."""
    import subprocess

    import httpx

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    # the load clients speak plain HTTP: cookies without the Secure flag (serve's own flag sets the setting)
    proc = subprocess.Popen([sys.executable, "-m", "kronika", "serve", "--db", db, "--port", str(port),
                             "--insecure-cookies"])
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(base + "/login", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return base, proc


def client(base: str, seconds: float, out: list[float], errors: list[str]) -> None:
    import httpx

    with httpx.Client(base_url=base, timeout=30) as c:
        page = c.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        r = c.post("/login", data={"name": "bench", "password": "bench-password", "csrf": token, "next": "/"})
        if r.status_code != 303 or "/login" in r.headers.get("location", ""):
            errors.append(f"login: {r.status_code}")  # every request after it would time the login page
            return
        end = time.monotonic() + seconds
        rnd = random.Random()
        while time.monotonic() < end:
            path = rnd.choice(REQUESTS)
            t0 = time.perf_counter()
            r = c.get(path)
            out.append((time.perf_counter() - t0) * 1000)
            if r.status_code != 200:
                errors.append(f"{path}: {r.status_code}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default=None, help="keep the generated database here and reuse it")
    a = ap.parse_args()
    from kronika.store import open_store
    from kronika.web.auth import add_user

    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or str(Path(tmp) / "web.db")
        if not Path(db).exists():
            generate(Path(db), a.events)
            add_user(open_store(db), "bench", "viewer", "bench-password")
        base, srv = serve(db)
        times: list[float] = []
        errors: list[str] = []
        threads = [threading.Thread(target=client, args=(base, a.seconds, times, errors)) for _ in range(a.clients)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        srv.terminate()
        srv.wait(timeout=30)
    times.sort()
    p = lambda q: round(times[min(len(times) - 1, int(q * len(times)))], 1)
    res = {"clients": a.clients, "events": a.events, "requests": len(times), "errors": len(errors),
           "median_ms": round(statistics.median(times), 1), "p95_ms": p(0.95), "p99_ms": p(0.99),
           "requests_per_s": round(len(times) / a.seconds, 1)}
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "web.json").write_text(json.dumps(res, indent=2))
    print(f"{a.clients} clients, {a.events:,} events, {res['requests']} requests in {a.seconds:.0f} s "
          f"({res['requests_per_s']}/s), {res['errors']} errors")
    print(f"latency: median {res['median_ms']} ms, p95 {res['p95_ms']} ms (target < 200 ms), p99 {res['p99_ms']} ms")


if __name__ == "__main__":
    main()
