"""The walls between the stages, checked on the source: only store/ speaks SQL, and imports point one way.

text -> ingest -> lang, data -> nlp -> events -> store -> report -> web; `text/` (tokens, the lexicon
matcher, spans) stands below everything that reads language, `lang/` and `data/` below the nlp that reads
them; `errors`, `settings`, `model`, `yamlfile` and `report_names` are shared by every stage; `pipeline`
and `backfill` orchestrate the stages up to the store, `cli` everything.
"""
from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "kronika"

SHARED = {"errors", "settings", "model", "yamlfile", "cache", "report_names", "__init__", "__main__"}
# a module may import its own rank and lower ranks, never a higher one
RANK = {"text": 0, "ingest": 1, "lang": 2, "data": 2, "nlp": 3, "events": 4, "store": 5, "pipeline": 6,
        "backfill": 6, "report": 7, "web": 8, "cli": 9}
# known crossings, each with its reason; an entry that no longer happens must go (a test says so)
KNOWN_CROSSINGS = {
    # a past report is split into entries at its date headings, written with the month names of its
    # language: the importer reads lang/<xx>/dates.yaml (data only, no analysis) before nlp runs
    ("ingest/legacy.py", "kronika.lang"),
}
SQL_LIBRARIES = ("sqlalchemy", "sqlite3", "psycopg", "psycopg2", "alembic", "kronika.store.schema")
DB_CALLS = {"execute", "executemany", "exec_driver_sql", "executescript", "begin", "connect"}
# SQL written in upper case, as it is written when it is meant (prose says "select from the list")
SQL_TEXT = re.compile(r"\bSELECT\b.+\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
                      r"|\bCREATE\s+(TABLE|INDEX)\b|\bPRAGMA\s+\w+", re.S)


# stages that must not tell languages apart by their codes: what differs is data in lang/<xx>/
LANGUAGE_FREE = ("nlp", "events", "report", "web")
CODES = {p.name for p in (PACKAGE / "lang").iterdir() if p.is_dir() and len(p.name) == 2}
LANGUAGE_NAME = re.compile(r"lang|language|code", re.I)
# what the SQL libraries' statement builders are called; no module outside store/ calls anything so named
STATEMENT_CALL = re.compile(r"select\(|insert\(|update\(")


@functools.cache
def parsed(source: str, name: str) -> ast.Module:
    """A module's syntax tree, parsed once for all the checks (they only read it)."""
    return ast.parse(source, name)


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def stage(path: Path) -> str:
    """The stage a source file belongs to: its folder under kronika/, or its own name at the top."""
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def imported(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, module) of every import, `from kronika.store import schema` as kronika.store.schema."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
            out += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return out


def sql_problems(path: Path) -> list[str]:
    """Every place a module outside store/ imports a database library, calls a database method or
    writes SQL text."""
    tree = parsed(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(PACKAGE)
    out = [f"{where}:{line} imports {name}" for line, name in imported(tree)
           if any(name == lib or name.startswith(lib + ".") for lib in SQL_LIBRARIES)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in DB_CALLS:
            out.append(f"{where}:{node.lineno} calls .{node.func.attr}()")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
            out.append(f"{where}:{node.lineno} holds SQL text {node.value[:60]!r}")
    return out


def _codes_in(node: ast.AST) -> bool:
    """A language code, or a tuple, list or set of them."""
    if isinstance(node, ast.Constant):
        return node.value in CODES
    return isinstance(node, (ast.Tuple, ast.List, ast.Set)) and bool(node.elts) and all(map(_codes_in, node.elts))


def _named_language(node: ast.AST) -> bool:
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return bool(LANGUAGE_NAME.search(name))


def language_problems(path: Path) -> list[str]:
    """Every comparison of a language's code with a code (`lang == "pl"`, `code in ("ja", "ko")`) and every
    dict keyed by language codes (`{"pl": "Polish", "en": "English"}`)."""
    tree = parsed(path.read_text(encoding="utf-8"), str(path))
    where, out = path.relative_to(PACKAGE), []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(map(_named_language, sides)) and any(map(_codes_in, sides)):
                out.append(f"{where}:{node.lineno} branches on a language code")
        elif isinstance(node, ast.Dict) and node.keys and all(k is not None and _codes_in(k) for k in node.keys):
            out.append(f"{where}:{node.lineno} holds a dict keyed by language codes")
    return out


def layer_problems(path: Path) -> list[str]:
    """Every import of a later stage by an earlier one."""
    own = stage(path)
    if own in SHARED:
        return []
    tree = parsed(path.read_text(encoding="utf-8"), str(path))
    out = []
    for line, name in imported(tree):
        parts = name.split(".")
        if parts[0] != "kronika" or len(parts) < 2 or parts[1] in SHARED:
            continue
        other = parts[1]
        if other not in RANK:
            continue  # `from kronika import settings` and the like
        if RANK[other] > RANK[own] and (str(path.relative_to(PACKAGE)), f"kronika.{other}") not in KNOWN_CROSSINGS:
            out.append(f"{path.relative_to(PACKAGE)}:{line} ({own}) imports {name} ({other}, a later stage)")
    return out


def test_every_stage_has_a_rank():
    stages = {stage(p) for p in modules()} - SHARED
    assert stages <= set(RANK), f"give these a place in the pipeline: {sorted(stages - set(RANK))}"


def test_only_the_store_speaks_sql():
    problems = [p for path in modules() if stage(path) != "store" for p in sql_problems(path)]
    assert not problems, "SQL outside src/kronika/store/:\n" + "\n".join(problems)


def test_no_statement_builders_outside_the_store():
    """issue 8: `grep -rn "select(\\|insert(\\|update(" src/kronika --include=*.py | grep -v src/kronika/store/`
    finds nothing (a dict's or a hash's update is written another way, so the grep stays exact)."""
    found = [f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}" for path in modules() if stage(path) != "store"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if STATEMENT_CALL.search(line)]
    assert not found, "select(/insert(/update( outside src/kronika/store/:\n" + "\n".join(found)


def test_no_language_code_branches_in_the_engine():
    problems = [p for path in modules() if stage(path) in LANGUAGE_FREE for p in language_problems(path)]
    assert not problems, "language content belongs in src/kronika/lang/<xx>/:\n" + "\n".join(problems)


@pytest.mark.parametrize("source, bad", [
    ('if lang == "pl":\n    pass\n', True),
    ('ok = code in ("ja", "ko")\n', True),
    ('x = a.language != "sr"\n', True),
    ('NAMES = {"pl": "Polish", "en": "English"}\n', True),
    ('form = "n" if number == "pl" else g\n', False),  # 'pl' the plural, not Polish
    ('if lang == other:\n    pass\n', False),
    ('MEDIA = {"md": "text/markdown", "pdf": "application/pdf"}\n', False),
])
def test_the_language_check_finds(tmp_path, source, bad):
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    assert bool(_with_text(language_problems, probe, PACKAGE / "report" / "x.py")) is bad


def test_imports_point_down_the_pipeline():
    problems = [p for path in modules() for p in layer_problems(path)]
    assert not problems, "a stage imports a later one:\n" + "\n".join(problems)


def test_languages_stand_below_the_analysis():
    """lang/ makes tokens, dates and names for nlp/ to read; it imports nothing of nlp/ or events/ (what it
    shares with them is in text/), and text/ imports nothing of the package at all."""
    below = {"lang": ("nlp", "events"), "text": tuple(set(RANK) - {"text"})}
    problems = [f"{path.relative_to(PACKAGE)}:{line} imports {name}"
                for path in modules() if stage(path) in below
                for line, name in imported(parsed(path.read_text(encoding="utf-8"), str(path)))
                if name.split(".")[:2][-1] in below[stage(path)] and name.startswith("kronika.")]
    assert not problems, "an import runs back up:\n" + "\n".join(problems)


def test_every_known_crossing_still_happens():
    for where, module in KNOWN_CROSSINGS:
        names = [n for _line, n in imported(parsed((PACKAGE / where).read_text(encoding="utf-8"), where))]
        assert any(n == module or n.startswith(module + ".") for n in names), \
            f"{where} no longer imports {module}: remove it from KNOWN_CROSSINGS"


# the checks themselves must see what they are meant to see
@pytest.mark.parametrize("source, found", [
    ("from sqlalchemy import select\n", "imports sqlalchemy"),
    ("import sqlite3\n", "imports sqlite3"),
    ("from kronika.store import schema as t\n", "imports kronika.store.schema"),
    ("def f(store):\n    with store.connect() as c:\n        c.execute(q)\n", "calls .execute()"),
    ("Q = 'SELECT id FROM events WHERE story_id = ?'\n", "holds SQL text"),
    ("Q = '''DELETE FROM sessions'''\n", "holds SQL text"),
])
def test_the_sql_check_finds(tmp_path, source, found):
    path = PACKAGE / "web" / "_probe_never_written.py"
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    problems = _sql_problems_of(probe, path)
    assert any(found in p for p in problems), problems


def test_the_sql_check_leaves_prose_alone(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('"""Select the events from the list; update the page."""\n', encoding="utf-8")
    assert _sql_problems_of(probe, PACKAGE / "web" / "x.py") == []


@pytest.mark.parametrize("where, source, bad", [
    ("ingest/x.py", "from kronika.store.feeds import add_feed\n", True),
    ("events/x.py", "from kronika.report.build import date_text\n", True),
    ("report/x.py", "from kronika.web import ops\n", True),
    ("nlp/x.py", "from kronika.lang import load\n", False),
    ("lang/x.py", "from kronika.nlp.dates import DateMention\n", True),
    ("lang/ja/x.py", "def f():\n    from kronika.nlp.persons import NameSpan\n", True),
    ("lang/x.py", "from kronika.events.extract import build_event\n", True),
    ("lang/x.py", "from kronika.text.spans import DateMention\n", False),
    ("text/x.py", "from kronika.lang import load\n", True),
    ("text/x.py", "from kronika.text.tokens import Token\n", False),
    ("web/x.py", "from kronika.store.query import list_events\n", False),
    ("store/x.py", "from kronika.errors import NotFound\n", False),
])
def test_the_layer_check_finds(tmp_path, where, source, bad):
    path = PACKAGE / where
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    assert bool(_layer_problems_of(probe, path)) is bad


def _sql_problems_of(probe: Path, as_path: Path) -> list[str]:
    """sql_problems of a probe file's text as if it lived at `as_path`."""
    return _with_text(sql_problems, probe, as_path)


def _layer_problems_of(probe: Path, as_path: Path) -> list[str]:
    return _with_text(layer_problems, probe, as_path)


def _with_text(check, probe: Path, as_path: Path) -> list[str]:
    """Run a check on `as_path` whose text is the probe's, without writing into the package."""
    class Shadow(type(as_path)):
        def read_text(self, *a, **k):
            return probe.read_text(*a, **k)

    return check(Shadow(as_path))


def module_name(path: Path) -> str:
    """kronika.report.build for src/kronika/report/build.py, kronika.lang for lang/__init__.py."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports, at its top or inside a function
    (`from kronika import lang` is kronika.lang, `from kronika.report.build import body` kronika.report.build)."""
    names = {module_name(p): p for p in modules()}
    graph = {}
    for name, path in names.items():
        out = set()
        for node in ast.walk(parsed(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                wanted = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                wanted = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in names else node.module
                          for a in node.names]
            else:
                continue
            for w in wanted:
                while w and w not in names:
                    w = w.rpartition(".")[0]
                if w and w != name:
                    out.add(w)
        graph[name] = out
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, children = work[-1]
            w = next(children, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                group = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    group.append(w)
                    if w == v:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_module_imports_its_importers():
    """Within a stage too, imports run one way: no two modules import each other, directly or round a
    circle (report/headline.py once took `body` from report/build.py, which took `headline` from it)."""
    assert circles(import_graph()) == []


def test_the_circle_check_finds():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []
