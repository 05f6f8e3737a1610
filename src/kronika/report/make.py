"""Assemble a monthly report from the store: the one function `kronika report` calls."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kronika.report import charts as chart_mod
from kronika.model import StoredEvent
from kronika.report.build import Report, Unusable, date_text, load_month, month_bounds, parties, place_stories
from kronika.report.grammar import country_name, fill
from kronika.report.headline import headline
from kronika.report.plural import plural
from kronika.report.conclusions import conclusions
from kronika.report.messages import ReportError, catalogue
from kronika.report.profile import load_profile
from kronika.store.db import Store


def make_report(store: Store, profile_name: str, month: str, lang: str | None = None,
                commentary: str | Path | None = None, with_charts: bool = True, drafter=None) -> Report:
    """The report of one month for a profile, in the profile's or the given language; foreign-language
    entries are machine-drafted when a language model is configured (report/draft.py)."""
    from kronika.report.draft import from_environment

    drafter = drafter or from_environment()
    if drafter is not None and drafter.store is None:
        drafter.store = store  # drafts are kept per event: a second run does not ask again
    profile = load_profile(profile_name)
    lang = lang or profile.language
    c = catalogue(lang)
    try:
        first, last = month_bounds(month)
    except ValueError as e:
        raise ReportError(str(e)) from e
    events, undated, bad = load_month(store, first, last)
    sections, outside = place_stories(store, profile, events, lang, drafter)
    concl, stats = conclusions(store, profile, month, lang)
    appendix = appendix_lines(outside, undated, bad, lang)
    paragraph = draft_conclusions(drafter, profile.name, month, concl, sections, lang)
    if paragraph:
        concl = concl + [f"{c['MACHINE_DRAFTED']} {paragraph}"]
    commentary_md = None
    if commentary:
        path = Path(commentary)
        if not path.exists():
            raise ReportError(f"commentary file {path} does not exist")
        commentary_md = path.read_text(encoding="utf-8")
    entries = sorted((e for s in sections for e in s.entries), key=lambda e: -e.n_sources)
    seen, items = set(), []
    for e in entries:
        if e.story_id not in seen:
            seen.add(e.story_id)
            items.append(c["COMMENTARY_ITEM"].format(date=e.date_text, headline=e.headline,
                                                      sources=plural(e.n_sources, c["SOURCES_WORD"], lang)))
    report = Report(
        title=profile.text(profile.title, lang), institution=profile.text(profile.institution, lang),
        period=fill(c["PERIOD"], lang, month_nominative=c["MONTHS_NOMINATIVE"][first.month - 1], year=first.year),
        language=lang, month=month, conclusions=concl, sections=sections, commentary_md=commentary_md,
        commentary_items=items[:5], stats=stats, appendix=appendix,
        notes=list(dict.fromkeys(drafter.problems)) if drafter else [])
    if with_charts:
        report.charts = chart_mod.all_charts(stats, [s.heading for s in sections], month, lang)
    return report


def draft_conclusions(drafter, profile_name: str, month: str, computed: list[str], sections, lang: str) -> str | None:
    """A paragraph of conclusions drafted from the computed ones and the month's entries; every name,
    date and number in it must be among them, else it is dropped and the computed list stands alone."""
    if drafter is None or not any(s.entries for s in sections):
        return None
    entries = [f"{e.date_text}: {e.headline}. {e.body}" for s in sections for e in s.entries]
    facts = "Findings:\n" + "\n".join(computed) + "\n\nEntries:\n" + "\n".join(entries)
    grounding = " ".join([facts, month] + [" ".join(e.countries) for s in sections for e in s.entries])
    return drafter.conclusions(f"conclusions {profile_name} {month}", facts, grounding, lang)


def _source(ev: StoredEvent) -> str:
    """Where an event was read: its address, the file it came from, or its title."""
    doc = ev.document
    return doc.url or doc.path or doc.title or f"#{doc.id}"


def appendix_lines(outside: list[StoredEvent], undated: list[StoredEvent], bad: list[Unusable],
                   lang: str) -> list[str]:
    """One line per event the sections do not hold: outside every section, undated, or unusable."""
    c = catalogue(lang)
    out = [c["A_OUTSIDE"].format(date=date_text(e.date, e.date_end, lang), headline=headline(e, None, lang),
                                 states=", ".join(country_name(x, lang) for x in sorted(parties(e))) or "–",
                                 source=_source(e)) for e in outside]
    out += [c["A_UNDATED" if e.document.published else "A_UNDATED_ANY"].format(
        title=e.document.title or (e.summary or "")[:80], source=_source(e)) for e in undated]
    out += [c["A_BAD"].format(id=e.id, problem=why, source=_source(e)) for e, why in bad]
    return out


def generated_line(lang: str) -> str:
    return catalogue(lang)["GENERATED"].format(today=dt.date.today().isoformat())
