"""Looking after accounts: list, change role, disable, remove, reset a password; each change is audited."""
from __future__ import annotations

from sqlalchemy import delete, func, insert, select, update

from kronika.store import schema as t
from kronika.store.db import Store, actor, dumps, now
from kronika.web import auth

DISABLED = "disabled"  # a role with no rights: the account stays in the audit trail but cannot log in


def list_users(store: Store) -> list[dict]:
    """Every account with its role and the number of live sessions."""
    live = (select(t.sessions.c.user_id, func.count().label("n")).where(t.sessions.c.expires > now())
            .group_by(t.sessions.c.user_id).subquery())
    with store.connect() as conn:
        rows = conn.execute(select(t.users.c.id, t.users.c.name, t.users.c.role, t.users.c.created_at,
                                   func.coalesce(live.c.n, 0).label("sessions"))
                            .outerjoin(live, live.c.user_id == t.users.c.id).order_by(t.users.c.name)).mappings()
        return [dict(r) for r in rows]


def _user(conn, name: str) -> dict:
    row = conn.execute(select(t.users.c.id, t.users.c.role).where(t.users.c.name == name)).mappings().first()
    if row is None:
        raise auth.AuthError(f"no user '{name}'")
    return dict(row)


def _audit(conn, action: str, uid: int, field: str | None, before, after, who: str) -> None:
    conn.execute(insert(t.audit_log).values(at=now(), actor=who, action=action, entity="user", entity_id=uid,
                                            field=field, before=dumps(before), after=dumps(after)))


def _last_admin(conn, uid: int) -> bool:
    admins = [r[0] for r in conn.execute(select(t.users.c.id).where(t.users.c.role == "admin"))]
    return admins == [uid]


def set_role(store: Store, name: str, role: str, who: str | None = None) -> None:
    """Give an account another role, or disable it (role 'disabled'): its sessions end at once."""
    if role not in (*auth.ROLES, DISABLED):
        raise auth.AuthError(f"role must be one of {', '.join((*auth.ROLES, DISABLED))}")
    with store.begin() as conn:
        u = _user(conn, name)
        if u["role"] == "admin" and role != "admin" and _last_admin(conn, u["id"]):
            raise auth.AuthError(f"'{name}' is the last admin; make another admin first")
        conn.execute(update(t.users).where(t.users.c.id == u["id"]).values(role=role))
        conn.execute(delete(t.sessions).where(t.sessions.c.user_id == u["id"]))
        _audit(conn, DISABLED if role == DISABLED else "role", u["id"], "role", u["role"], role, who or actor())


def remove_user(store: Store, name: str, who: str | None = None) -> None:
    """Delete an account and its sessions; the audit log keeps its name."""
    with store.begin() as conn:
        u = _user(conn, name)
        if u["role"] == "admin" and _last_admin(conn, u["id"]):
            raise auth.AuthError(f"'{name}' is the last admin; make another admin first")
        conn.execute(delete(t.sessions).where(t.sessions.c.user_id == u["id"]))
        conn.execute(delete(t.users).where(t.users.c.id == u["id"]))
        _audit(conn, "remove", u["id"], None, {"name": name, "role": u["role"]}, None, who or actor())


def reset_password(store: Store, name: str, password: str, who: str | None = None) -> None:
    """A new password (Argon2 hash); every session of the account ends."""
    if len(password) < 8:
        raise auth.AuthError("the password needs at least 8 characters")
    with store.begin() as conn:
        u = _user(conn, name)
        conn.execute(update(t.users).where(t.users.c.id == u["id"]).values(password_hash=auth._hasher().hash(password)))
        conn.execute(delete(t.sessions).where(t.sessions.c.user_id == u["id"]))
        _audit(conn, "password", u["id"], "password", None, None, who or actor())  # never the hash


def user_history(store: Store, limit: int = 50) -> list[dict]:
    """The latest changes to accounts, newest first."""
    with store.connect() as conn:
        rows = conn.execute(select(t.audit_log).where(t.audit_log.c.entity == "user")
                            .order_by(t.audit_log.c.id.desc()).limit(limit)).mappings()
        return [dict(r) for r in rows]


def add(store: Store, name: str, role: str, password: str, who: str | None = None) -> int:
    """Create an account (auth.add_user) and note who did."""
    uid = auth.add_user(store, name, role, password)
    with store.begin() as conn:
        _audit(conn, "add", uid, None, None, {"name": name, "role": role}, who or actor())
    return uid
