"""What the per-mechanism tests ask of extraction: a text in, its events, first event or names out."""
from __future__ import annotations

import datetime as dt

from kronika.events.document import extract_document
from kronika.model import Document
from kronika.nlp.analyze import analyze


def extracted(text: str, code: str, published: str | dt.date | None = None, *, url: str | None = None) -> Document:
    """The document `text` in language `code` after extraction; `published` is the date given with it."""
    given = published.isoformat() if isinstance(published, dt.date) else published
    return extract_document(Document(id="t", text=text, url=url, published=given), code)


def events(text: str, code: str, published: str | dt.date | None = None, *, url: str | None = None) -> list:
    """The events extracted from `text`."""
    return extracted(text, code, published, url=url).events


def first(text: str, code: str, published: str | dt.date | None = None, *, url: str | None = None):
    """The first event extracted from `text` (an IndexError if there is none, which fails the test)."""
    return events(text, code, published, url=url)[0]


def names(text: str, code: str, when: dt.date | None = None) -> list[str]:
    """The persons the analysis finds in `text`, in order; `when` anchors officials' terms."""
    return [p.name for p in analyze(text, code, when).persons]


def topics(text: str, code: str) -> list[str]:
    """The topics of the document's first event."""
    evs = extract_document(Document(id="t", text=text), code).events
    assert evs, "no event"
    return evs[0].topics


def topic_keys(text: str, code: str) -> set[str]:
    """The topics of every cue of the text."""
    return {m.key for m in analyze(text, code).topics}


def participants(ev) -> list[str]:
    """An event's persons by name, sorted."""
    return sorted(p.name for p in ev.persons)


def first_date(text: str, code: str, kind: str):
    """The first date mention of a kind ('weekday', 'month', 'absolute') that find_dates reads in `text`."""
    from kronika.nlp.dates import find_dates

    return next(d for d in find_dates(text, code) if d.kind == kind)


def day_of(text: str, code: str, kind: str, ctx: dt.date) -> dt.date:
    """The day the first mention of a kind stands for, said on `ctx`."""
    from kronika.nlp.dates import resolve

    return resolve(first_date(text, code, kind), ctx).date
