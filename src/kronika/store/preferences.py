"""What an account prefers in the workspace: its language."""
from __future__ import annotations

from sqlalchemy import update

from kronika.store import schema as t
from kronika.store.db import Store


def set_user_language(store: Store, user_id: int, lang: str | None) -> None:
    """Remember the account's language (None forgets it)."""
    with store.begin() as conn:
        conn.execute(update(t.users).where(t.users.c.id == user_id).values(language=lang))
