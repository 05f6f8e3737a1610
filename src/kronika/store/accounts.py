"""Accounts in the database: users, roles, sessions, login failures and the accounts' audit trail.

Hashing and password rules stay in `web/auth.py`; this module stores what it is handed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import bindparam, delete, func, insert, select, update

from kronika.errors import AccountError, DisabledAccount, Throttled, UnknownAccount, WrongCredentials
from kronika.model import Account, Change, User
from kronika.store import schema as t
from kronika.store.db import Store, actor, audit_entry, dumps, now

ROLES = ("viewer", "editor", "admin")
DISABLED = "disabled"  # a role with no rights: the account stays in the audit trail but cannot log in


def rank(role: str) -> int:
    return ROLES.index(role)


@dataclass(frozen=True)
class LoginLimits:
    """How many failed logins within `window_minutes` make the next ones wait."""
    window_minutes: int
    per_name_address: int
    per_name: int
    per_address: int


@dataclass(frozen=True)
class NewSession:
    """A session to open on a right password: only the token's hash is kept."""
    token_hash: str
    csrf: str
    expires: str


def list_users(store: Store) -> list[Account]:
    """Every account with its role and the number of live sessions."""
    live = (select(t.sessions.c.user_id, func.count().label("n")).where(t.sessions.c.expires > now())
            .group_by(t.sessions.c.user_id).subquery())
    with store.connect() as conn:
        rows = conn.execute(select(t.users.c.id, t.users.c.name, t.users.c.role, t.users.c.created_at,
                                   func.coalesce(live.c.n, 0).label("sessions"))
                            .outerjoin(live, live.c.user_id == t.users.c.id).order_by(t.users.c.name))
        return [Account(*r) for r in rows]


def create_user(store: Store, name: str, role: str, password_hash: str, who: str | None = None) -> int:
    """A new account; a name differing from a stored one only by case is refused."""
    with store.begin() as conn:
        taken = {r[0].casefold() for r in conn.execute(select(t.users.c.name))}
        if name.casefold() in taken:
            raise AccountError(f"user '{name}' exists already (names differing only by case are one name)")
        uid = conn.execute(insert(t.users).values(name=name, role=role, password_hash=password_hash,
                                                  created_at=now())).inserted_primary_key[0]
        if who is not None:
            _audit(conn, "add", uid, None, None, {"name": name, "role": role}, who)
        return uid


def _since(minutes: int) -> str:
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=minutes)).isoformat(timespec="seconds")


def _throttled(conn, name: str, address: str, limits: LoginLimits) -> bool:
    """Too many recent failures for this name and address, for this name, or from this address."""
    since = _since(limits.window_minutes)
    f = t.login_failures.c
    count = lambda *conds: conn.execute(select(func.count()).select_from(t.login_failures).where(
        f.at >= since, *conds)).scalar_one()
    return (count(f.name == name, f.address == address) >= limits.per_name_address
            or count(f.name == name) >= limits.per_name or count(f.address == address) >= limits.per_address)


def open_session(store: Store, name: str, address: str, limits: LoginLimits,
                 verify: Callable[[str | None], bool], session: NewSession) -> None:
    """Open `session` for `name` when `verify(password_hash)` holds; a failure is counted and raised."""
    with store.begin() as conn:  # one transaction: the throttle, the check and the session agree
        if _throttled(conn, name, address, limits):
            raise Throttled(f"too many failed logins; wait {limits.window_minutes} minutes")
        user = conn.execute(select(t.users).where(t.users.c.name == name)).mappings().first()
        ok = verify(user["password_hash"] if user else None) and user is not None
        if ok and user["role"] not in ROLES:
            raise DisabledAccount("this account is disabled; ask an administrator")
        if ok:
            conn.execute(insert(t.sessions).values(token_hash=session.token_hash, user_id=user["id"],
                                                   csrf=session.csrf, expires=session.expires))
            conn.execute(delete(t.sessions).where(t.sessions.c.expires < now()))
            return
    with store.begin() as conn:  # its own transaction: the failure must be kept
        conn.execute(insert(t.login_failures).values(name=name, address=address, at=now()))
    raise WrongCredentials("wrong name or password")


_SESSION = select(t.users.c.id, t.users.c.name, t.users.c.role, t.sessions.c.csrf, t.users.c.language) \
    .join(t.sessions, t.sessions.c.user_id == t.users.c.id) \
    .where(t.sessions.c.token_hash == bindparam("token"), t.sessions.c.expires > bindparam("now"))


def session_user(store: Store, token_hash: str) -> User | None:
    """The user, CSRF token and language (None: never chosen) of a live session, in one query."""
    with store.connect() as conn:
        row = conn.execute(_SESSION, {"token": token_hash, "now": now()}).first()
    return User(*row) if row else None


def end_session(store: Store, token_hash: str) -> None:
    with store.begin() as conn:
        conn.execute(delete(t.sessions).where(t.sessions.c.token_hash == token_hash))


def _user(conn, name: str) -> dict:
    row = conn.execute(select(t.users.c.id, t.users.c.role).where(t.users.c.name == name)).mappings().first()
    if row is None:
        raise UnknownAccount(f"no user '{name}'")
    return dict(row)


def _audit(conn, action: str, uid: int, field: str | None, before, after, who: str) -> None:
    conn.execute(insert(t.audit_log).values(at=now(), actor=who, action=action, entity="user", entity_id=uid,
                                            field=field, before=dumps(before), after=dumps(after)))


def _last_admin(conn, uid: int) -> bool:
    admins = [r[0] for r in conn.execute(select(t.users.c.id).where(t.users.c.role == "admin"))]
    return admins == [uid]


def set_role(store: Store, name: str, role: str, who: str | None = None) -> None:
    """Give an account another role, or disable it (role 'disabled'): its sessions end at once."""
    if role not in (*ROLES, DISABLED):
        raise AccountError(f"role must be one of {', '.join((*ROLES, DISABLED))}")
    with store.begin() as conn:
        u = _user(conn, name)
        if u["role"] == "admin" and role != "admin" and _last_admin(conn, u["id"]):
            raise AccountError(f"'{name}' is the last admin; make another admin first")
        conn.execute(update(t.users).where(t.users.c.id == u["id"]).values(role=role))
        conn.execute(delete(t.sessions).where(t.sessions.c.user_id == u["id"]))
        _audit(conn, DISABLED if role == DISABLED else "role", u["id"], "role", u["role"], role, who or actor())


def remove_user(store: Store, name: str, who: str | None = None) -> None:
    """Delete an account and its sessions; the audit log keeps its name."""
    with store.begin() as conn:
        u = _user(conn, name)
        if u["role"] == "admin" and _last_admin(conn, u["id"]):
            raise AccountError(f"'{name}' is the last admin; make another admin first")
        conn.execute(delete(t.sessions).where(t.sessions.c.user_id == u["id"]))
        conn.execute(delete(t.users).where(t.users.c.id == u["id"]))
        _audit(conn, "remove", u["id"], None, {"name": name, "role": u["role"]}, None, who or actor())


def set_password(store: Store, name: str, password_hash: str, who: str | None = None) -> None:
    """Store a new password hash; every session of the account ends."""
    with store.begin() as conn:
        u = _user(conn, name)
        conn.execute(update(t.users).where(t.users.c.id == u["id"]).values(password_hash=password_hash))
        conn.execute(delete(t.sessions).where(t.sessions.c.user_id == u["id"]))
        _audit(conn, "password", u["id"], "password", None, None, who or actor())  # never the hash


def user_history(store: Store, limit: int = 50) -> list[Change]:
    """The latest changes to accounts, newest first."""
    with store.connect() as conn:
        rows = conn.execute(select(t.audit_log).where(t.audit_log.c.entity == "user")
                            .order_by(t.audit_log.c.id.desc()).limit(limit))
        return [audit_entry(r) for r in rows]
