"""Optional machine drafting of entry summaries by a language model behind an OpenAI-compatible
chat-completions endpoint (Ollama, vLLM, llama.cpp's server). Off unless KRONIKA_LLM_URL is set;
a draft whose names, dates or numbers are not in the event's fields or sources is dropped, and a
slow or failing endpoint never stops a report: the composed text stays and the report says so."""
from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from functools import cache

from kronika import settings
from kronika.text.tokens import UPPER

UNGROUNDED = "ungrounded"  # the note kept with a dropped draft
DEFAULT_TIMEOUT = 20.0  # seconds per request; a report waits at most this long per entry
MAX_FAILURES = 2        # after this many failed requests the report stops asking


@dataclass
class Drafter:
    """A chat-completions client with a per-event cache (in memory, and in the store when it is given
    one, so that a second report run does not ask again) and a record of what went wrong."""
    url: str
    model: str
    timeout: float = DEFAULT_TIMEOUT
    cache: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    failures: int = 0
    store: object | None = None
    asked: int = 0

    def summary(self, key: str, facts: str, source: str, grounding: str, lang: str,
                event_id: int | None = None) -> str | None:
        """A drafted summary grounded in the facts and the source, or None (then keep the composed one)."""
        return self.draft("summary", key, _prompt(facts, source, lang), f"{facts}|{source}", grounding, lang,
                          event_id)

    def headline(self, key: str, facts: str, source: str, grounding: str, lang: str,
                 event_id: int | None = None) -> str | None:
        """A drafted one-line headline, grounded like a summary, or None (then keep the composed one)."""
        text = self.draft("headline", key, _headline_prompt(facts, source, lang), f"{facts}|{source}",
                          grounding, lang, event_id)
        return text.splitlines()[0].strip().rstrip(".") if text else None

    def conclusions(self, key: str, facts: str, grounding: str, lang: str) -> str | None:
        """A drafted paragraph of conclusions from the computed ones and the month's headlines, or None."""
        return self.draft("conclusions", key, _conclusions_prompt(facts, lang), facts, grounding, lang, None)

    def draft(self, kind: str, key: str, messages: list[dict], inputs: str, grounding: str, lang: str,
              event_id: int | None) -> str | None:
        """Ask once per kind, model, language and inputs; a draft naming what the grounding does not
        is dropped (and remembered as dropped); a failed request is not remembered, so a later run retries."""
        digest = hashlib.sha256(f"{kind}|{self.model}|{lang}|{inputs}".encode()).hexdigest()
        if digest in self.cache:
            return self.cache[digest]
        if self.store is not None:
            from kronika.store.drafts import cached_draft

            found, text = cached_draft(self.store, digest)
            if found:
                self.cache[digest] = text
                return text
        if self.failures >= MAX_FAILURES:
            return None
        text = self._ask(messages, lang)
        if text is None:
            return None
        note = None
        if not grounded(text, grounding):
            note = UNGROUNDED  # the workspace says it in its reader's language
            self.problems.append(_say("DRAFT_DROPPED", lang, what=_what(key, event_id, lang),
                                      kind=_say("DRAFT_KINDS", lang)[kind]))
            text = None
        self.cache[digest] = text
        if self.store is not None:
            from kronika.store.drafts import keep_draft

            keep_draft(self.store, digest, event_id, kind, lang, self.model, text, note)
        return text

    def _ask(self, messages: list[dict], lang: str) -> str | None:
        self.asked += 1
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0}).encode()
        try:
            req = urllib.request.Request(self.url.rstrip("/") + "/chat/completions", data=body,
                                         headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=self.timeout) as res:
                data = json.loads(res.read().decode("utf-8"))
            return str(data["choices"][0]["message"]["content"]).strip() or None
        except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError, IndexError, TypeError) as e:
            self.failures += 1
            self.problems.append(_say("DRAFT_FAILED", lang, url=self.url, error=f"{type(e).__name__}: {e}"))
            return None


def _say(key: str, lang: str, **values):
    """A note of the report wording (DRAFT_* in messages/<lang>.yaml), in the report's language."""
    from kronika.report.messages import catalogue

    text = catalogue(lang)[key]
    return text.format(**values) if values else text


def _what(key: str, event_id: int | None, lang: str) -> str:
    """What a note is about: 'wydarzenie nr 7', or the report's conclusions."""
    return _say("DRAFT_EVENT", lang, id=event_id) if event_id is not None else _say("DRAFT_KINDS", lang)["conclusions"]


def from_environment() -> Drafter | None:
    """The drafter the environment configures (KRONIKA_LLM_URL, KRONIKA_LLM_MODEL, KRONIKA_LLM_TIMEOUT)."""
    from kronika.report.messages import ReportError

    url = (settings.get("llm_url") or "").strip()
    if not url:
        return None
    if not re.match(r"https?://[^/\s]+", url):
        raise ReportError(f"KRONIKA_LLM_URL: {url!r} is not an http(s) address; give the endpoint's base, "
                          "like http://127.0.0.1:11434/v1")
    raw = settings.get("llm_timeout") or DEFAULT_TIMEOUT
    try:
        timeout = float(raw)
    except ValueError:
        timeout = 0.0
    if not timeout > 0:
        raise ReportError(f"KRONIKA_LLM_TIMEOUT: {raw!r} is not a number of seconds above 0, like 20")
    return Drafter(url, settings.get("llm_model") or "default", timeout)


@cache
def _english_name(lang: str) -> str:
    """The report language as the prompt names it, in English, from CLDR ('pl' -> 'Polish')."""
    from babel import Locale

    return Locale("en").languages.get(lang, lang)


def _prompt(facts: str, source: str, lang: str) -> list[dict]:
    language = _english_name(lang)
    return [{"role": "system", "content": f"You write two or three sentences in {language} for a diplomatic "
                                          "monitoring report. Use only the facts and the source given; add no "
                                          "names, dates or numbers of your own."},
            {"role": "user", "content": f"Facts:\n{facts}\n\nSource:\n{source[:4000]}"}]


def _headline_prompt(facts: str, source: str, lang: str) -> list[dict]:
    language = _english_name(lang)
    return [{"role": "system", "content": f"You write one headline in {language} for an entry of a diplomatic "
                                          "monitoring report: who did what with whom, where. One line, no full "
                                          "stop. Claim no more than the facts say (a meeting is not an "
                                          "agreement). Use only the facts and the source given; add no names, "
                                          "dates or numbers of your own."},
            {"role": "user", "content": f"Facts:\n{facts}\n\nSource:\n{source[:4000]}"}]


def _conclusions_prompt(facts: str, lang: str) -> list[dict]:
    language = _english_name(lang)
    return [{"role": "system", "content": f"You write one paragraph in {language} of conclusions for an analyst's "
                                          "monthly report on diplomatic contacts, from the findings and the "
                                          "month's entries given. Use only what is given; add no names, dates "
                                          "or numbers of your own."},
            {"role": "user", "content": facts[:8000]}]


_NUMBER = re.compile(r"\d+")
_NAME = re.compile(r"(?<![\w.])([" + UPPER + r"][\w'’-]+)")


def grounded(draft: str, allowed: str) -> bool:
    """Every number and every capitalised word (a sentence's first only when a name goes on after it)
    is in the allowed text (the event's fields and sources); Polish endings may differ ('Ławrowem'
    rests on 'Ławrow')."""
    low = allowed.lower()
    numbers = set(_NUMBER.findall(allowed))
    if any(n not in numbers for n in _NUMBER.findall(draft)):
        return False
    words = {w.lower() for w in re.findall(r"[\w'’-]+", allowed)}
    for sentence in re.split(r"(?<=[.!?])\s+", draft):
        found = list(_NAME.finditer(sentence))
        # a sentence's first word is capitalised anyway: checked when a name goes on after it
        opening = found[:1] if found and found[0].start() == 0 and not (
            len(found) > 1 and sentence[found[0].end():found[1].start()].strip() == "") else []
        for m in found:
            if m in opening:
                continue
            name = m.group(1).lower()
            stem = name[: max(4, len(name) - 3)]
            if name not in words and stem not in low:
                return False
    return True
