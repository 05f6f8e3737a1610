"""Accounts, roles, sessions, CSRF tokens and login rate limits."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import unicodedata
from functools import cache

from sqlalchemy import delete, func, insert, select

from kronika.errors import KronikaError
from kronika.store import schema as t
from kronika.store.db import Store, now

ROLES = ("viewer", "editor", "admin")
SESSION_HOURS = 12
MAX_FAILURES = 5          # failed logins per name and address ...
FAILURE_WINDOW_MIN = 15   # ... within this many minutes, then logins wait
MAX_NAME_FAILURES = 20    # per name from any address (rotating addresses does not help) ...
MAX_ADDRESS_FAILURES = 30  # ... and per address over any names (spraying names does not help)
MIN_PASSWORD = 10
COMMON_PASSWORDS = {"password", "password1", "password123", "12345678", "123456789", "1234567890", "qwertyuiop",
                    "qwerty123", "iloveyou", "admin123", "letmein123", "welcome123", "haslo123", "zaq12wsx",
                    "1q2w3e4r", "1q2w3e4r5t", "abcdefgh", "11111111", "00000000", "kronika123"}


class AuthError(KronikaError, ValueError):
    """A login or account request that cannot be granted."""


def _hasher():
    try:
        from argon2 import PasswordHasher
    except ImportError as e:
        raise AuthError("accounts need the web extra: pip install 'kronika[web]'") from e
    return PasswordHasher()


def rank(role: str) -> int:
    return ROLES.index(role)


def clean_name(name: str) -> str:
    """An account name in one canonical form; control, format (bidi) and surrounding spaces are refused."""
    n = unicodedata.normalize("NFKC", name or "")
    if n != n.strip() or not n:
        raise AuthError("a user name may not be empty or begin or end with spaces")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in n) or len(n) > 64:
        raise AuthError("a user name may hold at most 64 visible characters (no control or direction marks)")
    return n


def check_password(name: str, password: str) -> None:
    """Refuse short, common and name-derived passwords."""
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"the password needs at least {MIN_PASSWORD} characters")
    low = password.lower()
    if low in COMMON_PASSWORDS or len(set(low)) < 4 or name.lower() in low and len(low) < len(name) + 6:
        raise AuthError("this password is too easy to guess; choose a longer, less common one")


def add_user(store: Store, name: str, role: str, password: str) -> int:
    """Create an account; the password is stored as an Argon2 hash."""
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    name = clean_name(name)
    check_password(name, password)
    with store.begin() as conn:
        taken = {r[0].casefold() for r in conn.execute(select(t.users.c.name))}
        if name.casefold() in taken:
            raise AuthError(f"user '{name}' exists already (names differing only by case are one name)")
        return conn.execute(insert(t.users).values(name=name, role=role, password_hash=_hasher().hash(password),
                                                   created_at=now())).inserted_primary_key[0]


def _since(minutes: int) -> str:
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=minutes)).isoformat(timespec="seconds")


def login(store: Store, name: str, password: str, address: str) -> tuple[str, str]:
    """(session token, CSRF token) for a right password; failures are counted and limited."""
    from argon2.exceptions import VerificationError

    from kronika.web.i18n import Msg

    name = unicodedata.normalize("NFKC", name or "")[:200]
    with store.begin() as conn:
        if _throttled(conn, name, address):
            raise AuthError(Msg("login.too_many"))
        user = conn.execute(select(t.users).where(t.users.c.name == name)).mappings().first()
        ok = False
        try:  # a missing name costs one hash too, so timing does not tell which names exist
            ok = _hasher().verify(user["password_hash"] if user else _dummy_hash(), password[:1024])
        except VerificationError:
            ok = False
        ok = ok and user is not None
        if ok and user["role"] not in ROLES:  # a disabled account (web/accounts.py)
            raise AuthError(Msg("login.disabled"))
        if ok:
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            expires = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=SESSION_HOURS)).isoformat(timespec="seconds")
            conn.execute(insert(t.sessions).values(token_hash=_h(token), user_id=user["id"], csrf=csrf,
                                                   expires=expires))
            conn.execute(delete(t.sessions).where(t.sessions.c.expires < now()))
            return token, csrf
    with store.begin() as conn:  # its own transaction: the failure must be kept
        conn.execute(insert(t.login_failures).values(name=name, address=address, at=now()))
    raise AuthError(Msg("login.wrong"))


def _throttled(conn, name: str, address: str) -> bool:
    """Too many recent failures for this name and address, for this name, or from this address."""
    since = _since(FAILURE_WINDOW_MIN)
    count = lambda *conds: conn.execute(select(func.count()).select_from(t.login_failures).where(
        t.login_failures.c.at >= since, *conds)).scalar_one()
    f = t.login_failures.c
    return (count(f.name == name, f.address == address) >= MAX_FAILURES
            or count(f.name == name) >= MAX_NAME_FAILURES or count(f.address == address) >= MAX_ADDRESS_FAILURES)


@cache
def _dummy_hash() -> str:
    return _hasher().hash(secrets.token_urlsafe(16))


def _h(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def session_user(store: Store, token: str | None) -> dict | None:
    """The user and CSRF token of a live session cookie."""
    if not token:
        return None
    with store.connect() as conn:
        row = conn.execute(select(t.users.c.id, t.users.c.name, t.users.c.role, t.sessions.c.csrf)
                           .join(t.sessions, t.sessions.c.user_id == t.users.c.id)
                           .where(t.sessions.c.token_hash == _h(token), t.sessions.c.expires > now())).mappings().first()
    return dict(row) if row else None


def logout(store: Store, token: str | None) -> None:
    if token:
        with store.begin() as conn:
            conn.execute(delete(t.sessions).where(t.sessions.c.token_hash == _h(token)))
