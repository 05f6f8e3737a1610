"""Per-language wording of reports (messages/<lang>.yaml): no report text lives in code."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from kronika import yamlfile

from kronika.errors import KronikaError

MESSAGES = Path(__file__).parent / "messages"


class ReportError(KronikaError, ValueError):
    """A report cannot be made as asked; the message says how to fix the request."""


def languages() -> list[str]:
    return sorted(p.stem for p in MESSAGES.glob("*.yaml"))


@cache
def catalogue(lang: str) -> dict:
    """The message catalogue of a report language."""
    path = MESSAGES / f"{lang}.yaml"
    if not path.exists():
        raise ReportError(f"no report wording for '{lang}'; available: {', '.join(languages())} "
                          f"(add src/kronika/report/messages/{lang}.yaml)")
    return yamlfile.loads(path.read_text(encoding="utf-8"))


def join(items: list[str], lang: str) -> str:
    """'A', 'A i B', 'A, B i C'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {catalogue(lang)['AND']} " + items[-1]
