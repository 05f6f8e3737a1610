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


class MissingExtra(KronikaError, RuntimeError):
    """An optional dependency is not installed; the message names the extra."""
    status = 501

    def __init__(self, what: str, extra: str):
        super().__init__(f"{what} needs the {extra} extra: pip install 'kronika[{extra}]'")
