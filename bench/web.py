"""Workspace load test: 20 concurrent clients on loopback against a 100,000-event database.

    python bench/web.py [--clients 20] [--seconds 20] [--events 100000] [--db FILE]
                        [--against SRC [--against-db FILE] --rounds N] [--overlap-logins]

--db keeps the generated database in FILE and reuses it when it exists (generating takes minutes).
--against SRC serves, in turn with this checkout, a server that imports Kronika from SRC (the `src`
folder of another checkout), N rounds each: on a shared machine the load changes by the minute, so the
two are timed in interleaved rounds and the medians of their rounds' figures are kept. --against-db gives
that side its own copy of the database when this checkout's schema is newer than SRC's (a checkout
refuses a database migrated past its last revision): copy the file before this checkout opens it.

Each client logs in; once all have, they request the events list (filtered, paged) and the search, in
turn. A login hashes its password with Argon2 (some 0.2 s of CPU), and timed beside 20 of them the first
seconds of a round measured the logins (--overlap-logins times it so, as this bench did before h9/speed).
Prints latency percentiles and the server's CPU time per timed request (all its processes, Linux), and
writes bench/results/web.json.
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


def serve(db: str, src: str | None = None) -> tuple[str, object]:
    """`kronika serve` as users run it (a worker per core), on a free port; Kronika from `src` if given."""
    import os
    import subprocess

    import httpx

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    # the load clients speak plain HTTP: cookies without the Secure flag (serve's own flag sets the setting)
    proc = subprocess.Popen([sys.executable, "-m", "kronika", "serve", "--db", db, "--port", str(port),
                             "--insecure-cookies"], env=dict(os.environ, PYTHONPATH=src) if src else None)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(base + "/login", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return base, proc


def client(base: str, seconds: float, out: list[float], errors: list[str], ready: threading.Barrier) -> None:
    import httpx

    with httpx.Client(base_url=base, timeout=30) as c:
        page = c.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        r = c.post("/login", data={"name": "bench", "password": "bench-password", "csrf": token, "next": "/"})
        if r.status_code != 303 or "/login" in r.headers.get("location", ""):
            errors.append(f"login: {r.status_code}")  # every request after it would time the login page
            ready.abort()
            return
        # the clients start together once all are signed in: a login's password hash (Argon2, some
        # 0.2 s of CPU) is not the events list's time, and timed beside it, it was a tenth of a round
        try:
            ready.wait()
        except threading.BrokenBarrierError:  # another client could not log in: its error tells why
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


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its descendants now living (Linux /proc)."""
    import os

    tick = os.sysconf("SC_CLK_TCK")
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:  # gone meanwhile
                continue
            stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    family = {pid}
    for _ in range(4):  # the supervisor, its workers, and theirs
        family |= {p for p, (ppid, _) in stats.items() if ppid in family}
    return sum(stats[p][1] for p in family if p in stats)


def load(base: str, clients: int, seconds: float, overlap_logins: bool = False, server_pid: int | None = None) -> dict:
    """Latency figures of `clients` clients for `seconds` against the server at `base`, and the server's CPU
    time per request while they were timed (when its process id is given; Linux)."""
    times: list[float] = []
    errors: list[str] = []
    cpu = []
    # with overlap_logins nobody waits: requests are timed while other clients still log in
    ready = threading.Barrier(1 if overlap_logins else clients,
                              action=lambda: cpu.append(cpu_seconds(server_pid)) if server_pid else None)
    threads = [threading.Thread(target=client, args=(base, seconds, times, errors, ready)) for _ in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    times.sort()
    p = lambda q: round(times[min(len(times) - 1, int(q * len(times)))], 1)
    out = {"requests": len(times), "errors": len(errors), "median_ms": round(statistics.median(times), 1),
           "p95_ms": p(0.95), "p99_ms": p(0.99), "requests_per_s": round(len(times) / seconds, 1)}
    if server_pid and not overlap_logins and times:
        out["server_cpu_ms_per_request"] = round((cpu_seconds(server_pid) - cpu[0]) * 1000 / len(times), 2)
    return out


def one_round(db: str, src: str | None, clients: int, seconds: float, overlap_logins: bool = False) -> dict:
    base, srv = serve(db, src)
    try:
        return load(base, clients, seconds, overlap_logins, srv.pid if sys.platform.startswith("linux") else None)
    finally:
        srv.terminate()
        srv.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default=None, help="keep the generated database here and reuse it")
    ap.add_argument("--against", help="the src folder of another checkout, served in turn with this one")
    ap.add_argument("--against-db", help="the database for --against (a copy at its schema); --db by default")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--overlap-logins", action="store_true", help="each client starts as soon as it has logged "
                    "in, timed beside the others' logins (this bench before h9/speed)")
    a = ap.parse_args()
    from kronika.store import open_store
    from kronika.web.auth import add_user

    sides = {"this": None, **({"against": a.against} if a.against else {})}
    rounds: dict[str, list[dict]] = {s: [] for s in sides}
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or str(Path(tmp) / "web.db")
        if not Path(db).exists():
            generate(Path(db), a.events)
            add_user(open_store(db), "bench", "viewer", "bench-password")
        for _ in range(a.rounds):
            for side, src in sides.items():
                rounds[side].append(one_round(a.against_db if src and a.against_db else db, src, a.clients,
                                              a.seconds, a.overlap_logins))
    res = {"clients": a.clients, "events": a.events, "seconds": a.seconds, "rounds": a.rounds,
           "overlap_logins": a.overlap_logins}
    for side in sides:
        med = lambda k: round(statistics.median(r[k] for r in rounds[side]), 1)
        res[side] = {**{k: med(k) for k in ("median_ms", "p95_ms", "p99_ms", "requests_per_s",
                                            "server_cpu_ms_per_request") if all(k in r for r in rounds[side])},
                     "errors": sum(r["errors"] for r in rounds[side]), "each_round": rounds[side]}
    if a.against:
        res["against_src"] = a.against
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "web.json").write_text(json.dumps(res, indent=2))
    print(f"{a.clients} clients, {a.events:,} events, {a.seconds:.0f} s per round, {a.rounds} round(s) per side "
          "(medians over the rounds)")
    for side in sides:
        r = res[side]
        label = "this checkout" if side == "this" else f"against {a.against}"
        print(f"{label}: median {r['median_ms']} ms, p95 {r['p95_ms']} ms (target < 100 ms), p99 {r['p99_ms']} ms, "
              f"{r['requests_per_s']} requests/s, {r['errors']} errors, server CPU "
              f"{r.get('server_cpu_ms_per_request', '?')} ms per request")


if __name__ == "__main__":
    main()
