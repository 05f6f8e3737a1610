"""Analysts' changes: edit, approve, reject, merge and split stories; each one goes into the audit log."""
from __future__ import annotations

import json

from sqlalchemy import insert, select, update

from kronika.errors import KronikaError, NotFound
from kronika.events import validate as v
from kronika.model import Change, Document, Event, Location, Person
from kronika.store import schema as t
from kronika.store.db import Store, actor, audit_entry, dumps, now
from kronika.store.documents import event_summary, write_event_links

LIST_FIELDS = {"countries", "organizations", "topics"}
EDITABLE = {"date", "date_end", "date_precision", "type", "mode", "countries", "organizations", "topics",
            "persons", "location_city", "location_country", "status"}
STATUSES = ("new", "approved", "rejected")
STATUS_ACTIONS = {"approved": "approve", "rejected": "reject", "new": "reopen"}


class CurationError(KronikaError, ValueError):
    """A change that cannot be made; the message says what is allowed."""


class UnknownEvent(NotFound, CurationError):
    """An event id that is not stored."""


class UnknownStory(NotFound, CurationError):
    """A story id that is not stored (it may have been merged into another)."""


def _items(value) -> list[str]:
    """'JP, PL' or ['JP', 'PL'] -> ['JP', 'PL']."""
    return [str(x).strip() for x in (value.split(",") if isinstance(value, str) else value or []) if str(x).strip()]


def _status(value):
    if not str(value or "").strip():
        raise v.SchemaError("status", f"an event always has one; allowed: {', '.join(STATUSES)}")
    return v.check_choice("status", value, STATUSES)


# field -> how a typed value becomes the stored value; each refuses values outside the schema
PARSERS = {
    "date": lambda x: v.check_date("date", x), "date_end": lambda x: v.check_date("date_end", x),
    "date_precision": v.check_precision, "type": v.check_type, "mode": v.check_mode,
    "countries": lambda x: v.check_countries(_items(x)), "topics": lambda x: v.check_topics(_items(x)),
    "organizations": lambda x: v.check_organizations(_items(x)), "persons": v.check_persons,
    "location_city": lambda x: v.check_text("location_city", x),
    "location_country": lambda x: v.resolve_country("location_country", x) if str(x or "").strip() else None,
    "status": _status,
}


def parse_value(field: str, value):
    """'countries=Japan,PL' -> ['JP', 'PL']; 'mode=' -> None; a value outside the schema raises CurationError."""
    if field not in EDITABLE:
        raise CurationError(f"cannot edit '{field}'; editable fields: {', '.join(sorted(EDITABLE))}")
    if value is not None and not isinstance(value, (str, list)) or \
            isinstance(value, list) and field not in LIST_FIELDS | {"persons"}:
        raise CurationError(f"{field}: expected text, got {type(value).__name__}")
    try:
        return PARSERS[field](value)
    except v.SchemaError as e:
        raise CurationError(str(e)) from None


def _check_together(row: dict, parsed: dict) -> None:
    """Rules between fields: an event does not end before it starts."""
    start = parsed.get("date", row["date"])
    end = parsed.get("date_end", row["date_end"])
    if start and end and end < start:
        raise CurationError(f"date_end: {end} is before the date {start}; the last day comes after the first")


def _audit(conn, action: str, entity: str, entity_id: int, field: str | None, before, after, who: str) -> None:
    conn.execute(insert(t.audit_log).values(at=now(), actor=who, action=action, entity=entity, entity_id=entity_id,
                                            field=field, before=dumps(before), after=dumps(after)))


def _stored(field: str, value):
    return dumps(value) if field in LIST_FIELDS else value


def _loaded(field: str, value):
    return json.loads(value) if field in LIST_FIELDS and value is not None else value


def _persons(conn, event_id: int) -> list[dict]:
    p = t.event_persons
    return [dict(r) for r in conn.execute(select(p.c.name, p.c.name_original, p.c.country, p.c.role, p.c.evidence)
                                          .where(p.c.event_id == event_id).order_by(p.c.id)).mappings()]


def _plain(persons: list[dict]) -> list[dict]:
    return [{"name": p["name"], "country": p["country"], "role": p["role"]} for p in persons]


def _write_persons(conn, event_id: int, old: list[dict], new: list[dict]) -> None:
    """Replace the event's people; a kept name keeps its original spelling and evidence."""
    by_name = {p["name"]: p for p in old}
    conn.execute(t.event_persons.delete().where(t.event_persons.c.event_id == event_id))
    if new:
        conn.execute(insert(t.event_persons), [
            {"event_id": event_id, "name": p["name"], "country": p["country"], "role": p["role"],
             "name_original": by_name.get(p["name"], {}).get("name_original"),
             "evidence": by_name.get(p["name"], {}).get("evidence") or "[]"} for p in new])


def _refresh_summary(conn, event_id: int) -> None:
    """The searchable text follows the corrected fields: a corrected name is found by search."""
    row = conn.execute(select(t.events, t.documents.c.title).join(t.documents, t.documents.c.id == t.events.c.document_id)
                       .where(t.events.c.id == event_id)).mappings().one()
    people = [Person(p["name"], p["name_original"] or "", p["country"], p["role"]) for p in _persons(conn, event_id)]
    ev = Event(type=row["type"], mode=row["mode"], countries=json.loads(row["countries"]),
               organizations=json.loads(row["organizations"]), persons=people, topics=json.loads(row["topics"]),
               location=Location(row["location_city"], row["location_country"]))
    conn.execute(update(t.events).where(t.events.c.id == event_id)
                 .values(summary=event_summary(ev, Document(id=str(event_id), text="", title=row["title"]))))


def edit_event(store: Store, event_id: int, changes: dict, who: str | None = None) -> dict:
    """Change fields of an event; they are marked as curated so re-extraction leaves them alone."""
    who = who or actor()
    parsed = {f: parse_value(f, val) for f, val in changes.items()}
    with store.begin() as conn:
        row = conn.execute(select(t.events).where(t.events.c.id == event_id)).mappings().first()
        if row is None:
            raise UnknownEvent(f"no event {event_id}")
        _check_together(row, parsed)
        curated = set(json.loads(row["curated"]))
        values, changed = {}, []
        for field, new in parsed.items():
            if field == "persons":
                old_people = _persons(conn, event_id)
                if _plain(old_people) != new:
                    _write_persons(conn, event_id, old_people, new)
                    _audit(conn, "edit", "event", event_id, field, _plain(old_people), new, who)
                    curated.add(field)
                    changed.append(field)
                continue
            old = _loaded(field, row[field])
            if old == new:
                continue
            values[field] = _stored(field, new)
            changed.append(field)
            if field != "status":
                curated.add(field)
            _audit(conn, STATUS_ACTIONS.get(new, "edit") if field == "status" else "edit",
                   "event", event_id, field, old, new, who)
        if changed:
            values.update(curated=dumps(sorted(curated)), updated_at=now())
            conn.execute(update(t.events).where(t.events.c.id == event_id).values(**values))
            if "countries" in values or "topics" in values:
                write_event_links(conn, event_id,
                                  parsed.get("countries", json.loads(row["countries"])),
                                  parsed.get("topics", json.loads(row["topics"])))
            if set(changed) - {"status"}:
                _refresh_summary(conn, event_id)
    return {"id": event_id, "changed": sorted(changed)}


def set_status(store: Store, event_id: int, status: str, who: str | None = None) -> dict:
    """Approve or reject an event."""
    return edit_event(store, event_id, {"status": status}, who)


def merge_stories(store: Store, target: int, others: list[int], who: str | None = None) -> int:
    """Move every event of the other stories into the target story."""
    who = who or actor()
    with store.begin() as conn:
        for sid in [target, *others]:
            if not conn.execute(select(t.stories.c.id).where(t.stories.c.id == sid)).first():
                raise UnknownStory(f"no story {sid}")
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
        story = conn.execute(select(t.stories).where(t.stories.c.id == story_id)).mappings().first()
        if story is None:
            raise UnknownStory(f"no story {story_id}")
        found = [r[0] for r in conn.execute(select(t.events.c.id).where(
            t.events.c.story_id == story_id, t.events.c.id.in_(event_ids)))]
        missing = sorted(set(event_ids) - set(found))
        if missing:
            raise CurationError(f"events {missing} are not in story {story_id}")
        new_id = conn.execute(insert(t.stories).values(title=story["title"], date=story["date"], created_at=now())) \
            .inserted_primary_key[0]
        conn.execute(update(t.events).where(t.events.c.id.in_(found)).values(story_id=new_id, updated_at=now()))
        _audit(conn, "split", "story", story_id, "events", {"story": story_id, "events": found}, {"story": new_id}, who)
    return new_id


def history(store: Store, entity: str, entity_id: int) -> list[Change]:
    """The audit trail of one event or story, oldest first."""
    with store.connect() as conn:
        rows = conn.execute(select(t.audit_log).where(t.audit_log.c.entity == entity,
                                                      t.audit_log.c.entity_id == entity_id)
                            .order_by(t.audit_log.c.id)).all()
    return [audit_entry(r) for r in rows]
