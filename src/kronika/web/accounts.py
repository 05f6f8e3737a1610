"""Looking after accounts: list, change role, disable, remove, reset a password; each change is audited."""
from __future__ import annotations

from kronika.store import accounts as stored
from kronika.store.accounts import DISABLED, list_users, remove_user, set_role, user_history  # noqa: F401
from kronika.store.db import Store, actor
from kronika.web import auth


def reset_password(store: Store, name: str, password: str, who: str | None = None) -> None:
    """A new password (Argon2 hash); every session of the account ends."""
    if len(password) < 8:
        raise auth.AuthError("the password needs at least 8 characters")
    stored.set_password(store, name, auth._hasher().hash(password), who)


def add(store: Store, name: str, role: str, password: str, who: str | None = None) -> int:
    """Create an account (auth.add_user) and note who did."""
    return auth.add_user(store, name, role, password, who=who or actor())
