"""Accounts, roles, sessions, CSRF tokens and login rate limits."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import delete, func, insert, select

from kronika.store import schema as t
from kronika.store.db import Store, now

ROLES = ("viewer", "editor", "admin")
SESSION_HOURS = 12
MAX_FAILURES = 5          # failed logins per name and address ...
FAILURE_WINDOW_MIN = 15   # ... within this many minutes, then logins wait


class AuthError(ValueError):
    """A login or account request that cannot be granted."""


def _hasher():
    try:
        from argon2 import PasswordHasher
    except ImportError as e:
        raise AuthError("accounts need the web extra: pip install 'kronika[web]'") from e
    return PasswordHasher()


def rank(role: str) -> int:
    return ROLES.index(role)


def add_user(store: Store, name: str, role: str, password: str) -> int:
    """Create an account; the password is stored as an Argon2 hash."""
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise AuthError("the password needs at least 8 characters")
    with store.begin() as conn:
        if conn.execute(select(t.users.c.id).where(t.users.c.name == name)).first():
            raise AuthError(f"user '{name}' exists already")
        return conn.execute(insert(t.users).values(name=name, role=role, password_hash=_hasher().hash(password),
                                                   created_at=now())).inserted_primary_key[0]


def _since(minutes: int) -> str:
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=minutes)).isoformat(timespec="seconds")


def login(store: Store, name: str, password: str, address: str) -> tuple[str, str]:
    """(session token, CSRF token) for a right password; failures are counted and limited."""
    from argon2.exceptions import VerificationError

    with store.begin() as conn:
        fails = conn.execute(select(func.count()).select_from(t.login_failures).where(
            t.login_failures.c.name == name, t.login_failures.c.address == address,
            t.login_failures.c.at >= _since(FAILURE_WINDOW_MIN))).scalar_one()
        if fails >= MAX_FAILURES:
            raise AuthError("too many failed logins; wait 15 minutes")
        user = conn.execute(select(t.users).where(t.users.c.name == name)).mappings().first()
        ok = False
        if user:
            try:
                ok = _hasher().verify(user["password_hash"], password)
            except VerificationError:
                ok = False
        if ok and user["role"] not in ROLES:  # a disabled account (web/accounts.py)
            raise AuthError("this account is disabled; ask an administrator")
        if ok:
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            expires = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=SESSION_HOURS)).isoformat(timespec="seconds")
            conn.execute(insert(t.sessions).values(token_hash=_h(token), user_id=user["id"], csrf=csrf,
                                                   expires=expires))
            conn.execute(delete(t.sessions).where(t.sessions.c.expires < now()))
            return token, csrf
    with store.begin() as conn:  # its own transaction: the failure must be kept
        conn.execute(insert(t.login_failures).values(name=name, address=address, at=now()))
    raise AuthError("wrong name or password")


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
