"""What the pages and the API do, in one place: queries, ingestion and reports for the workspace."""
from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from kronika.ingest.feeds import FeedError
from kronika.store import schema as t
from kronika.store.query import EventFilter, list_events, search
from kronika.web.safety import UnsafeInput, check_upload, check_url

PAGE = 50
MAX_PAGE = 1000  # deeper pages are reached by narrowing the filters
PREVIEW_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox"
MEDIA = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "pdf": "application/pdf",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
SORTS = {"date": ("date", True), "-date": ("date", False), "type": ("type", True), "id": ("id", True)}


def filter_from(args: dict, page_no: int = 1) -> EventFilter:
    """An EventFilter from query arguments; bad values raise ValueError with a readable message."""
    pair = None
    if args.get("pair"):
        parts = args["pair"].upper().split("-")
        if len(parts) != 2:
            raise ValueError("write a pair as two ISO codes joined by '-', e.g. JP-PL")
        pair = tuple(parts)
    for k in ("date_from", "date_to"):
        if args.get(k):
            dt.date.fromisoformat(args[k])
    return EventFilter(args.get("date_from"), args.get("date_to"), args.get("country"), pair, args.get("topic"),
                       args.get("type"), args.get("lang"), _story_id(args.get("story")),
                       args.get("status"), limit=PAGE, offset=(max(1, page_no) - 1) * PAGE)


def _story_id(value) -> int | None:
    if not value:
        return None
    n = int(value)
    if not 0 < n < 2 ** 62:
        raise ValueError(f"no story {value}")
    return n


def find_events(store, args: dict, page_no: int = 1) -> tuple[list[dict], int]:
    """One page of events matching the filters and, when given, the full-text query."""
    page_no = max(1, min(int(page_no), MAX_PAGE))
    if args.get("q"):
        hits = [h for h in search(store, args["q"], limit=PAGE * page_no) if h["kind"] == "event"]
        rows = hits[(page_no - 1) * PAGE:]
    else:
        f = filter_from(args, page_no)
        rows = list_events(store, f)
    key, asc = SORTS.get(args.get("sort", "-date"), SORTS["-date"])
    rows.sort(key=lambda e: (e.get(key) or ""), reverse=not asc)
    return rows, len(rows)


def document_text(store, doc_id: int) -> str:
    with store.connect() as conn:
        return conn.execute(select(t.documents.c.text).where(t.documents.c.id == doc_id)).scalar_one()


def editable_values(ev: dict) -> dict:
    """The event's fields as the edit form shows them."""
    from kronika.events.validate import format_persons

    return {"date": ev["date"] or "", "date_end": ev["date_end"] or "", "type": ev["type"] or "",
            "mode": ev["mode"] or "", "countries": ",".join(ev["countries"]), "topics": ",".join(ev["topics"]),
            "organizations": ",".join(ev["organizations"]), "persons": format_persons(ev["persons"]),
            "location_city": ev["location"]["city"] or "", "location_country": ev["location"]["country"] or ""}


def edit_choices() -> dict:
    """The allowed values the edit form offers next to its fields."""
    from kronika.events import validate as v

    return {"types": v.PLOVER_TYPES, "modes": v.MODES, "topics": v.TOPICS}


def _month_bounds(month: str) -> tuple[str, str]:
    """'2025-05' -> ('2025-05-01', '2025-05-31'); anything else raises ValueError naming the month."""
    try:
        first = dt.date.fromisoformat(month + "-01") if len(month) == 7 else None
    except ValueError:
        first = None
    if first is None:
        raise ValueError(f"month: '{month}' is not a month; write YYYY-MM, e.g. 2025-05")
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    return first.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()


def event_months(conn) -> list[str]:
    """Months that have events, newest first (only well-formed dates count)."""
    month = func.substr(t.events.c.date, 1, 7)
    return [m for (m,) in conn.execute(select(month).where(t.events.c.date.like("____-__-__"))
                                       .group_by(month).order_by(month.desc()).limit(60))]


def dashboard(store, month: str | None = None) -> dict:
    """Events of a month (the latest with events by default) by pair, the latest stories, failing sources."""
    with store.connect() as conn:
        months = event_months(conn)
        month = month or (months[0] if months else dt.date.today().strftime("%Y-%m"))
        first, last = _month_bounds(month)
        month_events = list_events(store, EventFilter(date_from=first, date_to=last, limit=5000))
        pairs = Counter("–".join(e["countries"][:2]) for e in month_events if len(e["countries"]) >= 2)
        latest = conn.execute(select(t.stories.c.id, t.stories.c.title, t.stories.c.date,
                                     func.count(t.events.c.id).label("n"))
                              .join(t.events, t.events.c.story_id == t.stories.c.id)
                              .group_by(t.stories.c.id, t.stories.c.title, t.stories.c.date)
                              .order_by(t.stories.c.id.desc()).limit(10)).mappings().all()
        failing = conn.execute(select(t.sources).where(t.sources.c.last_error.is_not(None))).mappings().all()
        totals = {"documents": conn.execute(select(func.count()).select_from(t.documents)).scalar_one(),
                  "events": conn.execute(select(func.count()).select_from(t.events)).scalar_one()}
    return {"month": month, "months": months, "month_end": last, "pairs": pairs.most_common(15), "latest": latest,
            "failing": failing, "totals": totals, "month_count": len(month_events)}


EXPORTS = {"csv": ("csv", "text/csv; charset=utf-8"), "jsonl": ("plover-jsonl", "application/x-ndjson")}


def export_events(store, args: dict, fmt: str) -> str:
    """Every event the events page shows for these filters (all pages), as CSV or PLOVER JSON Lines."""
    from kronika.store.query import export_events as render

    if fmt not in EXPORTS:
        raise ValueError(f"format: '{fmt}' is not offered; allowed: {', '.join(EXPORTS)}")
    if args.get("q"):
        rows = [h for h in search(store, args["q"], limit=10000) if h["kind"] == "event"]
    else:
        f = filter_from(args)
        f.limit, f.offset = 100000, 0
        rows = list_events(store, f)
    key, asc = SORTS.get(args.get("sort", "-date"), SORTS["-date"])
    rows.sort(key=lambda e: (e.get(key) or ""), reverse=not asc)
    return render(rows, EXPORTS[fmt][0])


def trend_png(store) -> bytes:
    """Events per month over the last 12 months."""
    from kronika.report.charts import _plt, _png

    today = dt.date.today().replace(day=1)
    months = []
    m = today
    for _ in range(12):
        months.append(m.strftime("%Y-%m"))
        m = (m - dt.timedelta(days=1)).replace(day=1)
    months.reverse()
    with store.connect() as conn:
        rows = conn.execute(select(func.substr(t.events.c.date, 1, 7), func.count())
                            .where(t.events.c.date >= months[0] + "-01").group_by(func.substr(t.events.c.date, 1, 7))).all()
    counts = dict(rows)
    plt = _plt()
    fig, ax = plt.subplots(figsize=(7, 2.6))
    ax.bar(months, [counts.get(x, 0) for x in months], color="#4a7ab0")
    ax.tick_params(axis="x", labelrotation=45, labelsize=7)
    return _png(fig)


def feeds(store) -> list[dict]:
    from kronika.ingest.feeds import list_feeds

    return list_feeds(store)


def recent_documents(store, n: int = 20) -> list[dict]:
    with store.connect() as conn:
        return [dict(r) for r in conn.execute(
            select(t.documents.c.id, t.documents.c.title, t.documents.c.url, t.documents.c.language,
                   t.documents.c.published, t.documents.c.added_at).order_by(t.documents.c.id.desc()).limit(n)).mappings()]


def _summary_message(s) -> str:
    msg = s.line()
    return msg + ("; " + "; ".join(s.failed) if s.failed else "")


def add_url(store, url: str) -> str:
    """Fetch a page a user gave, refusing internal addresses (every redirect is checked too)."""
    from kronika.ingest.web import Fetcher
    from kronika.pipeline import add_inputs

    try:
        check_url(url)
    except UnsafeInput as e:
        return str(e)
    fetcher = Fetcher(guard=check_url, min_interval=0.5)
    try:
        return _summary_message(add_inputs(store, [url], fetcher))
    finally:
        fetcher.close()


def add_upload(store, name: str | None, data: bytes) -> str:
    """Store an uploaded file after checking its size and type."""
    from kronika.pipeline import add_inputs

    try:
        suffix = check_upload(name or "", data)
    except UnsafeInput as e:
        return str(e)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (Path(name or "upload").stem[:80] + suffix)
        path.write_bytes(data)
        return _summary_message(add_inputs(store, [str(path)]))


def add_feed(store, url: str, name: str) -> str:
    from kronika.ingest.feeds import add_feed as add

    try:
        check_url(url)
        fid = add(store, url, name or None)
    except (UnsafeInput, FeedError) as e:
        return str(e)
    return f"source {fid} added"


def remove_feed(store, feed_id: int) -> None:
    from kronika.ingest.feeds import remove_feed as rm

    rm(store, str(feed_id))


def report_choices() -> dict:
    from kronika.report.messages import languages
    from kronika.web.safety import profile_files

    return {"profiles": list(profile_files()), "languages": languages(),
            "month": (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m"),
            "month_max": dt.date.today().strftime("%Y-%m")}


def report_bytes(store, profile: str, month: str, lang: str | None, commentary: str, fmt: str) -> bytes:
    """A report in one format; the commentary typed in the browser is Markdown."""
    from fastapi import HTTPException

    from kronika.report.make import make_report
    from kronika.report.messages import ReportError
    from kronika.report.render import FORMATS, render

    from kronika.web.safety import choose_language, choose_profile

    if fmt not in FORMATS:
        raise HTTPException(400, f"format must be one of {', '.join(FORMATS)}")
    try:  # names from the lists on the page, never paths from the request
        profile_path, lang = choose_profile(profile), choose_language(lang)
    except UnsafeInput as e:
        raise HTTPException(400, str(e))
    with tempfile.TemporaryDirectory() as tmp:
        path = None
        if commentary.strip():
            path = Path(tmp) / "commentary.md"
            path.write_text(commentary, encoding="utf-8")
        try:
            rep = make_report(store, str(profile_path), month, lang, path, with_charts=fmt != "md")
        except ReportError as e:  # a broken profile file: say which profile, never its lines or path
            bad_file = str(profile_path) in str(e)
            raise HTTPException(400, f"report profile '{profile}' cannot be read; ask an admin to check it"
                                if bad_file else str(e))
        return render(rep, fmt)
