"""Heavy work (extraction of uploads and fetched pages, reports) off the event loop, a few at a time;
long work runs as a job whose progress a page polls."""
from __future__ import annotations

import asyncio
import json
import os
import secrets
import tempfile
import time
import weakref
from pathlib import Path

import anyio.to_thread
from anyio import CapacityLimiter

from kronika.model import User

HEAVY_AT_ONCE = 2  # the rest queue; pages and logins keep their own threads
JOB_HOURS = 24     # a finished job's status is kept this long
_limiters: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_running: set = set()  # tasks of jobs in flight (asyncio keeps only weak references)


def _limiter() -> CapacityLimiter:
    """One limiter per event loop (tests start several loops in one process)."""
    loop = asyncio.get_running_loop()
    if loop not in _limiters:
        _limiters[loop] = CapacityLimiter(HEAVY_AT_ONCE)
    return _limiters[loop]


async def heavy(func, *args):
    """Run func(*args) in a worker thread so that the server keeps answering meanwhile."""
    return await anyio.to_thread.run_sync(func, *args, limiter=_limiter())


# ------------------------------------------------------------------ jobs a page polls


def _folder() -> Path:
    # a folder on this machine, so that every worker process of `kronika serve` sees every job
    path = Path(tempfile.gettempdir()) / f"kronika-jobs-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


class Job:
    """One job's status, kept as a small JSON file that any worker process can read."""

    def __init__(self, owner: str, kind: str, name: str):
        self.id = secrets.token_urlsafe(12)
        self.state = {"id": self.id, "owner": owner, "kind": kind, "name": name, "state": "queued", "done": 0,
                      "part": 0, "parts": 0, "label": "", "added": 0, "duplicates": 0, "events": 0,
                      "failed": [], "notes": [], "error": None, "started": time.time()}
        self.hide = ""  # a temporary folder that must not show in messages
        self._save()

    def _save(self) -> None:
        path = _folder() / f"{self.id}.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state), encoding="utf-8")
        os.replace(tmp, path)  # readers see the old status or the new one, never half of one

    def _clean(self, text: str) -> str:
        return text.replace(self.hide, "") if self.hide else text

    def step(self, step) -> None:
        """add_inputs' progress callback."""
        self.state |= dict(state="running", done=step.done, part=step.part, parts=step.parts,
                           label=self._clean(str(step))[-120:])
        self._save()

    def finish(self, summary=None, error: str | None = None) -> None:
        """The job's end: a batch's summary, or why nothing was done (a Msg is kept translatable)."""
        if getattr(error, "key", None):
            self.state |= dict(error_key=error.key, error_values=error.values)
        if summary is not None:
            self.state |= dict(added=summary.added, duplicates=summary.duplicates, events=summary.events,
                               failed=[self._clean(f) for f in summary.failed],
                               notes=[self._clean(n) for n in summary.notes],
                               done=summary.added + summary.duplicates + len(summary.failed))
        self.state |= dict(state="failed" if error else "done", error=self._clean(error) if error else None)
        self._save()


def job_status(job_id: str) -> dict | None:
    """The status of a job, or None for an unknown or expired one."""
    if not job_id or not all(c.isalnum() or c in "-_" for c in job_id):
        return None
    try:
        return json.loads((_folder() / f"{job_id}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _forget_old() -> None:
    cutoff = time.time() - JOB_HOURS * 3600
    for f in _folder().glob("*.json"):
        try:
            if f.stat().st_mtime < cutoff:
                f.unlink()
        except OSError:
            pass


def start(owner: str, kind: str, name: str, work) -> Job:
    """Run work(job) as a heavy task in the background and hand back its job at once."""
    _forget_old()
    job = Job(owner, kind, name)

    def run():
        try:
            work(job)
        except Exception as e:  # the page must learn that the job ended, whatever happened
            import logging

            logging.getLogger(__name__).debug("job %s failed", job.id, exc_info=True)
            job.finish(error=f"{type(e).__name__}: {e}")

    task = asyncio.get_running_loop().create_task(heavy(run))
    _running.add(task)
    task.add_done_callback(_running.discard)
    return job


def visible(status: dict | None, user: User) -> dict | None:
    """The status when this user may see it: their own jobs, every job for an admin."""
    if status is None or (status["owner"] != user.name and user.role != "admin"):
        return None
    return status
