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
        as_dict = lambda v: v if isinstance(v, dict) else {raw.get("language", "en"): str(v)}
        sections = [Section(as_dict(s["heading"]), frozenset(map(str.upper, s["a"])), frozenset(map(str.upper, s["b"])))
                    for s in raw["sections"]]
        return Profile(raw.get("name", path.stem), as_dict(raw["title"]), as_dict(raw.get("institution", "")),
                       raw.get("language", "en"), sections)
    except (KeyError, TypeError, yaml.YAMLError) as e:
        raise ReportError(f"{path}: not a valid profile ({e}); it needs title, language and sections "
                          "with heading, a and b") from e
