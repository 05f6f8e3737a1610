"""Command line: a thin layer over library functions, one command per job."""
from __future__ import annotations

import datetime as dt
import json
import sys

import click

from kronika import __version__, settings
from kronika.errors import KronikaError

FORMATS = ("jsonl", "json", "table")


def output_options(f):
    """--format, shared by the commands that print records."""
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
                        help="jsonl: one record per line; json: one array; table: for reading.")(f)


def _iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD")


class KronikaGroup(click.Group):
    """Every `KronikaError` becomes a one-line message and exit code 1: no traceback reaches a user."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KronikaError as e:
            raise click.ClickException(str(e)) from e


@click.group(cls=KronikaGroup)
@click.version_option(__version__, prog_name="kronika")
def main():
    """Kronika: dated diplomatic events from multilingual news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@click.option("--lang", "language", default=None, help="Language of the texts (ISO 639-1); detected when omitted.")
@click.option("--published", default=None, callback=_iso_date, help="Publication date YYYY-MM-DD, the anchor for 'on Friday'.")
def extract(paths, fmt, language, published):
    """Extract dated diplomatic events from files, folders, '-' (stdin) or a .jsonl of {id, text, url}."""
    from kronika.pipeline import extract_paths

    if language:
        from kronika import lang as langdata
        if language not in langdata.available():
            raise click.BadParameter(f"'{language}' is not supported; choose from {', '.join(langdata.available())}",
                                     param_hint="--lang")
    failed = 0
    records = []
    for doc, error in extract_paths(list(paths), language=language, published=published):
        if error:
            failed += 1
            click.echo(f"kronika: {error}", err=True)
        if doc is None:
            continue
        if doc.meta.get("decode_note"):
            click.echo(f"kronika: note: {doc.meta['decode_note']}", err=True)
        rec = doc.to_dict()
        if fmt == "jsonl":
            click.echo(json.dumps(rec, ensure_ascii=False))
        else:
            records.append(rec)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "table":
        click.echo(render_table(records))
    if failed:
        click.echo(f"kronika: {failed} input(s) failed; the others were processed", err=True)
        sys.exit(1)


def render_table(records: list[dict], first: str = "document") -> str:
    """Events as an aligned text table."""
    rows = [(first, "date", "type", "countries", "persons", "place", "topics")]
    for rec in records:
        for ev in rec["events"] or [{}]:
            if not ev:
                rows.append((rec["id"], "-", "(no event)", "", "", "", ""))
                continue
            date = ev.get("date") or "?"
            if ev.get("date_end"):
                date += ".." + ev["date_end"][5:]
            kind = (ev["type"] or "(no type)") + (f"/{ev['mode']}" if ev.get("mode") else "")  # an untyped event too
            loc = ev.get("location") or {}
            place = ", ".join(x for x in (loc.get("city"), loc.get("country")) if x)
            rows.append((rec["id"], date, kind, "-".join(ev["countries"]),
                         "; ".join(p["name"] for p in ev["persons"])[:60], place, ", ".join(ev["topics"])))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines[1:1] = ["  ".join("-" * w for w in widths)]  # the rule under the header
    return "\n".join(lines)


# ------------------------------------------------------------------ store commands
def db_option(f):
    """--db, shared by every command that uses the store."""
    return click.option("--db", default=None, envvar="KRONIKA_DB", show_envvar=True,
                        help="SQLite file (default ./kronika.db) or postgresql://user@host/dbname")(f)


def _store(db):
    from kronika.store.db import StoreError, open_store

    try:
        return open_store(db)
    except StoreError as e:
        raise click.ClickException(str(e))


def _fetcher():
    from kronika.ingest.web import Fetcher

    return Fetcher()


def _interval(value: str) -> float:
    import re as _re

    m = _re.fullmatch(r"(\d+(?:\.\d+)?)\s*([smhd]?)", value.strip())
    if not m:
        raise click.BadParameter(f"'{value}' is not a duration; write e.g. 30m, 2h, 90s")
    return float(m.group(1)) * {"": 60, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--lang", "language", default=None, help="Language of the texts; detected when omitted.")
@click.option("--published", default=None, callback=_iso_date, help="Publication date YYYY-MM-DD.")
def add(inputs, db, language, published):
    """Ingest files, folders or URLs: extract their events and store them (duplicates are skipped)."""
    from kronika.pipeline import add_inputs

    store = _store(db)
    fetcher = _fetcher() if any(i.startswith(("http://", "https://")) for i in inputs) else None
    shown = _Progress(sys.stderr)
    summary = add_inputs(store, list(inputs), fetcher, language, published, progress=shown)
    shown.close()
    for line in summary.notes:
        click.echo(f"kronika: note: {line}", err=True)
    for line in summary.failed:
        click.echo(f"kronika: {line}", err=True)
    click.echo(summary.line())
    if summary.failed:
        sys.exit(1)


class _Progress:
    """The document `kronika add` is working on, with its entry number in a long report and the pace:
    one line rewritten in place on a terminal, a line every few seconds into a log."""

    def __init__(self, stream):
        import time

        from kronika import settings

        self.every = float(settings.get("progress_every"))  # seconds between lines into a file or a pipe
        self.stream, self.tty = stream, stream.isatty()
        self.started, self.last, self.width = time.monotonic(), None, 0

    def __call__(self, step) -> None:
        import time

        now = time.monotonic()
        if not self.tty and self.last is not None and now - self.last < self.every:
            return
        self.last = now
        where = f" · entry {step.part}/{step.parts}" if step.parts > 1 else ""
        size = f" ({step.chars:,} characters)" if step.chars >= 20_000 else ""
        rate = step.done / max(now - self.started, 1e-6)
        line = f"adding: {step.done} done · {rate:.1f}/s · {str(step)[-70:]}{where}{size}"
        if self.tty:
            self.stream.write("\r" + line.ljust(self.width))
            self.width = len(line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


@main.group()
def feeds():
    """RSS/Atom feeds and sitemaps that `kronika watch` polls."""


@feeds.command("add")
@click.argument("url")
@click.option("--name", default=None, help="A name to show in lists.")
@db_option
def feeds_add(url, name, db):
    """Follow a feed or sitemap."""
    from kronika.store.feeds import FeedError, add_feed

    try:
        click.echo(f"source {add_feed(_store(db), url, name)}: {url}")
    except FeedError as e:
        raise click.ClickException(str(e))


@feeds.command("list")
@db_option
def feeds_list(db):
    """The followed sources and how they last answered."""
    from kronika.store.feeds import list_feeds

    for f in list_feeds(_store(db)):
        state = f.last_error or (f"HTTP {f.last_status}" if f.last_status else "never polled")
        click.echo(f"{f.id:>4}  {f.kind:<8} {f.url}  {f.name or ''}  [{state}]")


@feeds.command("remove")
@click.argument("key")
@db_option
def feeds_remove(key, db):
    """Stop following a source (by id or URL); its documents stay."""
    from kronika.store.feeds import remove_feed

    if not remove_feed(_store(db), key):
        raise click.ClickException(f"no source {key}; see kronika feeds list")
    click.echo(f"removed {key}")


@main.command()
@db_option
@click.option("--once", is_flag=True, help="Poll every source once and stop.")
@click.option("--interval", default="30m", show_default=True, help="Pause between polls: 90s, 30m, 2h.")
def watch(db, once, interval):
    """Poll feeds and sitemaps and ingest their new items; one failing source never stops the others."""
    import time

    from kronika.pipeline import watch_once

    store, fetcher, pause = _store(db), _fetcher(), _interval(interval)
    while True:
        summary = watch_once(store, fetcher, progress=lambda w: click.echo(f"  {w}", err=True))
        for line in summary.failed:
            click.echo(f"kronika: {line}", err=True)
        click.echo(summary.line())
        if once:
            sys.exit(1 if summary.failed and not summary.added else 0)
        time.sleep(pause)


EVENT_FORMATS = ("table", "json", "jsonl", "csv")


@main.command()
@db_option
@click.option("--from", "date_from", default=None, callback=_iso_date, help="First day, YYYY-MM-DD.")
@click.option("--to", "date_to", default=None, callback=_iso_date, help="Last day, YYYY-MM-DD.")
@click.option("--country", default=None, help="ISO code of a party, e.g. JP.")
@click.option("--pair", default=None, help="Two parties, e.g. JP-PL.")
@click.option("--topic", default=None, help="A topic of SCHEMA.md, e.g. security.")
@click.option("--type", "type_", default=None, help="PLOVER type, e.g. CONSULT.")
@click.option("--lang", default=None, help="Language of the source document.")
@click.option("--story", type=int, default=None, help="Events of one story.")
@click.option("--status", type=click.Choice(["new", "approved", "rejected"]), default=None)
@click.option("--limit", type=int, default=1000, show_default=True)
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="table", show_default=True)
def events(db, date_from, date_to, country, pair, topic, type_, lang, story, status, limit, fmt):
    """Stored events, filtered."""
    from kronika.store.query import EventFilter, export, list_events

    if pair and len(pair.split("-")) != 2:
        raise click.BadParameter("write a pair as two ISO codes joined by '-', e.g. JP-PL", param_hint="--pair")
    f = EventFilter(date_from and date_from.isoformat(), date_to and date_to.isoformat(), country,
                    tuple(pair.upper().split("-")) if pair else None, topic, type_, lang, story, status, limit)
    store = _store(db)
    if fmt == "csv":
        click.echo(export(store, "csv", f), nl=False)
        return
    recs = [e.to_dict() for e in list_events(store, f)]
    if fmt == "jsonl":
        for r in recs:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps(recs, ensure_ascii=False, indent=2))
    else:
        click.echo(render_table([{"id": f"{r['id']} (story {r['story']})", "events": [r]} for r in recs],
                                first="event") if recs else "no events")


@main.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def search_cmd(query, db, limit, fmt):
    """Full-text search over stored documents and events."""
    from kronika.store.query import search

    found = search(_store(db), query, limit)
    if fmt == "jsonl":
        for h in found.to_dicts():
            click.echo(json.dumps(h, ensure_ascii=False))
        return
    for d in found.documents:
        click.echo(f"document {d.id}  {d.published or '?'}  {d.title or d.url}\n    {d.snippet}")
    for e in found.events:
        click.echo(f"event {e.id}  {e.date or '?'}  {e.type}  {'-'.join(e.countries)}  "
                   f"{'; '.join(p.name for p in e.persons)}")
    if not (found.documents or found.events):
        click.echo("nothing found")


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["plover-jsonl", "csv"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None)
def export_cmd(db, fmt, output):
    """All stored events in PLOVER JSON Lines or CSV."""
    from kronika.store.query import export

    data = export(_store(db), fmt)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(data, nl=False)


@main.group("event")
def event_group():
    """Review one event: show, edit, approve, reject, history."""


@event_group.command("show")
@click.argument("event_id", type=int)
@db_option
def event_show(event_id, db):
    from kronika.store.query import get_event

    ev = get_event(_store(db), event_id)
    if ev is None:
        raise click.ClickException(f"no event {event_id}")
    click.echo(json.dumps(ev.to_dict(), ensure_ascii=False, indent=2))


@event_group.command("edit")
@click.argument("event_id", type=int)
@click.argument("changes", nargs=-1, required=True)
@db_option
def event_edit(event_id, changes, db):
    """Change fields: kronika event edit 12 date=2024-05-07 countries=JP,PL mode=visit
    'persons=Radosław Sikorski (PL, minister of foreign affairs); Takeshi Iwaya (JP)'

    Values are checked against the event schema: ISO dates, PLOVER types and modes, ISO country
    codes or country names, the topic list, organisation codes."""
    from kronika.store.curate import edit_event

    parsed = {}
    for c in changes:
        if "=" not in c:
            raise click.BadParameter(f"'{c}': write field=value, e.g. countries=JP,PL")
        k, v = c.split("=", 1)
        parsed[k.strip()] = v.strip()
    res = edit_event(_store(db), event_id, parsed)  # a CurationError is a one-line message (KronikaGroup)
    click.echo(f"event {event_id}: changed {', '.join(res['changed']) or 'nothing'}")


def _status_command(name: str, status: str):
    @event_group.command(name)
    @click.argument("event_ids", type=int, nargs=-1, required=True)
    @db_option
    def cmd(event_ids, db):
        from kronika.store.curate import set_status

        store = _store(db)
        for eid in event_ids:
            set_status(store, eid, status)
            click.echo(f"event {eid}: {status}")
    cmd.__doc__ = f"Mark events as {status}."
    return cmd


event_approve = _status_command("approve", "approved")
event_reject = _status_command("reject", "rejected")


@event_group.command("history")
@click.argument("event_id", type=int)
@db_option
def event_history(event_id, db):
    """Every change of an event: who, when, before, after."""
    from kronika.store.curate import history

    for h in history(_store(db), "event", event_id):
        click.echo(f"{h.at}  {h.actor}  {h.action} {h.field or ''}: "
                   f"{json.dumps(h.before, ensure_ascii=False)} -> {json.dumps(h.after, ensure_ascii=False)}")


@main.group("story")
def story_group():
    """Stories group reports of one happening: merge and split them."""


@story_group.command("merge")
@click.argument("target", type=int)
@click.argument("others", type=int, nargs=-1, required=True)
@db_option
def story_merge(target, others, db):
    """Move the events of OTHERS into TARGET."""
    from kronika.store.curate import merge_stories

    merge_stories(_store(db), target, list(others))
    click.echo(f"story {target} now holds the events of {', '.join(map(str, others))}")


@story_group.command("split")
@click.argument("story", type=int)
@click.argument("event_ids", type=int, nargs=-1, required=True)
@db_option
def story_split(story, event_ids, db):
    """Take EVENT_IDS out of STORY into a new story."""
    from kronika.store.curate import split_story

    new = split_story(_store(db), story, list(event_ids))
    click.echo(f"events {', '.join(map(str, event_ids))} now form story {new}")


@main.command()
@click.argument("document_ids", type=int, nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Every stored document.")
@db_option
def reextract(document_ids, all_, db):
    """Extract stored documents again; fields an analyst changed are kept."""
    from kronika.pipeline import reextract as run
    from kronika.store.documents import document_ids as all_ids

    store = _store(db)
    if all_:
        document_ids = all_ids(store)
    if not document_ids:
        raise click.UsageError("give document ids or --all")
    changed = sum(run(store, d) for d in document_ids)
    click.echo(f"{len(document_ids)} documents, {changed} events updated")


@main.command()
@click.option("--profile", "profile_name", required=True, help="A shipped profile (east-slavic, japan-cee) or a YAML file.")
@click.option("--month", required=True, help="The month to report, YYYY-MM.")
@click.option("--lang", default=None, help="Report language (pl, en); the profile's own when omitted.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "docx", "pdf"]), default="md", show_default=True)
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False), help="File to write; stdout for md/html when omitted.")
@click.option("--commentary", default=None, type=click.Path(exists=True, dir_okay=False), help="The analyst's commentary, Markdown.")
@db_option
def report(profile_name, month, lang, fmt, output, commentary, db):
    """Draft the monthly monitoring report from the stored events."""
    from kronika.report.make import make_report
    from kronika.report.messages import ReportError
    from kronika.report.render import render

    try:
        rep = make_report(_store(db), profile_name, month, lang, commentary, with_charts=fmt != "md")
        data = render(rep, fmt)
    except ReportError as e:
        raise click.ClickException(str(e))
    if output is None and fmt in ("docx", "pdf"):
        output = f"out/report-{rep.month}-{rep.language}.{fmt}"
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    from pathlib import Path

    Path(output).parent.mkdir(parents=True, exist_ok=True)
    Path(output).write_bytes(data)
    click.echo(output)


@main.command("import-report")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--period", default=None, help="The report's month, YYYY-MM; read from the report when omitted.")
@db_option
def import_report(paths, period, db):
    """Import past reports (txt, md, docx, pdf): one document per dated entry, with its own text,
    date, section and source URLs; they become the history that conclusions and charts compare with."""
    from kronika.ingest.files import iter_inputs
    from kronika.ingest.legacy import LegacyError, is_report, split_report
    from kronika.pipeline import add_inputs

    for item in iter_inputs(list(paths)):
        text = getattr(item, "text", None)
        if text is None:
            raise click.ClickException(str(item))
        if not is_report(text):
            raise click.ClickException(f"{item.source}: not a past report: no dated entries ('7 listopada: …') "
                                       "under numbered sections ('II. …')")
        try:
            split_report(text, period, item.published)
        except LegacyError as e:
            raise click.ClickException(f"{item.source}: {e}")
    shown = _Progress(sys.stderr)
    summary = add_inputs(_store(db), list(paths), period=period, progress=shown)
    shown.close()
    for line in summary.notes:
        click.echo(f"kronika: note: {line}", err=True)
    for line in summary.failed:
        click.echo(f"kronika: {line}", err=True)
    click.echo(summary.line().replace("added", "entries added", 1))
    if summary.failed:
        sys.exit(1)


def _tls_pair(certfile: str | None, keyfile: str | None) -> None:
    """Both TLS files or neither, and a pair that loads, checked before any worker starts."""
    import ssl

    if bool(certfile) != bool(keyfile):
        raise click.UsageError("give --certfile and --keyfile together (the certificate and its private key)")
    if certfile:
        try:
            ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(certfile, keyfile)
        except (ssl.SSLError, OSError) as e:
            raise click.ClickException(f"--certfile {certfile} / --keyfile {keyfile}: not a certificate and its "
                                       f"key in PEM ({e})")


def _is_loopback(host: str) -> bool:
    import ipaddress

    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; 0.0.0.0 for the LAN.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=None, type=int, help="Server processes; one per CPU core by default.")
@click.option("--certfile", type=click.Path(exists=True, dir_okay=False), help="TLS certificate (PEM): serve HTTPS.")
@click.option("--keyfile", type=click.Path(exists=True, dir_okay=False), help="Its private key (PEM).")
@click.option("--proxy-headers", is_flag=True,
              help="Behind a reverse proxy: trust its X-Forwarded-For/-Proto (from --forwarded-allow-ips only).")
@click.option("--forwarded-allow-ips", default="127.0.0.1,::1", show_default=True,
              help="Addresses of the proxies whose forwarded headers are trusted, comma-separated.")
@click.option("--insecure-cookies", is_flag=True,
              help="Send login cookies over plain HTTP too: only on a network you trust (docs/DEPLOY.md).")
def serve(db, host, port, workers, certfile, keyfile, proxy_headers, forwarded_allow_ips, insecure_cookies):
    """Open the analysts' workspace: HTTPS directly, behind a proxy, or on loopback (docs/DEPLOY.md)."""
    import os

    try:
        import uvicorn  # noqa: F401  (the web extra is installed)

        from kronika.store.db import open_store
    except ImportError as e:
        raise click.ClickException(f"the workspace needs the web extra: pip install 'kronika[web]' ({e})")
    _tls_pair(certfile, keyfile)
    if db:
        os.environ["KRONIKA_DB"] = db
    # the workers read their settings from the environment (web.app.factory)
    os.environ["KRONIKA_INSECURE_COOKIES"] = "1" if insecure_cookies else "0"
    open_store(db)  # migrate once, before the workers start
    workers = workers or os.cpu_count() or 1
    scheme = "https" if certfile else "http"
    click.echo(f"Kronika workspace on {scheme}://{host}:{port} (database {db or 'kronika.db'}, {workers} workers)",
               err=True)
    from kronika.web.safety import proxy_settings

    # forwarded headers can be forged by anyone who reaches the port: trust them only when told,
    # by --proxy-headers or by KRONIKA_TRUSTED_PROXY
    proxy = {"proxy_headers": True, "forwarded_allow_ips": forwarded_allow_ips} if proxy_headers \
        else proxy_settings()
    if scheme == "http" and not proxy["proxy_headers"] and not insecure_cookies and not _is_loopback(host):
        click.echo("note: browsers on other machines cannot log in over plain HTTP; give --certfile/--keyfile, "
                   "put an HTTPS proxy in front (--proxy-headers), or see docs/DEPLOY.md", err=True)
    from kronika.web import server

    # access lines are below the warning level, so never shown: without them uvicorn does not format
    # each request's client and path for a log call that drops them
    server.run(host, port, workers, log_level="warning", access_log=False, ssl_certfile=certfile,
               ssl_keyfile=keyfile, server_header=False,
               timeout_keep_alive=int(float(settings.get("keep_alive"))), **proxy)


@main.group()
def users():
    """Accounts of the workspace."""


def _password(password_stdin: bool) -> str:
    return sys.stdin.readline().rstrip("\n") if password_stdin else \
        click.prompt("password", hide_input=True, confirmation_prompt=True)


def _account(fn, *args) -> None:
    from kronika.web.auth import AuthError

    try:
        fn(*args)
    except AuthError as e:
        raise click.ClickException(str(e))


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["viewer", "editor", "admin"]), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@db_option
def users_add(name, role, password_stdin, db):
    """Create an account (the password is asked for, or read from stdin)."""
    from kronika.web.accounts import add

    _account(add, _store(db), name, role, _password(password_stdin))
    click.echo(f"user {name} ({role}) added")


@users.command("list")
@db_option
def users_list(db):
    """Every account: name, role, live sessions."""
    from kronika.web.accounts import list_users

    for u in list_users(_store(db)):
        click.echo(f"{u.name:<20} {u.role:<9} {u.sessions} sessions  since {u.created_at[:10]}")


@users.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(["viewer", "editor", "admin", "disabled"]))
@db_option
def users_role(name, role, db):
    """Change an account's role; 'disabled' keeps it from logging in (its sessions end)."""
    from kronika.web.accounts import set_role

    _account(set_role, _store(db), name, role)
    click.echo(f"user {name}: {role}")


@users.command("remove")
@click.argument("name")
@db_option
def users_remove(name, db):
    """Delete an account and end its sessions."""
    from kronika.web.accounts import remove_user

    _account(remove_user, _store(db), name)
    click.echo(f"user {name} removed")


@users.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from standard input.")
@db_option
def users_passwd(name, password_stdin, db):
    """Set a new password; the account's sessions end."""
    from kronika.web.accounts import reset_password

    _account(reset_password, _store(db), name, _password(password_stdin))
    click.echo(f"user {name}: password changed")


@main.group("tokens")
def tokens_group():
    """Personal API tokens for scripts (Authorization: Bearer TOKEN)."""


@tokens_group.command("create")
@click.argument("user")
@click.option("--scope", type=click.Choice(["viewer", "editor"]), default="viewer", show_default=True)
@click.option("--label", default="script", help="What the token is for.")
@db_option
def tokens_create(user, scope, label, db):
    """Make a token for USER; it is printed once, only its hash is stored."""
    from kronika.web.tokens import create

    res = []
    _account(lambda *a: res.append(create(*a)), _store(db), user, scope, label)
    click.echo(f"token {res[0][0]} for {user} ({scope}): {res[0][1]}")


@tokens_group.command("list")
@click.argument("user", required=False)
@db_option
def tokens_list(user, db):
    """Tokens of USER, or of everyone (never their values)."""
    from kronika.web.tokens import list_tokens

    for tk in list_tokens(_store(db), user):
        click.echo(f"{tk.id:>4}  {tk.user:<16} {tk.scope:<7} {tk.label:<24} "
                   f"created {tk.created_at[:10]}  last used {(tk.last_used or 'never')[:10]}")


@tokens_group.command("revoke")
@click.argument("token_id", type=int)
@db_option
def tokens_revoke(token_id, db):
    """Revoke a token: scripts using it are refused at once."""
    from kronika.web.tokens import revoke

    _account(revoke, _store(db), token_id)
    click.echo(f"token {token_id} revoked")


def _codes(value: str | None) -> frozenset[str] | None:
    return frozenset(v.strip() for v in value.split(",") if v.strip()) if value else None


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--scheduler", default=None, help="A running Dask scheduler, tcp://HOST:8786; a local cluster when omitted.")
@click.option("--workers", type=int, default=None, help="Worker processes of the local cluster (one per core by default).")
@click.option("--since", default=None, callback=_iso_date, help="Keep documents published on or after YYYY-MM-DD.")
@click.option("--until", default=None, callback=_iso_date, help="Keep documents published on or before YYYY-MM-DD.")
@click.option("--languages", default=None, help="Only these languages, e.g. pl,cs,ja.")
@click.option("--focus", default=None, help="Only pages naming one of these states, e.g. JP,KR,KP.")
@click.option("--chunk", "chunk_records", type=int, default=64, show_default=True, help="Records per task.")
def backfill(sources, db, scheduler, workers, since, until, languages, focus, chunk_records):
    """Back-fill archives (WARC/WARC.gz, JSONL records, folders) on a Dask cluster; re-runs resume."""
    from kronika.backfill import Options, backfill as run

    opts = Options(_codes(languages), _codes(focus and focus.upper()),
                   since.isoformat() if since else None, until.isoformat() if until else None)
    progress = run(list(sources), db or settings.get("db"), scheduler, workers, opts, chunk_records,
                   show=lambda line: click.echo(line, err=True))
    for e in progress.errors[:20]:
        click.echo(f"kronika: {e}", err=True)
    if len(progress.errors) > 20:
        click.echo(f"kronika: ... and {len(progress.errors) - 20} more errors", err=True)
    click.echo(progress.line())


if __name__ == "__main__":
    main()
