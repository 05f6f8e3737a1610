"""What the workspace pages list beside events: months, totals, latest stories, recent documents, texts."""
from __future__ import annotations

from sqlalchemy import func, select

from kronika.errors import NotFound
from kronika.model import RecentDocument, StoryCount, Totals
from kronika.store import schema as t
from kronika.store.db import Store


def document_text(store: Store, doc_id: int) -> str:
    """The full text of a stored document."""
    with store.connect() as conn:
        text = conn.execute(select(t.documents.c.text).where(t.documents.c.id == doc_id)).scalar()
    if text is None:
        raise NotFound(f"no document {doc_id}")
    return text


def event_months(store: Store, limit: int = 60) -> list[str]:
    """Months that have events, newest first (only well-formed dates count)."""
    month = func.substr(t.events.c.date, 1, 7)
    with store.connect() as conn:
        return [m for (m,) in conn.execute(select(month).where(t.events.c.date.like("____-__-__"))
                                           .group_by(month).order_by(month.desc()).limit(limit))]


def latest_stories(store: Store, n: int = 10) -> list[StoryCount]:
    """The newest stories with their number of reports."""
    with store.connect() as conn:
        return [StoryCount(*r) for r in conn.execute(
            select(t.stories.c.id, t.stories.c.title, t.stories.c.date, func.count(t.events.c.id).label("n"))
            .join(t.events, t.events.c.story_id == t.stories.c.id)
            .group_by(t.stories.c.id, t.stories.c.title, t.stories.c.date)
            .order_by(t.stories.c.id.desc()).limit(n))]


def totals(store: Store) -> Totals:
    """How many documents and events are stored."""
    with store.connect() as conn:
        return Totals(conn.execute(select(func.count()).select_from(t.documents)).scalar_one(),
                      conn.execute(select(func.count()).select_from(t.events)).scalar_one())


def events_per_month(store: Store, since: str) -> dict[str, int]:
    """'YYYY-MM' -> number of events dated on or after `since`."""
    month = func.substr(t.events.c.date, 1, 7)
    with store.connect() as conn:
        return dict(conn.execute(select(month, func.count()).where(t.events.c.date >= since).group_by(month)).all())


def recent_documents(store: Store, n: int = 20) -> list[RecentDocument]:
    """The newest stored documents (never their texts)."""
    d = t.documents.c
    with store.connect() as conn:
        return [RecentDocument(*r) for r in conn.execute(select(d.id, d.title, d.url, d.language, d.published,
                                                                d.added_at).order_by(d.id.desc()).limit(n))]
