"""What an account prefers in the workspace: its language."""
from __future__ import annotations

from sqlalchemy import select, update

from kronika.store import schema as t
from kronika.store.db import Store


def user_language(store: Store, user_id: int) -> str | None:
    """The account's language, or None when it never chose one."""
    with store.connect() as conn:
        return conn.execute(select(t.users.c.language).where(t.users.c.id == user_id)).scalar_one_or_none()


def set_user_language(store: Store, user_id: int, lang: str | None) -> None:
    """Remember the account's language (None forgets it)."""
    with store.begin() as conn:
        conn.execute(update(t.users).where(t.users.c.id == user_id).values(language=lang))
