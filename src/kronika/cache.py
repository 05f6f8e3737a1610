"""Reference data built once and kept in files between runs (the registry index, compiled languages).

A stored function's result is pickled into the cache folder (setting `cache_dir`) under a name
that holds a fingerprint of the installed code and data: any change to a file of the package, to
the installed libraries or to the files a function names in `inputs` gives a new fingerprint, so a
stale file is never read, only left to be pruned. A folder that cannot be written costs speed,
never a result: the function is then run as if there were no cache.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterable

from kronika import settings

PACKAGE_DIR = Path(__file__).resolve().parent
OFF = {"", "0", "off", "no", "none"}
PRUNE_AFTER_S = 7 * 24 * 3600  # other installations' files go after a week; they may still be in use


def folder() -> Path | None:
    """The cache folder, or None when the setting turns caching off."""
    value = settings.get("cache_dir") or ""
    if value.strip().lower() in OFF:
        return None
    return Path(value).expanduser()


@functools.cache
def fingerprint() -> str:
    """A digest of the package's files (path, size, time) and of the libraries' folders."""
    parts = [f"{sys.version}\n{PACKAGE_DIR}\n".encode()]
    for root, dirs, files in os.walk(PACKAGE_DIR):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        parts += [_stamp(os.path.join(root, name)) for name in sorted(files)]
    # a library installed, upgraded or removed touches its site-packages folder
    parts += [_stamp(p) for p in sys.path if p.endswith(("site-packages", "dist-packages"))]
    return hashlib.sha1(b"".join(parts)).hexdigest()[:20]


@functools.cache
def _checkout() -> str:
    """A short name for this installation, so that it prunes its own old files at once."""
    return hashlib.sha1(str(PACKAGE_DIR).encode()).hexdigest()[:8]


def _stamp(path: str) -> bytes:
    try:
        st = os.stat(path)
    except OSError:
        return f"{path}:-\n".encode()
    return f"{path}:{st.st_size}:{st.st_mtime_ns}\n".encode()


def stored(name: str, inputs: Callable[[], Iterable[str]] | None = None):
    """Decorator: the result for these (string) arguments is read from the cache folder once built.

    `inputs` lists files outside the package that the result depends on ($KRONIKA_PERSONS)."""
    def wrap(fn: Callable):
        @functools.wraps(fn)
        def run(*args):
            where = folder()
            if where is None:
                return fn(*args)
            extra = b"".join(_stamp(p) for p in (inputs() if inputs else ()))
            key = hashlib.sha1(f"{fingerprint()}\n{args!r}\n".encode() + extra).hexdigest()[:20]
            label = re.sub(r"[^A-Za-z0-9_]", "_", "-".join(map(str, args)))[:40]  # the key tells them apart
            path = where / f"{name}-{label}-{_checkout()}-{key}.pickle"
            hit = _read(path)
            if hit is not None:
                return hit[0]
            value = fn(*args)
            _write(path, value)
            return value
        return run
    return wrap


def _read(path: Path) -> tuple | None:
    """(value,) from a cache file, or None when it is missing or unreadable (then it is rebuilt)."""
    try:
        with open(path, "rb") as f:
            return (pickle.load(f),)
    except FileNotFoundError:
        return None
    except Exception:  # a truncated or foreign file: build again and replace it
        return None


def _write(path: Path, value) -> None:
    """Write atomically (parallel processes share the folder); a folder we cannot write is skipped."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path)
    except OSError:
        return


def _prune(keep: Path) -> None:
    """Remove this installation's older files of the same name and arguments, and other
    installations' ones (other checkouts, old versions) after a week."""
    name, label, mine, _key = keep.name.rsplit("-", 3)
    old = time.time() - PRUNE_AFTER_S
    for p in keep.parent.glob(f"{name}-{label}-*.pickle"):
        try:
            if p != keep and (p.name.startswith(f"{name}-{label}-{mine}-") or p.stat().st_mtime < old):
                p.unlink()
        except OSError:
            continue


# taken now, as the package is imported, not at the first stored call: a process that runs for a while
# (a test worker, the web server) while its files change must not store its old objects under the new
# files' fingerprint, where a fresh process would read them
fingerprint()
