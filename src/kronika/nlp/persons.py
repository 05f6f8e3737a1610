"""People: officials from the registry in any script, and others found by their office titles."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import product, repeat

from kronika import data
from kronika.cache import stored
from kronika.lang import hook, load
from kronika.lang.translit import has_cyrillic, loose_sound, rewrite, romanise, skeleton, sound_key, sound_keys
from kronika.nlp.chinese import chinese_name, czech_chinese_name, declined_palladius, read
from kronika.nlp.foreign_names import hepburn, japanese_names, japanese_shaped, known_japanese, merged_vowel
from kronika.nlp.korean import family_of, korean_name, more_common_family
from kronika.nlp.pinyin import chinese_reading
from kronika.text.scripts import HAN, HANGUL, KATAKANA_LETTERS
from kronika.text.spans import NameSpan
from kronika.text.tokens import UPPER, case_readings, fold

# A capitalised word, possibly hyphenated ("Tae-yul", "Grlić"), in Latin or Cyrillic script.
# The capital comes first and the look-behind after it, "(?<![\w'].)" (nothing of a word before that
# capital): a pattern that opens with a set of letters is searched for in C, a third faster.
NAME_WORD = re.compile(rf"[{UPPER}](?<![\w'].)[\w'’]*(?:-[\w'’]+)*\.?", re.UNICODE)
PARTICLES = {"von", "der", "van", "den", "de", "da", "di", "al", "bin", "fon", "дер", "фон"}
_ARTICLES = frozenset({"der", "den", "дер"})  # particles that are articles too: a name's only after another particle


@dataclass
class PersonMention:
    name: str               # canonical "Given Family"
    original: str           # as written
    start: int
    end: int
    country: str | None = None
    role: str | None = None
    registry_id: int | None = None
    role_span: tuple[int, int] | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    anglicised: bool = False  # an East Slavic name already spelt the English way


_MATCH_START, _MATCH_TEXT = re.Match.start, re.Match.group


def name_spans(text: str) -> list[NameSpan]:
    """Runs of capitalised words on one line, separated by single spaces."""
    spans: list[NameSpan] = []
    cur: list[tuple[str, int, int]] = []
    last_end = -10
    # the matches' starts and words read in C, and the single space between two words of a run (most gaps)
    # tested first: the loop's head once a word, not method calls and three tests (issue 14)
    ms = list(NAME_WORD.finditer(text))
    for start, w in zip(map(_MATCH_START, ms), map(str.rstrip, map(_MATCH_TEXT, ms), repeat("."))):
        if cur:
            gap = text[last_end:start]
            if gap == "- ":
                pw, ps, _pe = cur[-1]  # "Kim Yong- Ho": a hyphenated name broken at the line's end
                cur[-1] = (f"{pw}-{w}", ps, start + len(w))
                last_end = start + len(w)
                continue
            # a particle joins name words, not an acronym to a place ("deputatul PNL de Suceava")
            # "Van der Bellen" joins, "Außenminister Kono den Standpunkt Japans" does not: an article alone
            # is a particle only after one ("Van", "De")
            if gap != " " and not ("\n" not in gap and len(gap) < 10 and gap.strip()
                                   and PARTICLES.issuperset(gap.lower().split()) and not _acronym(cur[-1][0])
                                   and not (_ARTICLES.issuperset(gap.lower().split())
                                            and cur[-1][0].lower() not in PARTICLES)):
                spans.append(NameSpan(cur[0][1], cur[-1][2], cur))
                cur = []
        last_end = start + len(w)
        cur.append((w, start, last_end))
    if cur:
        spans.append(NameSpan(cur[0][1], cur[-1][2], cur))
    return spans


def _acronym(word: str) -> bool:
    """A word of two to five capitals that no one bears as a name (PNL, ODS, SaS), not KIM or ABE."""
    return 2 <= len(word) <= 5 and word.isupper() and fold(word) not in _east_asian_names() \
        and fold(word) not in data.name_lists()["KOREAN_FAMILY"]


# ---------------------------------------------------------------- registry
@dataclass(frozen=True)
class RegistryIndex:
    people: tuple[dict, ...]
    by_prefix: dict  # first 3 letters of a word key -> [(person, word key, position, alias length)]
    family: tuple[frozenset, ...]  # per person: keys of the family name in every spelling


@lru_cache(maxsize=4096)  # the registry's dates, read at every look-up of an office
def _date(v) -> dt.date | None:
    if v is None:
        return None
    if isinstance(v, dt.date):
        return v
    s = str(v)
    parts = [int(x) for x in re.findall(r"\d+", s)]
    try:
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (IndexError, ValueError):
        return None


@cache
def one_letter_names() -> dict[str, int]:
    """Registry spellings, lower-case, whose last word is one letter ("ван и", "ван ї": Wang Yi in Russian and
    Ukrainian), with their person's id: the word keys of the index skip a letter as an initial."""
    return {str(alias).lower(): pid for pid, p in enumerate(registry_index().people)
            for alias in [p["name"], *p.get("aliases", [])]
            if len(str(alias).split()) >= 2 and len(str(alias).split()[-1]) == 1}


def closes_with_letter(prev: str, letter: str, code: str) -> bool:
    """Does the one-letter word close a registry name after `prev`, as written or in a case ("Ван И",
    "Wangem I")? Then it is a given name, no initial."""
    names = one_letter_names()
    return any(f"{r} {letter}".lower() in names for r in _short_readings(prev, load(code).name_endings))


def match_one_letter(span: NameSpan) -> tuple[int, int, int] | None:
    """(person id, first word, last word) of an official whose name ends in a one-letter word, as the run's
    last two words spell it ("Глава МИД КНР Ван И")."""
    n = len(span.words)
    pid = one_letter_names().get(" ".join(w for w, _, _ in span.words[-2:]).lower()) if n >= 2 else None
    return (pid, n - 2, n - 1) if pid is not None else None


@cache
def east_asian_aliases() -> dict[str, int]:
    """Every spelling of a Chinese, Japanese or Korean official's name in two or three words, lower-case, with
    his id: what the short words of such a name are, once a Slavic case ending is off them."""
    return {str(alias).lower(): pid for pid, p in enumerate(registry_index().people)
            if p.get("country") in ("CN", "JP", "KR", "KP")
            for alias in [p["name"], *p.get("aliases", [])] if 2 <= len(str(alias).split()) <= 3}


def _short_readings(word: str, endings) -> set[str]:
    """The word and its nominatives by the language's endings, a stem of a single letter allowed ("Yiem" -> "Yi",
    "Wangem" -> "Wang"): the syllables of an East Asian name are short."""
    return {word} | {word[: len(word) - len(end)] + rep for end, rep in endings
                     if word.endswith(end) and len(word) > len(end)}


@lru_cache(maxsize=4096)
def match_cased_east_asian(words: tuple[str, ...], code: str) -> tuple[int, int, int] | None:
    """(person id, first word, last word) of an East Asian official whose two-word name stands in a case, each
    word with its ending ("Wangom Yiem", "Wangem I", "Vang Jijem": Wang Yi), read back to a registry spelling."""
    if len(words) < 2:
        return None
    aliases, endings = east_asian_aliases(), load(code).name_endings
    first, last = _short_readings(words[-2], endings), _short_readings(words[-1], endings)
    for a in first:
        for b in last:
            pid = aliases.get(f"{a} {b}".lower())
            if pid is not None:
                return pid, len(words) - 2, len(words) - 1
    return None


def _registry_inputs() -> list[str]:
    return [str(f) for f in data.registry_files()]


@cache
@stored("registry", inputs=_registry_inputs)  # the spellings of every alias cost a second to compute
def registry_index() -> RegistryIndex:
    """Word keys of every official's name and aliases, for fast look-up."""
    people = tuple(data.registry())
    by_prefix: dict[str, list] = {}
    family: list[frozenset] = []
    for pid, p in enumerate(people):
        seen = set()
        canon_family = skeleton(p["name"].split()[-1])
        canon_given = skeleton(p["name"].split()[0])
        fam = {canon_family}
        east_asian = p.get("country") in ("JP", "KR", "KP", "CN")
        for alias in p.get("aliases", []):
            words = [w for w in re.split(r"[\s]+", str(alias)) if w and w.lower() not in PARTICLES]
            keys = [skeleton(w) for w in words]
            if not keys:
                continue
            if not east_asian or len(keys) == 1:
                fam.add(keys[-1])  # the family name as other scripts spell it
            elif _word_matches(keys[0], canon_family) or _word_matches(keys[-1], canon_given):
                fam.add(keys[0])   # family-first spellings: "Kishida Fumio", "Цой Сон Хи"
            elif _word_matches(keys[-1], canon_family) or _word_matches(keys[0], canon_given):
                fam.add(keys[-1])  # given-first in another script: "Такеши Иваја"
        if canon_given != canon_family:
            fam.discard(canon_given)  # "Kövér László": a lone "László" is not the speaker
        family.append(frozenset(fam))
        for alias in [p["name"], *p.get("aliases", [])]:
            words = [w for w in re.split(r"[\s]+", str(alias)) if w and w.lower() not in PARTICLES]
            keys = [skeleton(w) for w in words]
            aid = (pid, tuple(keys))  # one alias: all its words must be found together
            for pos, k in enumerate(keys):
                if len(k) < 2 or (k, aid) in seen:
                    continue
                seen.add((k, aid))
                by_prefix.setdefault(k[:3], []).append((pid, k, aid, len(keys)))
    return RegistryIndex(people, by_prefix, tuple(family))


def _key_hits(k: str) -> tuple[tuple[int, tuple], ...]:
    """(person, alias) pairs with a word that this text word may be a form of."""
    buckets = registry_index().by_prefix
    entries = list(buckets.get(k[:3], ()))
    if len(k) > 2:  # two-letter syllables ("Ын") are filed under two letters
        entries += [e for e in buckets.get(k[:2], ()) if len(e[1]) == 2]
    korean = _korean_given_keys()
    # a Korean given name declines only by an ending after it: "Young-soo" is no case of "Young-se"
    return tuple((pid, aid) for pid, nk, aid, _n in entries
                 if _word_matches(k, nk) and (nk not in korean or k.startswith(nk)))


@lru_cache(maxsize=65536)  # per word key, like skeleton(): a name recurs over a batch of news
def _key_table(k: str) -> tuple[tuple[int, ...], tuple[tuple, ...]]:
    """The persons and the aliases _key_hits(k) names, each once, in the order of their first hit."""
    hits = _key_hits(k)
    return tuple(dict.fromkeys(pid for pid, _ in hits)), tuple(dict.fromkeys(aid for _, aid in hits))


@cache
def _korean_given_keys() -> frozenset[str]:
    """Word keys of the hyphenated given names of the registry's Korean officials ("Young-se", "Tae-yul")."""
    return frozenset(skeleton(w) for p in registry_index().people if p.get("country") in EAST_ASIAN_STATES["korean"]
                     for alias in [p["name"], *p.get("aliases", [])] for w in str(alias).split() if "-" in w)


_VOWEL_RE = re.compile(r"[aeiouy]")


def _consonants(k: str) -> str:
    return _VOWEL_RE.sub("", k)


def _word_matches(text_key: str, name_key: str) -> bool:
    """Same name, allowing a case ending on the text side (Kamikawą, Ławrowem, Išibou, Pavla)."""
    if text_key == name_key:
        return True
    if 2 <= len(name_key) <= 3:
        # short Korean syllables take endings too, an alias needs all its words
        # ("Ким Чен Ыном"), a listed ending of three letters too (Hungarian "Phjóval")
        return text_key.startswith(name_key) and (len(text_key) - len(name_key) <= 2
                                                  or text_key[len(name_key):] in _case_endings())
    if len(name_key) >= 4 and name_key[-1] == "i" and name_key[-2] in "aeou" and len(text_key) <= len(name_key) + 1 \
            and text_key.startswith(name_key[:-1]) and text_key != name_key[:-1]:
        return True  # the glide of Андрей, Andrzej gives way to the ending: Андреем, Andrzejem, Андрея
    if name_key[-1:] in "aeiouy" and text_key.startswith(name_key) and _new_syllable(text_key[len(name_key):]) \
            and name_key[-1] + text_key[len(name_key):] not in _case_endings():
        # "Kuraishi" is no case of "Kurai": after a full vowel-final name, a syllable of its own; but Slovak
        # "Takešiho" is Takeši's genitive, the listed ending -iho on its final i
        return False
    if len(name_key) >= 4 and len(text_key) >= len(name_key) - 1:
        # a final vowel gives way to the ending (Kamikawa -> Kamikawą); a consonant takes one (Ławrowem)
        stem = name_key[:-1] if name_key[-1] in "aeiouy" else name_key
        if name_key[-1] == "s" and name_key[-2] in "aeiouy" and len(name_key) >= 6:
            stem = name_key[:-2]  # Baltic nominatives: Skvernelis -> Skverneliui, Budrys -> Budriui
        if text_key.startswith(stem) and len(text_key) - len(name_key) <= 3:
            rest = text_key[len(stem):]
            # a short stem takes a vowel ending or a doubled consonant (Hungarian Orbánnal), not a new
            # syllable: "Horvat" is no form of "Horii"
            return len(stem) > 4 or not rest or rest[0] in "aeiouy" or rest[0] == stem[-1]
        # a vowel that drops out in declension: Pavel -> Pavla, Marek -> Marka
        tc, nc = _consonants(text_key), _consonants(name_key)
        return len(nc) >= 3 and tc.startswith(nc) and len(tc) - len(nc) <= 1 and text_key[0] == name_key[0]
    return False


@cache
def _case_endings() -> frozenset[str]:
    """Every case ending the languages list for names (names.yaml NAME_ENDINGS), folded."""
    from kronika.lang import available, names_data

    # the raw data files, not load(): compiling every language would start the Japanese and Korean analysers
    return frozenset(fold(str(pair[0])).lstrip("-") for code in available()
                     for pair in names_data(code).get("NAME_ENDINGS") or () if pair)


def _new_syllable(rest: str) -> bool:
    """Does what follows a whole name begin a syllable of another name, not a case ending ('shi', 'ta')?"""
    return len(rest) >= 2 and rest[0] not in "aeiouy" and rest not in _case_endings()


_MONTH = dt.timedelta(days=31)  # the slack around a term of office


def role_at(person: dict, when: dt.date | None) -> dict | None:
    """The person's role at a date (or the latest role when the date is unknown)."""
    roles = person.get("roles") or []
    if not roles:
        return None
    if when:
        return _first_role_at(roles, when)
    return roles[-1]


def _first_role_at(roles: list[dict], when: dt.date) -> dict | None:
    """The first of _roles_at's offices, without reading the roles after it."""
    for r, (lo, hi) in zip(roles, _terms(roles)):  # _within's test, inline: every person mention asks
        if (lo is None or lo <= when) and (hi is None or when <= hi):
            return r
    return None


def _within(term: tuple[dt.date | None, dt.date | None], when: dt.date) -> bool:
    """Does the date fall in a term of office as _terms widened it (open at either end)?"""
    lo, hi = term
    return (lo is None or lo <= when) and (hi is None or when <= hi)


_TERMS: dict[int, tuple[list, list]] = {}  # id of a registry person's roles -> (those roles, their terms)


def _terms(roles: list[dict]) -> list[tuple[dt.date | None, dt.date | None]]:
    """Each role's term of office widened by the slack, worked out once per registry list (every mention asks)."""
    done = _TERMS.get(id(roles))
    if done is None or done[0] is not roles or len(done[1]) != len(roles):
        terms = []
        for r in roles:
            start, end = _date(r.get("from")), _date(r.get("to"))
            terms.append((None if start is None else start - _MONTH, None if end is None else end + _MONTH))
        done = _TERMS[id(roles)] = (roles, terms)
    return done[1]


# A name written in a script of its own, without spaces (조태열, 崔善姫, 岩屋毅): its first letters may stand
# for the family name alone beside a title ('조 장관', '최 부상', '崔外相')
_NATIVE_NAME = re.compile(f"^[{HAN}{HANGUL}]{{2,4}}$")


@cache
def _native_heads() -> dict[str, tuple[int, ...]]:
    """Registry persons by the heads of their names in Hangul or kanji (조 of 조태열, 崔 and 崔善 of 崔善姫)."""
    out: dict[str, set[int]] = {}
    for pid, p in enumerate(registry_index().people):
        aliases = [str(a).split() for a in p.get("aliases", [])]
        firsts = {w[0] for w in aliases if len(w) > 1}
        lasts = {w[-1] for w in aliases if len(w) > 1}
        for words in aliases:
            whole = "".join(words)
            if not _NATIVE_NAME.match(whole) or (len(words) == 1 and whole in firsts):
                continue  # '이와야' beside '이와야 다케시' is a family name alone: its letters are no head
            if len(words) == 1 and whole in lasts:
                heads = {whole}  # '두다' beside '안제이 두다': a foreigner's family name alone is a head whole ('두다 대통령')
            else:
                heads = {words[0]} if len(words) > 1 else {whole[:n] for n in range(1, min(3, len(whole)))}
            for h in heads:
                out.setdefault(h, set()).add(pid)
    return {h: tuple(sorted(v)) for h, v in out.items()}


def _holds(office: str, title: str) -> bool:
    """Does the office fit the title ('minister of foreign affairs' is a 'minister')?"""
    return office == title or office.startswith(title + " of ") or office.startswith(title + " for ")


def official_by_family(head: str, title: str, when: dt.date | None, countries: frozenset[str] = frozenset()) -> int | None:
    """The one official whose name in a script of its own opens with `head` and who holds the title's office
    at the date ('조 장관' on 2025-03-05 is Tae-yul Cho); of several, the one whose state the text names."""
    if when is None:
        return None  # a family name alone says who only at a known date
    people = registry_index().people
    fits = [pid for pid in _native_heads().get(head, ())
            if any(_holds(str(r.get("role")), title) for r in _roles_at(people[pid], when))]
    if len(fits) > 1:
        fits = [pid for pid in fits if people[pid].get("country") in countries] or fits
    return fits[0] if len(fits) == 1 else None


def _roles_at(person: dict, when: dt.date) -> list[dict]:
    """Every office the person held at the date."""
    roles = person.get("roles")
    if not roles:
        return []  # no list of the registry's own to remember terms by
    return [r for r, term in zip(roles, _terms(roles)) if _within(term, when)]


@cache
def _korean_index() -> dict[str, tuple[tuple[int, str], ...]]:
    """Registry persons with a Korean name, by their family name's usual English spelling: (person, loose key
    of the given name)."""
    from kronika.nlp.korean import family_readings, loose_given

    out: dict[str, list[tuple[int, str]]] = {}
    for pid, p in enumerate(registry_index().people):
        words = str(p["name"]).split()
        if len(words) == 2 and p.get("country") in EAST_ASIAN_STATES["korean"]:
            for fam in {words[1].lower(), *(f.lower() for f in family_readings().get(words[1].lower(), ()))}:
                out.setdefault(fam, []).append((pid, loose_given(words[0])))
    return {k: tuple(v) for k, v in out.items()}


def korean_registry(name: str, original: str, when: dt.date | None) -> int | None:
    """The registry's Korean official a name read from a Slavic spelling stands for, its given name compared
    loosely ('Czo Te Jul' read 'Te-yul Cho' is Tae-yul Cho, 'Mun Dze In' Jae-in Moon, Czech 'Čche Son Hui'
    Son-hui Choe): the family name as written may stand for any spelling it has; of several, the one in office."""
    from kronika.nlp.korean import family_readings, loose_given

    given = name.split()[0] if len(name.split()) == 2 else None
    written = [w.lower().strip(",.") for w in original.split()]
    if not given or not written:
        return None
    fams = {name.split()[1].lower()}
    for w in (written[0], written[-1]):
        fams |= {f.lower() for f in family_readings().get(w, ())}
    keys = {loose_given(g) for g in _yo_readings(given)}
    hits = {pid for f in fams for pid, k in _korean_index().get(f, ()) if k in keys}
    if when:
        # the loose key joins names apart ('Yong-de' and 'Hyung-tae'): only an official in office then is meant
        hits = {pid for pid in hits if role_at(registry_index().people[pid], when) is not None}
    return next(iter(hits)) if len(hits) == 1 else None


def _yo_readings(given: str) -> list[str]:
    """A given name, and, where a syllable opens with a bare e, that syllable read yeo: a Latin spelling
    made from the Russian drops the dots of ё ("Yun Sok El", "Cho Tae El" are Сок Ёль, Тэ Ёль: Suk-yeol)."""
    yo = "-".join("yeo" + p[1:] if p[:1].lower() == "e" and not p.lower().startswith("eu") else p
                  for p in given.split("-"))
    return [given] if yo == given else [given, yo]


def match_registry(span: NameSpan, when: dt.date | None) -> tuple[int, int, int] | None:
    """(person id, first word, last word) of the official named in the span, if any."""
    return _match_words(tuple(w for w, _, _ in span.words), when)


# A whole name written without spaces (李容浩, 朴振, 조태열): one word that is a complete alias; two
# Hangul syllables are often a family name alone (두다), two kanji a whole Korean or Chinese name; a
# katakana word the registry lists alone (ドゥダ) is the family name of that one person, though short
_FULL_NAME = re.compile(f"^(?:[{HAN}]{{2,}}|[{HANGUL}]{{3,}}|[{KATAKANA_LETTERS}]{{3,}})$")


@lru_cache(maxsize=16384)
def _match_words(words: tuple[str, ...], when: dt.date | None) -> tuple[int, int, int] | None:
    """match_registry on the words alone: a name repeated in a text is looked up once."""
    idx = registry_index()
    keys = [skeleton(w) for w in words]
    scores: dict[int, set[int]] = {}
    by_alias: dict[tuple, set[int]] = {}
    for i, k in enumerate(keys):
        if len(k) < 2:
            continue
        pids, aids = _key_table(k)
        # the same dicts, in the same order, as a setdefault per hit made them: a common family name's key
        # hits dozens of persons, and most runs have one word with hits (the dicts are then built in C)
        if not scores:
            scores = {pid: {i} for pid in pids}
            by_alias = {aid: {i} for aid in aids}
            continue
        _note_word(scores, pids, i)
        _note_word(by_alias, aids, i)
    if not scores:
        return None
    # "Чон Ый Ён": a syllable of one letter's key ('Ый' i) looks up no one, but spells its word of an alias
    # the other words have found
    short = [i for i, k in enumerate(keys) if len(k) == 1]
    if short:
        for aid, hit in by_alias.items():
            for i in short:
                if keys[i] in aid[1] and i not in hit:
                    hit.add(i)
                    scores[aid[0]].add(i)
    # several words must spell out one whole alias: "Kim Yong-de" is not "Kim Yong Nam"
    complete = {aid[0] for aid, hit in by_alias.items() if len(hit) >= len(aid[1]) and _spells_out(keys, hit, aid[1])
                and _in_alias_order(keys, hit, aid[1])}
    for pid in list(scores):
        if len(scores[pid]) >= 2 and pid not in complete:
            scores[pid] = {min(scores[pid])}  # only as strong as a lone word
    # "Такеші Іваєю": a given name matched outright lends weight to a family name in an odd case
    for pid, hit in scores.items():
        if len(hit) == 1 and len(keys) == 2:
            fam = skeleton(idx.people[pid]["name"].split()[-1])
            given = skeleton(idx.people[pid]["name"].split()[0])
            other = 1 - next(iter(hit))
            # outright: "Ivan" may be a form of "Iwao" on its own, but lends nothing to "Horvat"
            # a long family name must share all but its last two letters: "Petrauskas" is no case of "Petříček"
            shared = 3 if len(fam) <= 6 else len(fam) - 2
            if len(fam) >= 4 and keys[other][:shared] == fam[:shared] and keys[next(iter(hit))] == given != fam \
                    and not _another_listed_family(words[other], idx.people[pid]["name"].split()[-1]):
                hit.add(other)
    best = _best_scored(scores, idx, when, lambda: _exact_words(keys, by_alias))
    hit = scores[best]
    whole = len(hit) == 1 and _FULL_NAME.match(words[next(iter(hit))]) and \
        any(aid[0] == best and aid[1] == (keys[next(iter(hit))],) for aid in by_alias)
    if len(hit) == 1 and not whole:
        # a lone surname must be a family name, distinctive, and of someone in office at the time
        k = keys[next(iter(hit))]
        fam = [f for f in idx.family[best] if len(f) >= 5 and (k == f or (k.startswith(f[:-1]) and len(k) - len(f) <= 2))]
        # asked only when the word is his family name: a common surname's key hits many persons
        rivals = (True for pid in scores if len(scores[pid]) == 1 and pid != best
                  and (not when or role_at(idx.people[pid], when) is not None))
        if not fam or any(rivals) or (when and role_at(idx.people[best], when) is None):
            return None
        if k != skeleton(idx.people[best]["name"].split()[-1]) and _is_given_word(words[next(iter(hit))]):
            return None  # "Dana" is a given name (and the Serbian "day"), no case of the family name "Dan"
        if _other_given_name(words, next(iter(hit))) or _japanese_given_before(words, next(iter(hit)), idx.people[best]):
            return None  # "Yamadą Yuichim" is Yuichi Yamada, not the minister Kenji Yamada
    return best, min(hit), max(hit)


def _another_listed_family(word: str, family: str) -> bool:
    """Is the word as written another Japanese family name than the official's ("Kenji Yamamoto" beside the
    registry's Kenji Yamada), no case of his? A listed name is itself, however like his it begins."""
    folded, own, listed = fold(word).lower(), fold(family).lower(), data.name_lists()["JAPANESE_FAMILY"]
    # as written or with a case ending of up to three letters ("Yamamotoga"); no stem of his own name
    return any(len(stem) >= 4 and stem in listed and not own.startswith(stem) and not stem.startswith(own)
               for stem in (folded[:len(folded) - k] for k in range(4)))


def _note_word(hits: dict, ids, i: int) -> None:
    """Add word `i` to the hit set of each id, in order, a new set for an id not met yet."""
    for k in ids:
        got = hits.get(k)
        if got is None:
            hits[k] = {i}
        else:
            got.add(i)


def _spells_out(keys: list[str], hit: set[int], alias: tuple[str, ...]) -> bool:
    """Do the text words `hit` match the alias's words one each? "Иван Иванов" is no "Ivan Anušić": both
    words are forms of "Ivan" alone."""
    matched = {j for i in hit for j, w in enumerate(alias) if _word_matches(keys[i], w)}
    return len(matched) >= len(alias)


def _in_alias_order(keys: list[str], hit: set[int], alias: tuple[str, ...]) -> bool:
    """Do the text words `hit` spell the alias's words in its order, where it has three or more? "Ли Хо Ён" is
    Ho-yeon Lee, not "Ли Ён Хо" (Ri Yong-ho): a Korean given name's syllables keep their order."""
    if len(alias) < 3:
        return True
    last = -1
    for i in sorted(hit):
        last = min((j for j, w in enumerate(alias) if j > last and _word_matches(keys[i], w)), default=None)
        if last is None:
            return False
    return True


def _exact_words(keys: list[str], by_alias: dict[tuple, set[int]]) -> dict[int, int]:
    """Per person, the most words of the text one alias spells exactly (no ending, no near spelling)."""
    out: dict[int, int] = {}
    for pid, alias in by_alias:
        out[pid] = max(out.get(pid, 0), sum(map(alias.__contains__, keys)))  # the count, in C
    return out


def _best_scored(scores: dict[int, set[int]], idx: RegistryIndex, when: dt.date | None,
                 exact: Callable[[], dict[int, int]] | None = None) -> int:
    """The person with the most words matched, then with the most spelt exactly ("Никола Попоски" is
    Nikola Poposki, not Nicu Popescu), in office at `when` before not (the first of equals): the
    offices are read only for the persons with the most words, the exact spellings (`exact`) only for a tie."""
    most = max(len(hit) for hit in scores.values())
    top = [pid for pid, hit in scores.items() if len(hit) == most]
    if exact and len(top) > 1:
        spelt = exact()
        best = max(spelt.get(pid, 0) for pid in top)
        top = [pid for pid in top if spelt.get(pid, 0) == best]
    if when:
        return next((pid for pid in top if role_at(idx.people[pid], when) is not None), top[0])
    return top[0]


def match_rendered(span: NameSpan, code: str, when: dt.date | None,
                   countries: frozenset[str] = frozenset(),
                   beside: frozenset[str] = frozenset()) -> tuple[int, int, int] | None:
    """An official named in a script of its own (松野, ラブロフ, 꾀비르): read through the language's
    romanisation, then, for foreign names it renders by sound, compared by sound with the registry."""
    words = tuple(w for w, _, _ in span.words)
    roman = hook(code, "romanise")
    latin = tuple(x for w in words for x in roman(w).split()) if roman else words
    hit = _match_words(latin, when) if latin != words else None
    if hit and not _spelt_out(registry_index().people[hit[0]]["name"], latin):
        hit = None  # romanised words are nominatives: no case ending may bridge a difference
    if hit is None and (sound := hook(code, "sound_of")):
        rendered = sound(" ".join(words))
        if rendered is None and beside and (foreign := hook(code, "foreign_sound")):
            # "노바크 헝가리 대통령", "부치치 세르비아 대통령": a name that reads like one of the language's own
            # (노, 부 open Korean names) beside a state whose people bear none is a foreign name, read by sound
            rendered = foreign(" ".join(words), beside)
        if rendered:
            pid = _match_sound(tuple(rendered.split()[-2:]), when, countries, beside=beside)
            hit = (pid, 0, 0) if pid is not None else None
    return (hit[0], 0, len(words) - 1) if hit else None


def match_merged_vowels(span: NameSpan, code: str | None, when: dt.date | None) -> tuple[int, int, int] | None:
    """An official whose name the language spells by sound with one vowel for two (names.yaml VOWELS_MERGED:
    Belarusian akanye, "Таёхісам Кадзукі" is Toyohisa Kozuki): the name read in Hepburn, one vowel of each
    word turned, looked up in the registry; only one official may answer."""
    pairs = _vowel_pairs(code)
    if not pairs or len(span.words) not in (2, 3) or not all(has_cyrillic(w) for w, _, _ in span.words):
        return None
    readings = [_one_vowel_turned(hepburn(w, code), pairs) for w, _, _ in span.words]
    hits = set()
    for combo in product(*readings):
        if (hit := _match_words(tuple(x.capitalize() for x in combo), when)) and hit[1:] == (0, len(combo) - 1):
            hits.add(hit[0])
    return (hits.pop(), 0, len(span.words) - 1) if len(hits) == 1 else None


def _one_vowel_turned(key: str, pairs: tuple[tuple[str, str], ...]) -> list[str]:
    """The key as it is, and with any one of its merged vowels turned to the other ("kazuki": "kozuki")."""
    return [key, *(key[:i] + b + key[i + 1:] for a, b in pairs for i, c in enumerate(key) if c == a)]


@lru_cache(maxsize=64)
def _vowel_pairs(code: str | None) -> tuple[tuple[str, str], ...]:
    from kronika import lang as langdata

    if code not in langdata.available():
        return ()
    return tuple((str(a), str(b)) for a, b in langdata.names_value(code, "VOWELS_MERGED") or ())


_LIKE = str.maketrans("vfwbdgzjcl", "ppppttsssr")
_RENDERED_DIGRAPH = re.compile(r"ch|sh|ts")


def _likeness(latin: str, rendered: str) -> float:
    """How alike a name and its rendering are, vowels included: Fiala ~ pialra more than Pavel does."""
    from difflib import SequenceMatcher

    # the romanised rendering spells ㅊ, チ, シ, ツ with two letters where the name folds to one (Vučić ~ buchichi)
    b = _RENDERED_DIGRAPH.sub(lambda m: m.group(0)[0], rendered.lower().replace("eu", ""))
    a, b = fold(latin).lower().translate(_LIKE), b.translate(_LIKE)
    return round(SequenceMatcher(None, a, b).ratio(), 2)


def _spelt_out(name: str, latin: tuple[str, ...]) -> bool:
    """The canonical name's family name, and its given name when one is written, are among the words."""
    keys = {skeleton(w) for w in latin}
    parts = name.split()
    return skeleton(parts[-1]) in keys and (len(latin) == 1 or skeleton(parts[0]) in keys)


# A rendering whose given name is not the registry person's must still spell his family name closely:
# the renderings of registry names score 0.75-0.9 (ゼレンスキー, 쿠피에츠키), chance consonant matches ~0.35
MIN_LIKENESS = 0.6
# ... and a short family name beside its bearer's state must spell it closely: フィアラ ~ Fiala 1.0, ラウ ~ Rau 1.0
SHORT_LIKENESS = 0.8
# ... and a family name alone is no one's in office when someone out of it spells it this much more closely
CLOSER_NAMESAKE = 0.25
# The sound key of a one-syllable family name of these states (Cho, Kim, Li) would match anyone:
# their officials are matched by sound only with their given name (チョ・テヨル -> Tae-yul Cho).
_SHORT_FAMILY_STATES = frozenset({"JP", "KR", "KP", "CN"})


@cache
def _sound_index() -> dict[str, tuple[int, ...]]:
    """Registry persons by the loose sound key of their family name."""
    out: dict[str, list[int]] = {}
    for pid, p in enumerate(registry_index().people):
        if len(p["name"].split()) >= 2:
            keys = [k for fam in _family_words(p["name"]) for k in sound_keys(fam, p.get("country"))]
            for key in {loose_sound(k) for k in keys}:
                out.setdefault(key, []).append(pid)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _family_words(name: str) -> tuple[str, ...]:
    """The family name a rendering may sound like: the last word, and a family name with its particles written
    as one word ("Ursula von der Leyen": 폰데어라이엔, フォンデアライエン render vonderleyen)."""
    words = name.split()
    first = next((i for i in range(1, len(words) - 1) if words[i][:1].islower()), None)
    return (words[-1],) if first is None else (words[-1], "".join(words[first:]))


@lru_cache(maxsize=4096)
def _match_sound(rendered: tuple[str, ...], when: dt.date | None, countries: frozenset[str],
                 flipped: bool = False, beside: frozenset[str] = frozenset()) -> int | None:
    """The one registry person whose family name (and given name, if written) sounds like the rendering; a
    short family name (フィアラ, 라우: fewer than three consonants) only beside its bearer's state (`beside`),
    in office, and spelt alike."""
    people = registry_index().people
    fam = sound_key(rendered[-1], rendered=True)
    given = sound_key(rendered[0], rendered=True) if len(rendered) == 2 else None

    def score(pid: int) -> tuple:
        p = people[pid]
        # the given name read as its state's language reads it too (Mikhail: ミハイル, Michal as a given name)
        given_ok = given is not None and \
            loose_sound(given) in map(loose_sound, sound_keys(p["name"].split()[0], p.get("country")))
        active = when is None or role_at(p, when) is not None
        families = _family_words(p["name"])
        return (given_ok, any(fam in sound_keys(f, p.get("country")) for f in families), active,
                p.get("country") in countries, max(_likeness(f, rendered[-1]) for f in families))

    def enough(sc: tuple, pid: int) -> bool:
        # a family name alone must be distinctive (three consonants), its bearer in office and his state named
        if people[pid].get("country") in _SHORT_FAMILY_STATES:
            return sc[0] and sc[1]
        if given is not None and not sc[0] and sc[4] < MIN_LIKENESS:
            return False  # アンナ・コワルスカ is no Tomasz Grodzki: another given name, a family name only of like consonants
        return sc[0] or (len(fam) >= 3 and sc[2] and sc[3]) or \
            (sc[2] and people[pid].get("country") in beside and sc[4] >= SHORT_LIKENESS)

    every = sorted(((score(pid), pid) for pid in _sound_index().get(loose_sound(fam), ())), reverse=True)
    ranked = [(sc, pid) for sc, pid in every if enough(sc, pid)]
    if ranked and not ranked[0][0][0] and any(sc[4] >= ranked[0][0][4] + CLOSER_NAMESAKE for sc, _pid in every):
        return None  # モラヴィエツキ in 2024 is no Milewski in office: a namesake out of office spells it far closer
    if not ranked and len(rendered) == 2 and not flipped:
        return _match_sound(rendered[::-1], when, countries, True, beside)  # family first: チョ・テヨル is Cho Tae-yul
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _other_given_name(words: tuple[str, ...], surname: int) -> bool:
    """True when the run names the surname with a given name of its own: a word after it (family-first
    order), or a known given name before it ("Adamem Nowakiem" is not Katalin Novák)."""
    if surname + 1 < len(words) and len(words[surname + 1]) >= 3:
        return True
    return any(_is_given_word(w) for w in words[:surname])


@lru_cache(maxsize=65536)  # per word, like skeleton(): the same words open many runs of a text
def _is_given_word(w: str) -> bool:
    given = data.name_lists()["JAPANESE_GIVEN"]
    return bool(fold(w) in given or hepburn(w, "cs") in given or listed_given_name(w, None))


def _japanese_given_before(words: tuple[str, ...], surname: int, person: dict) -> bool:
    """A Japanese official's surname after a Japanese given name that is not his: "Тикахито Харады" is
    Chikahito Harada, not the minister Kenji Harada (the registry matched only the surname)."""
    return person.get("country") == "JP" and any(
        len(w) >= 4 and japanese_shaped(w, "ru" if has_cyrillic(w) else "en") for w in words[:surname])


# ---------------------------------------------------------------- normalising other names
@lru_cache(maxsize=65536)
def can_be_name(word: str, code: str) -> bool:
    """False for a word the language's dictionary knows only as a common word ("Prezydium")."""
    if len(word) <= 3:
        return True  # Korean syllables ("Сон", "Хи", "Un") collide with short common words
    if known_japanese(word, code) or fold(word) in data.name_lists()["KOREAN_FAMILY"] or family_of(word):
        return True  # "Park" is a Polish noun and a Korean name
    judge = hook(code, "can_be_name")  # a language with a morphological dictionary asks it
    return judge(word) if judge else True


@lru_cache(maxsize=65536)
def is_given_name(word: str, code: str) -> bool:
    """True for a word the language's dictionary knows as a first name ("Andrzej", "Андрей")."""
    given = hook(code, "is_given_name")
    return bool(given and given(word)) or listed_given_name(word, code) is not None


def listed_given_name(word: str, code: str | None) -> str | None:
    """The nominative of a word data/given_names.yaml lists, read through the language's case endings
    ("Petrem" -> "Petr"), or through any language's when `code` is None ('Adamem', 'Ivicom'; lower-cased
    then); None when it lists none."""
    names = data.given_names()
    if word.lower() in names:
        return word
    if code is None:
        return next((base for base in case_readings(word.lower(), _any_case_endings()) if base in names), None)
    for w in dict.fromkeys((word, respelt(word, code))):
        if w.lower() in names:
            return word
        if (base := next((b for b in case_readings(w, load(code).name_endings) if b.lower() in names), None)):
            return base
    return None


@lru_cache(maxsize=65536)
def respelt(word: str, code: str) -> str:
    """The word in the spelling the name lists use, where the language has another one in use (names.yaml
    RESPELL, rules on the lower-cased word, the first that fits at each place winning; "^" ties a rule to
    the word's start): Belarusian Taraškievica "Ўладзімер", "Сьвятлана" are Уладзімер, Святлана."""
    rules = _respell_rules(code)
    if not rules:
        return word
    low = word.lower()
    for a, b in rules:
        if a.startswith("^") and low.startswith(a[1:]):
            low = b + low[len(a) - 1:]
            break
    out = rewrite(low, [(a, b) for a, b in rules if not a.startswith("^")])
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


@lru_cache(maxsize=64)
def _respell_rules(code: str) -> tuple[tuple[str, str], ...]:
    from kronika import lang as langdata

    if code not in langdata.available():
        return ()
    return tuple((str(a), str(b)) for a, b in langdata.names_data(code).get("RESPELL") or ())


@cache
def _any_case_endings() -> tuple[tuple[str, str], ...]:
    """Every language's case ending of names, read off to the stem or to the stem and -a (a woman's
    nominative: 'Ivicom' -> 'Ivica')."""
    return tuple((end, rep) for end in sorted(_case_endings()) for rep in ("", "a"))


# Legal forms of companies in the region and beyond, as written (case matters: Slovak "sa" is a word):
# a run holding one, or followed by one, names a firm, not a person.
COMPANY_FORMS = frozenset("""AG GmbH Ltd Ltd. Inc Inc. LLC PLC plc Corp Corp. Co. SA S.A. SpA S.p.A. NV N.V. BV B.V.
    AB Oy a.s. s.r.o. Sp. d.o.o. d.d. AD A.D. Kft Kft. Zrt Zrt. Nyrt Nyrt. SRL S.R.L. s.r.l. UAB SIA OÜ
    ООО АО ПАО ОАО ЗАО АД ЕООД ДОО ТОВ ПАТ""".split())


MACRONS = {"ō": "o", "Ō": "O", "ū": "u"}  # Hepburn macrons are dropped in English-style names (Yōko -> Yoko)


def normalise_word(word: str, code: str, endings: list[tuple[str, str]], japanese: bool = False,
                   native: bool = False) -> str:
    """Nominative Latin form of one word of a name; `japanese` when the name is a Japanese one, `native` when a
    listed given name of no Japanese makes it the language's own."""
    # "Hoonmin Lim": a Korean family name as written is no case of a native name ("Lima", "Choja")
    base = _japanese_reading(word, code, endings) if japanese else None
    if base is None:
        base = _dictionary_lemma(word, code, foreign=japanese or _korean_family(word, code))
    if base is None:
        base = _uninflected(word, code, endings, japanese, native)
    if japanese and not (base.isascii() and base.lower() in japanese_names()):  # "Keiji" is Hepburn: not "Keiyi"
        base = "-".join(p.capitalize() for p in hepburn(base, code).split("-"))  # Kišida -> Kishida
        if base.lower() not in japanese_names() and (known := merged_vowel(base.lower(), code)):
            base = known.capitalize()  # "Хірамічы" -> Hiramichi -> Hiromichi: a vowel the spelling merged
    base = romanise(base, code)
    # Hepburn macrons are dropped in English-style names (Yōko -> Yoko)
    keep = load(code).keep_letters  # Latvian and Lithuanian write ū themselves
    return "".join(c if c in keep else MACRONS.get(c, c) for c in base)


def _japanese_reading(word: str, code: str, endings: list[tuple[str, str]]) -> str | None:
    """In a Japanese name, the word as written or the one case reading that is a listed Japanese name, before
    a dictionary's lemma: pymorphy reads "Акира" as the genitive of a name Акир, "Акиру" as its accusative."""
    if known_japanese(word, code):
        return word
    found = [r for r in case_readings(word, endings) if known_japanese(r, code)]
    # "Taro Asom", "s Abem": a listed name of three letters leaves a stem of two, which case_readings keeps no
    # shorter than three
    found = found or [r for end, rep in endings if word.endswith(end) and len(word) - len(end) == 2
                      and known_japanese(r := word[:2] + rep, code)]
    # "s japonským premiérem Abem": the instrumental adds -m to a family name's final vowel, which no list's
    # ending gives back (a Japanese name never ends in m)
    found = found or [r for r in [word[:-1]] if word[-1:] == "m" and word[-2:-1].lower() in "aeiou"
                      and known_japanese(r, code) in data.name_lists()["JAPANESE_FAMILY"]]
    return found[0] if found else None


def _korean_family(word: str, code: str) -> bool:
    """Is the word, as written, a Korean family name ("Lim", "Choi", "Kim")?"""
    return fold(romanise(word, code)) in data.name_lists()["KOREAN_FAMILY"]


@lru_cache(maxsize=65536)  # the morphology of a word, like skeleton(): asked of each name word again and again
def _dictionary_lemma(word: str, code: str, foreign: bool = False) -> str | None:
    """The nominative a language's morphological dictionary gives for a name (its `name_lemma` hook)."""
    lemma = hook(code, "name_lemma")
    return lemma(word, foreign) if lemma else None


def _uninflected(word: str, code: str, endings: list[tuple[str, str]], japanese: bool, native: bool = False) -> str:
    """The word without its case ending: a reading that is a known name wins, then one that fits."""
    if known_japanese(word, code) or _korean_family(word, code):
        return word  # "Накагоме", "Takase", "Kišida": a Japanese or Korean name as it is, not a case form
    readings = case_readings(word, endings)
    # a given name of three letters keeps a stem of two ("Anom" is Ana), looked up among listed names only
    short = [word[: len(word) - len(e)] + r for e, r in endings if word.endswith(e) and len(word) - len(e) == 2]
    listed = _listed_reading(word, readings + _with_fleeting_vowel(readings, code) + short, load(code).home)  # "Janem" is Jan, not the Japanese Yano of an -o reading
    if not japanese and listed and len(listed) < len(word) and listed.lower() not in japanese_names():
        return listed  # "Ivanom" in a name that is no Japanese one is Ivan, though "Ivano" spells Iwano
    # the Slavic -o cases, not in a language that writes names family first: Hungarian "Kónya" is no case of Konyo
    # nor beside a given name of the language's own: "Martin Kuba" is no case of the Japanese Kubo
    slavic = [] if listed or native or _family_first_given(code) else case_readings(word, _O_ENDINGS)
    for r in readings + slavic:
        # a word of a name that is no Japanese one, read as a native given name ("Ivana" Ivan or Ivana), spells none
        if known_japanese(r, code) and (japanese or not _native_given(word, endings)):
            return r  # Kišidos -> Kišida, Abės -> Abe, Fumia -> Fumio
    if not japanese and listed:
        return listed  # "Thomas" stays Thomas, "Petrem" is Petr
    if japanese:
        # "Kaneyasu" is not "Kaneyas": a Japanese name ends in a vowel or n, whatever it is
        return next((r for r in [*readings, word] if japanese_shaped(r, code)), word)
    if any(word.lower().endswith(e) for e in _nominative_endings(code)) and \
            not word.lower().endswith(_names_strings(code, "OBLIQUE_ENDINGS")):
        # Lithuanian "Paulauskas", Latvian "Āboltiņa": a native name already in the nominative (but "Linkevičiaus",
        # ending like a nominative in -us, is only the genitive of Linkevičius: names.yaml OBLIQUE_ENDINGS)
        return word
    if not readings:
        return word
    suffixed = _surname_endings(code)
    if suffixed and (native := [r for r in readings if r.lower().endswith(suffixed)]):
        return native[0]  # Serbian "Dačiću" is Dačić: -ić ends only a surname's nominative
    return _fleeting(readings[0], code) if len(readings[0]) < len(word) else readings[0]


# Slavic cases of a man's name in -o, which the languages' lists leave out because so many names end
# in -a (Fumio: Fumia, Fumiovi, Fumiem, Fumiu); read only to find a known Japanese name
_O_ENDINGS = (("ovi", "o"), ("em", "o"), ("om", "o"), ("a", "o"), ("u", "o"), ("у", "о"), ("а", "о"))


_CYRILLIC_VOWEL = {"a": "а", "e": "е", "o": "о"}


def _with_fleeting_vowel(readings: list[str], code: str) -> list[str]:
    """Readings that end in two consonants with the language's fleeting vowel put back between them
    (Serbian "Aleksandrom" -> Aleksandr -> Aleksandar), to be looked up among listed given names."""
    vowel = load(code).fleeting_vowel
    if not vowel:
        return []
    return [r[:-1] + (_CYRILLIC_VOWEL.get(vowel, vowel) if has_cyrillic(r) else vowel) + r[-1] for r in readings
            if len(r) >= 4 and r[-1].isalpha() and r[-2].isalpha() and not set(fold(r[-2:]).lower()) & set("aeiouy")]


def _listed_reading(word: str, readings: list[str], home: str | None = None) -> str | None:
    """The one reading of a word (as written, or without an ending) that is a listed given name; None
    when none is, or when both are ("Petra" is a woman's name and a case of Petr). Of several readings
    without an ending, one listed for the language's own state comes first: Serbian "Markom" is Marko,
    not the English Mark."""
    names = data.given_names()
    listed = [r for r in readings if r.lower() in names]
    if word.lower() in names:
        if listed and home:
            # "Nikola" is a Croatian man's name as written, "Nikol" no name of the state's own
            countries = data.given_name_countries()
            mine = lambda r: home in countries.get(r.lower(), ())  # noqa: E731
            if mine(word) and not any(mine(r) for r in listed):
                return word
        return None if listed else word
    if home and len(listed) > 1:
        countries = data.given_name_countries()
        # officials in the news are mostly men: "Aleksandrom" is Aleksandar before Aleksandra
        listed.sort(key=lambda r: (home not in countries.get(r.lower(), ()), names[r.lower()] != "m"))
    return listed[0] if listed else None


def _agreeing(words: list[str], code: str) -> list[str]:
    """'Stepana Kubiwa' -> 'Stepan Kubiw': an ending both words of an unknown name share is a case ending."""
    ends = _agreeing_endings(code)
    # a word of the dictionary is no name in a case, but a given name the dictionary holds is ("Andrieja" is the
    # genitive of Andriej: "Andrieja Ordasza" is Andriej Ordasz)
    if len(words) != 2 or not ends or any((lemma := _dictionary_lemma(w, code))
                                          and (lemma == w or not is_given_name(lemma, code)) for w in words):
        return words
    if words[-1].lower().endswith(_agreeing_except(code)):
        return words  # Belarusian "Вольга Карпава": a woman's surname in the nominative, not a genitive
    for end in ends:
        if all(w.endswith(end) and len(w) - len(end) >= 3 for w in words):
            # the stem with the vowel its nominative keeps ("Jana Hamáčka" -> Jan Hamáček)
            return [_fleeting(w[: -len(end)], code) for w in words]
    return words


@lru_cache(maxsize=256)
def _names_strings(code: str, key: str) -> tuple[str, ...]:
    """The strings of one list of a language's names.yaml (AGREEING_ENDINGS, SURNAME_ENDINGS …); none for a
    code without language data."""
    from kronika import lang as langdata

    if code not in langdata.available():
        return ()
    return tuple(str(e) for e in (langdata.names_data(code).get(key) or []))


def _agreeing_except(code: str) -> tuple[str, ...]:
    """Surname endings that are a nominative whatever the given name (names.yaml AGREEING_EXCEPT)."""
    return _names_strings(code, "AGREEING_EXCEPT")


@lru_cache(maxsize=64)
def _agreeing_endings(code: str) -> tuple[str, ...]:
    """names.yaml AGREEING_ENDINGS, longest first."""
    return tuple(sorted(_names_strings(code, "AGREEING_ENDINGS"), key=len, reverse=True))


@lru_cache(maxsize=64)
def _family_first_given(code: str) -> frozenset[str]:
    """Given names of a family-first language (names.yaml FAMILY_FIRST_GIVEN), folded."""
    from kronika import lang as langdata

    if code not in langdata.available():
        return frozenset()
    listed = langdata.names_data(code).get("FAMILY_FIRST_GIVEN") or []
    if not listed:
        return frozenset()
    # and the given names common in the language's own state (data/given_names.yaml): "Havasi Bertalan"
    home = load(code).home
    own = [n for n, countries in data.given_name_countries().items() if home in countries]
    return frozenset(fold(str(g)) for g in [*listed, *own])


def _nominative_pair(words: list[str], code: str) -> bool:
    """A given name in -a beside a surname in its bare nominative (-ić): the pair is a nominative, a
    man's or a woman's; a woman's other cases end otherwise ("Ane", "Anom Brnabić")."""
    suffixed = _surname_endings(code)
    return bool(suffixed) and words[-1].lower().endswith(suffixed) and words[0][-1:].lower() in ("a", "а")


def _surname_endings(code: str) -> tuple[str, ...]:
    """Endings only a surname's nominative has (names.yaml SURNAME_ENDINGS)."""
    return _names_strings(code, "SURNAME_ENDINGS")


def _nominative_endings(code: str) -> tuple[str, ...]:
    """Endings of native names in the nominative (names.yaml NOMINATIVE_ENDINGS): never stripped."""
    return _names_strings(code, "NOMINATIVE_ENDINGS")


EAST_SLAVIC = {"RU", "BY", "UA", "KZ"}


def east_slavic_to_english(name: str, rules: list[tuple[str, str]]) -> str:
    """'Andrei Popkow' -> 'Andrei Popkov': the English spelling of a Russian name written in Polish. A rule
    ending in "$" fits a word's end only: the ending a language adds to a name ('Udaļcovs', 'Lavrovas')."""
    out = []
    for word in name.split():
        out.append("-".join(p[:1].upper() + p[1:] for p in _east_slavic_word(word.lower(), rules).split("-")))
    return " ".join(out)


def _east_slavic_word(low: str, rules: list[tuple[str, str]]) -> str:
    for a, b in rules:
        if a.endswith("$") and low.endswith(a[:-1]) and len(low) > len(a):
            return rewrite(low[:1 - len(a)], rules) + b
    return rewrite(low, rules)


@cache
def _east_asian_names() -> frozenset[str]:
    n = data.name_lists()
    return n["JAPANESE_GIVEN"] | n["JAPANESE_FAMILY"]


def family_name_in_capitals(word: str) -> bool:
    """Is a word in capitals an East Asian family name ('KIM', 'ABE', 'KISHIDA'), as their ministries write them?"""
    names, low = data.name_lists(), fold(word)
    return low in names["JAPANESE_FAMILY"] or low in names["KOREAN_FAMILY"]


def canonical_order(words: list[str]) -> list[str]:
    """Given-first order: 'KISHIDA Fumio', 'Yamashita Takashi' and 'Cho Tae-yul' become
    'Fumio Kishida', 'Takashi Yamashita', 'Tae-yul Cho'."""
    names = data.name_lists()
    korean, jp_given, jp_family = names["KOREAN_FAMILY"], names["JAPANESE_GIVEN"], names["JAPANESE_FAMILY"]
    if len(words) == 3 and words[0].lower() in korean and all(len(w) <= 6 for w in words[1:]):
        if more_common_family(words[2], words[0]):
            return [f"{words[0].capitalize()}-{words[1].lower()}", words[2].capitalize()]  # Sung Joo Choi
        return [f"{words[1].capitalize()}-{words[2].lower()}", words[0].capitalize()]  # Lee Jae Myung
    if len(words) == 2:
        a, b = words
        if len(a) > 2 and a.isupper() and not b.isupper():
            return [b, a.capitalize()]
        if a.lower() in korean and "-" in b:
            return [b, a]
        la, lb = fold(a), fold(b)
        if la in jp_family and lb in jp_given and not (la in jp_given and lb in jp_family):
            return [b, a]  # Japanese family-first: "Yamashita Takashi"
        if la in jp_family and la not in jp_given and lb not in jp_family and japanese_shaped(b, "en"):
            return [b, a]  # a rarer given name after a family name: "Yamamoto Tadamichi"
        if lb in jp_given and lb not in jp_family and la not in jp_given and la not in jp_family \
                and japanese_shaped(a, "en") and a.lower() not in data.given_names():
            return [b, a]  # a rarer family name before a given name: "Katae Takashi"
    return [w.capitalize() if w.isupper() and len(w) > 2 else w for w in words]


@cache
def _czech_chinese(code: str) -> bool:
    """Does the language write Chinese names in the Czech transcription (names.yaml CHINESE_TRANSCRIPTION)?"""
    return load(code).raw["names"].get("CHINESE_TRANSCRIPTION") == "czech"


def canonical_name(words: list[str], code: str, endings: list[tuple[str, str]], title: str = "",
                   japanese_official: bool = False) -> str:
    """'Given Family' Latin name from the words as written; `title`, an office title written right before
    the name, stands in the name's case; `japanese_official`, the title makes him a Japanese official."""
    if own := hook(code, "romanise"):
        # a script of its own: the language reads the whole name (one Hangul word is a Korean name,
        # several are a foreign one), then the usual order
        return " ".join(canonical_order(own(" ".join(words)).split()))
    words = _without_womans_suffix(words, code, endings)
    if _czech_chinese(code) and (chinese := czech_chinese_name(words)):
        return chinese  # "Čang Ťien-min" is Zhang Jianmin (a Korean reading would make him Jang)
    if korean := _korean_or_chinese(words, code, endings):
        return korean
    if chinese := _chinese(words, code, endings):
        return chinese
    # a Chinese syllable is a stem of two letters ("Wua" is Wu), which case_readings keeps no shorter than three;
    # a Japanese name is none ("Jun Saito" would read as Jun Saita, "sai-ta" being two syllables of pinyin)
    short = lambda w: [w[:len(w) - len(e)] + r for e, r in endings if w.endswith(e) and len(w) - len(e) >= 2]  # noqa: E731
    if endings and not any(known_japanese(w, code) for w in words) and (chinese := chinese_reading(words, short)):
        return " ".join(chinese)  # "Wua Zhenglonga", "Xu Jianom": Wu Zhenglong, Xu Jian, family name first as written
    # "Ivanom Novakom", "Kónya István": a listed given name of no Japanese, as written or in a case, makes the
    # name the language's own, whatever Japanese name another word or reading spells (Iwano, Konya)
    # ... but a listed Japanese word beside one no Japanese syllables spell is no Japanese name: "Erika Vėberytė" is
    # a Lithuanian woman whose given name Japan shares (read as Japanese, her surname came out "Weberyte")
    japanese = ((any(known_japanese(w, code) for w in words)
                 and all(known_japanese(w, code) or _japanese_stem(w, code, endings) for w in words)) or (
        any(known_japanese(r, code) for w in words for r in case_readings(w, endings))  # "Kišidu" is a case of Kišida
        and all(_japanese_form(w, code, endings) for w in words)) or _cased_japanese_family(words, code)
        # "s japonským premiérem Abem": a listed name of three letters in a case leaves a stem of two
        or (len(words) == 1 and _japanese_reading(words[0], code, endings) is not None)
        # "předsedou horní komory japonského parlamentu Hidehisou Ocudžim": a Japanese official whose names no list
        # holds is read as Japanese where every word spells Japanese syllables (Hidehisa Otsuji, no "Ocudži")
        or (japanese_official and len(words) == 2 and all(_japanese_form(w, code, endings) for w in words))) \
        and not any(_native_given(w, endings) for w in words)  # "Sašo Arsenovičem" is no "Sasa"
    agreed = None
    if not japanese:
        words = _agreeing(words, code)
        # "Анна Петрова" is a woman's name, "Кирилла Логвинова" a man's in the genitive: the two words agree
        agreed = (pair := hook(code, "name_pair")) and (pair(words, title) if title else pair(words))
    if agreed:
        normal = [romanise(w, code) for w in agreed]
    else:
        native = not japanese and any(_native_given(w, endings) for w in words)
        normal = [normalise_word(w, code, endings, japanese, native) for w in words]
    if japanese and len(normal) == 2:
        normal[-1] = _japanese_family(words[-1], normal, code, endings)
        normal[0] = _japanese_given_in_case(words, normal, code, endings)
        normal[-1] = _japanese_family_in_case(words, normal, code, endings)
    if not japanese and len(normal) >= 2:
        normal[-1] = _agreeing_family(words, normal, code, endings)
    if not japanese and len(normal) == 2 and not agreed:
        normal[0] = _agreeing_given(words, normal, code, endings)
    if not japanese and len(words) == 2 and _nominative_pair(words, code):
        normal[0] = romanise(words[0], code)  # "Nikola Selaković", "Jagoda Lazarević": no "Nikol", no "Jagod"
    if not japanese and len(words) == 2 and _surname_endings(code) and normal[0] == romanise(words[0], code):
        normal[-1] = romanise(words[-1], code)  # a given name in the nominative keeps its surname there: "Nikola Grmoja"
    elif not japanese and len(words) == 2 and _surname_endings(code) and normal[-1] == romanise(words[-1], code):
        if not words[-1].lower().endswith(_surname_endings(code)):
            # "Bela Balint": a man's surname that shows no case keeps his given name in the nominative too
            normal[0] = romanise(words[0], code)
        elif normal[0] != romanise(words[0], code):
            # "Jagodom Lazarević": a declined given name beside an undeclined -ić is a woman's (Jagoda)
            normal[0] = _womans_reading(words[0], code, endings) or normal[0]
    if not japanese and len(words) == 2 and not agreed and normal == [romanise(w, code) for w in words]:
        normal = _genitive_pair(words, code) or normal
    if len(normal) >= 2 and fold(normal[-1]) in _family_first_given(code):
        normal = [normal[-1], *normal[:-1]]  # "Orbán Viktor" -> Viktor Orbán
    if not japanese and len(normal) >= 2 and load(code).foreign_added_endings:
        normal = _without_added_endings(words, normal, code)
    if not japanese and len(normal) == len(words) >= 2 and load(code).last_word_inflected:
        normal[:-1] = [romanise(w, code) for w in words[:-1]]  # "Petteri Orpoga": Petteri, no genitive of Petter
    return " ".join(canonical_order(normal))


def _without_womans_suffix(words: list[str], code: str, endings: list[tuple[str, str]]) -> list[str]:
    """A Japanese woman's name without the suffix the language adds to a foreign woman's family name (names.yaml
    FOREIGN_WOMANS_SUFFIX): cs "Hideko Sasakiovou", sk "Mariko Tanakovú" are Hideko Sasaki, Mariko Tanaka (the
    -a the suffix took is back where the family name is listed). Only after a Japanese given name, and only where
    the rest spells Japanese syllables: "Jana Nováková" keeps her name."""
    suffixes = load(code).foreign_womans_suffix
    if not suffixes or len(words) != 2 or _native_given(words[0], endings) \
            or known_japanese(words[0], code) not in data.name_lists()["JAPANESE_GIVEN"]:
        return words
    family = data.name_lists()["JAPANESE_FAMILY"]
    for nominative in (words[1], *case_readings(words[1], endings)):
        for suffix in suffixes:
            stem = nominative[:-len(suffix)]
            if nominative.endswith(suffix) and len(stem) >= 3:
                whole = stem + "a"
                if known_japanese(whole, code) in family:
                    return [words[0], whole]
                if japanese_shaped(stem, code):
                    return [words[0], stem]
    return words


def _without_added_endings(words: list[str], normal: list[str], code: str) -> list[str]:
    """A foreigner's name as he writes it, without the endings the language adds (lt "Jensas Stoltenbergas",
    "Thomasu Schmidtu": Jens Stoltenberg, Thomas Schmidt); his given name is listed for other states only."""
    lang = load(code)
    ends = lang.foreign_added_endings
    where = data.given_name_countries()
    given = normal[0]
    lithuanised = any(words[0] == given + e for e in ends)  # "Jensas" read as Jens: the language's ending on it
    if given.lower() not in where:
        bare = next((given[:-len(e)] for e in ends if given.endswith(e) and given[:-len(e)].lower() in where), None)
        if bare is None:
            return normal
        given, lithuanised = bare, True
    if lang.home in where[given.lower()]:
        return normal
    family, written = normal[-1], words[-1]
    for e in ends:
        stem = family[:-len(e)]
        if family.endswith(e) and len(stem) >= 3 and stem[-1].lower() not in "aeiouy" \
                and (lithuanised or (written.startswith(stem) and not written.startswith(family))):
            family = stem
            break
    return [given, *normal[1:-1], family]


def _genitive_pair(words: list[str], code: str) -> list[str] | None:
    """'Juraje Chmiela', 'Tomáše Nováka' -> Juraj Chmiel, Tomáš Novák (names.yaml GENITIVE_PAIR): a given name
    that is no name as written but a listed man's once its ending is off is in the genitive, and so is the
    family name beside it, whose ending comes off too; None when either does not read so."""
    pair = load(code).raw["names"].get("GENITIVE_PAIR")
    if not pair:
        return None
    names, given, family = data.given_names(), words[0], words[1]
    if given.lower() in names:
        return None  # "Jana", "Petra": a woman's name as written
    stem = next((given[:-len(e)] for e in pair["given"] if given.endswith(e) and names.get(given[:-len(e)].lower()) == "m"), None)
    end = next((e for e in pair["family"] if family.endswith(e) and len(family) - len(e) >= 3), None)
    return [romanise(stem, code), romanise(_fleeting(family[:-len(end)], code), code)] if stem and end else None  # Petříčka


def _korean_or_chinese(words: list[str], code: str, endings: list[tuple[str, str]]) -> str | None:
    """A Korean reading of the run, but a Chinese one where the Korean given name would be a single syllable
    ('Хан Джън' is Han Zheng, not Jan Han): Korean given names are two syllables as a rule, Chinese often one."""
    korean = korean_name(words, code)
    # "Ли Мингом": Ming in a case, not Min-gom
    if korean and len(words) == 2 and ("-" not in korean.split()[0] or _syllable_in_case(words[1], code, endings)):
        return _chinese(words, code, endings) or korean
    return korean


def _syllable_in_case(word: str, code: str, endings: list[tuple[str, str]]) -> bool:
    """Is the word one Chinese syllable with a case ending ("Мингом", "Минга"), though not one as written?"""
    ng = _names_strings(code, "CHINESE_NG")
    return bool(ng) and read(word, ng[0], most=1) is None \
        and any(read(r, ng[0], most=1) for r in case_readings(word, endings) if r != word)


def chinese_of(words: list[str], code: str) -> str | None:
    """A Chinese name in pinyin, read in the language's own scheme (CHINESE_NG) with its case endings, else None."""
    return _chinese(words, code, load(code).name_endings)


def _chinese(words: list[str], code: str, endings: list[tuple[str, str]]) -> str | None:
    """A Chinese name in pinyin when the language spells them in a scheme of its own (names.yaml CHINESE_NG)."""
    ng = _names_strings(code, "CHINESE_NG")
    if not ng or len(words) not in (2, 3) or any(known_japanese(w, code) for w in words):
        return None
    if len(words) == 2 and (name := chinese_name(words, ng[0], lambda w: case_readings(w, endings))):
        # "Хун Лэю": the Palladius cases of a name in -й (Лэя, Лэю) are read off where the language's endings miss them
        shorter = declined_palladius(words) if ng[0] == "н" else None
        return shorter if shorter and len(shorter) < len(name) else name
    # the Palladius scheme's declined forms ("Чжаном Вэньчуанем", "Хун Леєм", "Ли Кэ Цян")
    return declined_palladius(words) if ng[0] == "н" else None


def name_before(words: list[str], code: str, endings: list[tuple[str, str]], noun_follows: bool,
                title: str = "") -> str:
    """canonical_name, where an ending the language writes only before a noun (names.yaml
    PRENOMINAL_ENDINGS: German genitive "Kishidas Besuch") is read off a name before no noun only when
    what is left is a known name: "Heiko Maas (SPD) traf" is no "Maa", "Treffen Kishidas mit" is Kishida."""
    name = canonical_name(words, code, endings, title)
    pre = load(code).prenominal_endings
    if noun_follows or not pre:
        return name
    alt = canonical_name(words, code, [(e, r) for e, r in endings if e not in pre])
    last = name.split()[-1] if name else ""
    return name if alt == name or known_japanese(last, code) or last.lower() in data.given_names() else alt


def _womans_reading(word: str, code: str, endings: list[tuple[str, str]]) -> str | None:
    """The reading of a declined given name that ends in -a, a listed one first ("Jagodom" -> Jagoda)."""
    readings = [r for r in case_readings(word, endings) if r.lower().endswith("a")]
    names = data.given_names()
    best = next((r for r in readings if names.get(r.lower()) == "f"), readings[0] if readings else None)
    return romanise(best, code) if best else None


def _agreeing_family(words: list[str], normal: list[str], code: str, endings: list[tuple[str, str]]) -> str:
    """The family name's reading of the given name's gender, where the language marks it (Baltic);
    only when the given name is itself declined: "Dmitrijs Kuleba" is a nominative as written."""
    word, given, family = words[-1], normal[0], normal[-1]
    genders = load(code).gender_endings
    if not genders or given == words[0] or given.lower() not in data.given_names():
        return family
    gender = next((g for g, ends in genders.items() if given.endswith(ends)), None)
    if gender is None or family.endswith(genders[gender]) and family != word:
        return family
    readings = [word] if word.endswith(genders[gender]) else []
    readings += [r for r in case_readings(word, endings) if r.endswith(genders[gender])]
    return romanise(readings[0], code) if readings else family


def _agreeing_given(words: list[str], normal: list[str], code: str, endings: list[tuple[str, str]]) -> str:
    """A surname in a case makes the given name beside it a case too: Czech "Petra Fialy" is Petr Fiala,
    "Jana Lipavského" Jan Lipavský, though Petra and Jana are also women's names as written; Belarusian
    "Уладзіміра Макея" Uladzimir Makey."""
    given = normal[0]
    names = data.given_names()
    if romanise(words[0], code) != given or normal[1] == romanise(words[1], code) or not _agreeing_endings(code):
        return given  # the given name already read as a case, or the surname as written: nothing to agree with
    readings = case_readings(words[0], endings) + case_readings(words[0], [(e, "") for e in _agreeing_endings(code)])
    oblique = _listed_reading("", readings + _with_fleeting_vowel(readings, code), load(code).home)
    return romanise(oblique, code) if oblique and names.get(oblique.lower()) == "m" else given


def _fleeting(stem: str, code: str) -> str:
    """A stem that ends in two consonants before k or c gets back the vowel its nominative keeps
    (Havlíčk- -> Havlíček, Puljk- -> Puljak)."""
    vowel, before = load(code).fleeting_vowel, load(code).fleeting_before
    if vowel and len(stem) >= 4 and stem[-1] in before and stem[-2].isalpha() \
            and fold(stem[-2]).lower() not in "aeiouy":
        return stem[:-1] + vowel + stem[-1]
    return stem


def _japanese_family(word: str, normal: list[str], code: str, endings: list[tuple[str, str]]) -> str:
    """After a Japanese given name, the reading of the last word that is a family name: "Takaharu" is
    a given name as written, and "Djuićija Takaharu" the genitive of Juichi Takahara."""
    names = data.name_lists()
    given, family = fold(normal[0]).lower(), fold(normal[-1]).lower()
    if given in names["JAPANESE_FAMILY"] or family in names["JAPANESE_FAMILY"] or not japanese_shaped(given, "en"):
        return normal[-1]  # family first ("Ishiba Shigeru"), or a family name already
    for r in case_readings(word, endings):
        if (key := known_japanese(r, code)) and key in names["JAPANESE_FAMILY"]:
            return key.capitalize()
    # "Yukihika Matsumuru", "Kendžiho Hiramacua": a case the language's list leaves out, read only into a listed
    # family name (the list gives -du, -wu for Kišidu, Kamikawu; a Japanese name takes every Slavic ending)
    for r in case_readings(word, _JAPANESE_CASES):
        if (key := known_japanese(r, code)) and key in names["JAPANESE_FAMILY"]:
            return key.capitalize()
    return normal[-1]


def _cased_japanese_family(words: list[str], code: str) -> bool:
    """Is the last of two words a listed Japanese family name of five letters or more in a Slavic case the
    language's list leaves out ("Yukihika Matsumuru"), after a given name of Japanese syllables?"""
    if len(words) != 2 or not japanese_shaped(words[0], code) or is_given_name(words[0], code):
        return False
    family = data.name_lists()["JAPANESE_FAMILY"]
    return any(len(r) >= 5 and (key := known_japanese(r, code)) and key in family
               for r in case_readings(words[-1], _JAPANESE_CASES))


# Slavic case endings on a Japanese family name in -a or in another vowel: (ending, nominative's ending)
_JAPANESE_CASES = (("ovi", ""), ("ou", "a"), ("om", ""), ("em", ""), ("ho", ""), ("mu", ""), ("u", "a"), ("y", "a"),
                   ("e", "a"), ("ą", "a"), ("ę", "a"), ("a", ""), ("ом", ""), ("ой", "а"), ("ою", "а"), ("у", "а"),
                   ("ы", "а"), ("і", "а"), ("е", "а"), ("у", ""), ("а", ""))


def _japanese_family_in_case(words: list[str], normal: list[str], code: str, endings: list[tuple[str, str]]) -> str:
    """An unlisted family name after a given name read from its case is in that case too: Slovak "Takešiho
    Iwaju" is Takeshi Iwaya (the accusative -u of an -a name), not "Iwayu"."""
    given, family = words
    if known_japanese(given, code) or not known_japanese(normal[0], "en") or known_japanese(family, code) \
            or fold(normal[-1]).lower() in data.name_lists()["JAPANESE_FAMILY"]:
        return normal[-1]  # the given name as written, or the family name a listed one: no case to share
    shaped = [r for r in case_readings(family, [*endings, *_A_ACCUSATIVE]) if japanese_shaped(r, code)]
    return normalise_word(shaped[0], code, [], True) if shaped else normal[-1]


# the accusative of a man's name in -a, which the languages' lists give only for -da, -wa (Kišidu, Kamikawu)
_A_ACCUSATIVE = (("u", "a"), ("у", "а"))


def _japanese_given_in_case(words: list[str], normal: list[str], code: str, endings: list[tuple[str, str]]) -> str:
    """A family name in a case puts the given name beside it in that case too: "Yoshija Tamuru" (Croatian
    accusative) is Yoshio Tamura, though Yoshiya is a name as written; a nominative pair keeps it."""
    names = data.name_lists()
    if fold(normal[-1]).lower() not in names["JAPANESE_FAMILY"] or fold(words[-1]) == fold(normal[-1]):
        return normal[0]  # the family name as written: nothing says the given name is in a case
    if words[-1][-1:].lower() not in "aeiouyąęáéíóúý" and words[0][-1:].lower() in "aeiouy":
        return normal[0]  # "Kenji Itom": a consonant ending the given name lacks; it stands uninflected
    for r in case_readings(words[0], endings):
        if (key := known_japanese(r, code)) and key in names["JAPANESE_GIVEN"]:
            return key.capitalize()
    return normal[0]


def _native_given(word: str, endings: list[tuple[str, str]]) -> bool:
    """Is the word, or a case reading of it, a listed given name that no Japanese name is ("István"; "Ivanom",
    "Janom": Ivan, Jan)?"""
    names, japanese = data.given_names(), japanese_names()
    return any(r.lower() in names and r.lower() not in japanese for r in [word, *case_readings(word, endings)])


def _japanese_stem(word: str, code: str, endings: list[tuple[str, str]]) -> bool:
    """The word spells Japanese syllables, in a case or with a case's last letters off ("Asom" is Aso)."""
    return _japanese_form(word, code, endings) or any(
        japanese_shaped(word[:-k], code) for k in (1, 2, 3) if len(word) - k >= 2)


def _japanese_form(word: str, code: str, endings: list[tuple[str, str]]) -> bool:
    """The word, or one of its case readings, spells out Japanese syllables or is a listed Japanese name (the
    moraic n written m before a labial: "Gembom" is a case of Gemba)."""
    return any(japanese_shaped(r, code) or known_japanese(r, code) for r in [word, *case_readings(word, endings)])


def titleless_name(words: list[str], code: str) -> str | None:
    """The 'Given Family' form of a run that opens with a listed given name ("Petr Dvořák", "Petrem
    Dvořákem"), or closes with one in a language that puts the family first ("Kovács Péter"), else None."""
    if len(words) not in (2, 3) or any(len(w) < 2 or w.isupper() for w in words):
        return None
    family_first = _family_first_given(code)
    given = words[-1] if family_first else words[0]
    if not _given(given, code) or all(_given(w, code) for w in words):
        return None  # "Anna Maria": two given names are no full name
    return canonical_name(words, code, load(code).name_endings)


def _given(word: str, code: str) -> bool:
    """A given name by the language's dictionary, the shared list, or its own family-first list."""
    endings = load(code).name_endings
    return is_given_name(word, code) or fold(_uninflected(word, code, endings, False)) in _family_first_given(code)


def has_given_name(words: list[str], code: str) -> bool:
    """Does a run hold a given name (listed, the dictionary's, or a Japanese one), or is it a Korean name?
    'Samsung Electronics' holds none."""
    japanese, endings = data.name_lists()["JAPANESE_GIVEN"], load(code).name_endings
    return any(_given(w, code) or any(known_japanese(r, code) in japanese for r in [w, *case_readings(w, endings)])
               for w in words) or korean_name(words, code) is not None or _japanese_pair(words, code) \
        or _chinese(words, code, endings) is not None


def _japanese_pair(words: list[str], code: str) -> bool:
    """A listed Japanese family name beside a word of Japanese syllables the given-name list lacks ("Chikao Kawai")."""
    if len(words) != 2:
        return False
    family = data.name_lists()["JAPANESE_FAMILY"]
    return any(known_japanese(f, code) in family and len(g) >= 4 and japanese_shaped(g, code)
               for f, g in (words, words[::-1]))


def east_asian_name(words: list[str], code: str) -> str | None:
    """The 'Given Family' form of a run that can only be a Korean or Japanese name, else None:
    a Korean family name with a two-syllable given name, or a Japanese given and family name."""
    if len(words) not in (2, 3):
        return None
    if korean := _korean_or_chinese(words, code, load(code).name_endings):
        return korean
    if chinese := _chinese(words, code, load(code).name_endings):
        return chinese
    if len(words) == 2:
        given, family = data.name_lists()["JAPANESE_GIVEN"], data.name_lists()["JAPANESE_FAMILY"]
        keys = [known_japanese(w, code) for w in words]
        if all(keys) and ((keys[0] in given and keys[1] in family) or (keys[0] in family and keys[1] in given)):
            return canonical_name(words, code, [])
        # "Hirofumi Nakasoni" (Latvian accusative): a given name as written and a family name in its case
        endings = load(code).name_endings
        cased = keys[1] or next((k for r in case_readings(words[1], endings) if (k := known_japanese(r, code))), None)
        if keys[0] in given and cased in family:
            return canonical_name(words, code, endings)
        # "J.E.p. Chikahita Harady": an unlisted given name of Japanese syllables, no name of the language's own,
        # before a listed family name in its case
        if cased in family and keys[1] is None and len(words[0]) >= 5 and japanese_shaped(words[0], code) \
                and not is_given_name(words[0], code):
            return canonical_name(words, code, endings)
        # "Kabinettsekretär Yasuhisa Shiozaki", "Jasuhisa Šiodzaki": the same unlisted given name before a listed
        # family name as written, when the given name is no one's of any list (a "Mauro Mori" is an Italian's)
        if keys[1] in family and keys[0] is None and len(words[0]) >= 6 and japanese_shaped(words[0], code) \
                and not is_given_name(words[0], code) and fold(words[0]).lower() not in data.given_names():
            return canonical_name(words, code, [])
        if keys[0] in given and keys[1] is None and _unlisted_japanese_family(words, code):
            return canonical_name(words, code, [])
    return None


def _unlisted_japanese_family(words: list[str], code: str) -> bool:
    """A listed Japanese given name of five letters or more, no given name of the language's, before a family name
    as written that the list lacks but that spells Japanese syllables ("комесарот …, Шуничи Токура"): the mirror of
    the unlisted given name before a listed family name. A "Sara Kamara" opens with a European given name."""
    given, family = words
    folded = fold(family).lower()
    return len(given) >= 5 and len(family) >= 5 and japanese_shaped(family, code) \
        and not is_given_name(given, code) and not is_given_name(family, code) \
        and not _native_given(given, []) and folded not in data.given_names()


EAST_ASIAN_STATES = {"japanese": ("JP",), "korean": ("KR", "KP")}
EAST_ASIA = frozenset(c for states in EAST_ASIAN_STATES.values() for c in states)  # JP, KR, KP


def across(one: str, other: str) -> bool:
    """Does one of the two states lie in East Asia and the other not?"""
    return (one in EAST_ASIA) != (other in EAST_ASIA)


def japanese_officials_name(words: list[str], code: str) -> str | None:
    """The 'Given Family' form of a Japanese official's name as written, read as Japanese ("Hidehisou Ocudžim":
    Hidehisa Otsuji), or None when it is not that name: a word spells no Japanese syllables."""
    endings = load(code).name_endings
    if len(words) != 2 or hook(code, "romanise") or not all(_japanese_form(w, code, endings) for w in words):
        return None
    # "Hidehisę Otsujiego": Hepburn as written, which the language's own reading would spoil (Otsuyi)
    if all(_japanese_form(w, "en", endings) for w in words):
        return None
    return canonical_name(words, code, endings, japanese_official=True)


def name_origin(name: str) -> str | None:
    """'japanese' or 'korean' for a canonical 'Given Family' name that can only be one ('Tadamichi
    Yamamoto', 'Tae-yul Cho'), else None: whose side a person of unknown state is on."""
    words = name.split()
    if len(words) != 2:
        return None
    given, family = fold(words[0]).lower(), fold(words[1]).lower()
    lists = data.name_lists()
    if family in lists["JAPANESE_FAMILY"] and (given in lists["JAPANESE_GIVEN"] or japanese_shaped(given, "en")) \
            and given not in data.given_names():
        return "japanese"
    if "-" in given and family_of(words[1]):
        return "korean"
    return None


def european_given(name: str) -> bool:
    """Does the name open with a listed given name that is no Japanese or Korean one ('Solvita', 'Vuk')?"""
    words = name.split()
    if len(words) < 2:
        return False
    given = fold(words[0]).lower()
    lists = data.name_lists()
    return words[0].lower() in data.given_names() and given not in lists["JAPANESE_GIVEN"] \
        and "-" not in given and not family_of(words[-1])
