"""Shared fixtures: paths to the shared corpora, which tests read in place."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared, or skip: the corpora are third-party documents we do not copy into the repo."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"{SHARED} is not here: the gold corpora live beside the repo, not in it")
    return SHARED
