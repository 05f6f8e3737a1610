"""Errors as a browser should see them: an HTML page that says what to do; the API keeps JSON.

The one place where errors become HTTP statuses: a `KronikaError` answers with its class's `status`
(unknown event or story 404, throttled login 429, a bad value 400), FastAPI's own errors with theirs.
No status is chosen by reading a message.
"""
from __future__ import annotations

from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from kronika.errors import KronikaError

HINTS = {
    400: "Go back, correct the value named above and try again.",
    403: "Your account may not do this, or the page was open too long: reload it and try again. "
         "If you need more rights, ask an administrator.",
    404: "It may have been merged into another story or removed. Start again from the events list.",
    405: "This address is not meant to be opened directly. Start again from the events list.",
    422: "A value in the address or the form is not valid: go back and correct it.",
    429: "Too many attempts: wait a few minutes, then try again.",
    501: "This server lacks an optional part; ask an administrator to install it.",
}


def wants_html(request) -> bool:
    """A browser navigating to a page, not a script calling the API."""
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _readable(exc: RequestValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'value'}: {e.get('msg', '')}"
                     for e in exc.errors())


def register(app, templates) -> None:
    """Install the handlers on the app; `templates` renders error.html."""
    def page(request, status: int, detail: str):
        return templates.TemplateResponse(request, "error.html", {"user": None, "status": status, "detail": detail,
                                                                  "hint": HINTS.get(status, "")}, status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request, exc: HTTPException):
        if not wants_html(request):
            return await http_exception_handler(request, exc)
        return page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(KronikaError)
    async def kronika_error(request, exc: KronikaError):
        if not wants_html(request):
            return JSONResponse({"detail": str(exc)}, status_code=exc.status)
        return page(request, exc.status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request, exc: RequestValidationError):
        if not wants_html(request):
            return await request_validation_exception_handler(request, exc)
        return page(request, 422, _readable(exc))
