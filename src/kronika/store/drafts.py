"""Machine drafts kept per event: a report asks a language model once per text it drafts."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kronika.model import Draft
from kronika.store import schema as t
from kronika.store.db import now


def cached_draft(store, digest: str) -> tuple[bool, str | None]:
    """(found, text) for a draft's digest; a found None is a draft that was dropped."""
    with store.connect() as conn:
        row = conn.execute(select(t.drafts.c.text).where(t.drafts.c.digest == digest)).first()
    return (row is not None, row[0] if row else None)


def keep_draft(store, digest: str, event_id: int | None, kind: str, lang: str, model: str,
               text: str | None, note: str | None = None) -> None:
    """Remember a draft (or that it was dropped, and why); a digest already kept is left as it is."""
    try:
        with store.begin() as conn:
            if conn.execute(select(t.drafts.c.digest).where(t.drafts.c.digest == digest)).first():
                return
            conn.execute(t.drafts.insert().values(digest=digest, event_id=event_id, kind=kind, lang=lang,
                                                  model=model, text=text, note=note, created_at=now()))
    except IntegrityError:  # another report run kept the same draft a moment earlier
        return


def event_drafts(store, event_id: int) -> list[Draft]:
    """The drafts kept for an event (newest first), for the workspace's event page."""
    d = t.drafts
    with store.connect() as conn:
        rows = conn.execute(select(d.c.kind, d.c.lang, d.c.model, d.c.text, d.c.note, d.c.created_at)
                            .where(d.c.event_id == event_id).order_by(d.c.created_at.desc()))
        return [Draft(*r) for r in rows]
