"""Accounts, roles, sessions, CSRF tokens and login rate limits."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import unicodedata
from functools import cache

from kronika import settings
from kronika.model import User
from kronika.errors import AccountError, DisabledAccount, Throttled, WrongCredentials
from kronika.store import accounts
from kronika.store.accounts import ROLES, rank  # noqa: F401  (the web's names for them)
from kronika.store.db import Store

SESSION_HOURS = 12
MAX_FAILURES = 5          # failed logins per name and address ...
FAILURE_WINDOW_MIN = 15   # ... within this many minutes, then logins wait
MAX_NAME_FAILURES = 20    # per name from any address (rotating addresses does not help) ...
MAX_ADDRESS_FAILURES = 30  # ... and per address over any names (spraying names does not help)
MIN_PASSWORD = 10
COMMON_PASSWORDS = {"password", "password1", "password123", "12345678", "123456789", "1234567890", "qwertyuiop",
                    "qwerty123", "iloveyou", "admin123", "letmein123", "welcome123", "haslo123", "zaq12wsx",
                    "1q2w3e4r", "1q2w3e4r5t", "abcdefgh", "11111111", "00000000", "kronika123"}


# The catalogue key (web/messages) of each way a login fails.
_LOGIN_KEYS = {Throttled: "login.too_many", DisabledAccount: "login.disabled", WrongCredentials: "login.wrong"}

AuthError = AccountError  # the web's name for it; throttling (429) and wrong passwords (401) are children


def _hasher():
    try:
        from argon2 import PasswordHasher, Parameters, profiles
    except ImportError as e:
        raise AuthError("accounts need the web extra: pip install 'kronika[web]'") from e
    name = settings.get("argon2_profile") or ""
    params = getattr(profiles, name, None) if name.isupper() else None
    if not isinstance(params, Parameters):
        known = ", ".join(n for n in dir(profiles) if isinstance(getattr(profiles, n), Parameters))
        raise AuthError(f"{settings.env_var('argon2_profile')}: {name!r} is not an argon2 profile; use one of {known}")
    return PasswordHasher.from_parameters(params)


def clean_name(name: str) -> str:
    """An account name in one canonical form; control, format (bidi) and surrounding spaces are refused."""
    n = unicodedata.normalize("NFKC", name or "")
    if n != n.strip() or not n:
        raise AuthError("a user name may not be empty or begin or end with spaces")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in n) or len(n) > 64:
        raise AuthError("a user name may hold at most 64 visible characters (no control or direction marks)")
    return n


def check_password(name: str, password: str) -> None:
    """Refuse short, common and name-derived passwords."""
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"the password needs at least {MIN_PASSWORD} characters")
    low = password.lower()
    if low in COMMON_PASSWORDS or len(set(low)) < 4 or name.lower() in low and len(low) < len(name) + 6:
        raise AuthError("this password is too easy to guess; choose a longer, less common one")


def add_user(store: Store, name: str, role: str, password: str, who: str | None = None) -> int:
    """Create an account; the password is stored as an Argon2 hash."""
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    name = clean_name(name)
    check_password(name, password)
    return accounts.create_user(store, name, role, _hasher().hash(password), who)


def login(store: Store, name: str, password: str, address: str) -> tuple[str, str]:
    """(session token, CSRF token) for a right password; failures are counted and limited."""
    from argon2.exceptions import VerificationError

    from kronika.web.i18n import Msg

    name = unicodedata.normalize("NFKC", name or "")[:200]

    def verify(password_hash: str | None) -> bool:
        try:  # a missing name costs one hash too, so timing does not tell which names exist
            dummy = _dummy_hash(settings.get("argon2_profile"))
            return _hasher().verify(password_hash or dummy, password[:1024]) and password_hash is not None
        except VerificationError:
            return False

    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    expires = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=SESSION_HOURS)).isoformat(timespec="seconds")
    limits = accounts.LoginLimits(FAILURE_WINDOW_MIN, MAX_FAILURES, MAX_NAME_FAILURES, MAX_ADDRESS_FAILURES)
    try:
        accounts.open_session(store, name, address, limits, verify, accounts.NewSession(_h(token), csrf, expires))
    except AccountError as e:  # said again from the catalogue, so the page shows it in its language
        raise type(e)(Msg(_LOGIN_KEYS.get(type(e), "login.wrong"))) from e
    return token, csrf


@cache
def _dummy_hash(_profile: str | None) -> str:
    """A hash to verify against for a missing name, as costly as a real one of the profile in use."""
    return _hasher().hash(secrets.token_urlsafe(16))


def _h(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def session_user(store: Store, token: str | None) -> User | None:
    """The user and CSRF token of a live session cookie."""
    return accounts.session_user(store, _h(token)) if token else None


def logout(store: Store, token: str | None) -> None:
    if token:
        accounts.end_session(store, _h(token))
