"""What Kronika caches per text or per name, cleared between a bench's rounds.

A bench that extracts the same documents round after round must not find them in caches filled by
the rounds before: each round should cost what new documents cost. Per-word caches (spellings,
morphology of a word) stay warm, as they do over a real batch of news, where words recur."""
from __future__ import annotations

import importlib

# (module, function): caches keyed by a whole text, or by a name as written in one
PER_TEXT = [("kronika.nlp.persons", "_match_words"), ("kronika.nlp.analyze", "_sounds_like"),
            ("kronika.lang.ja.hooks", "_tokens"),
            ("kronika.lang.ko.hooks", "_tokens"), ("kronika.lang.ko.hooks", "_morphemes"),
            ("kronika.lang.ja.hooks", "_text_words"),
            ("kronika.lang.ja.hooks", "_found"), ("kronika.lang.ja.hooks", "_plain"),
            ("kronika.lang.ko.hooks", "_found"), ("kronika.lang.ko.hooks", "_plain"),
            ("kronika.lang.cjk", "_chains"),
            ("kronika.store.stories", "_signature"), ("kronika.nlp.published", "_lines"),
            ("kronika.events.extract", "_words_of"), ("kronika.events.types", "_quote_lines"),
            ("kronika.events.topics", "_line_answers"),
            ("kronika.nlp.analyze", "_words"), ("kronika.nlp.analyze", "_low_words")]


def forget() -> None:
    """Clear the per-text caches of the Kronika imported (those an older checkout has)."""
    for module, name in PER_TEXT:
        try:
            fn = getattr(importlib.import_module(module), name, None)
        except ImportError:  # an extra not installed, or an older checkout without that module
            continue
        if hasattr(fn, "cache_clear"):
            fn.cache_clear()
