"""Names of countries for people to read (English), used in summaries and reports."""
from __future__ import annotations

from functools import cache


@cache
def country_name(code: str, locale: str = "en") -> str:
    """'JP' -> 'Japan'; 'EU' -> 'European Union'."""
    if code == "EU":
        return "European Union"
    try:
        from babel import Locale

        return Locale.parse(locale).territories.get(code, code)
    except Exception:  # an unknown locale must not stop a summary
        return code
