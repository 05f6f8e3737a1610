"""The workspace: HTML pages for analysts and a JSON API behind the same operations."""
from __future__ import annotations

import secrets
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from kronika.store import open_store
from kronika.web import apidocs, auth, errors, tokens
from kronika.web.cookies import cookie_problem, login_refusal

HERE = Path(__file__).parent
COOKIE = "kronika_session"
LOGIN_CSRF = "kronika_login_csrf"
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")


class NeedLogin(Exception):
    pass


def factory() -> FastAPI:
    """The app for `uvicorn --factory` with several workers: settings come from the environment."""
    import os

    return create_app(os.environ.get("KRONIKA_DB"), os.environ.get("KRONIKA_INSECURE_COOKIES") != "1")


def create_app(db: str | None = None, secure_cookies: bool = True) -> FastAPI:
    """The workspace application over the store at `db`."""
    app = FastAPI(title="Kronika", version="1", description="Diplomatic events: review, curate, search, report.",
                  docs_url=None, redoc_url=None)  # /docs comes from local files (web/apidocs.py)
    app.state.store = open_store(db)
    app.state.secure = secure_cookies
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    errors.register(app, templates)
    apidocs.register(app)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response

    @app.exception_handler(NeedLogin)
    async def need_login(request: Request, exc: NeedLogin):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "log in first, or send 'Authorization: Bearer TOKEN'"}, status_code=401)
        return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303)

    store = lambda: app.state.store

    # ------------------------------------------------------------ who is asking
    def user(request: Request) -> dict:
        # a script with a personal API token (other schemes, e.g. a proxy's Basic auth, are not ours)
        if request.headers.get("authorization", "").lower().startswith("bearer "):
            u = tokens.token_user(store(), request.headers["authorization"])
        else:
            u = auth.session_user(store(), request.cookies.get(COOKIE))
        if u is None:
            raise NeedLogin()
        return u

    def editor(u: dict = Depends(user)) -> dict:
        if auth.rank(u["role"]) < auth.rank("editor"):
            raise HTTPException(403, "editors and admins only")
        return u

    def admin(u: dict = Depends(user)) -> dict:
        if u["role"] != "admin":
            raise HTTPException(403, "admins only")
        return u

    async def csrf_ok(request: Request, u: dict) -> None:
        """Every state-changing request carries the session's CSRF token (form field or header)."""
        if u.get("token"):  # no cookie was sent, so no other site can have forged the request
            return
        token = request.headers.get("X-CSRF-Token")
        if token is None and request.headers.get("content-type", "").startswith(
                ("application/x-www-form-urlencoded", "multipart/form-data")):
            token = (await request.form()).get("csrf")
        if not token or not secrets.compare_digest(str(token), u["csrf"]):
            raise HTTPException(403, "missing or wrong CSRF token")

    def page(request: Request, name: str, u: dict | None, **ctx):
        return templates.TemplateResponse(request, name, {"user": u, "csrf": (u or {}).get("csrf"), **ctx})

    # ------------------------------------------------------------ login
    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/", error: str | None = None):
        return login_page(request, next, error)

    def login_page(request: Request, next: str, error: str | None, status: int = 200):
        token = secrets.token_urlsafe(24)
        resp = page(request, "login.html", None, next=next if next.startswith("/") else "/", error=error,
                    login_csrf=token, warning=cookie_problem(request.url.scheme, request.url.hostname, app.state.secure))
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
            code = 429 if "too many" in str(e) else 401
            resp = page(request, "login.html", None, next=next, error=str(e), login_csrf=csrf)
            resp.status_code = code
            return resp
        resp = RedirectResponse(next if next.startswith("/") else "/", status_code=303)
        resp.set_cookie(COOKIE, token, httponly=True, secure=app.state.secure, samesite="lax",
                        max_age=auth.SESSION_HOURS * 3600)
        resp.delete_cookie(LOGIN_CSRF)
        return resp

    @app.post("/logout")
    async def logout(request: Request, u: dict = Depends(user)):
        await csrf_ok(request, u)
        auth.logout(store(), request.cookies.get(COOKIE))
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(COOKIE)
        return resp

    # ------------------------------------------------------------ pages
    from kronika.web import views

    views.register(app, store, user, editor, admin, csrf_ok, page)
    from kronika.web import api

    api.register(app, store, user, editor, admin, csrf_ok)
    return app
