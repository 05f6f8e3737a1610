"""Report profiles: the title, institution, language and country groups of each section (YAML)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from kronika import yamlfile

from kronika.report.messages import ReportError

PROFILES = Path(__file__).parent / "profiles"


@dataclass
class Section:
    heading: dict[str, str]
    a: frozenset[str]
    b: frozenset[str]

    def holds(self, parties: set[str]) -> bool:
        """An event belongs here when the states involved span both groups."""
        return bool(parties & self.a) and bool(parties & self.b)


@dataclass
class Profile:
    name: str
    title: dict[str, str]
    institution: dict[str, str]
    language: str
    sections: list[Section]

    def text(self, field: dict[str, str], lang: str) -> str:
        return field.get(lang) or field.get(self.language) or next(iter(field.values()), "")


def available() -> list[str]:
    return sorted(p.stem for p in PROFILES.glob("*.yaml"))


def load_profile(name_or_file: str) -> Profile:
    """A shipped profile by name, or a YAML file of one."""
    path = Path(name_or_file)
    if not path.exists():
        path = PROFILES / f"{name_or_file}.yaml"
    if not path.exists():
        raise ReportError(f"no profile '{name_or_file}'; shipped profiles: {', '.join(available())}, "
                          "or give the path of a YAML file")
    try:
        raw = yamlfile.loads(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ReportError(f"{path}:{where} not YAML ({getattr(e, 'problem', None) or e})") from e
    return _profile(raw, path)


def _profile(raw, path: Path) -> Profile:
    """A profile from its parsed YAML; a missing or wrong field is named with its file."""
    if not isinstance(raw, dict):
        raise ReportError(f"{path}: a profile is a mapping with title, language and sections")
    language = str(raw.get("language") or "en")
    as_dict = lambda v: {str(k): str(x) for k, x in v.items()} if isinstance(v, dict) else {language: str(v or "")}
    if "title" not in raw:
        raise ReportError(f"{path}: the profile has no title")
    if not isinstance(raw.get("sections"), list) or not raw["sections"]:
        raise ReportError(f"{path}: sections must be a list of sections, each with heading, a and b")
    sections = []
    for i, s in enumerate(raw["sections"], 1):
        for key in ("heading", "a", "b"):
            if not isinstance(s, dict) or not s.get(key):
                raise ReportError(f"{path}: section {i} has no {key} (each section needs heading, a and b)")
        for key in ("a", "b"):
            if not isinstance(s[key], list) or not all(isinstance(x, str) for x in s[key]):
                raise ReportError(f"{path}: section {i}: {key} must be a list of country codes, like [JP, KR]")
        sections.append(Section(as_dict(s["heading"]), frozenset(map(str.upper, s["a"])),
                                frozenset(map(str.upper, s["b"]))))
    return Profile(str(raw.get("name") or path.stem), as_dict(raw["title"]), as_dict(raw.get("institution", "")),
                   language, sections)
