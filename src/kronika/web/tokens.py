"""Personal API tokens: scripts call the API with `Authorization: Bearer TOKEN` instead of a browser session."""
from __future__ import annotations

import hashlib
import secrets

from kronika.model import User
from kronika.store import tokens as stored
from kronika.store.db import Store
from kronika.store.tokens import SCOPES, list_tokens, revoke  # noqa: F401

PREFIX = "kronika_"


def _h(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create(store: Store, user: str, scope: str, label: str, who: str | None = None) -> tuple[int, str]:
    """(id, token) for a user; the token is shown once, only its hash is kept; the scope never exceeds the role."""
    label = " ".join((label or "").split())[:64] or "script"
    token = PREFIX + secrets.token_urlsafe(32)
    return stored.create_token(store, user, scope, label, _h(token), who), token


def token_user(store: Store, header: str | None) -> User | None:
    """The user behind `Bearer TOKEN`, with the token's scope as role (never above the user's own)."""
    if not header or not header.lower().startswith("bearer "):
        return None
    return stored.token_user(store, _h(header.split(None, 1)[1].strip()))
