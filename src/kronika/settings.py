"""Every setting of Kronika, defined once: name, environment variable, default and help.

The CLI, the web application and the README's table read this list; nothing else reads the
environment (tests set variables, the code asks `get`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    """One setting and where its value comes from."""
    name: str
    env: str
    default: str | None
    help: str


SETTINGS = {s.name: s for s in (
    Setting("db", "KRONIKA_DB", "kronika.db",
            "The store: a SQLite file, or postgresql://user@host/dbname."),
    Setting("user", "KRONIKA_USER", None,
            "Who makes changes from the command line (audit log); the login name when unset."),
    Setting("persons", "KRONIKA_PERSONS", None,
            "Extra registry files of officials, separated by the path separator."),
    Setting("allow_private_urls", "KRONIKA_ALLOW_PRIVATE_URLS", "",
            "Internal networks Kronika may fetch from (comma-separated, e.g. 10.2.0.0/16); 1 allows all."),
    Setting("profile_dir", "KRONIKA_PROFILE_DIR", None,
            "A folder where an admin installs more report profiles (*.yaml); they cannot shadow shipped ones."),
    Setting("trusted_proxy", "KRONIKA_TRUSTED_PROXY", None,
            "Addresses of reverse proxies whose X-Forwarded-* headers `kronika serve` believes."),
    Setting("llm_url", "KRONIKA_LLM_URL", None,
            "An OpenAI-compatible chat-completions endpoint that drafts report headlines and conclusions; off when unset."),
    Setting("llm_model", "KRONIKA_LLM_MODEL", "default", "The model name sent to that endpoint."),
    Setting("llm_timeout", "KRONIKA_LLM_TIMEOUT", "20", "Seconds a report waits for one draft."),
    Setting("cache_dir", "KRONIKA_CACHE_DIR", "~/.cache/kronika",
            "Where reference data built once (registry index, compiled languages) is kept between runs; off: none."),
    Setting("fetch_interval", "KRONIKA_FETCH_INTERVAL", "1",
            "Seconds between two requests to one host when `kronika add` and `watch` fetch URLs (politeness)."),
    Setting("fetch_backoff", "KRONIKA_FETCH_BACKOFF", "1",
            "Seconds before the first retry of a failed request when fetching URLs; each further retry waits twice as long."),
    Setting("progress_every", "KRONIKA_PROGRESS_EVERY", "2",
            "Seconds between the progress lines `kronika add` writes into a log (a terminal sees one line rewritten)."),
    Setting("keep_alive", "KRONIKA_KEEP_ALIVE", "5",
            "Seconds `kronika serve` keeps an idle connection open for its next request (uvicorn's default)."),
    Setting("worker_grace", "KRONIKA_WORKER_GRACE", "5",
            "Seconds after its start within which a `kronika serve` worker that dies stops the server instead of being started again."),
    Setting("insecure_cookies", "KRONIKA_INSECURE_COOKIES", "0",
            "1 sends session cookies without the Secure flag (plain HTTP on a trusted network)."),
    Setting("argon2_profile", "KRONIKA_ARGON2_PROFILE", "RFC_9106_LOW_MEMORY",
            "The Argon2 parameters of new password hashes, a profile of argon2-cffi; CHEAPEST is for tests only."),
)}


def get(name: str) -> str | None:
    """The value of a setting: its environment variable, else its default."""
    s = SETTINGS[name]
    return os.environ.get(s.env) or s.default


def flag(name: str) -> bool:
    """A yes/no setting."""
    return (get(name) or "").strip().lower() in ("1", "true", "yes", "on")


def seconds(name: str) -> float:
    """A setting that is a number of seconds (0 or more); a bad value is refused naming its variable."""
    from kronika.errors import Invalid

    raw = get(name) or ""
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0:
        example = SETTINGS[name].default
        raise Invalid(f"{env_var(name)}: {raw!r} is not a number of seconds (0 or more), like {example}")
    return value


def env_var(name: str) -> str:
    """The environment variable behind a setting (for messages and subprocesses)."""
    return SETTINGS[name].env


def markdown_table() -> str:
    """The settings as the README shows them."""
    rows = ["| setting | environment variable | default | what it does |", "|---|---|---|---|"]
    rows += [f"| {s.name} | `{s.env}` | {s.default or ''} | {s.help} |" for s in SETTINGS.values()]
    return "\n".join(rows)
