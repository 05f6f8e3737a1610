"""The report as PDF, printed from its HTML by WeasyPrint; nothing is fetched from the network."""
from __future__ import annotations

from kronika.report.build import Report
from kronika.report.render.html import to_html


def _offline(url: str, *args, **kwargs):
    """Every resource is inline (data: URIs); anything else is refused rather than fetched."""
    if url.startswith("data:"):
        from weasyprint.urls import default_url_fetcher

        return default_url_fetcher(url, *args, **kwargs)
    raise ValueError(f"the report must not load {url}")


def to_pdf(r: Report) -> bytes:
    try:
        import weasyprint
    except ImportError as e:
        raise RuntimeError("PDF reports need the pdf extra: pip install 'kronika[pdf]'") from e
    return weasyprint.HTML(string=to_html(r), url_fetcher=_offline, base_url=None).write_pdf()
