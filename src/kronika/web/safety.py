"""Guards for what users hand the workspace: URLs to fetch (SSRF) and uploaded files."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from kronika import settings
from kronika.errors import KronikaError

ALLOW_PRIVATE_ENV = settings.env_var("allow_private_urls")
MAX_UPLOAD = 10 * 1024 * 1024
UPLOAD_TYPES = {".txt": None, ".md": None, ".html": None, ".htm": None, ".pdf": b"%PDF", ".docx": b"PK\x03\x04"}


class UnsafeInput(KronikaError, ValueError):
    """A URL or file the workspace refuses; the message says why."""


def private_allowed() -> bool:
    return settings.flag("allow_private_urls")


def check_url(url: str) -> None:
    """Refuse URLs that point into our own network: loopback, private, link-local, reserved."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeInput(f"'{url}' is not an http(s) URL")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as e:
        raise UnsafeInput(f"cannot resolve {parts.hostname}: {e}") from e
    if private_allowed():
        return
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast \
                or ip.is_unspecified:
            raise UnsafeInput(f"{parts.hostname} is an internal address ({ip}); such URLs are refused "
                              f"(set {ALLOW_PRIVATE_ENV}=1 to allow them)")


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
        raise UnsafeInput(f"{name}: binary content in a text file")
    return suffix
