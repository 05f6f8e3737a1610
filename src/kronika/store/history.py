"""How far back the database goes: what a report's conclusions may compare against."""
from __future__ import annotations

from sqlalchemy import select

from kronika.store import schema as t
from kronika.store.db import Store


def dated_parties(store: Store, before: str) -> list[dict]:
    """Every dated event before a date ('YYYY-MM-DD') that is not rejected: its date and the fields that
    name its states (countries, subjects, location_country), oldest first."""
    e = t.events
    with store.connect() as conn:
        rows = conn.execute(select(e.c.date, e.c.countries, e.c.subjects, e.c.location_country)
                            .where(e.c.status != "rejected", e.c.date.is_not(None), e.c.date != "",
                                   e.c.date < before).order_by(e.c.date)).mappings()
        return [dict(r) for r in rows]
