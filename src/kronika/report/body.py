"""The extractive body of a report entry: the source's own sentences about the event."""
from __future__ import annotations

import re

from kronika.model import StoredEvent
from kronika.report.words import passage, sentences

_LEADING_DATE = re.compile(r"^\s*[\d\s.\-–—]*[^\W\d]*\s*(?:[-–—]\s*\d+\s+[^\W\d]+)?\s*:\s*")
# 'Warszawa, 12 marca 2024 r. – ', 'TOKYO, March 3 (Kyodo) - ': a place and a date before a dash open the text
_DATELINE = re.compile(r"^[^\W\d][^\n–—]{0,40}?\d[^\n–—]{0,30}?(?:\([^)]{1,30}\))?\s+[–—-]\s+")


def _about_the_event(ev: StoredEvent, sents: list[str], start: int = 0) -> list[str]:
    """The sentences of the event's passage (starting at `start`) that hold its evidence; all when none is known."""
    spans = [tuple(x) for v in ev.evidence.values() for x in v]
    text = ev.document.text
    placed, cursor = [], start
    for sent in sents:
        at = text.find(sent, cursor)
        placed.append((sent, at, at + len(sent)))
        cursor = at + len(sent) if at >= 0 else cursor
    chosen = [i for i, (_s, a, b) in enumerate(placed) if a >= 0 and any(x < b and y > a for x, y in spans)]
    if not chosen:
        return sents
    return [placed[i][0] for i in chosen]


def body(ev: StoredEvent, max_chars: int = 900) -> str:
    """Extractive body: whole sentences of the source, without its headline, date lines and residue;
    an entry of a past report without its date heading and headline (the report writes its own)."""
    legacy = ev.document.legacy
    text = ev.document.text
    if legacy:
        rest = text.split(":", 1)[1].strip() if ":" in text[:60] else text
        from kronika.ingest.legacy import first_sentence

        return first_sentence(rest)[1] or rest
    out, n = [], 0
    told, start = passage(ev)  # a chronicle's entry, not its neighbours
    for sent in _about_the_event(ev, sentences(told), start):
        if ev.document.title and sent.strip() == ev.document.title.strip():
            continue
        if not out:
            m = _LEADING_DATE.match(sent) or _DATELINE.match(sent)
            if m and m.end() < 80:
                sent = sent[m.end():]  # a chronicle entry's own date, a press release's dateline
        if n + len(sent) > max_chars and out:
            break
        if not sent.rstrip().endswith((".", "!", "?", "…", ":", ";", '"', "”", "»", ")")):
            sent = sent.rstrip() + "."  # a lead set as its own line ends where its line does
        out.append(sent)
        n += len(sent) + 1
    return " ".join(out)
