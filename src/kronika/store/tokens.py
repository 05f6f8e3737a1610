"""Personal API tokens in the database: only a token's SHA-256 is kept; each change is audited."""
from __future__ import annotations

from sqlalchemy import delete, insert, select, update

from kronika.errors import AccountError, UnknownAccount
from kronika.model import Token, User
from kronika.store import schema as t
from kronika.store.accounts import ROLES, rank
from kronika.store.db import Store, actor, dumps, now

SCOPES = ("viewer", "editor")


def _audit(conn, action: str, token_id: int, after, who: str) -> None:
    conn.execute(insert(t.audit_log).values(at=now(), actor=who, action=action, entity="token", entity_id=token_id,
                                            field=None, before=dumps(None), after=dumps(after)))


def create_token(store: Store, user: str, scope: str, label: str, token_hash: str, who: str | None = None) -> int:
    """Store a token's hash for a user; the scope never exceeds the user's role."""
    if scope not in SCOPES:
        raise AccountError(f"scope must be one of {', '.join(SCOPES)}")
    with store.begin() as conn:
        u = conn.execute(select(t.users.c.id, t.users.c.role).where(t.users.c.name == user)).mappings().first()
        if u is None:
            raise UnknownAccount(f"no user '{user}'")
        if u["role"] not in ROLES or rank(u["role"]) < rank(scope):
            raise AccountError(f"'{user}' is {u['role']}: a token cannot do more than its user")
        tid = conn.execute(insert(t.api_tokens).values(user_id=u["id"], token_hash=token_hash, label=label,
                                                       scope=scope, created_at=now())).inserted_primary_key[0]
        _audit(conn, "token", tid, {"user": user, "scope": scope, "label": label}, who or actor())
    return tid


def list_tokens(store: Store, user: str | None = None) -> list[Token]:
    """Tokens (never their values), of one user or of everyone."""
    q = (select(t.api_tokens.c.id, t.users.c.name.label("user"), t.api_tokens.c.label, t.api_tokens.c.scope,
                t.api_tokens.c.created_at, t.api_tokens.c.last_used)
         .join(t.users, t.users.c.id == t.api_tokens.c.user_id).order_by(t.api_tokens.c.id))
    if user:
        q = q.where(t.users.c.name == user)
    with store.connect() as conn:
        return [Token(*r) for r in conn.execute(q)]


def revoke(store: Store, token_id: int, by: User | None = None, who: str | None = None) -> None:
    """Delete a token; `by` (a user) may revoke only their own unless an admin."""
    with store.begin() as conn:
        row = conn.execute(select(t.api_tokens.c.id, t.users.c.name).join(t.users, t.users.c.id == t.api_tokens.c.user_id)
                           .where(t.api_tokens.c.id == token_id)).mappings().first()
        if row is None or (by and by.role != "admin" and row["name"] != by.name):
            raise UnknownAccount(f"no token {token_id}" + ("" if by is None else " of yours"))
        conn.execute(delete(t.api_tokens).where(t.api_tokens.c.id == token_id))
        _audit(conn, "revoke", token_id, {"user": row["name"]}, who or (by.name if by else None) or actor())


def token_user(store: Store, token_hash: str) -> User | None:
    """The user behind a token, with the token's scope as role when it is lower, noting its use; None
    when unknown, revoked or disabled."""
    with store.begin() as conn:
        row = conn.execute(select(t.users.c.id, t.users.c.name, t.users.c.role, t.api_tokens.c.scope,
                                  t.api_tokens.c.id.label("token_id"), t.users.c.language)
                           .join(t.api_tokens, t.api_tokens.c.user_id == t.users.c.id)
                           .where(t.api_tokens.c.token_hash == token_hash)).mappings().first()
        if row is None or row["role"] not in ROLES:
            return None
        conn.execute(update(t.api_tokens).where(t.api_tokens.c.id == row["token_id"]).values(last_used=now()))
    return User(row["id"], row["name"], min(row["role"], row["scope"], key=rank), None, row["language"],
                row["token_id"])
