"""Report renderers: Markdown, self-contained HTML, Word (DOCX) and PDF."""
from __future__ import annotations

from kronika.report.build import Report

FORMATS = ("md", "html", "docx", "pdf")


def render(report: Report, fmt: str) -> bytes:
    """The report in one format, as bytes ready to write."""
    if fmt == "md":
        from kronika.report.render.markdown import to_markdown

        return to_markdown(report).encode("utf-8")
    if fmt == "html":
        from kronika.report.render.html import to_html

        return to_html(report).encode("utf-8")
    if fmt == "docx":
        from kronika.report.render.docx import to_docx

        return to_docx(report)
    if fmt == "pdf":
        from kronika.report.render.pdf import to_pdf

        return to_pdf(report)
    raise ValueError(f"unknown format '{fmt}'; choose from {', '.join(FORMATS)}")
