"""What the pages and the API do, in one place: queries, ingestion and reports for the workspace."""
from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from pathlib import Path

from kronika.errors import Invalid
from kronika.model import Feed, StoredEvent
from kronika.store import workspace
from kronika.store.feeds import FeedError
from kronika.store.query import EventFilter, list_brief, list_events, search
from kronika.store.workspace import document_text, recent_documents  # noqa: F401  (the pages' names)
from kronika.web.safety import UnsafeInput, check_upload, check_url

PAGE = 50
MAX_PAGE = 1000  # deeper pages are reached by narrowing the filters
PREVIEW_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox"
MEDIA = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "pdf": "application/pdf",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
SORTS = {"date": ("date", True), "-date": ("date", False), "type": ("type", True), "id": ("id", True)}


def filter_from(args: dict, page_no: int = 1) -> EventFilter:
    """An EventFilter from query arguments; bad values raise Invalid with a readable message."""
    pair = None
    if args.get("pair"):
        parts = args["pair"].upper().split("-")
        if len(parts) != 2:
            raise Invalid("write a pair as two ISO codes joined by '-', e.g. JP-PL")
        pair = tuple(parts)
    for k in ("date_from", "date_to"):
        if args.get(k):
            try:
                dt.date.fromisoformat(args[k])
            except ValueError:
                raise Invalid(f"{k}: '{args[k][:40]}' is not a date; write YYYY-MM-DD, e.g. 2025-05-01") from None
    return EventFilter(args.get("date_from"), args.get("date_to"), args.get("country"), pair, args.get("topic"),
                       args.get("type"), args.get("lang"), _story_id(args.get("story")),
                       args.get("status"), limit=PAGE, offset=(max(1, page_no) - 1) * PAGE)


def _story_id(value) -> int | None:
    if not value:
        return None
    try:
        n = int(value)
    except ValueError:
        raise Invalid(f"story: '{str(value)[:40]}' is not a story number") from None
    if not 0 < n < 2 ** 62:
        raise Invalid(f"no story {value}")
    return n


def find_events(store, args: dict, page_no: int = 1, brief: bool = False) -> tuple[list[StoredEvent], int]:
    """One page of events matching the filters and, when given, the full-text query; `brief`: only
    what the events page shows (store.query.list_brief)."""
    page_no = max(1, min(int(page_no), MAX_PAGE))
    if args.get("q"):
        rows = search(store, args["q"], limit=PAGE * page_no, brief=brief, documents=False).events[(page_no - 1) * PAGE:]
    else:
        f = filter_from(args, page_no)
        rows = (list_brief if brief else list_events)(store, f)
    _sort(rows, args)
    return rows, len(rows)


def _sort(rows: list[StoredEvent], args: dict) -> None:
    """Order events by the page's `sort` argument (newest first by default); stable for ties."""
    key, asc = SORTS.get(args.get("sort", "-date"), SORTS["-date"])
    rows.sort(key=lambda e: (getattr(e, key) or ""), reverse=not asc)


def _month_bounds(month: str) -> tuple[str, str]:
    """'2025-05' -> ('2025-05-01', '2025-05-31'); anything else raises Invalid naming the month."""
    try:
        first = dt.date.fromisoformat(month + "-01") if len(month) == 7 else None
    except ValueError:
        first = None
    if first is None:
        raise Invalid(f"month: '{month}' is not a month; write YYYY-MM, e.g. 2025-05")
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    return first.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()


def dashboard(store, month: str | None = None) -> dict:
    """Events of a month (the latest with events by default) by pair, the latest stories, failing sources."""
    from kronika.store.feeds import failing_feeds

    months = workspace.event_months(store)
    month = month or (months[0] if months else dt.date.today().strftime("%Y-%m"))
    first, last = _month_bounds(month)
    month_events = list_brief(store, EventFilter(date_from=first, date_to=last, limit=5000))
    pairs = Counter("–".join(e.countries[:2]) for e in month_events if len(e.countries) >= 2)
    return {"month": month, "months": months, "month_end": last, "pairs": pairs.most_common(15),
            "trend": trend(store, month),
            "latest": workspace.latest_stories(store), "failing": failing_feeds(store),
            "totals": workspace.totals(store), "month_count": len(month_events)}


EXPORTS = {"csv": ("csv", "text/csv; charset=utf-8"), "jsonl": ("plover-jsonl", "application/x-ndjson")}


def export_events(store, args: dict, fmt: str) -> str:
    """Every event the events page shows for these filters (all pages), as CSV or PLOVER JSON Lines."""
    from kronika.store.query import export_events as render

    if fmt not in EXPORTS:
        raise Invalid(f"format: '{fmt}' is not offered; allowed: {', '.join(EXPORTS)}")
    if args.get("q"):
        rows = search(store, args["q"], limit=10000, documents=False).events
    else:
        f = filter_from(args)
        f.limit, f.offset = 100000, 0
        rows = list_events(store, f)
    _sort(rows, args)
    return render(rows, EXPORTS[fmt][0])


def trend(store, month: str | None = None) -> list[tuple[str, int]]:
    """Events per month over the 12 months that end with `month` (the month the dashboard shows), or with
    the latest month that has events: a database of 2018 shows 2018, not an empty year before today."""
    if month:
        _month_bounds(month)  # an unknown month is the user's error, named
    else:
        months = workspace.event_months(store, limit=1)
        month = months[0] if months else dt.date.today().strftime("%Y-%m")
    m = dt.date.fromisoformat(month + "-01")
    months = []
    for _ in range(12):
        months.append(m.strftime("%Y-%m"))
        m = (m - dt.timedelta(days=1)).replace(day=1)
    months.reverse()
    counts = workspace.events_per_month(store, months[0] + "-01")
    return [(x, counts.get(x, 0)) for x in months]


def trend_png(store, month: str | None = None) -> bytes:
    """The bar chart of `trend`."""
    from kronika.report.charts import _integer_axis, _plt, _png

    rows = trend(store, month)
    plt = _plt()
    fig, ax = plt.subplots(figsize=(7, 2.6))
    ax.bar([m for m, _ in rows], [n for _, n in rows], color="#4a7ab0")
    ax.tick_params(axis="x", labelrotation=45, labelsize=7)
    _integer_axis(ax.yaxis)  # counts: no 0.02 ticks on an empty year
    return _png(fig)


def feeds(store) -> list[Feed]:
    """The followed sources, for the sources page and the API."""
    from kronika.store.feeds import list_feeds

    return list_feeds(store)


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
    from kronika.store.feeds import add_feed as add

    try:
        check_url(url)
        fid = add(store, url, name or None)
    except (UnsafeInput, FeedError) as e:
        return str(e)
    return f"source {fid} added"


def remove_feed(store, feed_id: int) -> None:
    from kronika.store.feeds import remove_feed as rm

    rm(store, str(feed_id))


def report_choices() -> dict:
    from kronika.report.messages import languages
    from kronika.web.safety import profile_files

    return {"profiles": list(profile_files()), "languages": languages(),
            "month": (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m"),
            "month_max": dt.date.today().strftime("%Y-%m")}


def report_bytes(store, profile: str, month: str, lang: str | None, commentary: str, fmt: str) -> bytes:
    """A report in one format; the commentary typed in the browser is Markdown."""
    from kronika.report.make import make_report
    from kronika.report.messages import ReportError
    from kronika.report.render import FORMATS, render

    from kronika.web.safety import choose_language, choose_profile

    if fmt not in FORMATS:
        raise Invalid(f"format must be one of {', '.join(FORMATS)}")
    # names from the lists on the page, never paths from the request; UnsafeInput is a 400
    profile_path, lang = choose_profile(profile), choose_language(lang)
    with tempfile.TemporaryDirectory() as tmp:
        path = None
        if commentary.strip():
            path = Path(tmp) / "commentary.md"
            path.write_text(commentary, encoding="utf-8")
        try:
            rep = make_report(store, str(profile_path), month, lang, path, with_charts=fmt != "md")
        except ReportError as e:  # a broken profile file: say which profile, never its lines or path
            bad_file = str(profile_path) in str(e)
            raise ReportError(f"report profile '{profile}' cannot be read; ask an admin to check it"
                              if bad_file else str(e)) from None
        return render(rep, fmt)
