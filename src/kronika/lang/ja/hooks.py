"""Japanese: tokens from MeCab (fugashi + unidic-lite), dates with era years, names read in Hepburn."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kronika.lang import cjk
from kronika.text.spans import NameSpan
from kronika.text.tokens import Token

# One-character names of states used in compounds (日・ポーランド, 日米, 露外相)
# ... of which these are also common words, and name a state only beside another
STRICT_FORMS = frozenset("日中北加印")
SHORT_FORMS = frozenset("日米中韓朝露英仏独伊豪印加北")
# Era names -> the Gregorian year of the era's first year (令和元年 = 2019)
ERAS = {"令和": 2019, "平成": 1989, "昭和": 1926}
_KATAKANA = re.compile(r"^[\u30a0-\u30ff]+$")
_WORDLIKE = re.compile(r"\w")  # compiled once: asked of every word
_NUMBER_UNITS = {"年", "月", "日", "時", "分", "人", "回", "か国", "カ国", "ヶ国"}


@cache
def _tagger():
    """MeCab with the unidic-lite dictionary; loaded on the first Japanese text (~20 MB, <0.1 s)."""
    fugashi = cjk.require("fugashi", "fugashi", "Japanese")
    cjk.require("unidic_lite", "unidic-lite", "Japanese")
    return fugashi.Tagger()


def _words(text: str):
    """(surface, start, feature) for every MeCab word, with offsets into the text."""
    pos = 0
    # read out at once: the tagger's nodes do not outlive its next call
    for surface, feature in [(w.surface, w.feature) for w in _tagger()(text)]:
        start = text.find(surface, pos)
        if start < 0:
            continue
        pos = start + len(surface)
        yield surface, start, feature


@lru_cache(maxsize=32)  # the tokens and the names of a text read one analysis by MeCab
def _text_words(text: str) -> tuple:
    return tuple(_words(text))


def _low(surface: str, f) -> str:
    # verbs are matched in their dictionary form (行っ -> 行う), everything else as written
    if f.pos1 in ("動詞", "形容詞") and f.orthBase:
        return f.orthBase.lower()
    return surface.lower()


@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    prev = None
    for surface, start, f in _text_words(text):
        if not _WORDLIKE.search(surface):
            prev = None
            continue
        if prev is not None and prev.text.isdigit() and prev.end == start and surface in _NUMBER_UNITS:
            # "28日" is one word: the day, not the state 日
            out[-1] = Token(prev.text + surface, (prev.text + surface).lower(), prev.start, start + len(surface))
            prev = None
            continue
        if f.pos1 in ("助詞", "助動詞") or f.pos2 == "助数詞":
            prev = None
            continue
        if f.pos1 == "接尾辞" and prev is not None and prev.end == start and _one_word(prev.text + surface):
            # "欧州局長": MeCab cuts 局 + 長 after a noun, but 局長 alone is one word, as lexicon forms are cut
            w = prev.text + surface
            out[-1] = prev = Token(w, w.lower(), prev.start, start + len(surface))
            continue
        parts = cjk.split_parts(surface, start, _low(surface, f))
        out += parts
        prev = parts[-1]
    return tuple(cjk.split_abbreviations(out, SHORT_FORMS, text, STRICT_FORMS))


@lru_cache(maxsize=4096)
def _one_word(text: str) -> bool:
    """Does MeCab read the text alone as a single word?"""
    return sum(1 for _ in _tagger()(text)) == 1


def tokens(text: str) -> list[Token]:
    """Words of Japanese text, found by MeCab; particles and auxiliaries are left out."""
    return list(_tokens(text))


def common_noun(text: str, start: int) -> bool:
    """Is the word MeCab reads at `start` a common noun ('メディア'), not a name ('バンクーバー')?"""
    return any(at == start and f.pos2 == "普通名詞" for _, at, f in _text_words(text))


def form_words(form: str) -> str:
    """A lexicon form cut into the words MeCab finds in running text."""
    return cjk.form_words(form, tokens)


@cache
def _dates() -> cjk.DatePatterns:
    # 間 after a day makes it a number of days (3日間); 両日 "both days"; 同月 and 同 "of the same month"
    return cjk.DatePatterns(cjk.date_words("ja", "年", "月", "日", ["から", "より", "～"], ERAS,
                                           span="間", both="両日", same_month=("同月", "同"),
                                           era_letters={"R": 2019, "H": 1989, "S": 1926}, kanji_numerals=True))


def find_dates(text: str) -> list:
    """2025年2月28日, 令和7年2月28日, 2月27日から28日まで, 28日, 昨日, 金曜日."""
    return list(_found(text))


# the dates of a text with their tense read, and before it: cached per text (cjk.cached_dates); the lambdas read
# the readers defined below when first asked
_found, _plain = cjk.cached_dates(lambda: _dates(), lambda text: _predicates(text), lambda text: _subjects(text))


def plain_dates(text: str) -> list:
    """The mentions of find_dates before the tense of their verbs is read (cjk.cached_dates)."""
    return list(_plain(text))


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Lines that caption a photo: '（写真）…', '…（写真提供：内閣広報室）', '会談の様子'."""
    return _dates().caption_spans(text)


# ---------------------------------------------------------------- tense
@cache
def _tense_words() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns after a verb that make it a plan, verbs whose non-past tells the present): events.yaml
    PLAN_NOUNS and PRESENT_VERBS."""
    from kronika.lang import load

    ev = load("ja").raw["events"]
    return frozenset(str(w) for w in ev.get("PLAN_NOUNS") or []), frozenset(str(w) for w in ev.get("PRESENT_VERBS") or [])


def _chain_end(words, i: int) -> int:
    """One past the last word of the verb chain starting at i: its auxiliaries (ます, れる, た) and a
    verb after て (している, していく)."""
    j = i + 1
    while j < len(words):
        s, _st, f = words[j]
        if f.pos1 == "助動詞" or (f.pos2 == "接続助詞" and s in ("て", "で")) or \
                (f.pos1 == "動詞" and f.pos2 == "非自立可能" and words[j - 1][0] in ("て", "で")):
            j += 1
            continue
        break
    return j


def _said(words, j: int) -> bool:
    """Does a noun end its sentence at j, with a copula (だ, です, である) or without one?"""
    return j >= len(words) or words[j][2].pos1 in ("助動詞", "補助記号") or "\n" in words[j][0] or \
        (words[j][0] == "で" and j + 1 < len(words) and words[j + 1][0] in ("あり", "ある"))


def _decided(words, j: int) -> bool:
    """'開催することになった', '会談を行うことで一致した': a verb before こと that was decided on."""
    after = "".join(w[0] for w in words[j:j + 3])
    return words[j][0] == "こと" and after.startswith(("ことになっ", "ことになる", "ことで一致", "ことで合意"))


@lru_cache(maxsize=32)
def _predicates(text: str) -> tuple[cjk.Predicate, ...]:
    """The verbs of a text with their tense: one that ends a sentence or a quote (会談した。, 訪問すると),
    stands before a noun of a plan (訪問する予定) or of a decision (開催することになった), links to the next
    clause (会談し、, 訪問して), or stands before a noun it describes (訪日した外相)."""
    words = _text_words(text)
    plans, present = _tense_words()
    out, i = [], 0
    while i < len(words):
        s, start, f = words[i]
        if f.pos1 != "動詞":
            i += 1
            continue
        j = _chain_end(words, i)
        chain, nxt = words[i:j], (words[j] if j < len(words) else None)
        form = str(chain[-1][2].cForm)
        past = any(w[2].cType in ("助動詞-タ", "助動詞-ナイ", "助動詞-ヌ") for w in chain) or \
            any(w[0] in ("て", "で") for w in chain[:-1]) or (f.orthBase or s) in present
        # UniDic may read the quoting と as a conjunctive one ("会談すると明らかにした"); that one, "if/when",
        # is followed by a pause ("会談すると、…"), the quoting one by the verb of saying
        quoted = nxt is not None and nxt[0] == "と" and (nxt[2].pos2 == "格助詞" or (
            nxt[2].pos2 == "接続助詞" and form.startswith("終止形") and j + 1 < len(words)
            and words[j + 1][2].pos1 != "補助記号"))
        ends = nxt is None or nxt[2].pos1 == "補助記号" or "\n" in nxt[0]
        decided = nxt is not None and _decided(words, j)
        planned = form.startswith("連体形") and nxt is not None and nxt[0] in plans
        link = chain[-1][0] in ("て", "で") or (form.startswith("連用形") and nxt is not None and nxt[0] == "、")
        if not (planned or decided or link or quoted or ends or form.startswith("連体形")):
            i = j
            continue
        # a verbal noun before する (会談し) is part of the predicate: the trigger it holds is what it tells
        lo = words[i - 1][1] if i and f.orthBase == "する" and words[i - 1][2].pos1 == "名詞" else start
        hi = chain[-1][1] + len(chain[-1][0])
        # "訪問する予定だ" ends its sentence with the plan; "協力していく考えを示した" tells it inside another
        final = (form.startswith("終止形") and (quoted or ends)) or (planned and _said(words, j + 1))
        out.append(cjk.Predicate(lo, hi, planned or decided or (final and not past), quoted, link and not final,
                                 embedded=not (final or link)))
        i = j
    return tuple(out)


def _subjects(text: str) -> list[int]:
    """Where a subject particle (が) stands: a quoted clause's own subject."""
    return [st for s, st, f in _text_words(text) if s == "が" and f.pos2 == "格助詞"]


def future_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the predicates that tell what is still to come (会談します, 訪問する予定, 開催される)."""
    return cjk.future_spans(text, _predicates(text))


def done_links(text: str) -> list[tuple[int, int]]:
    """Spans of the verbs that link to a later clause told as done (회담하고 … 합의했다, 会談し、…一致した)."""
    return cjk.done_links(text, _predicates(text))


def press_stamp(text: str, dates: list | None = None) -> tuple | None:
    """(date, span) of the page's publication stamp: a labelled date or a photo credit's date."""
    return cjk.press_stamp("ja", text, dates, find_dates, plain_dates)


# ---------------------------------------------------------------- names
def name_spans(text: str) -> list:
    """Names of people: MeCab's person names (岩屋毅) and katakana names (ラドスワフ・シコルスキ)."""

    spans, cur, last_end = [], [], -1
    for surface, start, f in _text_words(text):
        person = f.pos3 == "人名"
        foreign = bool(_KATAKANA.match(surface.replace("・", ""))) and (f.lemma is None or person)
        if person or foreign:
            joined = cur and (start == last_end or text[last_end:start] in ("・", "･", " "))
            if not joined and cur:
                spans.append(cur)
                cur = []
            cur.append((surface, start, f, foreign))
            last_end = start + len(surface)
        elif cur:
            spans.append(cur)
            cur = []
    if cur:
        spans.append(cur)
    spans = _titled_places(text, _family_runs(text, _registry_runs(text, _katakana_runs(text, _whole_katakana(text, spans)))))
    out = []
    for run in sorted(spans, key=lambda r: r[0][1]):
        words = _run_words(run, text)
        if words:
            out.append(NameSpan(words[0][1], words[-1][2], words))
    return _read_names(text, out)


# "黄教安(ファン・ギョアン)": a name in kanji the registry does not know, its reading in katakana in brackets
_READ_KANJI = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}[(（]$")


def _read_names(text: str, spans: list) -> list:
    """A Korean or Chinese name in kanji followed by its reading in katakana: the reading is the name (Japanese
    readings of the kanji are no one's: 黄 is not 'Ki'), and its span runs from the kanji, so that the state
    named before it ('韓国の黄教安(ファン・ギョアン)首相') is its own. The registry's kanji names keep theirs."""
    from kronika.text.spans import NameSpan

    rx = _registry_kanji()
    out = list(spans)
    for sp in spans:
        m = _READ_KANJI.search(text, max(0, sp.start - 5), sp.start)
        if not m or not all(_KATAKANA.match(w) for w, _s, _e in sp.words) or \
                (rx is not None and rx.fullmatch(text, m.start(), m.end() - 1)):
            continue
        out = [o for o in out if o is sp or not (m.start() <= o.start < sp.start)]
        # the words keep the reading, their offsets take the kanji and the brackets: the name as written
        words = [list(w) for w in sp.words]
        words[0][1] = m.start()
        if text[sp.end:sp.end + 1] in (")", "）"):
            words[-1][2] = sp.end + 1
        out[out.index(sp)] = NameSpan(m.start(), words[-1][2], [tuple(w) for w in words])
    return out


_KATAKANA_CHAR = re.compile(r"[\u30a1-\u30fa\u30fc]")


def _whole_katakana(text: str, spans: list) -> list:
    """'ガルージン': MeCab may cut a foreign name into a common word and a name (ガ + ルージン); a katakana
    name runs on to the katakana letters glued to it, whatever words MeCab made of them."""
    out = []
    for run in spans:
        s, e = run[0][1], run[-1][1] + len(run[-1][0])
        if not (run[0][3] and run[-1][3]):
            out.append(run)
            continue
        lo, hi = s, e
        while lo and _KATAKANA_CHAR.match(text, lo - 1):
            lo -= 1
        while hi < len(text) and _KATAKANA_CHAR.match(text, hi):
            hi += 1
        out.append(run if (lo, hi) == (s, e) else [(text[lo:hi], lo, None, True)])
    return out


_DOTTED = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・･][\u30a1-\u30fa\u30fc]+)+")


def _katakana_runs(text: str, spans: list) -> list:
    """'リ・ヨンホ': katakana words joined by a middle dot are a foreign name, whatever MeCab made of
    them; such a run replaces the runs it holds."""
    dotted = [(m.start(), m.end()) for m in _DOTTED.finditer(text)]
    out = [r for r in spans if not any(s <= r[0][1] and r[-1][1] + len(r[-1][0]) <= e for s, e in dotted)]
    covered = [(r[0][1], r[-1][1] + len(r[-1][0])) for r in out]
    for s, e in dotted:
        if not any(cs < e and s < ce for cs, ce in covered):
            out.append([(text[s:e], s, None, True)])
    return out


_KANJI_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}$")


@cache
def _registry_kanji() -> re.Pattern | None:
    """The registry's names in kanji (尹錫悦, 趙兌烈), longest first."""
    from kronika import data

    names = {w for p in data.registry() for alias in p.get("aliases", []) for w in str(alias).split()
             if _KANJI_NAME.match(w)}
    # each kanji may carry a variation selector, as MOFA prints some (辻󠄀清人: 辻 + U+E0100)
    alts = ("".join(re.escape(c) + _SELECTOR for c in w) for w in sorted(names, key=len, reverse=True))
    return re.compile("|".join(alts)) if names else None


_SELECTOR = "[\ufe00-\ufe0f\U000e0100-\U000e01ef]?"  # a variation selector: the glyph's form, not a letter
_SELECTORS = re.compile(_SELECTOR[:-1])


REGISTRY_KATAKANA_MIN = 4  # shorter katakana words of the registry (キム, リー) are also common words and parts


@cache
def _registry_katakana() -> re.Pattern | None:
    """The registry's katakana name words (ブリンケン, シコルスキ), each a whole katakana word in the text."""
    from kronika import data

    names = {w for p in data.registry() for alias in p.get("aliases", []) for w in str(alias).split()
             if _KATAKANA.match(w) and len(w) >= REGISTRY_KATAKANA_MIN}
    if not names:
        return None
    alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\u30a1-\u30fa\u30fc])(?:{alt})(?![\u30a1-\u30fa\u30fc])")


def _registry_runs(text: str, spans: list) -> list:
    """A name of the registry written in kanji, or a katakana word of one, is a name as written, whatever
    MeCab made of it (尹錫悦 is no word of its dictionary; 崔善姫 became 崔善 + 姫; before a title ブリンケン
    became the loanword ブリン + the suffix ケン); it replaces the runs it overlaps."""
    for rx, foreign in ((_registry_kanji(), False), (_registry_katakana(), True)):
        if rx is None:
            continue
        for m in rx.finditer(text):
            s, e = m.span()
            if foreign and any(r[0][1] <= s and e <= r[-1][1] + len(r[-1][0]) for r in spans):
                continue  # already in a name MeCab or a dotted run found (ラドスワフ・シコルスキ)
            spans = [r for r in spans if not (r[0][1] < e and s < r[-1][1] + len(r[-1][0]))]
            spans.append([(_SELECTORS.sub("", m.group()), s, None, foreign)])
    return spans


@cache
def _registry_families() -> frozenset[str]:
    """The family names of the registry's kanji names (岩屋 of 岩屋毅, 上川 of 上川陽子): the head of the
    name whose dictionary reading spells the family name of its Latin form."""
    from kronika import data
    from kronika.lang.translit import skeleton

    out = set()
    for p in data.registry():
        family = skeleton(str(p["name"]).split()[-1])
        for alias in p.get("aliases", []):
            w = str(alias).replace(" ", "")
            if not _KANJI_NAME.match(w):
                continue
            for n in range(1, len(w)):
                if w[:n] in SHORT_FORMS:
                    break  # 韓 is Korea's short name before a title (韓外相), 韓 the family name in 韓悳洙
                if skeleton(_reading(w[:n])) == family:
                    out.add(w[:n])
                    break
    return frozenset(out)


def _reading(word: str) -> str:
    """A kanji word's dictionary reading in Latin letters (岩屋 -> iwaya)."""
    return "".join(kana_to_hepburn(f.kana) if f.kana and f.kana != "*" else s for s, _st, f in _words(word))


@cache
def _title_heads() -> re.Pattern:
    """The office titles and honorifics of roles.yaml as written (外務大臣, 官房長官, 氏), longest first."""
    from kronika.lang import load

    raw = load("ja").raw["roles"]
    forms = {f.replace(" ", "") for v in (raw.get("ROLES") or {}).values() for f in v}
    forms |= {str(f) for f in raw.get("HONORIFICS") or []}
    return re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))


_NOT_BEFORE_NAME = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff々]")


def _family_runs(text: str, spans: list) -> list:
    """'岩屋外務大臣', '林官房長官', '上川氏': the press names an official by family name and title; a registry
    family name right before a title is that name, whatever MeCab made of it (岩屋 is a common noun to it,
    上川 a place), unless it ends a longer word (小林外相 is no 林)."""
    fams = _registry_families()
    if not fams:
        return spans
    titles = _title_heads()
    for fam in sorted(fams, key=len, reverse=True):
        for m in re.finditer(re.escape(fam), text):
            s, e = m.span()
            if (s and _NOT_BEFORE_NAME.match(text, s - 1)) or not titles.match(text, e):
                continue
            if any(r[0][1] < e and s < r[-1][1] + len(r[-1][0]) for r in spans):
                continue
            spans.append([(fam, s, None, False)])
    return spans


def _titled_places(text: str, spans: list) -> list:
    """'ポーランドのラウ外相', 'ラウ・ポーランド外相': a short foreign name the dictionary holds as a place it knows
    no original of (ラウ; real places carry theirs: ポーランド-Poland) is a name when an office title follows it
    and a state is named beside it, as the press introduces a foreign official."""
    titles, words = _title_heads(), _text_words(text)
    for i, (surface, start, f) in enumerate(words):
        end = start + len(surface)
        if f.pos3 != "地名" or "-" in (f.lemma or "-") or not _KATAKANA.match(surface) or \
                (start and _KATAKANA_CHAR.match(text, start - 1)) or not _state_beside(words, i, text):
            continue
        after = end + 1 if text[end:end + 1] in ("・", "･") else end
        if i + 2 < len(words) and after > end:  # 'ラウ・ポーランド外相': the title after the state
            after = words[i + 2][1] + len(words[i + 2][0])
        if titles.match(text, after) and \
                not any(r[0][1] < end and start < r[-1][1] + len(r[-1][0]) for r in spans):
            spans.append([(surface, start, None, True)])
    return spans


def _state_beside(words, i: int, text: str) -> bool:
    """Is a place of the dictionary's (a state, with its original: ポーランド-Poland) named right before the word
    with の, or right after it with a middle dot?"""
    named = lambda w: w[2].pos3 == "地名" and "-" in (w[2].lemma or "")
    before = i >= 2 and words[i - 1][0] == "の" and named(words[i - 2])
    after = i + 2 < len(words) and words[i + 1][0] in ("・", "･") and named(words[i + 2])
    return before or after


def _run_words(run: list, text: str) -> list[tuple[str, int, int]]:
    """Kanji names are one word (岩屋毅, as the registry writes them); katakana names keep their parts."""
    words: list[tuple[str, int, int]] = []
    for surface, start, _f, foreign in run:
        if foreign:
            for t in cjk.split_parts(surface, start, surface):
                if words and words[-1][2] == t.start and _KATAKANA.match(words[-1][0]) and _KATAKANA.match(t.text):
                    # "モルグロフ": MeCab's cut of one katakana word (モル + グロフ) is no name of two words
                    words[-1] = (words[-1][0] + t.text, words[-1][1], t.end)
                else:
                    words.append((t.text, t.start, t.end))
        elif words and not _KATAKANA.match(words[-1][0]) and words[-1][2] == start:
            w, s, _e = words[-1]
            words[-1] = (w + surface, s, _end_in(text, start, surface) if _f is None else start + len(surface))
        else:
            words.append((surface, start, _end_in(text, start, surface) if _f is None else start + len(surface)))
    return words


def _end_in(text: str, start: int, word: str) -> int:
    """Where a registry name stripped of its variation selectors (辻󠄀清人 read as 辻清人) ends in the text."""
    i, n = start, 0
    while i < len(text) and (n < len(word) or _SELECTORS.match(text, i)):
        n += not _SELECTORS.match(text, i)
        i += 1
    return i


_KANA_WORD = re.compile(r"^[\u3040-\u30ff]+$")


def script_latin(word: str) -> str | None:
    """A word in kana spelt in Latin letters, so that registry keys of kana names are comparable."""
    return kana_to_hepburn(word.replace("・", "")) if _KANA_WORD.match(word.replace("・", "")) else None


def sound_of(name: str) -> str | None:
    """A foreign name written in katakana, in Latin letters to compare by sound (ラブロフ -> raburofu)."""
    words = [w for w in re.split(r"[\s・･]+", name) if w]
    return " ".join(kana_to_hepburn(w) for w in words) if words and all(_KATAKANA.match(w) for w in words) else None


def romanise(name: str) -> str:
    """Hepburn 'Given Family' from the dictionary's readings (岩屋毅 -> Takeshi Iwaya), word by word."""
    if len(parts := name.split()) > 1:
        return " ".join(romanise(p) for p in parts)
    family, given = [], []
    surname = False  # has the family name a word the dictionary knows as one ("宮路拓馬": 宮路 then 拓馬)
    kanji = bool(_KANJI_CHAR.search(name))  # (a katakana name is one word, whatever MeCab made of it)
    words = _words(name.translate(_NAME_VARIANTS))
    for i, (surface, _s, f) in enumerate(words):
        reading = f.kana if f.kana and f.kana != "*" else surface
        latin = kana_to_hepburn(reading)
        # the family name comes first, its first word always ("桐明和久": both are tagged given names); the
        # given name from the first given-name word on, or from the word after a known family name
        # ("黒田育宏": 育 is no part of 黒田)
        if given or f.pos4 == "名" and (i or not kanji) or surname and kanji:
            given.append(latin)
        else:
            family.append(latin)
            surname = surname or f.pos4 == "姓"
    if kanji and not given and len(family) > 1:  # "小野日子", "柴橋正直": no word the dictionary knows as a given name
        given.append(family.pop())
    if not family and not given:
        return name
    return " ".join(w.capitalize() for w in ("".join(given), "".join(family)) if w)


_KANJI_CHAR = re.compile(r"[\u4e00-\u9fff]")
# kanji variants names are written with that the dictionary does not read (髙岡 is 高岡)
_NAME_VARIANTS = str.maketrans({"髙": "高", "﨑": "崎", "德": "徳", "濵": "濱", "邉": "邊"})


_KANA = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho", "シェ": "she",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "チェ": "che", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo",
    "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
    "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ジェ": "je", "ビャ": "bya", "ビュ": "byu", "ビョ": "byo",
    "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo", "ファ": "fa", "フィ": "fi", "フェ": "fe", "フォ": "fo",
    "ティ": "ti", "ディ": "di", "トゥ": "tu", "ドゥ": "du", "ウィ": "wi", "ウェ": "we", "ウォ": "wo",
    "ヴァ": "va", "ヴィ": "vi", "ヴェ": "ve", "ヴォ": "vo", "ツァ": "tsa", "ツィ": "tsi", "ツェ": "tse",
    "ズィ": "zi", "スィ": "si",  # foreign zi, si (ジ, シ are ji, shi)
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke",
    "コ": "ko", "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so", "タ": "ta", "チ": "chi",
    "ツ": "tsu", "テ": "te", "ト": "to", "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no",
    "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho", "マ": "ma", "ミ": "mi", "ム": "mu",
    "メ": "me", "モ": "mo", "ヤ": "ya", "ユ": "yu", "ヨ": "yo", "ラ": "ra", "リ": "ri", "ル": "ru",
    "レ": "re", "ロ": "ro", "ワ": "wa", "ヲ": "o", "ン": "n", "ガ": "ga", "ギ": "gi", "グ": "gu",
    "ゲ": "ge", "ゴ": "go", "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo", "ダ": "da",
    "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do", "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be",
    "ボ": "bo", "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po", "ヴ": "vu",
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "ya", "ュ": "yu", "ョ": "yo",
}


def kana_to_hepburn(kana: str) -> str:
    """Hepburn without macrons, as names are spelt in English (ヨウコ -> yoko, オオノ -> ono)."""
    kana = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in kana)  # hiragana -> katakana
    out, i = [], 0
    while i < len(kana):
        pair = kana[i:i + 2]
        if pair in _KANA:
            out.append(_KANA[pair])
            i += 2
            continue
        c = kana[i]
        if c == "ッ" and i + 1 < len(kana):
            nxt = _KANA.get(kana[i + 1:i + 3]) or _KANA.get(kana[i + 1], "")
            out.append("t" if nxt.startswith("ch") else nxt[:1])
        elif c == "ー":
            pass  # long vowels are not written in English spellings of names
        else:
            out.append(_KANA.get(c, c))
        i += 1
    s = "".join(out)
    return re.sub(r"ou|oo", "o", re.sub(r"uu", "u", s))


# between a name and the brackets of its Latin original: its state and title, so no pause, no bracket,
# no kana of the grammar (particles, verb endings) and no line break
_GLOSS_GAP = re.compile(r"[、。，,.\n「」『』()（）\u3041-\u3096]")


def gloss_after(text: str, end: int) -> list[tuple[str, int, int]] | None:
    """'カトリーヌ・コロンナ仏欧州・外務相(H.E. Ms. Catherine COLONNA, …)': the Latin original a release gives
    in brackets after a foreign name, its state and its title."""
    return cjk.latin_original(text, end, _GLOSS_GAP)


# ---------------------------------------------------------------- Korean names in katakana
_SMALL = "ャュョァィゥェォヮ"
_FINALS = "ンクルプムッ"  # kana that close a Korean syllable (윤 ユン, 석 ソク, 열 ヨル, 법 ポプ, 임 イム)
_KOREAN_KANA = {"ファ": "hwa", "フィ": "hwi", "フェ": "hwe", "フォ": "hwo", "フ": "hu", "シ": "si", "ジ": "ji",
                "ツ": "ts"}


@cache
def _korean_families() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    from kronika.lang import load

    names = load("ja").raw["names"]
    return ({str(k): str(v) for k, v in (names.get("KOREAN_FAMILY") or {}).items()},
            {str(k): str(v) for k, v in (names.get("KOREAN_FAMILY_NORTH") or {}).items()},
            frozenset(str(c).upper() for c in names.get("KOREAN_STATES") or []))


def _morae(kana: str) -> list[str]:
    out: list[str] = []
    for ch in kana:
        if ch in _SMALL and out:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _korean_syllables(kana: str) -> list[list[str]]:
    """Katakana of a Korean given name cut into its syllables: a mora, with a closing ン, ク, ル, プ, ム when
    another mora follows (ユンジュ -> ユン ジュ, ソクヨル -> ソク ヨル, ギョアン -> ギョ アン)."""
    morae, out, i = _morae(kana), [], 0
    while i < len(morae):
        syl = [morae[i]]
        i += 1
        # a closing kana ends the name, or comes before a syllable of no consonant of its own (ソクヨル);
        # ン closes its syllable always (ホンギュン)
        if i < len(morae) and morae[i] in _FINALS and \
                (i + 1 == len(morae) or morae[i] == "ン" or morae[i + 1][0] in _VOWEL_KANA):
            syl.append(morae[i])
            i += 1
        out.append(syl)
    # a Korean given name is two syllables, seldom three: a lone closing kana between two closes the one
    # before (ドクス is 덕수, Deok-su)
    for k in range(1, len(out) - 1):
        if len(out) > 2 and len(out[k]) == 1 and out[k][0] in _FINALS and len(out[k - 1]) == 1:
            out[k - 1:k + 1] = [out[k - 1] + out[k]]
            break
    return out


_VOWEL_KANA = "アイウエオヤユヨワ"
_CODA = {"ン": "n", "ク": "k", "ル": "l", "プ": "p", "ム": "m", "ッ": "t"}


def _korean_latin(syllable: list[str]) -> str:
    """One Korean syllable from its katakana morae: its closing kana as a consonant (ソク -> sok)."""
    latin = "".join(_KOREAN_KANA.get(m) or kana_to_hepburn(m) for m in syllable[:1])
    return (latin + "".join(_CODA.get(m, kana_to_hepburn(m)) for m in syllable[1:])).replace("shi", "si")


@cache
def _respell_rules() -> dict[str, tuple[tuple[re.Pattern, str], ...]]:
    from kronika.lang import load

    raw = load("ja").raw["names"].get("RESPELL") or {}
    return {str(c).upper(): tuple((re.compile(str(p)), str(r)) for p, r in rules) for c, rules in raw.items()}


def _respelt(original: str, country: str) -> str | None:
    """A katakana name in the spelling of its bearer's state (names.yaml RESPELL): ヤニシェフスキ of PL ->
    Janiszewski; None for a state without rules or a name not all in katakana."""
    rules = _respell_rules().get(country)
    parts = [p for p in re.split(r"[\s・･=＝]+", original or "") if p]
    if not rules or not parts or not all(_KATAKANA.match(p) for p in parts):
        return None
    out = []
    for p in parts:
        latin = kana_to_hepburn(p)
        for rx, rep in rules:
            latin = rx.sub(rep, latin)
        out.append(latin.capitalize())
    return " ".join(reversed(out) if country in _family_first() else out)


@cache
def _family_first() -> frozenset[str]:
    """States whose people's katakana names stand family name first (names.yaml FAMILY_FIRST)."""
    from kronika.lang import load

    return frozenset(str(c).upper() for c in load("ja").raw["names"].get("FAMILY_FIRST") or ())


def state_spelling(original: str, name: str, country: str) -> str | None:
    """A katakana name of an official of a Korean state that opens with a Korean family name (ファン・ギョアン,
    the reading of 黄教安) as a Korean name: 'Gyo-an Hwang', not 'Fan Gyoan'; the North's spelling of the family
    name for its officials (チェ・ヨンサム -> Yong-sam Choe); a katakana name of a state with spelling rules in
    its spelling (ヤニシェフスキ of PL -> Janiszewski). None for anyone else."""
    if (respelt := _respelt(original, country)) is not None:
        return respelt
    south, north, states = _korean_families()
    # the name as its reading in brackets after the kanji gives it (黄教安(ファン・ギョアン))
    parts = [p for p in re.split(r"[\s・･]+", re.split(r"[(（]", original or "")[-1].rstrip(")）")) if p]
    if country not in states or len(parts) != 2 or not all(_KATAKANA.match(p) for p in parts) \
            or parts[0] not in south or "ー" in parts[1] or "ヴ" in parts[1]:
        return None
    family = (north.get(parts[0]) if country == "KP" else None) or south[parts[0]]
    syllables = _korean_syllables(parts[1])
    if not 1 <= len(syllables) <= 3:
        return None
    given = "-".join(_korean_latin(s) for s in syllables)
    return f"{given.capitalize()} {family}"


_COINABLE = re.compile(r"^[\u4e00-\u9fff\u3005\u30f6\u306e]+$")  # kanji (and の, ヶ): a Japanese town's name


@cache
def _town_words() -> tuple[frozenset[str], frozenset[str]]:
    from kronika.lang import load

    p = load("ja").raw["places"]
    return frozenset(p.get("TOWN_SUFFIXES") or ()), frozenset(p.get("PREFECTURE_WORDS") or ())


def _prefecture_before(words, i: int, prefecture: frozenset[str]) -> int:
    """Where the prefecture before word i starts ("福岡県久留米市", "島根県の隠岐の島町"), or word i's start."""
    st = words[i][1]
    k = i - 1
    if k >= 0 and words[k][0] == "の" and words[k][1] + 1 == st:
        k, st = k - 1, words[k][1]
    if k >= 1 and words[k][0] in prefecture and words[k - 1][2].pos3 == "地名" and words[k][1] + len(words[k][0]) == st:
        return words[k - 1][1]
    return words[i][1]


def town_spans(text: str) -> list[tuple[int, int, int, str, bool]]:
    """Municipalities: a place name MeCab tags 地名 before 市/町/村 (久留米市, 隠岐の島町) as (start, with the
    prefecture before it; the town's start; its end; its reading in Hepburn; whether a kanji name may stand
    for a town no gazetteer holds)."""
    suffixes, prefecture = _town_words()
    words = _text_words(text)
    out = []
    for i in range(len(words) - 1):
        s, st, f = words[i]
        nxt = words[i + 1]
        # "韓国市民": a state's name (地名 of the kind 国) before 市民 is no town
        if f.pos3 != "地名" or f.pos4 == "国" or nxt[0] not in suffixes or nxt[1] != st + len(s):
            continue
        if i + 2 < len(words) and words[i + 2][0] == "長" and words[i + 2][1] == nxt[1] + len(nxt[0]):
            continue  # "池田町長": Mayor Ikeda
        start = _prefecture_before(words, i, prefecture)
        reading = kana_to_hepburn(f.kana) if f.kana and f.kana != "*" else ""
        # a name no gazetteer holds is a town only as a city (市), or as a town or village (町, 村) after its
        # prefecture: "城北町" is also a quarter's name, "池田町長" Mayor Ikeda
        coin = bool(_COINABLE.match(s)) and (nxt[0] == "市" or (start < st and nxt[0] in ("町", "村")))
        if reading:
            out.append((start, st, st + len(s) + 1, reading, coin))
    return out
