"""Analysts' changes: edit, approve, reject, merge and split stories; each one goes into the audit log."""
from __future__ import annotations

import json

from sqlalchemy import insert, select, update

from kronika.errors import KronikaError
from kronika.store import schema as t
from kronika.store.db import Store, actor, dumps, now
from kronika.store.documents import write_event_links

# field name -> (column, how a command-line value becomes the stored value)
LIST_FIELDS = {"countries", "organizations", "topics"}
EDITABLE = {"date", "date_end", "date_precision", "type", "mode", "countries", "organizations", "topics",
            "location_city", "location_country", "status"}
STATUSES = {"new", "approved", "rejected"}
STATUS_ACTIONS = {"approved": "approve", "rejected": "reject", "new": "reopen"}


class CurationError(KronikaError, ValueError):
    """A change that cannot be made; the message says what is allowed."""


def parse_value(field: str, value: str):
    """'countries=JP,PL' -> ['JP', 'PL']; 'mode=' -> None."""
    if field not in EDITABLE:
        raise CurationError(f"cannot edit '{field}'; editable fields: {', '.join(sorted(EDITABLE))}")
    if field in LIST_FIELDS:
        items = [v.strip() for v in value.split(",") if v.strip()]
        return sorted({v.upper() for v in items}) if field == "countries" else items
    if field == "status" and value not in STATUSES:
        raise CurationError(f"status must be one of {', '.join(sorted(STATUSES))}")
    if field in ("type", "location_country") and value:
        return value.upper()
    return value or None


def _audit(conn, action: str, entity: str, entity_id: int, field: str | None, before, after, who: str) -> None:
    conn.execute(insert(t.audit_log).values(at=now(), actor=who, action=action, entity=entity, entity_id=entity_id,
                                            field=field, before=dumps(before), after=dumps(after)))


def _stored(field: str, value):
    return dumps(value) if field in LIST_FIELDS else value


def _loaded(field: str, value):
    return json.loads(value) if field in LIST_FIELDS and value is not None else value


def edit_event(store: Store, event_id: int, changes: dict[str, str], who: str | None = None) -> dict:
    """Change fields of an event; they are marked as curated so re-extraction leaves them alone."""
    who = who or actor()
    parsed = {f: parse_value(f, v) for f, v in changes.items()}
    with store.begin() as conn:
        row = conn.execute(select(t.events).where(t.events.c.id == event_id)).mappings().first()
        if row is None:
            raise CurationError(f"no event {event_id}")
        curated = set(json.loads(row["curated"]))
        values = {}
        for field, new in parsed.items():
            old = _loaded(field, row[field])
            if old == new:
                continue
            values[field] = _stored(field, new)
            if field != "status":
                curated.add(field)
            _audit(conn, STATUS_ACTIONS.get(new, "edit") if field == "status" else "edit",
                   "event", event_id, field, old, new, who)
        if values:
            values.update(curated=dumps(sorted(curated)), updated_at=now())
            conn.execute(update(t.events).where(t.events.c.id == event_id).values(**values))
            if "countries" in parsed or "topics" in parsed:
                write_event_links(conn, event_id,
                                  parsed.get("countries", json.loads(row["countries"])),
                                  parsed.get("topics", json.loads(row["topics"])))
    return {"id": event_id, "changed": sorted(k for k in values if k in EDITABLE)}


def set_status(store: Store, event_id: int, status: str, who: str | None = None) -> dict:
    """Approve or reject an event."""
    return edit_event(store, event_id, {"status": status}, who)


def merge_stories(store: Store, target: int, others: list[int], who: str | None = None) -> int:
    """Move every event of the other stories into the target story."""
    who = who or actor()
    with store.begin() as conn:
        for sid in [target, *others]:
            if not conn.execute(select(t.stories.c.id).where(t.stories.c.id == sid)).first():
                raise CurationError(f"no story {sid}")
        for sid in others:
            ids = [r[0] for r in conn.execute(select(t.events.c.id).where(t.events.c.story_id == sid))]
            conn.execute(update(t.events).where(t.events.c.story_id == sid).values(story_id=target, updated_at=now()))
            _audit(conn, "merge", "story", target, "events", {"from_story": sid, "events": ids}, {"story": target}, who)
            conn.execute(t.stories.delete().where(t.stories.c.id == sid))
    return target


def split_story(store: Store, story_id: int, event_ids: list[int], who: str | None = None) -> int:
    """Take events out of a story into a new story of their own."""
    who = who or actor()
    with store.begin() as conn:
        found = [r[0] for r in conn.execute(select(t.events.c.id).where(
            t.events.c.story_id == story_id, t.events.c.id.in_(event_ids)))]
        missing = sorted(set(event_ids) - set(found))
        if missing:
            raise CurationError(f"events {missing} are not in story {story_id}")
        story = conn.execute(select(t.stories).where(t.stories.c.id == story_id)).mappings().one()
        new_id = conn.execute(insert(t.stories).values(title=story["title"], date=story["date"], created_at=now())) \
            .inserted_primary_key[0]
        conn.execute(update(t.events).where(t.events.c.id.in_(found)).values(story_id=new_id, updated_at=now()))
        _audit(conn, "split", "story", story_id, "events", {"story": story_id, "events": found}, {"story": new_id}, who)
    return new_id


def history(store: Store, entity: str, entity_id: int) -> list[dict]:
    """The audit trail of one event or story, oldest first."""
    with store.connect() as conn:
        rows = conn.execute(select(t.audit_log).where(t.audit_log.c.entity == entity,
                                                      t.audit_log.c.entity_id == entity_id)
                            .order_by(t.audit_log.c.id)).mappings().all()
    return [{**dict(r), "before": json.loads(r["before"]), "after": json.loads(r["after"])} for r in rows]
