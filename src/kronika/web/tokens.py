"""Personal API tokens: scripts call the API with `Authorization: Bearer TOKEN` instead of a browser session."""
from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import delete, insert, select, update

from kronika.store import schema as t
from kronika.store.db import Store, actor, dumps, now
from kronika.web import auth

SCOPES = ("viewer", "editor")
PREFIX = "kronika_"


def _h(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _audit(conn, action: str, token_id: int, after, who: str) -> None:
    conn.execute(insert(t.audit_log).values(at=now(), actor=who, action=action, entity="token", entity_id=token_id,
                                            field=None, before=dumps(None), after=dumps(after)))


def create(store: Store, user: str, scope: str, label: str, who: str | None = None) -> tuple[int, str]:
    """(id, token) for a user; the token is shown once, only its hash is kept; the scope never exceeds the role."""
    if scope not in SCOPES:
        raise auth.AuthError(f"scope must be one of {', '.join(SCOPES)}")
    label = " ".join((label or "").split())[:64] or "script"
    with store.begin() as conn:
        u = conn.execute(select(t.users.c.id, t.users.c.role).where(t.users.c.name == user)).mappings().first()
        if u is None:
            raise auth.AuthError(f"no user '{user}'")
        if u["role"] not in auth.ROLES or auth.rank(u["role"]) < auth.rank(scope):
            raise auth.AuthError(f"'{user}' is {u['role']}: a token cannot do more than its user")
        token = PREFIX + secrets.token_urlsafe(32)
        tid = conn.execute(insert(t.api_tokens).values(user_id=u["id"], token_hash=_h(token), label=label, scope=scope,
                                                       created_at=now())).inserted_primary_key[0]
        _audit(conn, "token", tid, {"user": user, "scope": scope, "label": label}, who or actor())
    return tid, token


def list_tokens(store: Store, user: str | None = None) -> list[dict]:
    """Tokens (never their values), of one user or of everyone."""
    q = (select(t.api_tokens.c.id, t.users.c.name.label("user"), t.api_tokens.c.label, t.api_tokens.c.scope,
                t.api_tokens.c.created_at, t.api_tokens.c.last_used)
         .join(t.users, t.users.c.id == t.api_tokens.c.user_id).order_by(t.api_tokens.c.id))
    if user:
        q = q.where(t.users.c.name == user)
    with store.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def revoke(store: Store, token_id: int, by: dict | None = None, who: str | None = None) -> None:
    """Delete a token; `by` (a user) may revoke only their own unless an admin."""
    with store.begin() as conn:
        row = conn.execute(select(t.api_tokens.c.id, t.users.c.name).join(t.users, t.users.c.id == t.api_tokens.c.user_id)
                           .where(t.api_tokens.c.id == token_id)).mappings().first()
        if row is None or (by and by["role"] != "admin" and row["name"] != by["name"]):
            raise auth.AuthError(f"no token {token_id}" + ("" if by is None else " of yours"))
        conn.execute(delete(t.api_tokens).where(t.api_tokens.c.id == token_id))
        _audit(conn, "revoke", token_id, {"user": row["name"]}, who or (by or {}).get("name") or actor())


def token_user(store: Store, header: str | None) -> dict | None:
    """The user behind `Bearer TOKEN`, with the token's scope as role (never above the user's own)."""
    if not header or not header.lower().startswith("bearer "):
        return None
    token = header.split(None, 1)[1].strip()
    with store.begin() as conn:
        row = conn.execute(select(t.users.c.id, t.users.c.name, t.users.c.role, t.api_tokens.c.scope,
                                  t.api_tokens.c.id.label("token_id"))
                           .join(t.api_tokens, t.api_tokens.c.user_id == t.users.c.id)
                           .where(t.api_tokens.c.token_hash == _h(token))).mappings().first()
        if row is None or row["role"] not in auth.ROLES:  # unknown, revoked, or the user is disabled
            return None
        conn.execute(update(t.api_tokens).where(t.api_tokens.c.id == row["token_id"]).values(last_used=now()))
    role = min(row["role"], row["scope"], key=auth.rank)
    return {"id": row["id"], "name": row["name"], "role": role, "csrf": None, "token": row["token_id"]}
