"""Whether a browser can keep the workspace's cookies over this connection, and what to tell it when not."""
from __future__ import annotations

import ipaddress

LOOPBACK_NAMES = {"localhost", "testserver"}  # browsers treat http://localhost as secure; testserver is TestClient's

PLAIN_HTTP = ("This workspace is reached over plain HTTP at {host}, so your browser will not keep its secure login "
              "cookie and logging in cannot work. Open it over HTTPS: start it with "
              "'kronika serve --certfile CERT --keyfile KEY', or put it behind an HTTPS reverse proxy started with "
              "'--proxy-headers' (docs/DEPLOY.md). On a network you trust, 'kronika serve --insecure-cookies' "
              "allows plain HTTP.")
EXPIRED = "The login form expired or your browser blocked its cookie; reload this page and log in again."


def _loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def cookie_problem(scheme: str, host: str | None, secure: bool) -> str | None:
    """Why a browser at this address will drop secure cookies, or None when it keeps them."""
    if not secure or scheme == "https" or _loopback(host or ""):
        return None
    return PLAIN_HTTP.format(host=host)


def login_refusal(scheme: str, host: str | None, secure: bool) -> str:
    """What the login page says when the form's CSRF cookie did not come back."""
    return cookie_problem(scheme, host, secure) or EXPIRED
