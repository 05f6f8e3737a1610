"""Settings are defined once and errors share one hierarchy that the CLI turns into messages."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

from click.testing import CliRunner

import kronika
from kronika import settings
from kronika.cli import main
from kronika.errors import KronikaError, MissingExtra, NotFound

SRC = Path(kronika.__file__).parent


def _modules():
    for m in pkgutil.walk_packages([str(SRC)], "kronika."):
        if ".migrations" in m.name or m.name.endswith("__main__"):
            continue
        yield importlib.import_module(m.name)


def test_every_error_class_is_a_kronika_error():
    errors = {(mod.__name__, name): cls for mod in _modules() for name, cls in inspect.getmembers(mod, inspect.isclass)
              if issubclass(cls, Exception) and cls.__module__ == mod.__name__ and name.endswith("Error")}
    assert errors, "no error classes found: the scan is broken"
    stray = [f"{m}.{n}" for (m, n), c in errors.items() if not issubclass(c, KronikaError)]
    assert not stray, f"error classes outside the KronikaError hierarchy: {stray}"


def test_only_settings_reads_the_environment():
    readers = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if p.name != "settings.py"
               and re.search(r"os\.environ\.get|os\.getenv|environ\[[^\]]+\](?!\s*=)", p.read_text())]
    assert not readers, f"read the environment through kronika.settings, not in {readers}"


def test_setting_comes_from_its_variable_else_its_default(monkeypatch):
    monkeypatch.delenv("KRONIKA_DB", raising=False)
    assert settings.get("db") == "kronika.db"
    monkeypatch.setenv("KRONIKA_DB", "/tmp/other.db")
    assert settings.get("db") == "/tmp/other.db"
    monkeypatch.setenv("KRONIKA_ALLOW_PRIVATE_URLS", "yes")
    assert settings.flag("allow_private_urls")
    monkeypatch.setenv("KRONIKA_ALLOW_PRIVATE_URLS", "0")
    assert not settings.flag("allow_private_urls")


def test_settings_table_names_every_variable():
    table = settings.markdown_table()
    for s in settings.SETTINGS.values():
        assert f"`{s.env}`" in table


def test_unknown_document_is_a_message_not_a_traceback(tmp_path):
    r = CliRunner().invoke(main, ["reextract", "999", "--db", str(tmp_path / "k.db")])
    assert r.exit_code == 1
    assert "no document 999" in r.output
    assert "Traceback" not in r.output and not isinstance(r.exception, NotFound)


def test_missing_extra_names_the_extra():
    e = MissingExtra("PDF reports", "pdf")
    assert isinstance(e, KronikaError) and "pip install 'kronika[pdf]'" in str(e)


def test_readme_lists_the_settings_as_defined():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert settings.markdown_table() in readme, "README's settings table differs from kronika.settings"
