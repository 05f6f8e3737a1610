"""The report as PDF, printed from its HTML by WeasyPrint; nothing is fetched from the network."""
from __future__ import annotations

from kronika.errors import MissingExtra
from kronika.report.build import Report
from kronika.report.render.html import to_html


def _offline_fetcher():
    """Only data: URIs (our inline charts) may be read; any other address is refused."""
    from weasyprint import urls

    if hasattr(urls, "URLFetcher"):  # WeasyPrint 66 and later
        return urls.URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)

    def fetch(url, *args, **kwargs):  # older WeasyPrint: a plain function
        if not url.startswith("data:"):
            raise ValueError(f"the report must not load {url}")
        return urls.default_url_fetcher(url, *args, **kwargs)

    return fetch


def to_pdf(r: Report) -> bytes:
    try:
        import weasyprint
    except ImportError as e:
        raise MissingExtra("PDF reports", "pdf") from e
    return weasyprint.HTML(string=to_html(r), url_fetcher=_offline_fetcher(), base_url=None).write_pdf()
