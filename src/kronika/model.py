"""The data Kronika passes between its stages: documents, events and their evidence."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass
class Person:
    name: str
    name_original: str
    country: str | None = None
    role: str | None = None
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Location:
    city: str | None = None
    country: str | None = None
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Event:
    type: str | None = "CONSULT"
    mode: str | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    countries: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    location: Location = field(default_factory=Location)
    topics: list[str] = field(default_factory=list)
    # states the headline names without their taking part ("sanctions on Pyongyang"): what it is about
    subjects: list[str] = field(default_factory=list)
    # where the date came from: text (written out), relative ("on Friday"), published (the default)
    date_basis: str | None = None
    # field name -> supporting character spans of the document text
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    salience: float = 0.0
    # the passage of the text the event is told in (a chronicle's entry, an article up to its list of
    # other articles, the one sentence of a recalled contact); a report reads its sentences from there
    region: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The event as the schema in ../shared/eval/SCHEMA.md, plus evidence."""
        d = asdict(self)
        d.pop("salience")
        d.pop("region")  # the store's, not the schema's
        d["evidence"] = {k: [list(s) for s in v] for k, v in self.evidence.items()}
        return d


@dataclass
class Document:
    id: str
    text: str
    url: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None
    source: str | None = None  # file path or URL it came from
    meta: dict[str, Any] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    error: str | None = None
    # the day the text speaks from, which its relative days count from ("on Friday"): its publication date,
    # else a day it glosses as today under a month-only date line ("danas, 16. septembra"); None when it pins none
    context_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The output record of `kronika extract`."""
        rec: dict[str, Any] = {
            "id": self.id,
            "language": self.language,
            "published": self.published,
            "context_date": self.context_date,
            "title": self.title,
            "url": self.url,
            "events": [e.to_dict() for e in self.events],
        }
        if self.error:
            rec["error"] = self.error
        return rec


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """The stored document an event came from: its id, address, title, language and date; for a
    report also its text, the file it was read from and what a past report said of its entry."""
    id: int
    url: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None
    text: str | None = None
    path: str | None = None
    # a past report's entry (ingest/legacy.py): its period, section heading and sources
    legacy: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as the store holds it: the event's fields plus its id, story, status, the fields an
    analyst changed (`curated`) and its document. `brief` events are read for lists: without their
    evidence, organisations, people's details and the document's address and date."""
    id: int
    story: int | None
    status: str
    date: str | None
    date_end: str | None
    type: str | None
    mode: str | None
    countries: list[str]
    topics: list[str]
    persons: list[Person]
    location: Location
    document: DocumentRef
    date_precision: str | None = None
    organizations: list[str] = field(default_factory=list)
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    curated: list[str] = field(default_factory=list)
    brief: bool = False
    subjects: list[str] = field(default_factory=list)
    summary: str | None = None
    # what of the stored record could not be read ('countries is not valid JSON'), for a report to say
    unreadable: str | None = None
    # the passage of the document the event is told in (start, end); None: the whole document
    region: Span | None = None

    @classmethod
    def of(cls, ev: Event, document: DocumentRef, id: int = 0, story: int | None = None) -> StoredEvent:
        """An extracted event as the store would give it back (persons without their evidence)."""
        return cls(id=id, story=story, status="new", date=ev.date, date_end=ev.date_end, type=ev.type, mode=ev.mode,
                   countries=list(ev.countries), topics=list(ev.topics),
                   persons=[Person(p.name, p.name_original, p.country, p.role) for p in ev.persons],
                   location=Location(ev.location.city, ev.location.country), document=document,
                   date_precision=ev.date_precision, organizations=list(ev.organizations),
                   evidence={k: [list(s) for s in v] for k, v in ev.evidence.items()}, subjects=list(ev.subjects),
                   region=tuple(ev.region) if ev.region else None)

    def to_dict(self) -> dict[str, Any]:
        """The event record of `kronika events` and the API: SCHEMA.md's fields plus the store's."""
        loc = {"city": self.location.city, "country": self.location.country}
        doc = self.document
        if self.brief:
            return {"id": self.id, "story": self.story, "status": self.status, "date": self.date,
                    "date_end": self.date_end, "type": self.type, "mode": self.mode, "countries": self.countries,
                    "topics": self.topics, "persons": [{"name": p.name} for p in self.persons], "location": loc,
                    "document": {"id": doc.id, "language": doc.language, "title": doc.title}}
        return {
            "id": self.id, "story": self.story, "status": self.status, "date": self.date,
            "date_end": self.date_end, "date_precision": self.date_precision, "type": self.type, "mode": self.mode,
            "countries": self.countries, "organizations": self.organizations,
            "persons": [person_dict(p) for p in self.persons], "location": loc, "topics": self.topics,
            "evidence": self.evidence, "curated": self.curated,
            "document": {"id": doc.id, "url": doc.url, "title": doc.title, "language": doc.language,
                         "published": doc.published},
        }


def person_dict(p: Person) -> dict[str, Any]:
    """A stored person as the event record shows it."""
    return {"name": p.name, "name_original": p.name_original, "country": p.country, "role": p.role,
            "evidence": p.evidence}


@dataclass(frozen=True, slots=True)
class DatedParties:
    """A stored event's date and the fields that name its states: how far back a report's history goes."""
    date: str
    countries: list[str]
    subjects: list[str]
    location: Location


# ---------------------------------------------------------------- the workspace's records


@dataclass(frozen=True, slots=True)
class User:
    """Who is asking: an account, its role (a token's scope when that is lower), the session's CSRF
    token, the account's language (None: never chosen) and the API token it came by (None: a session)."""
    id: int
    name: str
    role: str
    csrf: str | None = None
    language: str | None = None
    token: int | None = None


@dataclass(frozen=True, slots=True)
class Account:
    """An account as the users page and `kronika users list` show it: its live sessions counted."""
    id: int
    name: str
    role: str
    created_at: str
    sessions: int


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the audit log: who changed what of which entity, and the values before and after."""
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int
    field: str | None
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class Token:
    """A personal API token (never its value): whose, its label and scope, when made and last used."""
    id: int
    user: str
    label: str
    scope: str
    created_at: str
    last_used: str | None


@dataclass(frozen=True, slots=True)
class Feed:
    """A followed feed or sitemap and how it last answered."""
    id: int
    url: str
    name: str | None
    kind: str
    etag: str | None
    last_modified: str | None
    last_checked: str | None
    last_status: int | None
    last_error: str | None
    failures: int
    added_at: str


@dataclass(frozen=True, slots=True)
class StoryCount:
    """A story with its number of reports, for the dashboard."""
    id: int
    title: str | None
    date: str | None
    n: int


@dataclass(frozen=True, slots=True)
class RecentDocument:
    """A stored document as the sources page lists it (never its text)."""
    id: int
    title: str | None
    url: str | None
    language: str | None
    published: str | None
    added_at: str


@dataclass(frozen=True, slots=True)
class Totals:
    """How many documents and events are stored."""
    documents: int
    events: int


@dataclass(frozen=True, slots=True)
class Draft:
    """A machine draft kept for an event (text None: dropped, and the note says why)."""
    kind: str
    lang: str
    model: str
    text: str | None
    note: str | None
    created_at: str
