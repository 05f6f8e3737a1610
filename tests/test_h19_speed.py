"""h19/speed (issue 14): each cut is exact. The new code is compared with the old form, kept here, on
source-like texts written for these tests and on random inputs."""
from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from kronika.events import extract
from kronika.events.context import EventContext
from kronika.events.document import extract_document
from kronika.events.region import lead_region
from kronika.model import Document
from kronika.nlp.analyze import analyze
from kronika.nlp.dates import ResolvedDate, find_dates, resolve

TEXTS = [
    ("pl", "Minister spraw zagranicznych Radosław Sikorski spotkał się w Warszawie z ministrem spraw zagranicznych "
           "Japonii Takeshim Iwayą. Rozmowy dotyczyły bezpieczeństwa i współpracy gospodarczej. W przyszłym tygodniu "
           "minister odwiedzi Tokio, gdzie spotka się z premierem Shigeru Ishibą.", "2025-03-14"),
    ("pl", "Premier Japonii odwiedzi Polskę w maju. Wizyta zaplanowana jest na 12 maja 2025 r., poinformowało "
           "we wtorek Ministerstwo Spraw Zagranicznych.", "2025-04-08"),
    ("en", "Foreign Minister Takeshi Iwaya will visit Prague on Friday, the ministry said on Monday. He is expected "
           "to meet Czech Foreign Minister Jan Lipavský and Prime Minister Petr Fiala.", "2025-02-10"),
    ("en", "South Korean President Yoon Suk Yeol met Polish President Andrzej Duda in Warsaw on 13 July 2022. "
           "The two leaders discussed defence cooperation. Duda will travel to Seoul next year.", None),
    ("cs", "Ministr zahraničních věcí Jan Lipavský přijal v úterý v Praze japonského velvyslance. Příští týden "
           "se sejde s korejským protějškem v Soulu.", "2024-06-04"),
    ("ru", "Министр иностранных дел России Сергей Лавров проведёт переговоры с министром иностранных дел КНДР "
           "Цой Сон Хи в Пхеньяне 12 июля, сообщил в пятницу МИД.", "2024-07-05"),
    ("de", "Bundeskanzler Olaf Scholz trifft am Mittwoch in Tokio den japanischen Ministerpräsidenten Fumio Kishida. "
           "Die beiden wollen über Wirtschaftssicherheit sprechen.", "2023-03-13"),
    ("hu", "Szijjártó Péter külgazdasági és külügyminiszter hétfőn Budapesten fogadta a japán külügyminisztert. "
           "A miniszter jövő héten Szöulba utazik.", "2024-05-20"),
]


def _record(text: str, code: str, published: str | None) -> str:
    doc = extract_document(Document(id="t", text=text, published=published), code)
    return json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize("code,text,published", TEXTS)
def test_the_event_memos_give_what_the_functions_worked_out_give(monkeypatch, code, text, published):
    """The whole extraction with the memos of _announced and _future_sentences, and with both worked out at
    every call (the old form)."""
    kept = _record(text, code, published)
    monkeypatch.setattr(extract, "_announced", extract._announced_now)
    monkeypatch.setattr(extract, "_future_sentences", extract._future_sentences_now)
    assert _record(text, code, published) == kept


@pytest.mark.parametrize("code,text,published", TEXTS)
def test_announced_is_kept_for_the_last_date_asked(code, text, published):
    """Asked of several dates in a random order, the memo answers as a fresh context does."""
    ctx = dt.date.fromisoformat(published) if published else None
    a = analyze(text, code, ctx)
    reg = lead_region(text)
    dates = [resolve(dm, ctx or dt.date(2024, 6, 1)) for dm in a.dates]
    choices = [None, *[r for r in dates if r is not None],
               ResolvedDate(dt.date(2030, 1, 1), None, "day", None)]
    rng = random.Random(len(text))
    c = EventContext(a, reg, ctx, None, 0)
    for _ in range(40):
        r = rng.choice(choices)
        assert extract._announced(c, r) == extract._announced_now(EventContext(a, reg, ctx, None, 0), r)


@pytest.mark.parametrize("code,text,published", TEXTS)
def test_future_sentences_gives_each_caller_its_own_copy(code, text, published):
    ctx = dt.date.fromisoformat(published) if published else None
    a = analyze(text, code, ctx)
    c = EventContext(a, lead_region(text), ctx, None, 0)
    want = extract._future_sentences_now(EventContext(a, lead_region(text), ctx, None, 0))
    got = extract._future_sentences(c)
    assert got == want
    got[10**6] = 0  # a caller that changed its copy changes no other caller's
    assert extract._future_sentences(c) == want


# ---------------------------------------------------------------- name_spans (nlp/persons.py)
from kronika.nlp import persons  # noqa: E402
from kronika.text.spans import NameSpan  # noqa: E402


def _name_spans_old(text: str) -> list[NameSpan]:
    """persons.name_spans as it was before h19/speed."""
    spans: list[NameSpan] = []
    cur: list[tuple[str, int, int]] = []
    last_end = -10
    for m in persons.NAME_WORD.finditer(text):
        w = m.group().rstrip(".")
        gap = text[last_end:m.start()]
        joined = cur and (gap == " " or ("\n" not in gap and len(gap) < 10 and gap.strip()
                                         and persons.PARTICLES.issuperset(gap.lower().split())
                                         and not persons._acronym(cur[-1][0])
                                         # h20/persons2: an article alone joins only after another particle
                                         and not (persons._ARTICLES.issuperset(gap.lower().split())
                                                  and cur[-1][0].lower() not in persons.PARTICLES)))
        if cur and gap == "- ":
            pw, ps, _pe = cur[-1]
            cur[-1] = (f"{pw}-{w}", ps, m.start() + len(w))
            last_end = m.start() + len(w)
            continue
        if not joined and cur:
            spans.append(NameSpan(cur[0][1], cur[-1][2], cur))
            cur = []
        cur.append((w, m.start(), m.start() + len(w)))
        last_end = m.start() + len(w)
    if cur:
        spans.append(NameSpan(cur[0][1], cur[-1][2], cur))
    return spans


_PIECES = ["Kim", "Yong-", "Ho", "Jong-un", "PNL", "ODS", "KIM", "ABE", "Suceava", "de", "von", "der", "Van", "Leyen",
           "Ursula", "Minister", "Radosław", "Sikorski", "Ли", "До", "Хуна", "Ван", "И", "Сергей", "Лавров", "Dž.",
           "Kishida.", "U.N.", "O'Neill", "D’Alema", "Šapca", "İstanbul", "ŁÓDŹ", "x", "ministr", "spotkał", "się",
           "z", "a", "12", "2024", "Ri", "Nj.E.", "MTI/Bruzák", "Noémi", "(AFP)", "„Fumio", "Kishida”", "Ё", "ſ"]
_GAPS = [" ", " ", " ", "  ", "- ", "-", "\n", ", ", ". ", " de ", " von der ", " van ", "\t", " – ", "\u00a0", ""]


def test_name_spans_against_the_old_form_on_random_texts():
    rng = random.Random(19)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(0, 18)))
        assert persons.name_spans(text) == _name_spans_old(text), text


@pytest.mark.parametrize("code,text,published", TEXTS)
def test_name_spans_against_the_old_form_on_source_like_texts(code, text, published):
    for t in (text, text.upper(), text.replace(" ", "\n"), text.replace(" ", "- ")):
        assert persons.name_spans(t) == _name_spans_old(t)
