"""Heavy work (extraction of uploads and fetched pages, reports) off the event loop, a few at a time."""
from __future__ import annotations

import asyncio
import weakref

import anyio.to_thread
from anyio import CapacityLimiter

HEAVY_AT_ONCE = 2  # the rest queue; pages and logins keep their own threads
_limiters: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _limiter() -> CapacityLimiter:
    """One limiter per event loop (tests start several loops in one process)."""
    loop = asyncio.get_running_loop()
    if loop not in _limiters:
        _limiters[loop] = CapacityLimiter(HEAVY_AT_ONCE)
    return _limiters[loop]


async def heavy(func, *args):
    """Run func(*args) in a worker thread so that the server keeps answering meanwhile."""
    return await anyio.to_thread.run_sync(func, *args, limiter=_limiter())
