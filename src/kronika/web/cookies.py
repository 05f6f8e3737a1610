"""Whether a browser can keep the workspace's cookies over this connection, and what to tell it when not."""
from __future__ import annotations

import ipaddress

LOOPBACK_NAMES = {"localhost", "testserver"}  # browsers treat http://localhost as secure; testserver is TestClient's
# what the page says is in the catalogues (web/messages): login.plain_http, login.expired


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
    from kronika.web.i18n import Msg

    return Msg("login.plain_http", host=host)


def login_refusal(scheme: str, host: str | None, secure: bool) -> str:
    """What the login page says when the form's CSRF cookie did not come back."""
    from kronika.web.i18n import Msg

    return cookie_problem(scheme, host, secure) or Msg("login.expired")
