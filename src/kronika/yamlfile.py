"""YAML read with libyaml's C parser when PyYAML has it: the data files cost seconds in pure Python."""
from __future__ import annotations

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def loads(text: str):
    """Parse YAML text with the safe loader (C when available)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python
