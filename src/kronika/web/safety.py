"""Guards for what users hand the workspace: URLs to fetch (SSRF) and uploaded files."""
from __future__ import annotations

import re
from pathlib import Path

from kronika import settings
from kronika.errors import KronikaError

MAX_UPLOAD = 10 * 1024 * 1024
UPLOAD_TYPES = {".txt": None, ".md": None, ".html": None, ".htm": None, ".pdf": b"%PDF", ".docx": b"PK\x03\x04"}


class UnsafeInput(KronikaError, ValueError):
    """A URL or file the workspace refuses; the message says why."""


def check_url(url: str) -> None:
    """The fetcher's own guard (an allow-list of public addresses), with the workspace's error type."""
    from kronika.ingest.web import UnsafeURL
    from kronika.ingest.web import check_url as guard

    try:
        guard(url)
    except UnsafeURL as e:
        raise UnsafeInput(str(e)) from e


# ------------------------------------------------------------------ report profiles and languages

PROFILE_DIR_ENV = settings.env_var("profile_dir")
MAX_PROFILE_BYTES = 256 * 1024
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def profile_files() -> dict[str, Path]:
    """Report profiles by name: the shipped ones, then those an admin installed (which may not shadow them)."""
    from kronika.report.profile import PROFILES

    found: dict[str, Path] = {}
    extra = settings.get("profile_dir")
    folders = [PROFILES] + ([Path(extra)] if extra else [])
    for folder in folders:
        try:
            files = sorted(folder.glob("*.yaml"))
        except OSError:
            continue
        for f in files:
            if _NAME.fullmatch(f.stem) and f.stem not in found and f.is_file():
                found[f.stem] = f
    return found


def choose_profile(name: str) -> Path:
    """The file of a profile named in a request; never a path taken from the request."""
    files = profile_files()
    path = files.get(name) if isinstance(name, str) and _NAME.fullmatch(name) else None
    if path is None:
        raise UnsafeInput(f"no report profile '{str(name)[:64]}'; choose one of {', '.join(files)}")
    try:
        too_big = path.stat().st_size > MAX_PROFILE_BYTES
    except OSError:
        too_big = True
    if too_big:
        raise UnsafeInput(f"report profile '{name}' cannot be used; ask an admin to check it")
    return path


def choose_language(lang: str | None) -> str | None:
    """A report language from the list of those with wording; None means the profile's own."""
    from kronika.report.messages import languages

    if not lang:
        return None
    if lang not in languages():
        raise UnsafeInput(f"no report language '{str(lang)[:16]}'; choose one of {', '.join(languages())}")
    return lang


# ------------------------------------------------------------------ uploads

def check_upload(name: str, data: bytes) -> str:
    """The file's suffix when its size and type are acceptable."""
    import pathlib

    suffix = pathlib.Path(name or "").suffix.lower()
    if suffix not in UPLOAD_TYPES:
        raise UnsafeInput(f"{name}: only {', '.join(sorted(UPLOAD_TYPES))} files can be uploaded")
    if len(data) > MAX_UPLOAD:
        raise UnsafeInput(f"{name}: larger than {MAX_UPLOAD // 1024 // 1024} MB")
    magic = UPLOAD_TYPES[suffix]
    if magic and not data.startswith(magic):
        raise UnsafeInput(f"{name}: the content is not a {suffix[1:].upper()} file")
    if magic is None and b"\x00" in data[:4096]:
        from kronika.ingest.files import is_utf16

        if not is_utf16(data):  # UTF-16 text has NULs too, and is read as text
            raise UnsafeInput(f"{name}: binary content in a text file")
    return suffix


# ------------------------------------------------------------------ request bodies

KB = 1024
BODY_LIMITS = (  # (path prefix, most bytes a body may have); the first match counts
    ("/sources/upload", MAX_UPLOAD + 256 * KB), ("/api/documents/upload", MAX_UPLOAD + 256 * KB),
    ("/login", 8 * KB), ("/report/", 512 * KB), ("/api/reports", 512 * KB),
)
DEFAULT_BODY_LIMIT = 64 * KB
ANONYMOUS_BODIES = ("/login",)  # the only route that takes a body before there is a session
BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def body_limit(path: str) -> int:
    return next((n for prefix, n in BODY_LIMITS if path.startswith(prefix)), DEFAULT_BODY_LIMIT)


def _too_large(limit: int):
    """An HTTPException, so that frameworks reading the body pass it on instead of calling it a parse error."""
    from starlette.exceptions import HTTPException

    return HTTPException(413, f"request body larger than {limit // KB} KB")


class BodyGuard:
    """ASGI middleware: refuse bodies of anonymous requests unread, and cap every body by route."""
    # signed_in(cookie_header, authorization_header) says whether the request carries a live
    # session or a valid API token

    def __init__(self, app, signed_in):
        self.app, self.signed_in = app, signed_in

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            return await self.app(scope, receive, send)
        path, limit = scope["path"], body_limit(scope["path"])
        headers = dict(scope.get("headers") or [])
        if not path.startswith(ANONYMOUS_BODIES) and not await self.signed_in(
                headers.get(b"cookie", b""), headers.get(b"authorization", b"")):
            return await _refuse(send, 401, "log in first", path)
        try:
            declared = int(headers.get(b"content-length", b"0") or 0)
        except ValueError:
            return await _refuse(send, 400, "bad Content-Length", path)
        if declared > limit:
            return await _refuse(send, 413, f"request body larger than {limit // KB} KB", path)
        seen, started = 0, False

        async def counted():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _too_large(limit)
            return message

        async def tracked(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except Exception as e:  # the body ran over while nothing had answered yet
            if getattr(e, "status_code", None) != 413 or started:
                raise
            await _refuse(send, 413, f"request body larger than {limit // KB} KB", path)


async def _refuse(send, status: int, detail: str, path: str) -> None:
    """A short answer without reading the body: JSON for the API, plain text for pages."""
    import json

    if status == 401 and not path.startswith("/api/"):
        body, ctype = b"log in first: /login", b"text/plain; charset=utf-8"
    elif path.startswith("/api/"):
        body, ctype = json.dumps({"detail": detail}).encode(), b"application/json"
    else:
        body, ctype = detail.encode(), b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


# ------------------------------------------------------------------ proxies

TRUSTED_PROXY_ENV = settings.env_var("trusted_proxy")


def proxy_settings() -> dict:
    """uvicorn options: forwarded headers count only when they come from a configured proxy."""
    trusted = (settings.get("trusted_proxy") or "").strip()
    return {"proxy_headers": bool(trusted), "forwarded_allow_ips": trusted or None}


def safe_next(target: str | None) -> str:
    """A path on this site to go to after login; anything else (//host, /\\host, schemes) goes home."""
    t = (target or "/").strip()
    if not t.startswith("/") or t.startswith(("//", "/\\")) or any(c in t for c in "\\\r\n\t"):
        return "/"
    return t
