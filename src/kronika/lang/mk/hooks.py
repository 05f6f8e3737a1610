"""Macedonian behaviour: a Macedonian's -иќ surname in the state's own romanisation."""
from __future__ import annotations


def state_spelling(original: str, name: str, country: str) -> str | None:
    """A Macedonian's surname in -иќ as North Macedonia romanises it ("Цветковиќ" -> Cvetkovikj); names.yaml
    ROMANISE_FINAL spells it -ić for the Serbs and Croats the press names in Cyrillic (Вучиќ: Vučić)."""
    words = name.split()
    if country != "MK" or not words or not original.rstrip().endswith("иќ") or not words[-1].endswith("ić"):
        return None
    return " ".join([*words[:-1], words[-1][:-2] + "ikj"])
