"""The API's documentation page (/docs) served from local files: it works offline and under our CSP."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kronika API</title>
<link rel="stylesheet" href="/docs-assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs-assets/swagger-ui-bundle.js"></script>
<script src="/static/docs-init.js"></script></body></html>"""


def _assets() -> str | None:
    """The folder of Swagger UI's files, found without importing the package (it would pull in its web adapters)."""
    spec = importlib.util.find_spec("swagger_ui")
    folder = Path(next(iter(spec.submodule_search_locations))) / "static" if spec else None
    return str(folder) if folder and (folder / "swagger-ui-bundle.js").exists() else None


def register(app) -> None:
    """Mount Swagger UI's files (package swagger-ui-py, Swagger UI 5 reads OpenAPI 3.1) and the page."""
    swagger_ui_path = _assets()
    if swagger_ui_path:
        app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs():
        if not swagger_ui_path:
            return HTMLResponse("<p>The API page needs the web extra: pip install 'kronika[web]'. "
                                "The API itself is described at <a href='/openapi.json'>/openapi.json</a>.</p>", 503)
        return HTMLResponse(PAGE)
