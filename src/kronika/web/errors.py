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

HINTED = (400, 403, 404, 405, 422, 429, 501)  # statuses with advice in the catalogues (error.hint.<status>)


def wants_html(request) -> bool:
    """A browser navigating to a page, not a script calling the API."""
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _readable(exc: RequestValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'value'}: {e.get('msg', '')}"
                     for e in exc.errors())


def _language(request) -> None:
    """The page's language as on every other page: the signed-in account's, else the cookie's or browser's."""
    from kronika.web import i18n
    from kronika.web.auth import session_user

    try:
        u = session_user(request.app.state.store, request.cookies.get("kronika_session"))
    except Exception:  # an error page must come out even when the store cannot answer
        u = None
    try:
        i18n.request_language(request, u)
    except Exception:
        request.state.lang = i18n.choose(None, request.cookies.get(i18n.COOKIE), request.headers.get("accept-language"))


def register(app, templates) -> None:
    """Install the handlers on the app; `templates` renders error.html."""
    def page(request, status: int, detail):
        _language(request)
        hint = f"error.hint.{status}" if status in HINTED else None
        return templates.TemplateResponse(request, "error.html", {"user": None, "status": status, "detail": detail,
                                                                  "hint": hint}, status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request, exc: HTTPException):
        if not wants_html(request):
            return await http_exception_handler(request, exc)
        return page(request, exc.status_code, exc.detail)  # a Msg stays one, to be shown in the page's language

    @app.exception_handler(KronikaError)
    async def kronika_error(request, exc: KronikaError):
        if not wants_html(request):
            return JSONResponse({"detail": str(exc)}, status_code=exc.status)
        return page(request, exc.status, exc.args[0] if exc.args else str(exc))  # a Msg stays one

    @app.exception_handler(RequestValidationError)
    async def bad_request(request, exc: RequestValidationError):
        if not wants_html(request):
            return await request_validation_exception_handler(request, exc)
        return page(request, 422, _readable(exc))
