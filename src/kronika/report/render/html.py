"""The report as one self-contained HTML page: styles and charts inline, nothing loaded from outside."""
from __future__ import annotations

import base64
import html
import re

from kronika.report.build import Report
from kronika.report.make import generated_line
from kronika.report.messages import catalogue

CSS = """
@page { size: A4; margin: 2cm; @bottom-center { content: counter(page); font-size: 9pt; } }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; max-width: 48em; margin: auto; }
.title-page { page-break-after: always; text-align: center; padding-top: 30%; }
.title-page h1 { font-size: 20pt; }
h2 { font-size: 13pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
.draft { font-style: italic; color: #8a5a00; }
ol.conclusions { list-style-type: lower-alpha; }
.entry { margin: 0.9em 0; }
.entry .date, .entry .headline { font-weight: bold; }
.lang { color: #666; font-size: 9pt; }
.sources { font-size: 8.5pt; color: #333; margin: 0.2em 0 0 1.2em; padding: 0; word-break: break-all; }
.charts img { max-width: 100%; margin: 0.6em 0; break-inside: avoid; page-break-inside: avoid; }
.keep { break-inside: avoid; page-break-inside: avoid; }
h2 { break-after: avoid; page-break-after: avoid; }
blockquote { margin: 0.3em 0 0.3em 1.2em; font-size: 9.5pt; color: #333; }
"""


def _e(s: str) -> str:
    return html.escape(s or "", quote=True)


def _md_inline(text: str) -> str:
    """The analyst's commentary: paragraphs, **bold**, *italic*, headings and lists; escaped first."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        b = _e(block)
        b = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", b)
        b = re.sub(r"\*(.+?)\*", r"<em>\1</em>", b)
        if b.startswith("#"):
            level = min(6, len(b) - len(b.lstrip("#")) + 2)
            out.append(f"<h{level}>{b.lstrip('#').strip()}</h{level}>")
        elif all(line.lstrip().startswith(("- ", "* ")) for line in b.splitlines()):
            out.append("<ul>" + "".join(f"<li>{line.lstrip()[2:]}</li>" for line in b.splitlines()) + "</ul>")
        else:
            out.append(f"<p>{b}</p>")
    return "\n".join(out)


def to_html(r: Report) -> str:
    c = catalogue(r.language)
    parts = [f"<!doctype html><html lang=\"{_e(r.language)}\"><head><meta charset=\"utf-8\">",
             f"<title>{_e(r.title)} – {_e(r.period)}</title><style>{CSS}</style></head><body>",
             f"<section class=\"title-page\"><h1>{_e(r.title)}</h1><p>{_e(r.institution)}</p>"
             f"<p>{_e(r.period)}</p><p class=\"lang\">{_e(generated_line(r.language))}</p></section>",
             f"<h2>I. {_e(c['CONCLUSIONS'])}</h2><p class=\"draft\">{_e(c['DRAFT'])}</p><ol class=\"conclusions\" type=\"a\">"]
    parts += [f"<li>{_e(s)}</li>" for s in r.conclusions] + ["</ol>"]
    if r.notes:
        parts.append(f"<p class=\"draft\">{_e(c['NOTES'])}:</p><ul>" + "".join(f"<li>{_e(x)}</li>" for x in r.notes)
                     + "</ul>")
    for s in r.sections:
        parts.append(f"<h2>{_e(s.number)}. {_e(s.heading.upper())}</h2>")
        if not s.entries:
            parts.append(f"<p>{_e(c['NO_EVENTS'])}</p>")
        for e in s.entries:
            mark = f" <span class=\"lang\">{_e(c['SOURCE_LANGUAGE'].format(lang=e.body_lang))}</span>" if e.body_lang else ""
            if e.drafted:
                mark += f" <span class=\"lang draft\">{_e(c['MACHINE_DRAFTED'])}</span>"
            parts.append(f"<div class=\"entry\"><p><span class=\"date\">{_e(e.date_text)}:</span> "
                         f"<span class=\"headline\">{_e(e.headline)}.</span>{mark} {_e(e.body)}</p>")
            if e.quote:
                parts.append(f"<blockquote lang=\"{_e(e.body_lang)}\"><span class=\"lang\">{_e(c['QUOTE'])} "
                             f"({_e(e.body_lang)}):</span> „{_e(e.quote)}”</blockquote>")
            if e.sources:
                parts.append("<ul class=\"sources\">" + "".join(
                    f"<li>{_e(u)}</li>" for u in e.sources) + "</ul>")
            parts.append("</div>")
    if r.appendix:
        parts.append(f"<h2>{_e(c['APPENDIX'])}</h2><p class=\"draft\">{_e(c['APPENDIX_NOTE'])}</p><ul class=\"appendix\">"
                     + "".join(f"<li>{_e(x)}</li>" for x in r.appendix) + "</ul>")
    parts.append(f"<h2>{_e(c['COMMENTARY'])}</h2>")
    if r.commentary_md:
        parts.append(_md_inline(r.commentary_md))
    else:
        parts.append(f"<p class=\"draft\">{_e(c['COMMENTARY_PLACEHOLDER'])}</p><ol>" +
                     "".join(f"<li>{_e(x)}</li>" for x in r.commentary_items) + "</ol>")
    if r.charts:
        # the heading travels with the first chart: never alone at the foot of a page
        imgs = [f"<img alt=\"{_e(name)}\" src=\"data:image/png;base64,{base64.b64encode(png).decode()}\">"
                for name, png in r.charts.items()]
        parts.append(f"<div class=\"charts\"><div class=\"keep\"><h2>{_e(c['CHARTS'])}</h2>{imgs[0]}</div>"
                     + "".join(imgs[1:]) + "</div>")
    parts.append("</body></html>")
    return "\n".join(parts)
