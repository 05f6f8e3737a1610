"""One error hierarchy: every error a user can cause or fix is a `KronikaError`.

The CLI turns them into one-line messages (`cli.KronikaGroup`), the web into HTTP statuses
(`status` below); anything else is a bug and keeps its traceback.
"""
from __future__ import annotations


class KronikaError(Exception):
    """An error the user can act on; its message says how."""
    status = 400  # the HTTP status the web answers with


class NotFound(KronikaError, LookupError):
    """A document, event, story, feed or user that does not exist."""
    status = 404


class Invalid(KronikaError, ValueError):
    """A value a user typed (a filter, a month, a format) that is not allowed; the message names it."""


class MissingExtra(KronikaError, RuntimeError):
    """An optional dependency is not installed; the message names the extra."""
    status = 501

    def __init__(self, what: str, extra: str):
        super().__init__(f"{what} needs the {extra} extra: pip install 'kronika[{extra}]'")


class AccountError(KronikaError, ValueError):
    """A login or account request that cannot be granted (a bad role, name, password or scope)."""


class UnknownAccount(AccountError, NotFound):
    """A user or API token that does not exist (or is not the asker's)."""


class WrongCredentials(AccountError):
    """A login with a wrong name or password, or of a disabled account."""
    status = 401


class DisabledAccount(WrongCredentials):
    """A right password for an account an administrator disabled."""


class Throttled(AccountError):
    """Too many failed logins: the next ones wait."""
    status = 429
