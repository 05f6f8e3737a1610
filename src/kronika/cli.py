"""Command line: a thin layer over library functions, one command per job."""
from __future__ import annotations

import datetime as dt
import json
import sys

import click

from kronika import __version__

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


@click.group()
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


def render_table(records: list[dict]) -> str:
    """Events as an aligned text table."""
    rows = [("document", "date", "type", "countries", "persons", "place", "topics")]
    for rec in records:
        for ev in rec["events"] or [{}]:
            if not ev:
                rows.append((rec["id"], "-", "(no event)", "", "", "", ""))
                continue
            date = ev.get("date") or "?"
            if ev.get("date_end"):
                date += ".." + ev["date_end"][5:]
            kind = ev["type"] + (f"/{ev['mode']}" if ev.get("mode") else "")
            loc = ev.get("location") or {}
            place = ", ".join(x for x in (loc.get("city"), loc.get("country")) if x)
            rows.append((rec["id"], date, kind, "-".join(ev["countries"]),
                         "; ".join(p["name"] for p in ev["persons"])[:60], place, ", ".join(ev["topics"])))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


if __name__ == "__main__":
    main()
