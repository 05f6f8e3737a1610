"""Running the workspace in several processes, each with its own listening socket on the port.

uvicorn's workers share one socket, and the first worker to wake takes every connection waiting in
it: 20 keep-alive clients that connect at once ended 15 on one worker and 5 on the other, one core
saturated while the other idled. With SO_REUSEPORT (Linux) each worker listens on a socket of its
own and the kernel spreads new connections over them by address, whoever is awake.
"""
from __future__ import annotations

import gc
import multiprocessing
import signal
import socket
import sys
import time

APP = "kronika.web.app:factory"
FAILED_START = 5.0  # a worker that dies this soon after its start would only die again: stop


def run(host: str, port: int, workers: int, **options) -> None:
    """Serve the workspace with `workers` processes (uvicorn options as for `uvicorn.run`)."""
    import uvicorn

    if workers <= 1 or not sys.platform.startswith("linux"):
        uvicorn.run(APP, factory=True, host=host, port=port, workers=workers, **options)
        return
    guard = _bound(host, port)  # bound, never listening: says now if the port is taken, and keeps it ours
    try:
        _supervise(host, guard.getsockname()[1], workers, options)
    finally:
        guard.close()


def _bound(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _worker(host: str, port: int, options: dict) -> None:
    """One server process on its own socket."""
    import uvicorn

    config = uvicorn.Config(APP, factory=True, host=host, port=port, **options)
    config.load()  # the app, its templates and the store's engines: built before the freeze below
    # what start-up built lives as long as the process: out of the collector's sight, so that the
    # full collections that requests' allocations trigger no longer walk it each time
    gc.freeze()
    sock = _bound(host, port)
    sock.listen(config.backlog)
    uvicorn.Server(config).run(sockets=[sock])


def _supervise(host: str, port: int, workers: int, options: dict) -> None:
    """Start the workers, start again one that dies, stop them all on SIGINT or SIGTERM."""
    ctx = multiprocessing.get_context("spawn")
    stopping = False

    def start():
        p = ctx.Process(target=_worker, args=(host, port, options), daemon=False)
        p.start()
        return p, time.monotonic()

    def stop(*_):
        nonlocal stopping
        stopping = True

    old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    procs = [start() for _ in range(workers)]
    try:
        while not stopping:
            time.sleep(0.2)
            for i, (p, started) in enumerate(procs):
                if p.is_alive():
                    continue
                if time.monotonic() - started < FAILED_START:
                    stopping = True  # a worker that cannot start (a broken database, a bad option)
                    break
                procs[i] = start()
    finally:
        for p, _ in procs:
            if p.is_alive():
                p.terminate()
        for p, _ in procs:
            p.join(30)
        for s, handler in old.items():
            signal.signal(s, handler)
