"""The workspace in its user's language: catalogues (web/messages/<lang>.yaml), plural forms by CLDR
rules and dates and numbers in the locale (babel); the account's setting, else the switch's cookie,
else the browser's Accept-Language."""

import datetime as dt
import string
from functools import cache, lru_cache
from pathlib import Path

from kronika.model import User
from kronika import yamlfile
from kronika.errors import KronikaError
from kronika.store.db import dumps

MESSAGES = Path(__file__).parent / "messages"
DEFAULT = "en"
COOKIE = "kronika_lang"
COOKIE_DAYS = 365


class MissingMessage(KronikaError, KeyError):
    """A key that no catalogue holds: a template or the code asks for wording nobody wrote."""


@cache
def languages() -> tuple[str, ...]:
    """UI languages, one per catalogue file."""
    return tuple(sorted(p.stem for p in MESSAGES.glob("*.yaml")))


@cache
def catalogue(lang: str) -> dict:
    """The messages of one UI language: key -> text, or key -> {CLDR plural category: text}."""
    return yamlfile.loads((MESSAGES / f"{lang}.yaml").read_text(encoding="utf-8"))


@cache
def _locale(lang: str):
    from babel import Locale

    return Locale.parse(lang)


def number(n, lang: str) -> str:
    """1 234 in Polish, 1,234 in English."""
    from babel.numbers import format_decimal

    return format_decimal(n, locale=lang)


def _pick(entry, lang: str, values: dict) -> str:
    """The text of an entry; counted entries take the form CLDR's rule picks for `n`."""
    if not isinstance(entry, dict):
        return entry
    category = _locale(lang).plural_form(abs(values.get("n", 0)))
    return entry.get(category) or entry["other"]


class _Values(dict):
    def __missing__(self, key):  # a slot the caller left empty shows as nothing, never as an error page
        return ""


_NONE = object()


def message(lang: str, key: str, /, default=_NONE, **values) -> str:
    """The text of `key` in `lang` (English when the language lacks it) with {slots} filled; `default`
    stands in for a key made from data (a status, a role) that no catalogue knows."""
    entry = catalogue(lang).get(key)
    if entry is None:
        entry = catalogue(DEFAULT).get(key)
    if entry is None and default is not _NONE:
        return "" if default is None else str(default)
    if entry is None:
        raise MissingMessage(f"no message '{key}' in src/kronika/web/messages/{DEFAULT}.yaml")
    text = _pick(entry, lang, values)
    if "{" not in text and "}" not in text:  # most of a page's words: nothing to fill
        return text
    shown = {k: number(v, lang) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in values.items()}
    return string.Formatter().vformat(text, (), _Values(shown))


class Msg(str):
    """A message that stays translatable on its way up: its value is the English text (for the JSON
    API and logs), `key` and `values` let a page show it in its user's language."""

    def __new__(cls, key: str, **values):
        obj = super().__new__(cls, message(DEFAULT, key, **values))
        obj.key, obj.values = key, values
        return obj


def shown(text, lang: str) -> str:
    """A message in `lang` when it is a Msg, else as it came (a library's message, a user's value)."""
    if isinstance(text, Msg):
        return message(lang, text.key, **text.values)
    return "" if text is None else str(text)


# ------------------------------------------------------------------ which language


def from_accept(header: str | None) -> str | None:
    """The first UI language the browser's Accept-Language asks for (q-values respected)."""
    asked = []
    for i, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if tag and q > 0:
            asked.append((-q, i, tag.strip().lower().split("-")[0]))
    have = set(languages())
    return next((code for _, _, code in sorted(asked) if code in have), None)


def choose(account: str | None, cookie: str | None, accept: str | None) -> str:
    """The account's language, else the cookie's, else the browser's, else English."""
    have = set(languages())
    for lang in (account, cookie):
        if lang in have:
            return lang
    return from_accept(accept) or DEFAULT


def request_language(request, user: User | None) -> str:
    """The language of this request's pages, worked out once per request."""
    lang = getattr(request.state, "lang", None)
    if lang is None:
        account = user.language if user else None  # read with the session or the token
        lang = choose(account, request.cookies.get(COOKIE), request.headers.get("accept-language"))
        request.state.lang = lang
    return lang


# ------------------------------------------------------------------ templates


def _lang_of(ctx) -> str:
    # the page's language, worked out once per page: a template asks for it at every word
    return ctx.get("ui_language") or request_language(ctx["request"], ctx.get("user"))


def install(env) -> None:
    """Make `t`, `lang`, `shown` and the locale's date and number filters available to every template."""
    from jinja2 import pass_context

    env.globals["t"] = pass_context(lambda ctx, key, **values: message(_lang_of(ctx), key, **values))
    env.globals["t_in"] = lambda lang, key: message(lang, key)
    env.globals["flash"] = pass_context(lambda ctx: flash(ctx["request"], _lang_of(ctx)))
    env.globals["ui_lang"] = pass_context(_lang_of)
    env.globals["ui_languages"] = languages
    env.filters["shown"] = pass_context(lambda ctx, text: shown(text, _lang_of(ctx)))
    env.filters["number"] = pass_context(lambda ctx, n: number(n, _lang_of(ctx)))
    env.filters["day"] = pass_context(lambda ctx, value: format_day(value, _lang_of(ctx)))
    env.filters["month"] = pass_context(lambda ctx, value: format_month(value, _lang_of(ctx)))
    env.filters["moment"] = pass_context(lambda ctx, value: format_moment(value, _lang_of(ctx)))
    env.filters["stored"] = dumps  # an audited value as the audit log keeps it


FLASH_VALUES = ("name", "role")


def flash_query(key: str, **values) -> dict:
    """Query arguments that make the next page say `flash.<key>` (flash() reads them back)."""
    return {"flash": key, **{k: v for k, v in values.items() if k in FLASH_VALUES}}


def flash(request, lang: str) -> str | None:
    """The message a redirect asked the page to show, or None; only `flash.*` keys are taken."""
    key = "flash." + request.query_params.get("flash", "")
    if key not in catalogue(DEFAULT):
        return None
    values = {k: request.query_params.get(k, "")[:64] for k in FLASH_VALUES}
    values["role"] = message(lang, "role." + values["role"], default=values["role"])
    return message(lang, key, **values)


def format_day(value, lang: str) -> str:
    """'12 maja 2025' / 'May 12, 2025' from an ISO date; anything else as it is."""
    return _day(value, lang) if isinstance(value, str) else _format_day(value, lang)


@lru_cache(maxsize=4096)  # a list shows the same few hundred days again and again; babel takes 30 µs a date
def _day(value: str, lang: str) -> str:
    return _format_day(value, lang)


def _format_day(value, lang: str) -> str:
    from babel.dates import format_date

    try:
        # CLDR's long form: the month in full and, in Polish, in the genitive ("maja"), as dates are written
        return format_date(dt.date.fromisoformat(str(value)[:10]), "long", locale=lang)
    except ValueError:
        return "" if value is None else str(value)


def format_month(value, lang: str) -> str:
    """'maj 2025' / 'May 2025' from 'YYYY-MM'."""
    from babel.dates import format_date

    try:
        return format_date(dt.date.fromisoformat(f"{value}-01"), "LLLL y", locale=lang)
    except ValueError:
        return str(value)


def format_moment(value, lang: str) -> str:
    """A stored timestamp (ISO, UTC) as the locale writes a short date and time."""
    from babel.dates import format_datetime

    try:
        return format_datetime(dt.datetime.fromisoformat(str(value)), "short", locale=lang)
    except ValueError:
        return "" if value is None else str(value)


# ------------------------------------------------------------------ the switch


def register(app, store, user_or_none, csrf_ok) -> None:
    """/language: the header's switch; a cookie for everyone, and the account's setting when logged in."""
    from fastapi import Form, HTTPException, Request
    from fastapi.responses import RedirectResponse

    from kronika.store.preferences import set_user_language

    def answer(request: Request, lang: str, back: str):
        from kronika.web.safety import safe_next

        if lang not in languages():
            raise HTTPException(400, Msg("error.language", lang=lang[:16], allowed=", ".join(languages())))
        resp = RedirectResponse(safe_next(back), status_code=303)
        resp.set_cookie(COOKIE, lang, max_age=COOKIE_DAYS * 86400, samesite="lax", httponly=True,
                        secure=app.state.secure)
        return resp

    @app.get("/language", include_in_schema=False)
    def language_link(request: Request, lang: str, next: str = "/"):
        # before login (no session, no body allowed): the cookie alone; nothing on an account changes
        return answer(request, lang, next)

    @app.post("/language", include_in_schema=False)
    async def language_form(request: Request, lang: str = Form(...), next: str = Form("/")):
        u = user_or_none(request)
        if u is not None:
            await csrf_ok(request, u)
        resp = answer(request, lang, next)
        if u is not None and u.id is not None:
            set_user_language(store(), u.id, lang)
        return resp
