"""Korean: tokens from Kiwi (kiwipiepy) with particles split off, dates, names in Revised Romanization."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from kronika.lang import cjk
from kronika.text.spans import NameSpan
from kronika.text.tokens import Token

# One-syllable names of states used in compounds (한-폴란드, 북러, 한·미·일)
# ... of which these are also common words, and name a state only beside another
STRICT_FORMS = frozenset("남일중미")
SHORT_FORMS = frozenset("한북남러미중일日韓露朝")
# Word classes that carry no lexicon meaning: particles, endings, suffixes, punctuation, bound nouns
# The North's calendar counts years from 1912 (주체1년), as KCNA dates its reports
ERAS = {"주체": 1912}
_SKIP = re.compile(r"^(?:J|E|XS|VCP|VCN|MM|NNB|S[FPSEOW]|IC|XPN|UN|W)")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
_WORDLIKE = re.compile(r"\w")  # compiled once: asked of every morpheme


@cache
def _kiwi():
    """The Kiwi analyser; loaded on the first Korean text (about 3 s and 300 MB)."""
    kiwipiepy = cjk.require("kiwipiepy", "kiwipiepy", "Korean")
    # no thread pool, and without the typo and multi-word dictionaries: 200 MB less, same words here
    kiwi = kiwipiepy.Kiwi(num_workers=-1, load_typo_dict=False, load_multi_dict=False)
    for word in _registry_words() | _city_words():
        kiwi.add_user_word(word, "NNP")
    return kiwi


def _city_words() -> set[str]:
    """The cities of places.yaml CITIES written in Hangul, taught to Kiwi as proper nouns: unknown to it, a
    foreign town is cut apart or kept with its particle (칼리닌그라드에서, 플로브디 + 프), and the lexicon's
    form, cut alone, then differs from the text's; two-syllable ones are left out, as many are words too."""
    return {f for f in _listed_cities() if len(f) >= 3}


@cache
def _listed_cities() -> frozenset[str]:
    """Every Hangul form of places.yaml CITIES, whatever its length (리가, 탈린, 자그레브)."""
    from pathlib import Path

    from kronika import yamlfile

    raw = yamlfile.loads((Path(__file__).parent / "places.yaml").read_text(encoding="utf-8"))
    return frozenset(str(f) for forms in (raw.get("CITIES") or {}).values() for f in forms or ()
                     if _HANGUL.match(str(f)))


def _registry_words() -> set[str]:
    """The registry's names in Hangul, taught to Kiwi as proper nouns: unknown to it, a foreign name is
    cut into common words (시비하 -> 시비 + 하다); two-syllable ones are left out, as many are words too (두다)."""
    from kronika import data

    return {w for p in data.registry() for alias in p.get("aliases", []) for w in str(alias).split()
            if _HANGUL.match(w) and len(w) >= 3}


@cache
def _registry_hangul() -> frozenset[str]:
    """Every Hangul name of the registry as written, whatever its length (조현, 조태열)."""
    from kronika import data

    return frozenset(w for p in data.registry() for alias in p.get("aliases", []) for w in str(alias).split()
                     if _HANGUL.match(w) and len(w) >= 2)


def _morphs(text: str):
    """(text as written, start, tag, lemma) of every morpheme."""
    return _morphemes(text)


@lru_cache(maxsize=32)  # the tokens and the names of a text read one analysis, the costliest step
def _morphemes(text: str) -> tuple[tuple[str, int, str, str], ...]:
    return tuple((text[t.start:t.start + t.len], t.start, t.tag, t.form) for t in _kiwi().tokenize(text))


@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    ms = _morphs(text)
    joined = 0
    for k, (surface, start, tag, lemma) in enumerate(ms):
        if start < joined:
            continue  # a piece of the town joined before it
        if (n := _whole_town(ms, k)) > 1:
            whole = "".join(m[0] for m in ms[k:k + n])
            out.append(Token(whole, whole, start, start + len(whole)))
            joined = start + len(whole)
            continue
        if _SKIP.match(tag) or not _WORDLIKE.search(surface):
            continue
        unit = text[start + len(surface):start + len(surface) + 1]
        if tag.startswith("SN") and unit and unit in "년월일":
            out.append(Token(surface + unit, surface + unit, start, start + len(surface) + 1))
            continue
        # verbs are matched in their dictionary stem (만났다 -> 만나)
        low = lemma.lower() if tag.startswith(("VV", "VA")) else surface.lower()
        out += cjk.split_parts(surface, start, low)
    return tuple(cjk.split_abbreviations(out, SHORT_FORMS, text, STRICT_FORMS))


_PIECE = ("NNG", "NNP", "XSN")


def _whole_town(ms, k: int) -> int:
    """How many touching morphemes from k make one listed town that Kiwi cut apart ('라트비아 리가에서': 리 + 가,
    read as a noun and a suffix as in 작가, or as two nouns); the town ends where a particle or a space follows."""
    if ms[k][0] not in _city_heads():
        return 0  # no listed town begins with this morpheme: asked of every morpheme of a text, most are not
    end = ms[k][1]
    for n in range(1, 4):
        if k + n > len(ms) or ms[k + n - 1][1] != end or ms[k + n - 1][2] not in _PIECE:
            return 0
        end += len(ms[k + n - 1][0])
        nxt = ms[k + n] if k + n < len(ms) else None
        if n > 1 and "".join(m[0] for m in ms[k:k + n]) in _listed_cities() \
                and (nxt is None or nxt[1] != end or nxt[2] not in _PIECE):
            return n
    return 0


@cache
def _city_heads() -> frozenset[str]:
    """Every proper beginning of a listed town's Hangul form (리 of 리가): a town cut apart begins with one."""
    return frozenset(f[:i] for f in _listed_cities() for i in range(1, len(f)))


def common_noun(text: str, start: int) -> bool:
    """Is the morpheme Kiwi reads at `start` a common noun ('미디어'), not a name ('밴쿠버')?"""
    return any(at == start and tag == "NNG" for _, at, tag, _ in _morphs(text))


def tokens(text: str) -> list[Token]:
    """Words of Korean text with particles and endings split off (폴란드와 -> 폴란드)."""
    return list(_tokens(text))


def form_words(form: str) -> str:
    """A lexicon form cut into the words Kiwi finds in running text. A name Kiwi cuts short when it stands alone
    (리가 -> 리, 가나 -> 가: a particle or a verb's ending read off it) is kept whole when Kiwi, given it as the
    object of a verb, reads it as one proper noun (리가를); else its stump would match every 리 and 가 of a text
    (바로가기)."""
    words = cjk.form_words(form, tokens)
    bare = form.rstrip("*")
    if _covered(words) < _covered(form) and _HANGUL.match(bare):
        ms = _morphemes(bare + "를")
        if ms and ms[0][0] == bare and ms[0][2] == "NNP":
            return form
    return words


def _covered(words: str) -> int:
    return len(words.rstrip("*").replace(" ", ""))


@cache
def _dates() -> cjk.DatePatterns:
    # 간 after a day makes it a number of days (3일간); 같은 달 "of the same month"
    return cjk.DatePatterns(cjk.date_words("ko", "년", "월", "일", ["부터"], ERAS, span="간", same_month=("같은 달",)))


def find_dates(text: str) -> list:
    """2025년 2월 28일, 2월 27~28일, 28일(금), 지난 15일, 오늘(15일), 전날."""
    return list(_found(text))


# the dates of a text with their tense read, and before it: cached per text (cjk.cached_dates); the lambdas read
# the readers defined below when first asked
_found, _plain = cjk.cached_dates(lambda: _dates(), lambda text: _predicates(text), lambda text: _subjects(text))


def plain_dates(text: str) -> list:
    """The mentions of find_dates before the tense of their verbs is read (cjk.cached_dates)."""
    return list(_plain(text))


REPEATED_CAPTION = 40  # letters of a caption line a page prints twice (the photo's alt text, then its caption)


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Caption lines ('…악수하고 있다.(사진=외교부 제공)') that the page prints twice, as alt text and caption:
    a photo's block, whose people and verbs are the photo's. A caption printed once may be the only telling of
    the news (a photo item, a lead written as a caption), and is left to the date grammar alone."""
    spans = _dates().caption_spans(text)
    lines = [text[s:e].strip() for s, e in spans]
    seen = Counter(lines)
    return [sp for sp, line in zip(spans, lines) if len(line) >= REPEATED_CAPTION and seen[line] > 1]


# ---------------------------------------------------------------- tense
@cache
def _tense_words() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns after a verb that make it a plan, verbs whose non-past tells the present): events.yaml
    PLAN_NOUNS and PRESENT_VERBS."""
    from kronika.lang import load

    ev = load("ko").raw["events"]
    return frozenset(str(w) for w in ev.get("PLAN_NOUNS") or []), frozenset(str(w) for w in ev.get("PRESENT_VERBS") or [])


_VERB = ("VV", "XSV")
_QUOTE = re.compile(r"^(?:ᆫ|는)?다(?:고|며)$|^라(?:고|며)$")  # 방문한다고, 방문한다며, "…예정"이라며
_PLAN_ETM = ("ᆯ", "을")
_NON_PAST = ("ᆫ다", "는다", "ᆸ니다", "습니다")  # the declarative endings of the non-past (회담한다, 회담합니다)  # the prospective ending before a noun: 방문할 예정, 회담할 것


def _quoted_plan(ms, j: int) -> bool:
    """Does a closing quotation mark, the copula and a quoting ending follow the plan's noun ("예정"이라며)?"""
    while j < len(ms) and ms[j][2] == "SSC":
        j += 1
    return j + 1 < len(ms) and ms[j][2] == "VCP" and ms[j + 1][2] == "EC" and bool(_QUOTE.match(ms[j + 1][3])) \
        and j > 0 and ms[j - 1][2] == "SSC"


@lru_cache(maxsize=32)
def _predicates(text: str) -> tuple[cjk.Predicate, ...]:
    """The verbs of a text with their tense: one with a final or quoting ending (회담했다, 회담한다,
    방문한다고), a prospective one before a noun of a plan or 것 (방문할 예정, 회담할 것), one before 기로
    (회담하기로 했다: it was decided), one that links to the next clause (회담을 갖고, 방문해), or one that
    describes the noun after it (방문한 장관)."""
    ms = _morphs(text)
    plans, present = _tense_words()
    out = []
    for i, (_surface, start, tag, lemma) in enumerate(ms):
        if tag not in _VERB:
            continue
        k = i + 1
        while k < len(ms) and ms[k][2].startswith("E"):
            k += 1
        if k == i + 1:
            continue
        endings, nxt = ms[i + 1:k], (ms[k] if k < len(ms) else None)
        last = endings[-1]
        past = any(m[2] == "EP" and m[3] != "겠" for m in endings) or (tag == "VV" and lemma in present) or \
            (i and ms[i - 1][2] == "EC" and lemma == "하")  # "회담했다고 한다": hearsay
        quoted = last[2] == "EC" and bool(_QUOTE.match(last[3]))
        planned = last[2] == "ETM" and last[3] in _PLAN_ETM and nxt is not None and (nxt[3] in plans or nxt[3] == "것")
        decided = last[2] == "ETN" and nxt is not None and nxt[3] == "로"
        # "방문할 예정이다" ends its sentence with the plan; "방문할 계획을 밝혔다" tells it inside another
        said = planned and (k + 1 >= len(ms) or ms[k + 1][2] in ("VCP", "SF"))
        if planned and not said and _quoted_plan(ms, k + 1):
            said = quoted = True  # "회담을 개최할 예정"이라며 밝혔다: the plan is the quote the verb after it reports
        final = last[2] == "EF" or quoted or said
        if last[2] == "EF" and last[3] not in _NON_PAST and not any(m[3] == "겠" for m in endings):
            past = True  # an ending of speech (해, 해요) or of a question: no plan told
        # a verbal noun before 하다 (회담하) is part of the predicate: the trigger it holds is what it tells
        lo = ms[i - 1][1] if i and tag == "XSV" else start
        # "오는 29일 방문하는 피초 총리와 회담한다": a present participle describes what goes on when its clause's
        # verb does, so it shares that verb's tense as a linking verb does
        ongoing = last[2] == "ETM" and last[3] == "는" and not past
        out.append(cjk.Predicate(lo, last[1] + len(last[0]), planned or decided or (final and not past), quoted,
                                 link=(last[2] == "EC" and not quoted) or ongoing, embedded=not final and last[2] != "EC"))
    return tuple(out)


def _subjects(text: str) -> list[int]:
    """Where a subject particle (이, 가) stands: a quoted clause's own subject."""
    return [start for _s, start, tag, _l in _morphs(text) if tag == "JKS"]


def future_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the predicates that tell what is still to come (회담한다, 방문할 예정, 개최하기로)."""
    return cjk.future_spans(text, _predicates(text))


def done_links(text: str) -> list[tuple[int, int]]:
    """Spans of the verbs that link to a later clause told as done (회담하고 … 합의했다, 会談し、…一致した)."""
    return cjk.done_links(text, _predicates(text))


def press_stamp(text: str, dates: list | None = None) -> tuple | None:
    """(date, span) of the page's publication stamp: a labelled date or a photo credit's date."""
    return cjk.press_stamp("ko", text, dates, find_dates, plain_dates)


# ---------------------------------------------------------------- names
# Endings of the names of bodies (최고인민회의, 조선중앙통신, 외무성, 노동당): a proper noun ending so
# names an institution, never a person, though Kiwi tags both NNP
INSTITUTION_ENDINGS = ("회의", "위원회", "통신", "신문", "방송", "당", "외무성", "국방성", "부", "청", "처",
                       "협회", "공사", "은행", "대학", "대학교", "연구원", "연구소", "재단", "센터", "기구", "연합")


def _institution(word: str) -> bool:
    return len(word) >= 3 and word.endswith(INSTITUTION_ENDINGS)


def name_spans(text: str) -> list:
    """Proper nouns in a row (정연두, 로베르트 쿠피에츠키) and native names beside an office title
    (박용민 다자외교조정관, 부상 조용삼): the candidates for names of people."""
    spans = _tagged_names(text)
    for s, e in titled_names(text):
        # the whole word wins over Kiwi's cut of it (조 + 현)
        if not any(sp.start < e and s < sp.end and sp.end - sp.start >= e - s for sp in spans):
            spans = [sp for sp in spans if not (sp.start < e and s < sp.end)] + [_span([(text[s:e], s, e)])]
    return sorted(spans, key=lambda sp: sp.start)


def _span(words: list):

    return NameSpan(words[0][1], words[-1][2], words)


def _tagged_names(text: str) -> list:
    """Runs of Kiwi's proper nouns, without the names of bodies."""

    spans, cur, last_end = [], [], -1
    words = None
    ms = _morphs(text)
    for k, (surface, start, tag, _lemma) in enumerate(ms):
        if tag == "NNG" and len(surface) >= 3 and _HANGUL.match(surface):
            if words is None:
                words = list(_EOJEOL.finditer(text))
                at = {m.start(): j for j, m in enumerate(words)}  # the words' starts differ: one pattern's matches
            tag = "NNP" if _unknown_before_title(text, words, at, surface, start) else tag
        if tag == "NNP" and _HANGUL.match(surface) and not _institution(surface) \
                and surface not in _place_words() and not _title_glued(text, start + len(surface)) \
                and not _numbered(text, start + len(surface)) and not _compound_partner(text, start):
            if cur and not (start == last_end or text[last_end:start] == " "):
                spans.append(NameSpan(cur[0][1], cur[-1][2], cur))
                cur = []
            if cur and _closing_syllable(text, ms, k):
                surface += ms[k + 1][0]  # 차크 + 나: Kiwi's "or" is the last syllable of Tsahkna
            cur.append((surface, start, start + len(surface)))
            last_end = start + len(surface)
        elif cur:
            spans.append(NameSpan(cur[0][1], cur[-1][2], cur))
            cur = []
    if cur:
        spans.append(NameSpan(cur[0][1], cur[-1][2], cur))
    return spans


def _closing_syllable(text: str, ms, k: int) -> bool:
    """A foreign family name after its given name (마르구스 차크나, 그제고시 스헤티나) whose last syllable Kiwi cut
    off as the particle 나 ('or'): the particle closes the word and a Hangul word (the state, the title) follows,
    where 'or' would join a second name of its own kind."""
    if k + 1 >= len(ms):
        return False
    nxt, start, tag, _lemma = ms[k + 1]
    end = start + len(nxt)
    return nxt == "나" and tag == "JC" and start == ms[k][1] + len(ms[k][0]) and text[end:end + 1] == " " \
        and bool(_HANGUL.match(text[end + 1:end + 2]))


def _numbered(text: str, end: int) -> bool:
    """'코로나19', '비전2030': a word glued to a number names a disease, a plan or a model, never a person."""
    return text[end:end + 1].isdigit()


def _compound_partner(text: str, start: int) -> bool:
    """'한·비세그라드 외교장관 회의', '한-헝가리': a word joined to a state's one-syllable form is the other
    state or group of the compound, not a person."""
    return start >= 2 and text[start - 1] in "·-‧ㆍ" and text[start - 2] in SHORT_FORMS \
        and (start == 2 or not _HANGUL.match(text[start - 3]))


def _unknown_before_title(text: str, words: list, at: dict[int, int], surface: str, start: int) -> bool:
    """'빌뉴스에서 란즈베르기스 외교장관과': after a place and its particle Kiwi tags a foreign name it does not
    know as a common noun. A whole word before a title (within three words) is a name when Kiwi, given it
    alone before a title, takes it for a proper noun (as it does not take 외교, 정무 or 대변인). `at` maps where
    each of `words` starts to its index."""
    i = at.get(start)
    if i is None or words[i].end() != start + len(surface) or not _title_ahead(text, words, i + 1):
        return False
    return _proper_before_title(surface)


@lru_cache(maxsize=4096)
def _proper_before_title(word: str) -> bool:
    morphs = _kiwi().tokenize(f"{word} 장관")
    return len(morphs) == 2 and morphs[0].form == word and morphs[0].tag == "NNP"


@cache
def _place_words() -> frozenset[str]:
    """One-word names of states and cities (places.yaml COUNTRIES, CITIES): Kiwi tags them as proper nouns,
    but a state between a name and its title (쿠피에츠키 폴란드 외교부 차관) is no name to give the title to."""
    from kronika.lang import load

    places = load("ko").raw["places"]
    return frozenset(str(f) for key in ("COUNTRIES", "CITIES") for forms in (places.get(key) or {}).values()
                     for f in forms if " " not in str(f) and len(str(f)) > 1)


def _title_glued(text: str, end: int) -> bool:
    """Is the proper noun ending at `end` the head of a title written as one word with it (아태차관보, the
    Asia-Pacific assistant minister)? A name stands apart from its title (이경수 차관보)."""
    m = _EOJEOL.match(text, end)
    return bool(m) and _is_title(m.group())


_EOJEOL = re.compile(r"[\uac00-\ud7a3]+")
# particles a name or a title may carry (조용삼은, 장관과); longest first
_PARTICLE = re.compile(r"(?:에게서|에게|께서|으로|로서|과의|와의|이며|이고|은|는|이|가|을|를|의|과|와|도|에)$")


@cache
def _titles() -> tuple[str, ...]:
    """Office titles of roles.yaml as written, without the spaces between their words (외교부장관, 부상)."""
    from kronika.lang import load

    forms = {f.replace(" ", "") for v in (load("ko").raw["roles"].get("ROLES") or {}).values() for f in v}
    return tuple(sorted((f for f in forms if len(f) >= 2), key=len, reverse=True))


@cache
def _honorifics() -> tuple[str, ...]:
    from kronika.lang import load

    return tuple(str(f) for f in load("ko").raw["roles"].get("HONORIFICS") or [] if len(str(f)) >= 2)


@lru_cache(maxsize=4096)  # asked of each word of a text up to five times (titled_names, _title_ahead)
def _is_title(word: str) -> bool:
    return _PARTICLE.sub("", word).endswith(_titles())


def titled_names(text: str) -> list[tuple[int, int]]:
    """Spans of Korean names standing beside an office title, which Kiwi may not know as names: the
    name, three syllables with a family name first, right before a title in apposition (박용민
    다자외교조정관은) or, in the North's style, right after one (외무성 부상 조용삼은, 최룡해동지)."""
    words = list(_EOJEOL.finditer(text))
    out, titled = [], set()
    for i in reversed(range(len(words))):  # from the right: a name joined by a dot takes the title of the next
        m = words[i]
        stem, end = m.group(), m.end()
        for h in _honorifics():
            if stem.endswith(h) and len(stem) > len(h):
                stem, end = stem[:-len(h)], end - len(h)
                break
        prev = words[i - 1] if i else None
        before = prev is not None and text[prev.end():m.start()] == " " and _is_title(prev.group())
        word = stem  # as the title after it reads it, its particle on
        if before and stem == m.group():
            stem = _PARTICLE.sub("", stem)
            end = m.start() + len(stem)
        known = stem in _registry_hangul()  # 조현: two syllables, too short to read as a name unaided
        if not (_native(stem) or known):
            continue  # no name's shape: the titles after it need not be looked for (most words of a text)
        nxt = words[i + 1] if i + 1 < len(words) else None
        # ... but a word with the possessive 의 owns the title, it does not hold it ("이 아시아 국가의 총리는")
        after = nxt is not None and text[m.end():nxt.start()] == " " and _title_ahead(text, words, i + 1) \
            and not word.endswith("의")
        # "어기구·진선미 민주당 의원": names joined by a middle dot share the title after the last; joined to a
        # name, a word ending like a body (기구) is a name too
        joined = nxt is not None and text[m.end():nxt.start()] in NAME_JOINTS and i + 1 in titled
        after = after or joined
        # ... nor a town (서울시, 양평군), which a proper noun of Kiwi's may end like (다케시)
        if (after or before) and (joined or not _institution(stem)) \
                and not _is_title(stem) \
                and not stem.endswith(("시", "군")) and not (not known and _copular(text, m.start(), end)):
            out.append((m.start(), end))
            titled.add(i)
    return sorted(out)


def _copular(text: str, start: int, end: int) -> bool:
    """Does Kiwi read the word as a common noun and the copula, 'who is the …' (대표단 단장인 외무상 리용호)? Such
    a word says what the one named next is; it is no name (단 + 장인)."""
    ms = [x for x in _morphs(text) if start <= x[1] < end]
    return len(ms) >= 2 and ms[0][2] == "NNG" and ms[0][1] == start and any(x[2] == "VCP" for x in ms[1:])


NAME_JOINTS = ("·", "ㆍ", "‧")  # the middle dots that join a list of names under one title


def _title_ahead(text: str, words: list, i: int, reach: int = 3) -> bool:
    """Does a title end one of the next few words, with nothing but spaces between (다자외교조정관은)?"""
    for j in range(i, min(i + reach, len(words))):
        if j > i and text[words[j - 1].end():words[j].start()] != " ":
            return False
        if _is_title(words[j].group()):
            return True
    return False


# Family names in their usual spellings, not the strict Revised Romanization
FAMILY = {
    "김": "Kim", "이": "Lee", "리": "Ri", "박": "Park", "최": "Choi", "정": "Jeong", "조": "Cho", "강": "Kang",
    "윤": "Yoon", "장": "Jang", "임": "Lim", "림": "Rim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "유": "Yoo", "류": "Ryu", "홍": "Hong",
    "전": "Jeon", "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek",
    "허": "Heo", "노": "Roh", "로": "Ro", "남": "Nam", "심": "Shim", "하": "Ha", "곽": "Kwak", "성": "Sung",
    "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "나": "Na", "민": "Min", "진": "Jin", "지": "Ji",
    "엄": "Eom", "채": "Chae", "원": "Won", "천": "Cheon", "방": "Bang", "공": "Kong", "현": "Hyun",
    "함": "Ham", "변": "Byun", "염": "Yeom", "여": "Yeo", "추": "Choo", "도": "Do", "소": "So", "석": "Seok",
    "선": "Sun", "설": "Seol", "마": "Ma", "길": "Gil", "연": "Yeon", "위": "Wi", "표": "Pyo", "명": "Myung",
    "기": "Ki", "반": "Ban", "왕": "Wang", "금": "Keum", "옥": "Ok", "육": "Yook", "인": "In", "맹": "Maeng",
    "제": "Je", "모": "Mo", "탁": "Tak", "국": "Kook", "어": "Eo", "은": "Eun", "편": "Pyun", "용": "Yong",
    "예": "Ye", "경": "Kyung", "봉": "Bong", "사": "Sa", "부": "Boo", "가": "Ka", "복": "Bok", "태": "Tae",
    "목": "Mok", "형": "Hyung", "피": "Pi", "두": "Doo", "감": "Kam", "음": "Eum", "빈": "Bin", "동": "Dong",
    "온": "On", "호": "Ho", "범": "Bum", "좌": "Jwa", "승": "Seung", "상": "Sang", "단": "Dan", "당": "Dang",
}
# ... and as the North spells them (KCNA: Choe Ryong Hae, Ri Yong Ho, Pak Pong Ju, Jo Yong Won)
NORTH_FAMILY = {"최": "Choe", "조": "Jo", "박": "Pak", "이": "Ri", "리": "Ri", "임": "Rim", "림": "Rim", "노": "Ro",
                "로": "Ro", "류": "Ryu", "유": "Ryu", "정": "Jong", "윤": "Yun", "신": "Sin", "오": "O", "서": "So",
                "전": "Jon", "문": "Mun", "현": "Hyon", "허": "Ho", "안": "An", "백": "Paek", "주": "Ju", "우": "U",
                "구": "Ku", "양": "Yang", "장": "Jang", "강": "Kang", "한": "Han", "김": "Kim", "홍": "Hong", "송": "Song",
                "손": "Son", "황": "Hwang", "고": "Ko", "차": "Cha", "남": "Nam", "명": "Myong", "변": "Pyon", "태": "Thae"}


def state_spelling(original: str, name: str, country: str) -> str | None:
    """A Korean name of an official of the North with its family name as the North spells it (조용삼 ->
    Yong-sam Jo, not Cho), a two-syllable one of either Korea as a Korean name (박진 -> Jin Park); a foreign
    name with the sound ts as its state writes it (쿠피에츠키 of PL -> Kupiecki, names.yaml C_FOR_TS) and in its
    state's spelling where names.yaml RESPELL has rules (포미아노프스키 of PL -> Pomianowski); None for anyone else."""
    if country in _japanese_states() and (japanese := _japanese_name(original)):
        return japanese
    if sound_of(original) and (country in _c_for_ts() or country in _respell_rules()):
        spelt = re.sub("ts", "c", re.sub("Ts", "C", name)) if country in _c_for_ts() else name
        rules = _respell_rules().get(country, ())
        words = []
        for w in spelt.split():
            low = w.lower()
            for rx, rep in rules:
                low = rx.sub(rep, low)
            words.append(low.capitalize() if w[:1].isupper() else low)
        return " ".join(words) if words and " ".join(words) != name else None
    if _short_native(original, country):
        # 박진, 조현: two syllables are a Korean name too when a Korean state's official bears them
        families = NORTH_FAMILY if country == "KP" and original[0] in NORTH_FAMILY else FAMILY
        return f"{_syllable(original[1], True).capitalize()} {families[original[0]]}"
    if country != "KP" or not _native(original) or original[0] not in NORTH_FAMILY:
        return None
    given = name.rsplit(" ", 1)[0] if " " in name else ""
    return f"{given} {NORTH_FAMILY[original[0]]}".strip()


@cache
def _japanese_states() -> frozenset[str]:
    from kronika.lang import load

    return frozenset(str(c).upper() for c in load("ko").raw["names"].get("JAPANESE_STATES") or [])


# Korean writes a Japanese syllable's voiceless k and t as ㄱ and ㄷ at the start of a word and as ㅋ and ㅌ inside it,
# where ㄱ and ㄷ are g and d (가나스기 is Kanasugi, 다케시 Takeshi); ㅡ is the u of す, ず, つ (스, 즈, 쓰)
_JA_INITIAL = {0: "g", 1: "k", 2: "n", 3: "d", 4: "t", 5: "r", 6: "m", 7: "b", 8: "p", 9: "s", 10: "ts", 11: "",
               12: "j", 13: "j", 14: "ch", 15: "k", 16: "t", 17: "p", 18: "h"}
_JA_VOWEL = {0: "a", 1: "e", 2: "ya", 4: "o", 5: "e", 6: "yo", 8: "o", 9: "wa", 12: "yo", 13: "u", 17: "yu", 18: "u",
             20: "i"}


def _japanese_syllable(ch: str, first: bool) -> str | None:
    n = ord(ch) - 0xAC00
    if not 0 <= n < 11172:
        return None
    i, v, f = n // 588, (n % 588) // 28, n % 28
    if v not in _JA_VOWEL:
        return None
    ini, vowel = _JA_INITIAL[i], _JA_VOWEL[v]
    if first and ini in ("g", "d"):
        ini = {"g": "k", "d": "t"}[ini]
    if ini == "s" and vowel in ("i", "ya", "yu", "yo"):
        ini, vowel = "sh", vowel.lstrip("y") if vowel != "i" else "i"
    elif ini in ("j", "ch") and vowel in ("ya", "yu", "yo"):
        vowel = vowel[1:]
    elif ini == "j" and vowel == "u" and v == 18:
        ini = "z"  # 즈
    elif ini == "h" and vowel == "u":
        ini = "f"  # 후
    syl = ini + vowel
    return syl + ("n" if f == 4 else "\0" if f == 19 else "")  # ㄴ; ㅅ doubles the next consonant (っ)


def _japanese_word(word: str) -> str | None:
    parts = [_japanese_syllable(ch, i == 0) for i, ch in enumerate(word)]
    if not parts or None in parts:
        return None
    latin = "".join(parts)
    return re.sub(r"\0(.)", r"\1\1", latin).replace("\0", "")


def _japanese_name(original: str) -> str | None:
    """A Japanese name in Hangul, family name first as Korean writes it, in Hepburn 'Given Family' (미즈시마
    고이치 -> Koichi Mizushima, 이와야 다케시 -> Takeshi Iwaya); None when it is not two words of kana sounds."""
    words = (original or "").split()
    if len(words) != 2 or not all(_HANGUL.match(w) for w in words):
        return None
    family, given = (_japanese_word(w) for w in words)
    return f"{given.capitalize()} {family.capitalize()}" if family and given else None


@cache
def _respell_rules() -> dict[str, tuple[tuple[re.Pattern, str], ...]]:
    from kronika.lang import load

    raw = load("ko").raw["names"].get("RESPELL") or {}
    return {str(c).upper(): tuple((re.compile(str(p)), str(r)) for p, r in rules) for c, rules in raw.items()}


@cache
def _c_for_ts() -> frozenset[str]:
    from kronika.lang import load

    return frozenset(str(c).upper() for c in load("ko").raw["names"].get("C_FOR_TS") or [])


def _short_native(original: str, country: str) -> bool:
    """A two-syllable name of an official of a state whose names are Korean, its family name first."""
    from kronika.lang import load

    return len(original) == 2 and bool(_HANGUL.match(original)) and original[0] in FAMILY and \
        country in load("ko").raw["names"].get("NATIVE_STATES", [])


_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIAL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
           "wi", "yu", "eu", "ui", "i"]
_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
          "t", "ng", "t", "t", "k", "t", "p", "t"]


def _syllable(ch: str, first: bool) -> str:
    """Revised Romanization of one syllable; initial ㄹ reads 'r' only between vowels."""
    n = ord(ch) - 0xAC00
    if not 0 <= n < 11172:
        return ch
    i, m, f = n // 588, (n % 588) // 28, n % 28
    ini = _INITIAL[i]
    if ini == "r" and first:
        ini = "r"
    return ini + _MEDIAL[m] + _FINAL[f]


def romanise_hangul(word: str) -> str:
    """Revised Romanization of a word, syllable by syllable (라브로프 -> rabeuropeu)."""
    return "".join(_syllable(ch, i == 0) for i, ch in enumerate(word))


def _native(name: str) -> bool:
    """A Korean name: three syllables, a family name first (foreign names rarely fit, 노박 is two)."""
    return len(name) == 3 and name[0] in FAMILY


def sound_of(name: str) -> str | None:
    """A foreign name written in Hangul, in Latin letters to compare by sound (라브로프 -> rabeuropeu);
    a Korean name is one word (조태열), so a name of several words is foreign whatever its syllables."""
    words = name.split()
    if not words or not all(_HANGUL.match(w) for w in words) or (len(words) == 1 and _native(words[0])):
        return None
    return " ".join(romanise_hangul(w) for w in words)


def foreign_sound(name: str, states: frozenset[str]) -> str | None:
    """A name that reads like a Korean one (노바크, 피알라: a family name first, three syllables) named beside
    states none of whose names are Korean (names.yaml NATIVE_STATES), in Latin letters to compare by sound as
    a foreign name; None beside a Korean state or for a word not in Hangul."""
    words = name.split()
    if not states or states & _native_states() or not words or not all(_HANGUL.match(w) for w in words):
        return None
    return " ".join(romanise_hangul(w) for w in words)


@cache
def _native_states() -> frozenset[str]:
    from kronika.lang import load

    return frozenset(str(c).upper() for c in load("ko").raw["names"].get("NATIVE_STATES") or [])


def romanise(name: str) -> str:
    """'Given Family' in Latin: 정연두 -> Yeon-du Jeong; foreign names syllable by syllable, as many
    words as written (마르친 보사츠키 -> Marchin Bosatski), without the vowel Hangul adds after consonants."""
    if len(parts := name.split()) > 1:
        return " ".join(foreign_latin(p).capitalize() if _HANGUL.match(p) else p for p in parts)
    if not _HANGUL.match(name):
        return name
    # a Korean name is three syllables, the family name first; two-syllable ones (조현) are rare
    # enough to leave to the registry, and "노박" (Novák) is a foreign family name
    if _native(name):
        given = "-".join(_syllable(ch, True) for ch in name[1:])
        return f"{given.capitalize()} {FAMILY[name[0]]}"
    return foreign_latin(name).capitalize()


def foreign_latin(word: str) -> str:
    """A foreign name in Hangul, in Latin letters: 'eu' written only to carry a consonant is dropped
    (로베르트 -> robert, 쿠피에츠키 -> kupietski), and 츠 is 'ts'."""
    out, i = [], 0
    while i < len(word):
        ch = word[i]
        n = ord(ch) - 0xAC00
        nxt = ord(word[i + 1]) - 0xAC00 if i + 1 < len(word) else -1
        if 0 <= n < 11172 and n % 588 // 28 == 18 and n % 28 == 0 and len(word) > 1:  # ㅡ, no final
            ini = _INITIAL[n // 588]
            out.append({"ch": "ts", "j": "z"}.get(ini, ini))
        elif 0 <= n < 11172 and n % 588 // 28 == 18 and n % 28 == 8 and 0 <= nxt < 11172 and nxt // 588 == 5:
            # ㅡ with ㄹ before a syllable of ㄹ: a consonant and l (블라디미르 -> bladimir, not beulladimir)
            out.append(_INITIAL[n // 588] + "l" + _syllable(word[i + 1], False)[1:])
            i += 1
        else:
            out.append(_syllable(ch, i == 0))
        i += 1
    return "".join(out).replace("lr", "ll")  # ㄹㄹ is one long l: 스탈린 -> stallin


@cache
def _town_pattern() -> re.Pattern:
    from kronika.lang import load

    suffixes = load("ko").raw["places"].get("TOWN_SUFFIXES") or ()
    return re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,3})(?:" + "|".join(map(re.escape, suffixes)) + ")")


def town_spans(text: str) -> list[tuple[int, int, int, str, bool]]:
    """Municipalities: a word of two or three syllables before 시/군 (전주시를, 양평군수) as (start, the town's
    start, its end, its Revised Romanization, False: only a gazetteer's town of the home state counts)."""
    if "시" not in text and "군" not in text:
        return []
    return [(m.start(), m.start(), m.end(), romanise_hangul(m.group(1)), False)
            for m in _town_pattern().finditer(text)]
