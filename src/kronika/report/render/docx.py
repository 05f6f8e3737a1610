"""The report as a Word document with Word's own heading styles, so analysts can edit it."""
from __future__ import annotations

import io

from kronika.report.build import Report
from kronika.report.make import generated_line
from kronika.report.messages import catalogue


def to_docx(r: Report) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    c = catalogue(r.language)
    d = docx.Document()
    d.core_properties.title = r.title
    d.core_properties.language = r.language
    t = d.add_heading(r.title, level=0)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in (r.institution, r.period, generated_line(r.language)):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading(f"I. {c['CONCLUSIONS']}", level=1)
    d.add_paragraph().add_run(c["DRAFT"]).italic = True
    for i, s in enumerate(r.conclusions):
        d.add_paragraph(f"{'abcdefghij'[i]}. {s}")
    if r.notes:
        d.add_paragraph().add_run(c["NOTES"] + ":").italic = True
        for x in r.notes:
            d.add_paragraph(x, style="List Bullet")
    for s in r.sections:
        d.add_heading(f"{s.number}. {s.heading.upper()}", level=1)
        if not s.entries:
            d.add_paragraph(c["NO_EVENTS"])
        for e in s.entries:
            p = d.add_paragraph()
            p.add_run(f"{e.date_text}: {e.headline}. ").bold = True
            if e.body_lang:
                p.add_run(c["SOURCE_LANGUAGE"].format(lang=e.body_lang) + " ").italic = True
            if e.drafted:
                p.add_run(c["MACHINE_DRAFTED"] + " ").italic = True
            p.add_run(e.body)
            if e.quote:
                q = d.add_paragraph()
                q.add_run(f"{c['QUOTE']} ({e.body_lang}): ").italic = True
                q.add_run(f"„{e.quote}”")
            for u in e.sources:
                sp = d.add_paragraph(u, style="List Bullet")
                for run in sp.runs:
                    run.font.size = Pt(8)
    if r.appendix:
        d.add_heading(c["APPENDIX"], level=1)
        d.add_paragraph().add_run(c["APPENDIX_NOTE"]).italic = True
        for x in r.appendix:
            d.add_paragraph(x, style="List Bullet")
    d.add_heading(c["COMMENTARY"], level=1)
    if r.commentary_md:
        for block in r.commentary_md.strip().split("\n\n"):
            if block.startswith("#"):
                d.add_heading(block.lstrip("#").strip(), level=2)
            else:
                d.add_paragraph(block.replace("**", "").strip())
    else:
        d.add_paragraph().add_run(c["COMMENTARY_PLACEHOLDER"]).italic = True
        for x in r.commentary_items:
            d.add_paragraph(x, style="List Number")
    if r.charts:
        d.add_heading(c["CHARTS"], level=1).paragraph_format.keep_with_next = True
        for png in r.charts.values():
            d.add_picture(io.BytesIO(png), width=Cm(15))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
