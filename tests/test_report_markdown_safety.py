"""Markdown reports carry no live HTML from sources (issue 12, item 12)."""
from __future__ import annotations

from kronika.model import Document, Event, Location, Person
from kronika.report.make import make_report
from kronika.report.render import render
from kronika.store import open_store
from kronika.store.documents import add_document

HOSTILE = ("Minister spraw zagranicznych Radosław Sikorski spotkał się 12 marca 2024 r. w Warszawie z "
           "ambasadorem Japonii <script>alert(1)</script> i rozmawiał o <img src=x onerror=alert(2)> "
           "bezpieczeństwie. Rozmowa dotyczyła współpracy <b>gospodarczej</b>.")


def test_source_html_is_inert_in_the_markdown_report(tmp_path):
    store = open_store(str(tmp_path / "k.db"))
    ev = Event(type="CONSULT", mode="visit", date="2024-03-12", date_precision="day", countries=["JP", "PL"],
               persons=[Person("Radosław Sikorski", "Radosław Sikorski", "PL", "minister of foreign affairs")],
               location=Location("Warsaw", "PL", [(60, 68)]), topics=["security"], date_basis="text")
    doc = Document(id="hostile", text=HOSTILE, url="https://example.org/a?x=<script>\"y", language="pl",
                   published="2024-03-12", title="Sikorski <script>alert(3)</script>", events=[ev])
    add_document(store, doc)
    md = render(make_report(store, "japan-cee", "2024-03", "pl", with_charts=False), "md").decode()
    assert "Sikorski" in md, "the hostile article must be in the report, or the test proves nothing"
    for live in ("<script", "<img", "<b>", "onerror=alert(2)>"):
        assert live not in md, f"{live!r} reached the Markdown report"
    assert "&lt;script&gt;" in md or "%3Cscript%3E" in md
