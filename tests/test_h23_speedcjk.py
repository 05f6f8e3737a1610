"""Session h23, speedcjk: a Korean or Japanese text is analysed once. The archive-photo test of a stamp read its
line's prefix with the full date finder, whose tense pass runs Kiwi or MeCab on it: a new text for the analyser.
The date patterns before tense (the hooks' plain_dates) now sift those lines; the dates of a text, the clause
chains of its predicates and the office titles of a word are read once. Each shortcut is checked here against
the long way on sentences written for the tests; every test fails on main 5c24777e (no plain_dates, no caches)."""
import re

import pytest

from kronika.lang import cjk
from kronika.text.spans import archive_photo

ko = pytest.importorskip("kronika.lang.ko.hooks")
ja = pytest.importorskip("kronika.lang.ja.hooks")

KO = [
    "지난해 7월 11일(현지시간) 바르샤바에서 조태열 외교부 장관이 시코르스키 외교장관과 회담을 하고 있다. 2023.7.12/뉴스1 "
    "외교부는 14일 두 장관이 다음 달 서울에서 다시 만난다고 밝혔다. 입력 2024.10.21 15:40",
    "지난달 23일 서명한 협정에 따라 양국 외교차관은 14일 전략대화를 개최했다. 2024.5.14/뉴스1 "
    "김홍균 외교부 제1차관이 21일 오후 게오르기 지노비예프 러시아 대사를 초치했다. 2024.6.21 사진=외교부 제공",
    "헝가리를 공식 방문 중인 김진표 국회의장은 현지시간 6일 부다페스트에서 쾨베르 라슬로 국회의장과 회담하고 협력을 "
    "강화하기로 합의했다. 기사 작성일 2023-06-07 09:24:31",
]
JA = [
    "昨年7月11日、ワルシャワで会談する上川外務大臣とシコルスキ外相。2023年7月12日撮影 外務省は14日、両外相が来月東京で"
    "再び会談すると発表した。掲載日：2024年10月21日",
    "先月23日に署名された協定に基づき、両国の外務次官は14日、戦略対話を開催した。2024年5月14日撮影 "
    "岩屋外務大臣は21日午後、ロシアのガルージン大使を呼び、抗議した。公開日：2024年6月21日",
]


def _stamps(text: str) -> list[int]:
    """Where each date of the text with a year starts: the candidates of a stamp."""
    return [m.start() for m in re.finditer(r"20\d\d", text)]


@pytest.mark.parametrize("mod,text", [(ko, t) for t in KO] + [(ja, t) for t in JA])
def test_sifted_archive_photo_is_the_unsifted(mod, text):
    """Every prefix the test reads answers alike with the sieve and without it, one line or several."""
    for body in (text, text.replace(" 외교부는", "\n외교부는").replace(" 外務省は", "\n外務省は")):
        for at in _stamps(body):
            assert archive_photo(body, at, mod.find_dates, mod.plain_dates) == archive_photo(body, at, mod.find_dates)


@pytest.mark.parametrize("mod,text", [(ko, t) for t in KO] + [(ja, t) for t in JA])
def test_plain_dates_hold_the_offsets_of_find_dates(mod, text):
    """The tense pass keeps the mentions one for one, each with its span, kind and offsets: what the sieve reads."""
    for end in [len(text)] + _stamps(text):
        plain, full = mod.plain_dates(text[:end]), mod.find_dates(text[:end])
        assert [(d.start, d.end, d.kind, d.year_offset, d.month_offset) for d in plain] == \
            [(d.start, d.end, d.kind, d.year_offset, d.month_offset) for d in full]


def test_an_archive_line_is_still_found():
    """The sieve lets the archive photo's line through: 지난해 / 昨年 before the credit's date."""
    assert archive_photo(KO[0], KO[0].index("2023.7.12"), ko.find_dates, ko.plain_dates)
    assert archive_photo(JA[0], JA[0].index("2023年7月12日"), ja.find_dates, ja.plain_dates)
    assert not archive_photo(KO[2], KO[2].index("2023-06-07"), ko.find_dates, ko.plain_dates)


def test_kiwi_reads_a_korean_text_once(monkeypatch):
    """Extracting a Korean page without newlines runs Kiwi on the whole text only, not on a stamp's line prefix."""
    from kronika.events.document import extract_document
    from kronika.model import Document

    text = KO[1][KO[1].index("김홍균"):] + " " + KO[2]  # stamps after dates, none of an earlier year or month
    seen = []
    kiwi = ko._kiwi()
    tokenize = type(kiwi).tokenize
    monkeypatch.setattr(type(kiwi), "tokenize", lambda self, t, *a, **k: seen.append(t) or tokenize(self, t, *a, **k))
    ko._morphemes.cache_clear()
    extract_document(Document(id="speedcjk-ko", text=text))
    assert seen.count(text) == 1
    assert not [t for t in seen if t != text and text.startswith(t)]  # no line prefix; a word before a title may be


@pytest.mark.parametrize("mod,text", [(ko, t) for t in KO] + [(ja, t) for t in JA])
def test_cached_dates_are_the_long_way(mod, text):
    """find_dates, read from its cache, is what the tense pass makes afresh; each call gets a list of its own."""
    fresh = cjk.with_tense(text, mod._dates().find(text), mod._predicates(text), mod._subjects(text))
    first = mod.find_dates(text)
    assert first == fresh and mod.find_dates(text) == fresh
    first.clear()
    hits = mod._found.cache_info().hits
    assert mod.find_dates(text) == fresh and mod._found.cache_info().hits == hits + 1  # read, not made again


@pytest.mark.parametrize("mod,text", [(ko, t) for t in KO] + [(ja, t) for t in JA])
def test_clause_chains_cached_are_the_long_way(mod, text):
    """The chains of predicates read thrice a text (dates, future spans, done links) match a fresh reading."""
    preds = mod._predicates(text)
    cjk._chains.cache_clear()
    fresh = cjk._chains.__wrapped__(text, tuple(preds))
    assert cjk._heads(text, preds) == fresh and cjk._heads(text, list(preds)) == fresh


def test_title_words_cached_are_the_long_way():
    """An office title of a word (roles.yaml ROLES as written, particle off) is the same from the cache."""
    for text in KO:
        for w in re.findall(r"[\uac00-\ud7a3]+", text):
            assert ko._is_title(w) == ko._is_title.__wrapped__(w)
    assert ko._is_title("장관과") and ko._is_title("외교차관은") and not ko._is_title("서울에서")


def test_word_before_title_is_found_by_its_start():
    """A word's index found from a map of starts, as a scan of the words found it (빌뉴스에서 란즈베르기스 외교장관과)."""
    text = "빌뉴스에서 란즈베르기스 외교장관과 회담했다."
    words = list(ko._EOJEOL.finditer(text))
    at = {m.start(): j for j, m in enumerate(words)}
    s = text.index("란즈베르기스")
    assert ko._unknown_before_title(text, words, at, "란즈베르기스", s) == (
        ko._title_ahead(text, words, 2) and ko._proper_before_title("란즈베르기스"))
    assert not ko._unknown_before_title(text, words, at, "빌뉴스", 0)


def test_date_words_absent_from_a_text_are_skipped(monkeypatch):
    """A date word no text holds is passed over by a substring test; the dates found are those of the full loop."""
    text = KO[2]
    calls = []
    finditer = re.finditer
    monkeypatch.setattr(cjk.re, "finditer", lambda p, s, *a: calls.append(p) or finditer(p, s, *a))
    found = ko._dates().find(text)
    monkeypatch.undo()
    forms = [f for f, _ in ko._dates().words] + [f for f, _ in ko._dates().weekdays]
    assert len(calls) == sum(1 for f in forms if f in text) < len(forms)
    assert found == ko._dates().find(text)


def test_town_cut_apart_is_found_with_the_heads_shortcut():
    """A listed town Kiwi cut apart is joined as before (라트비아 리가에서: 리 + 가); a morpheme that begins no town is
    passed over, as the full test of its neighbours would pass it."""
    heads = ko._city_heads()
    assert "리" in heads and all(c[:1] in heads for c in ko._listed_cities() if len(c) > 1)
    for text in ["라트비아 리가에서 외교장관 회담이 열렸다.", "에스토니아 탈린에서 양국 차관이 만났다."] + KO:
        ms = ko._morphs(text)
        for k in range(len(ms)):
            assert ko._whole_town(ms, k) == _whole_town_long(ms, k)


def _whole_town_long(ms, k):
    """ko._whole_town as on main: every morpheme tried."""
    end = ms[k][1]
    for n in range(1, 4):
        if k + n > len(ms) or ms[k + n - 1][1] != end or ms[k + n - 1][2] not in ko._PIECE:
            return 0
        end += len(ms[k + n - 1][0])
        nxt = ms[k + n] if k + n < len(ms) else None
        if n > 1 and "".join(m[0] for m in ms[k:k + n]) in ko._listed_cities() \
                and (nxt is None or nxt[1] != end or nxt[2] not in ko._PIECE):
            return n
    return 0


def test_titled_names_skip_words_of_no_name_shape(monkeypatch):
    """Names beside titles are those a full reading finds (박용민 다자외교조정관은, 외무성 부상 조용삼은, 어기구·진선미 의원)."""
    text = ("박용민 다자외교조정관은 이날 외무성 부상 조용삼은 물론 어기구·진선미 민주당 의원과 만났다. "
            "이 아시아 국가의 총리는 서울시 대표단 단장인 외무상 리용호를 만났다.")
    asked = []
    title_ahead = ko._title_ahead
    monkeypatch.setattr(ko, "_title_ahead", lambda *a: asked.append(a[2]) or title_ahead(*a))
    got = [text[s:e] for s, e in ko.titled_names(text)]
    assert {"박용민", "조용삼", "진선미"} <= set(got)
    assert ko.titled_names(text) == _titled_names_long(text, title_ahead)
    words = list(ko._EOJEOL.finditer(text))
    assert len(asked) <= 2 * sum(1 for w in words if len(w.group()) >= 3 and w.group()[0] in ko.FAMILY) < len(words)


def _titled_names_long(text, title_ahead):
    """ko.titled_names as on main: every word's titles looked for before its shape."""
    words = list(ko._EOJEOL.finditer(text))
    out, titled = [], set()
    for i in reversed(range(len(words))):
        m = words[i]
        stem, end = m.group(), m.end()
        for h in ko._honorifics():
            if stem.endswith(h) and len(stem) > len(h):
                stem, end = stem[:-len(h)], end - len(h)
                break
        nxt = words[i + 1] if i + 1 < len(words) else None
        prev = words[i - 1] if i else None
        after = nxt is not None and text[m.end():nxt.start()] == " " and title_ahead(text, words, i + 1) \
            and not stem.endswith("의")
        joined = nxt is not None and text[m.end():nxt.start()] in ko.NAME_JOINTS and i + 1 in titled
        after = after or joined
        before = prev is not None and text[prev.end():m.start()] == " " and ko._is_title(prev.group())
        if before and stem == m.group():
            stem = ko._PARTICLE.sub("", stem)
            end = m.start() + len(stem)
        known = stem in ko._registry_hangul()
        if (after or before) and (ko._native(stem) or known) and (joined or not ko._institution(stem)) \
                and not ko._is_title(stem) and not stem.endswith(("시", "군")) \
                and not (not known and ko._copular(text, m.start(), end)):
            out.append((m.start(), end))
            titled.add(i)
    return sorted(out)
