"""Counted nouns and numbers as the report language writes them (CLDR plural rules and decimals, babel)."""
from __future__ import annotations

from functools import cache


@cache
def _locale(lang: str):
    from babel import Locale

    return Locale.parse(lang)


def plural(n: int, forms: dict[str, str], lang: str) -> str:
    """'1 źródło', '3 źródła', '5 źródeł': the noun form CLDR's rule picks for n (forms by category)."""
    category = _locale(lang).plural_form(n)
    word = forms.get(category) or forms.get("other") or next(iter(forms.values()))
    return f"{n} {word}"


def decimal(x: float, lang: str, digits: int = 1) -> str:
    """'0,1' in Polish, '0.1' in English."""
    from babel.numbers import format_decimal

    return format_decimal(round(x, digits), format="#,##0." + "0" * digits, locale=lang)
