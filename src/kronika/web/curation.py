"""Curation for the pages and the JSON API alike: read, edit, approve, reject, reopen, merge, split.

Each function raises a `KronikaError` (unknown event or story: 404; a value outside the schema: 400);
`web/errors.py` turns them into HTTP answers, so neither the pages nor the API catch them.
"""
from __future__ import annotations

from kronika.errors import NotFound
from kronika.model import StoredEvent, person_dict
from kronika.store import curate
from kronika.store.query import get_event
from kronika.web.i18n import Msg

ACTIONS = {"approve": "approved", "reject": "rejected", "reopen": "new"}


class UnknownAction(NotFound):
    """A status action other than approve, reject or reopen."""


def event(store, event_id: int) -> StoredEvent:
    """A stored event as the pages and the API show it."""
    ev = get_event(store, event_id)
    if ev is None:
        raise curate.UnknownEvent(Msg("error.no_event", id=str(event_id)))  # said in the page's language
    return ev


def history(store, entity: str, entity_id: int | None) -> list[dict]:
    """The audit trail of an event or story, oldest first (none for no story)."""
    return curate.history(store, entity, entity_id) if entity_id else []


def edit(store, event_id: int, changes: dict, who: str) -> dict:
    """Change fields of an event: {'id', 'changed'}."""
    return curate.edit_event(store, event_id, changes, who=who)


def edit_from_form(store, event_id: int, typed: dict[str, str], who: str) -> dict:
    """Change the fields whose typed value differs from what the edit form showed."""
    current = editable_values(event(store, event_id))
    return edit(store, event_id, {k: v for k, v in typed.items() if current.get(k, "") != v}, who)


def set_status(store, event_id: int, action: str, who: str) -> dict:
    """approve, reject or reopen an event."""
    if action not in ACTIONS:
        raise UnknownAction(f"no action {action}; allowed: {', '.join(ACTIONS)}")
    return curate.set_status(store, event_id, ACTIONS[action], who=who)


def merge(store, target: int, others: list[int], who: str) -> int:
    """Move the events of other stories into the target story."""
    return curate.merge_stories(store, target, others, who=who)


def split(store, story_id: int, event_ids: list[int], who: str) -> int:
    """Take events out of a story into a new one; returns its id."""
    return curate.split_story(store, story_id, event_ids, who=who)


def editable_values(ev: StoredEvent) -> dict:
    """The event's fields as the edit form shows them."""
    from kronika.events.validate import format_persons

    return {"date": ev.date or "", "date_end": ev.date_end or "", "type": ev.type or "",
            "mode": ev.mode or "", "countries": ",".join(ev.countries), "topics": ",".join(ev.topics),
            "organizations": ",".join(ev.organizations), "persons": format_persons([person_dict(p) for p in ev.persons]),
            "location_city": ev.location.city or "", "location_country": ev.location.country or ""}


def edit_choices() -> dict:
    """The allowed values the edit form offers next to its fields."""
    from kronika.events import validate as v

    return {"types": v.PLOVER_TYPES, "modes": v.MODES, "topics": v.TOPICS}
