"""YAML read with libyaml's C parser when PyYAML has it: the data files cost seconds in pure Python."""
from __future__ import annotations



def loads(text: str):
    """Parse YAML text with the safe loader (C when available)."""
    import yaml  # here: a start-up that reads its data from the cache folder never needs PyYAML

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, C or Python
