"""Running the workspace in several processes, the connections dealt out evenly among them.

uvicorn's workers share one socket, and the first worker to wake takes every connection waiting in
it: 20 keep-alive clients that connect at once ended 15 on one worker and 5 on the other. Each worker
on a SO_REUSEPORT socket of its own was better, but the kernel picks a socket by a hash of the
client's address and port, so 20 connections fell 12/8 or worse as often as not, and the worker with
more of them set the slowest answers. Here (Linux) the supervisor accepts every connection itself and
hands it (SCM_RIGHTS over a Unix socket pair) to the worker holding the fewest open connections:
each worker counts the connections it has seen close in shared memory, the supervisor those it has
handed over. A connection's requests all go to its worker, as before; only the accept moves.
"""
from __future__ import annotations

import gc
import multiprocessing
import signal
import socket
import sys
import time

from kronika import settings

APP = "kronika.web.app:factory"
TICK = 0.2  # how often the supervisor looks for a dead worker when no connection arrives


def failed_start() -> float:
    """Seconds from the setting worker_grace: a worker that dies this soon after its start would only
    die again, and the supervisor stops instead of starting it again."""
    return settings.seconds("worker_grace")


def run(host: str, port: int, workers: int, **options) -> None:
    """Serve the workspace with `workers` processes (uvicorn options as for `uvicorn.run`)."""
    import uvicorn

    if workers <= 1 or not sys.platform.startswith("linux"):
        uvicorn.run(APP, factory=True, host=host, port=port, workers=workers, **options)
        return
    grace = failed_start()  # a bad value is said before the port is taken
    sock = _listening(host, port, options.get("backlog", 2048))  # says now if the port is taken
    try:
        _supervise(sock, workers, options, grace)
    finally:
        sock.close()


def _listening(host: str, port: int, backlog: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(backlog)
    return sock


def _worker(channel: socket.socket, closed, slot: int, options: dict) -> None:
    """One server process, serving the connections the supervisor sends down `channel`."""
    import uvicorn

    config = uvicorn.Config(APP, factory=True, **options)
    config.load()  # the app, its templates and the store's engines: built before the freeze below
    # what start-up built lives as long as the process: out of the collector's sight, so that the
    # full collections that requests' allocations trigger no longer walk it each time
    gc.freeze()
    _handed_server()(config, channel, closed, slot).run(sockets=[])


def _handed_server():
    """uvicorn's Server, taking its connections from a Unix socket instead of listening."""
    import asyncio

    import uvicorn

    class Handed(uvicorn.Server):
        def __init__(self, config, channel: socket.socket, closed, slot: int):
            super().__init__(config)
            self.channel, self.closed, self.slot = channel, closed, slot

        async def startup(self, sockets=None) -> None:
            await super().startup(sockets=[])  # the lifespan; no listener of its own
            loop = asyncio.get_running_loop()
            self.channel.setblocking(False)
            loop.add_reader(self.channel.fileno(), self._receive, loop, self._protocol_factory(loop))

        def _protocol_factory(self, loop):
            base, server = self.config.http_protocol_class, self

            class Counted(base):
                def connection_lost(self, exc):
                    super().connection_lost(exc)
                    server._gone()

            return lambda: Counted(config=self.config, server_state=self.server_state,
                                   app_state=self.lifespan.state, _loop=loop)

        def _gone(self) -> None:
            self.closed[self.slot] += 1  # this worker is the slot's only writer

        def _receive(self, loop, protocol) -> None:
            try:
                msg, fds, _, _ = socket.recv_fds(self.channel, 64, 64)
            except BlockingIOError:
                return
            if not msg:  # the supervisor is gone: nobody will send more, or stop us
                loop.remove_reader(self.channel.fileno())
                self.should_exit = True
                return
            for fd in fds:
                conn = socket.socket(fileno=fd)
                task = loop.create_task(loop.connect_accepted_socket(protocol, conn, ssl=self.config.ssl))
                task.add_done_callback(self._failed_start)

        def _failed_start(self, task) -> None:
            # a connection whose TLS handshake failed never reached a protocol: it is closed all the same
            if task.cancelled() or task.exception() is not None:
                self._gone()

        async def shutdown(self, sockets=None) -> None:
            try:
                asyncio.get_running_loop().remove_reader(self.channel.fileno())
            except (ValueError, OSError):
                pass
            await super().shutdown(sockets=[])

    return Handed


class _Slot:
    """A worker process, its end of the channel, and the connections handed to it."""

    def __init__(self, ctx, i: int, closed, options: dict):
        self.channel, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        closed[i] = 0
        self.process = ctx.Process(target=_worker, args=(theirs, closed, i, options), daemon=False)
        self.process.start()
        theirs.close()
        self.started, self.sent, self.index = time.monotonic(), 0, i

    def open(self, closed) -> int:
        return self.sent - closed[self.index]

    def hand(self, conn: socket.socket) -> bool:
        try:
            socket.send_fds(self.channel, [b"c"], [conn.fileno()])
        except OSError:  # the worker died: another takes the connection
            return False
        self.sent += 1
        return True

    def close(self) -> None:
        self.channel.close()


def _supervise(sock: socket.socket, workers: int, options: dict, grace: float) -> None:
    """Start the workers, deal out the connections, start again a worker that dies, stop them all
    on SIGINT or SIGTERM."""
    ctx = multiprocessing.get_context("spawn")
    closed = ctx.RawArray("q", workers)  # connections each worker has seen close, written by it alone
    stopping = False

    def stop(*_):
        nonlocal stopping
        stopping = True

    old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    slots = [_Slot(ctx, i, closed, options) for i in range(workers)]
    sock.settimeout(TICK)  # no connection in TICK seconds: look at the workers
    try:
        while not stopping:
            _deal(sock, slots, closed)
            for i, s in enumerate(slots):
                if s.process.is_alive():
                    continue
                if time.monotonic() - s.started < grace:
                    stopping = True  # a worker that cannot start (a broken database, a bad option)
                    break
                s.close()
                slots[i] = _Slot(ctx, i, closed, options)
    finally:
        for s in slots:
            if s.process.is_alive():
                s.process.terminate()
        for s in slots:
            s.process.join(30)
            s.close()
        for sig, handler in old.items():
            signal.signal(sig, handler)


def _deal(sock: socket.socket, slots: list[_Slot], closed) -> None:
    """Hand the next connection to the worker with the fewest open ones (the first of equals)."""
    try:
        conn, _ = sock.accept()
    except OSError:  # none within the timeout, a signal, a client gone before we took it, no file left
        return
    with conn:
        for s in sorted((s for s in slots if s.process.is_alive()), key=lambda s: s.open(closed)):
            if s.hand(conn):
                break
