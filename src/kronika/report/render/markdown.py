"""The report as Markdown: the analysts' layout in plain text."""
from __future__ import annotations

from kronika.report.build import Report
from kronika.report.make import generated_line
from kronika.report.messages import catalogue

LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ESCAPES = str.maketrans({"<": "&lt;", ">": "&gt;", "&": "&amp;"})


def text(s: str | None) -> str:
    """Text that came from a source, inert in a viewer that renders HTML inside Markdown."""
    return (s or "").translate(_ESCAPES)


def link(url: str) -> str:
    """A source address as an autolink; anything that could close the link is percent-encoded."""
    from urllib.parse import quote

    return "<" + quote(url, safe=":/?#[]@!$&'()*+,;=%~-._") + ">"


def entry_lines(e, lang: str) -> list[str]:
    c = catalogue(lang)
    mark = f"{c['SOURCE_LANGUAGE'].format(lang=e.body_lang)} " if e.body_lang else ""
    mark += f"{c['MACHINE_DRAFTED']} " if e.drafted else ""
    lines = [f"**{text(e.date_text)}: {text(e.headline)}.** {mark}{text(e.body)}", ""]
    if e.quote:
        lines += [f"> {c['QUOTE']} ({e.body_lang}): „{text(e.quote)}”", ""]
    if e.sources:
        lines += [f"{c['SOURCES']}:", ""] + [f"- {link(u)}" for u in e.sources] + [""]
    return lines


def to_markdown(r: Report) -> str:
    c = catalogue(r.language)
    out = [f"# {r.title}", "", r.institution, "", r.period, "", f"*{generated_line(r.language)}*", "",
           f"## I. {c['CONCLUSIONS']}", "", f"*{c['DRAFT']}*", ""]
    out += [f"{LETTERS[i]}. {text(s)}" for i, s in enumerate(r.conclusions)] + [""]
    if r.notes:
        out += [f"*{c['NOTES']}:*", ""] + [f"- {text(x)}" for x in r.notes] + [""]
    for s in r.sections:
        out += [f"## {s.number}. {s.heading.upper()}", ""]
        if not s.entries:
            out += [c["NO_EVENTS"], ""]
        for e in s.entries:
            out += entry_lines(e, r.language)
    if r.appendix:
        out += [f"## {c['APPENDIX']}", "", f"*{c['APPENDIX_NOTE']}*", ""] + [f"- {text(x)}" for x in r.appendix] + [""]
    out += [f"## {c['COMMENTARY']}", ""]
    if r.commentary_md:
        out += [r.commentary_md.strip(), ""]
    else:
        out += [f"*{c['COMMENTARY_PLACEHOLDER']}*", ""] + [f"{i + 1}. {x}" for i, x in enumerate(r.commentary_items)] + [""]
    return "\n".join(out)
