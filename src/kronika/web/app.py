"""The workspace: HTML pages for analysts and a JSON API behind the same operations."""
from __future__ import annotations

import secrets
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from kronika.model import User
from kronika.store import open_store
from kronika.web import apidocs, auth, errors, i18n, intake, tokens
from kronika.web.cookies import cookie_problem, login_refusal
from kronika.web.safety import BodyGuard, safe_next

HERE = Path(__file__).parent
COOKIE = "kronika_session"
LOGIN_CSRF = "kronika_login_csrf"
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")


class SecurityHeaders:
    """ASGI middleware: the security headers on every answer (a plain one: Starlette's
    BaseHTTPMiddleware runs each request in a task group of its own, a millisecond a request)."""

    _SET = ((b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"))
    _DEFAULT = ((b"content-security-policy", CSP.encode()), (b"x-frame-options", b"SAMEORIGIN"))

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {k for k, _ in self._SET}
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                present = {k.lower() for k, _ in headers}
                headers += list(self._SET) + [(k, v) for k, v in self._DEFAULT if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class NeedLogin(Exception):
    pass


def _session_cookie(raw: bytes) -> str | None:
    from http.cookies import CookieError, SimpleCookie

    try:
        jar = SimpleCookie(raw.decode("latin-1"))
    except CookieError:
        return None
    return jar[COOKIE].value if COOKIE in jar else None


def factory() -> FastAPI:
    """The app for `uvicorn --factory` with several workers: settings come from the environment."""
    from kronika import settings

    return create_app(settings.get("db"), not settings.flag("insecure_cookies"))


def create_app(db: str | None = None, secure_cookies: bool = True) -> FastAPI:
    """The workspace application over the store at `db`."""
    app = FastAPI(title="Kronika", version="1", description="Diplomatic events: review, curate, search, report.",
                  docs_url=None, redoc_url=None)  # /docs comes from local files (web/apidocs.py)
    app.state.store = open_store(db)
    app.state.secure = secure_cookies
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.auto_reload = False  # compiled once per process: no stat of every template per page
    i18n.install(templates.env)

    async def signed_in(cookie_header: bytes, authorization: bytes = b"") -> bool:
        from starlette.concurrency import run_in_threadpool

        if authorization.lower().startswith(b"bearer "):
            header = authorization.decode("latin-1")
            return await run_in_threadpool(tokens.token_user, app.state.store, header) is not None
        # a session is read, never written: in WAL mode it waits for no writer, so the event loop
        # may run it (as the `user` dependency does, below)
        token = _session_cookie(cookie_header)
        return bool(token) and auth.session_user(app.state.store, token) is not None

    app.add_middleware(BodyGuard, signed_in=signed_in)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    errors.register(app, templates)
    apidocs.register(app)

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(NeedLogin)
    async def need_login(request: Request, exc: NeedLogin):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "log in first, or send 'Authorization: Bearer TOKEN'"}, status_code=401)
        return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303)

    @app.exception_handler(OverflowError)
    async def out_of_range(request: Request, exc: Exception):
        return JSONResponse({"detail": "a number in the request is out of range"}, status_code=400)

    store = lambda: app.state.store

    # ------------------------------------------------------------ who is asking
    def bearer(request: Request) -> bool:
        # a script with a personal API token (other schemes, e.g. a proxy's Basic auth, are not ours)
        return request.headers.get("authorization", "").lower().startswith("bearer ")

    def who(request: Request) -> User:
        if bearer(request):
            u = tokens.token_user(store(), request.headers["authorization"])
        else:
            u = auth.session_user(store(), request.cookies.get(COOKIE))
        if u is None:
            raise NeedLogin()
        return u

    # the dependencies are coroutines: a sync one goes through the thread pool, and that hop (and
    # the GIL passed between threads) cost more than the indexed read of a session itself, which in
    # WAL mode waits for no writer; a token's use is written, so it may wait: in the pool
    async def user(request: Request) -> User:
        if bearer(request):
            from starlette.concurrency import run_in_threadpool

            return await run_in_threadpool(who, request)
        return who(request)

    async def editor(u: User = Depends(user)) -> User:
        if auth.rank(u.role) < auth.rank("editor"):
            raise HTTPException(403, i18n.Msg("error.editors_only"))
        return u

    async def admin(u: User = Depends(user)) -> User:
        if u.role != "admin":
            raise HTTPException(403, i18n.Msg("error.admins_only"))
        return u

    async def csrf_ok(request: Request, u: User) -> None:
        """Every state-changing request carries the session's CSRF token (form field or header)."""
        if u.token:  # no cookie was sent, so no other site can have forged the request
            return
        token = request.headers.get("X-CSRF-Token")
        if token is None and request.headers.get("content-type", "").startswith(
                ("application/x-www-form-urlencoded", "multipart/form-data")):
            token = (await request.form()).get("csrf")
        if not token or not secrets.compare_digest(str(token), u.csrf):
            raise HTTPException(403, i18n.Msg("error.csrf"))

    def page(request: Request, name: str, u: User | None, **ctx):
        return templates.TemplateResponse(request, name, {"user": u, "csrf": u.csrf if u else None,
                                                          "ui_language": i18n.request_language(request, u), **ctx})

    # ------------------------------------------------------------ login
    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/", error: str | None = None):
        return login_page(request, next, error)

    def login_page(request: Request, next: str, error: str | None, status: int = 200):
        token = secrets.token_urlsafe(24)
        resp = page(request, "login.html", None, next=safe_next(next), error=error, login_csrf=token,
                    warning=cookie_problem(request.url.scheme, request.url.hostname, app.state.secure))
        resp.set_cookie(LOGIN_CSRF, token, httponly=True, secure=app.state.secure, samesite="strict")
        resp.status_code = status
        return resp

    @app.post("/login")
    def login(request: Request, name: str = Form(...), password: str = Form(...), csrf: str = Form(...),
              next: str = Form("/")):
        if not secrets.compare_digest(csrf, request.cookies.get(LOGIN_CSRF, "")):
            # an HTML answer that says why (plain HTTP, an old form), not a JSON error in the browser
            return login_page(request, next, login_refusal(request.url.scheme, request.url.hostname,
                                                           app.state.secure), status=403)
        try:
            token, _ = auth.login(store(), name, password, request.client.host if request.client else "?")
        except auth.AuthError as e:
            code = e.status  # 401 wrong password or disabled, 429 throttled: by the error's type
            reason = e.args[0] if e.args else str(e)  # a Msg stays one: the page says it in its language
            resp = page(request, "login.html", None, next=safe_next(next), error=reason, login_csrf=csrf)
            resp.status_code = code
            return resp
        resp = RedirectResponse(safe_next(next), status_code=303)
        resp.set_cookie(COOKIE, token, httponly=True, secure=app.state.secure, samesite="lax",
                        max_age=auth.SESSION_HOURS * 3600)
        resp.delete_cookie(LOGIN_CSRF)
        return resp

    @app.post("/logout")
    async def logout(request: Request, u: User = Depends(user)):
        await csrf_ok(request, u)
        auth.logout(store(), request.cookies.get(COOKIE))
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(COOKIE)
        return resp

    # ------------------------------------------------------------ pages
    from kronika.web import views

    views.register(app, store, user, editor, admin, csrf_ok, page)

    def user_or_none(request: Request) -> User | None:
        try:
            return who(request)
        except NeedLogin:
            return None

    i18n.register(app, store, user_or_none, csrf_ok)
    intake.register(app, user)
    from kronika.web import api

    api.register(app, store, user, editor, admin, csrf_ok)
    return app
