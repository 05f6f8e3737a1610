"""How far back the database goes: what a report's conclusions may compare against."""
from __future__ import annotations

from sqlalchemy import select

from kronika.model import DatedParties, Location
from kronika.store import schema as t
from kronika.store.db import Store
from kronika.store.reports import json_list


def dated_parties(store: Store, before: str) -> list[DatedParties]:
    """Every dated event before a date ('YYYY-MM-DD') that is not rejected: its date and the fields that
    name its states (countries, subjects, the place's country), oldest first."""
    e = t.events
    with store.connect() as conn:
        rows = conn.execute(select(e.c.date, e.c.countries, e.c.subjects, e.c.location_country)
                            .where(e.c.status != "rejected", e.c.date.is_not(None), e.c.date != "",
                                   e.c.date < before).order_by(e.c.date)).all()
    return [DatedParties(date, json_list(countries, "countries")[0], json_list(subjects, "subjects")[0],
                         Location(country=country)) for date, countries, subjects, country in rows]
