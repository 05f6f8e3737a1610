"""Cities the language data does not list, found by their GeoNames names after a locative word."""
from __future__ import annotations

import bisect
import re
from functools import cache

from kronika import data
from kronika.lang import hook, load, word_set
from kronika.text.lexicon import Match
from kronika.nlp.foreign_names import hepburn, japanese_syllables
from kronika.nlp.published import line_start_past_stamp
from kronika.text.tokens import Token, case_readings, fold


def _opens_line(text: str, tok: Token) -> bool:
    """A word that opens a line and is followed by a dateline's comma or stop ("MADRID, June 29")."""
    if text[tok.end:tok.end + 1] not in (",", "."):
        return False  # the cheap test first: most capitalised words have no stop or comma right after them
    return text[line_start_past_stamp(text, tok.start):tok.start].strip() == ""  # past a crawler's "date 2018-07"


def geo_cities(tokens: list[Token], text: str, lang, known: list[Match],
               visited: frozenset[int] = frozenset(), offices: frozenset[int] = frozenset()) -> list[Match]:
    """'w Sendai', 'in Nagoya', 'MADRID, June 29', 'в Хабаровске', 'Szegeden': a capitalised GeoNames
    name after a locative word or opening a dateline, or in a case form of the language's CITY_ENDINGS
    (after a locative word; anywhere where the language marks place by case alone); `visited` are the
    tokens a verb of visiting may take as its object ('посетил во вторник Казань'); `offices` the tokens by
    a mayor's title, read in the genitive of places.yaml TOWN_GENITIVE ('Gradonačelnik Šapca')."""
    taken = {i for m in known for i in range(m.start, m.end)}  # "Republica Moldova" is a country
    names, towns, small = data.city_names(), data.town_names(), data.small_towns()
    state_words, given = _state_name_words(lang.code), data.given_names()
    # the tokens a one-word match of `known` stands on, once per text: asked at every capitalised word
    one_word = frozenset(m.start for m in known if m.end == m.start + 1)
    out = []
    # only the capitalised tokens are walked, chosen in C (most tokens are not; a Python test per token)
    for i in [i for i, t in enumerate(tokens) if t.text[:1].isupper()]:  # faster than map chains in C (3.11)
        if i in taken:
            continue
        if tokens[i].low in state_words:
            continue  # "u Republici Kazahstan": a word of a state's name, whatever town GeoNames calls so
        if i > 0 and tokens[i - 1].low in given and tokens[i - 1].is_upper_initial and tokens[i - 1].end + 1 == tokens[i].start:
            continue  # "Jüri Ratas": a family name after a given name, not the town Rata in its inessive
        after_locative = (i > 0 and tokens[i - 1].low in lang.locative) or i in visited \
            or _town_after_locative(tokens, i, lang, one_word) or _after_state_adjective(tokens, i, lang, one_word)
        if after_locative or _opens_line(text, tokens[i]):
            hit = _whole_name(tokens, i, names, 3)
            if hit:
                out.append(_larger_after_hyphen(tokens, hit, text, names))
                continue
        if after_locative:  # "w Addis Abebie", "u Hong Kongu", "в Куала-Лумпуре": the last word declined
            hit = _case_form_of_two(tokens, i, text, names, lang)
            if hit:
                out.append(hit)
                continue
        if after_locative or lang.place_by_case:
            hit = _case_form(tokens[i], i, names, lang)
            if hit:
                out.append(hit)
                continue
        if after_locative and (hit := _spelling_variant(tokens[i], i, names, lang)):
            out.append(hit)  # "в Кёнчжу": GeoNames spells it Кёнджу
            continue
        # the two-word reading before the one-word one: "мэр Петропавловска-Камчатского" is not Petropavl
        if i in offices and (hit := _whole_name(tokens, i, names, 3)
                             or ((ends := _genitive_endings(lang.code))
                                 and _case_form_of_two(tokens, i, text, names, lang, ends))
                             or _genitive_town(tokens[i], i, (names, towns, small), lang)):
            out.append(hit)  # "Gradonačelnik Šapca", "мэр Казани": the town a mayor heads
            continue
        if lang.place_by_case and institution_beside(tokens, i, lang) \
                and (hit := _genitive_town(tokens[i], i, (names, towns, small), lang)):
            out.append(hit)  # "Šiaulių miesto savivaldybėje": the town whose institution it is, in its genitive
            continue
        if after_locative:  # "w Gödöllő", "w Sopocie", "Gödöllőn": a smaller town only where a place is marked
            hit = _whole_name(tokens, i, towns, 1) or _case_form(tokens[i], i, towns, lang, ending=True) \
                or _two_word_town(tokens, i, lang) \
                or _whole_name(tokens, i, small, 1) or _case_form(tokens[i], i, small, lang, ending=True) \
                or _japanese_town(tokens[i], i, lang)
        elif lang.place_by_case:
            # "Szeptember 28-án, Bercelen": a smaller town too where the word cannot open a sentence
            hit = _case_form(tokens[i], i, towns, lang, ending=True) or (
                i > 0 and text[tokens[i - 1].end:tokens[i].start] == ", "
                and _case_form(tokens[i], i, small, lang, ending=True))
        else:
            hit = None
        if hit and not _first_of_compound(text, hit.char_end):
            out.append(hit)
    out += _venue_adjectives(tokens, lang, taken | {i for m in out for i in range(m.start, m.end)})
    if lang.postpositions:
        out += _kana_cities(tokens, text, lang, known, taken)
    return out + capital_phrases(tokens, lang, known, taken | {i for m in out for i in range(m.start, m.end)})


KANA_PARTS = 3  # tokens a tagger may cut a katakana name into ("サンクト", "ペテルブルク")
STATE_TO_TOWN = re.compile(r"[ の・·]?$")  # "カナダのバンクーバー", "캐나다 밴쿠버", "アメリカ・ワシントン"


def _kana_cities(tokens: list[Token], text: str, lang, known: list[Match], taken: set[int]) -> list[Match]:
    """'カナダのバンクーバーで', '캐나다 밴쿠버에서': in a script without capitals, a GeoNames name in katakana or
    Hangul that the language's lists lack, where a place is marked: a locative or directional word right
    after it, or a state's name right before it; `taken` are the tokens of `known`."""
    names, marks = data.kana_city_names(), _marks_after(lang.code)
    common = hook(lang.code, "common_noun")  # 'メディア' is also Médéa in GeoNames
    state_ends = {m.char_end for m in known if len(m.key) == 2 and m.key.isupper()}
    out, i = [], 0
    while i < len(tokens):
        hit = None if i in taken else _kana_name_at(tokens, i, names)
        if hit is None:
            i += 1
            continue
        key, j = hit
        start, end = tokens[i].start, tokens[j - 1].end
        if common is not None and common(text, start):
            i = j
            continue
        gap = STATE_TO_TOWN.search(text, max(0, start - 1), start)
        if text.startswith(marks, end) or (gap and gap.start() in state_ends):
            # GeoNames writes Korean and Japanese towns with the municipality's suffix ('Icheon-si'): the press does not
            key = _bare(key, data.city_country(key)) if TOWN_SUFFIX.search(key) else key
            out.append(Match(key, i, j, start, end, text[start:end]))
        i = j
    return out


@cache
def _marks_after(code: str) -> tuple[str, ...]:
    """The LOCATIVE and DIRECTIONAL words of places.yaml as written (the loaded sets hold the tagger's lemmas)."""
    p = load(code).raw["places"]
    return tuple(str(f) for key in ("LOCATIVE", "DIRECTIONAL") for f in p.get(key) or ())


def _kana_name_at(tokens: list[Token], i: int, names: dict[str, str]) -> tuple[str, int] | None:
    """The longest run of touching tokens from i that spells a katakana or Hangul city name, and its end."""
    word, best = "", None
    for j in range(i, min(len(tokens), i + KANA_PARTS)):
        if j > i and tokens[j].start != tokens[j - 1].end:
            break
        word += tokens[j].text
        if word in names:
            best = (names[word], j + 1)
    return best


@cache
def _state_name_words(code: str) -> frozenset[str]:
    """The words of a language's names of states that take more than one word ('republica', 'republici',
    'coreea'; places.yaml COUNTRIES): GeoNames has towns so named ('Republica', Brazil), the press never."""
    words: set[str] = set()
    for forms in (load(code).raw["places"].get("COUNTRIES") or {}).values():
        for form in forms or ():
            parts = str(form).lower().split()
            if len(parts) > 1:
                words |= {w for w in parts if len(w) >= 4 and not w.endswith("*")}
    return frozenset(words)


_CAPITALS: dict[str, tuple] = {}
FUNCTION_WORD = 3  # letters of a word that may join a capital noun to its state ("capital of Japan")


def capital_words(lang) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """places.yaml CAPITAL_WORDS of one language, each a tuple of word forms ('*' a stem), and its
    ARTICLES, read once."""
    if lang.code not in _CAPITALS:
        p = lang.raw["places"]
        _CAPITALS[lang.code] = (tuple(tuple(str(w).lower().split()) for w in p.get("CAPITAL_WORDS") or ()),
                                frozenset(str(w).lower() for w in p.get("ARTICLES") or ()))
    return _CAPITALS[lang.code]


def _form_at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """Do the tokens from i on spell a phrase of word forms ('glavn* grad*' = 'glavnom gradu')?"""
    return i + len(words) <= len(tokens) and all(
        tokens[i + k].low.startswith(w[:-1]) if w.endswith("*") else tokens[i + k].low == w
        for k, w in enumerate(words))


def capital_phrases(tokens: list[Token], lang, known: list[Match], taken: set[int]) -> list[Match]:
    """'w stolicy Japonii', 'в японската столица', 'Jaapani pealinnas', 'a japán fővárosban', 'in the
    Japanese capital': a capital noun (places.yaml CAPITAL_WORDS) next to a state's name or adjective names
    that state's capital, a city like any other (a locative word or case before it makes it a place). An
    article before the phrase ('the', 'der') is taken into it, so the preposition before that is its own."""
    phrases, articles = capital_words(lang)
    if not phrases:
        return []
    heads = tuple(w[0].rstrip("*") for w in phrases)  # a cheap first test of a capital noun's first word
    near = lambda i: 0 <= i < len(tokens) and tokens[i].low.startswith(heads)
    out, used = [], set(taken)
    for state in (m for m in known if _capital_of(m.key)):
        if not (near(state.end) or near(state.start - 1) or near(state.start - 2) or near(state.start - 3)):
            continue
        for words in phrases:
            # the noun right after the state ("japońskiej stolicy", "Jaapani pealinnas"), or right before
            # it, perhaps past one short function word ("stolicy Japonii", "capital of Japan")
            starts = (state.end, state.start - len(words), state.start - len(words) - 1)
            for k, i in enumerate(starts):
                if i < 0 or not _form_at(tokens, i, words) or any(k in used for k in range(i, i + len(words))):
                    continue
                if k == 2 and not _function_word(tokens[state.start - 1]):
                    continue
                lo, hi = min(i, state.start), max(i + len(words), state.end)
                if lo > 0 and tokens[lo - 1].low in articles:
                    lo -= 1
                out.append(Match(_capital_of(state.key), lo, hi, tokens[lo].start, tokens[hi - 1].end,
                                 " ".join(t.low for t in tokens[lo:hi])))
                used |= set(range(i, i + len(words)))
                break
    return sorted(out, key=lambda m: m.start)


@cache
def _capital_of(key: str) -> str | None:
    """data.capital, asked once per key: a text's every state and city match is asked."""
    return data.capital(key)


def _function_word(tok: Token) -> bool:
    """A short lower-case word that joins a capital noun to its state ('of', 'de')."""
    return len(tok.low) <= FUNCTION_WORD and tok.text.isalpha() and tok.text.islower()


_ADJECTIVES: dict[str, tuple] = {}


def _adjective_data(lang) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]:
    """places.yaml CITY_ADJECTIVES (the endings an adjective made from a town takes and the stem ends that
    give the town back) and VENUE_WORDS of one language, read once."""
    if lang.code not in _ADJECTIVES:
        _ADJECTIVES[lang.code] = _read_adjectives(lang.raw["places"])
    return _ADJECTIVES[lang.code]


def _read_adjectives(p: dict) -> tuple:
    adj = p.get("CITY_ADJECTIVES") or {}
    endings = tuple(sorted((str(e) for e in adj.get("ENDINGS") or ()), key=len, reverse=True))
    stems = tuple(sorted(((str(a), str(b or "")) for a, b in adj.get("STEMS") or ()), key=lambda ab: -len(ab[0])))
    return endings, stems, tuple(str(v).lower() for v in p.get("VENUE_WORDS") or ())


def _venue_adjectives(tokens: list[Token], lang, taken: set[int]) -> list[Match]:
    """'gödöllői találkozó', 'szegedi csúcs', 'rzeszowskie forum', 'brněnský summit': an adjective made
    from a town's GeoNames name, in either case, right before a word for a meeting or conference, names
    where that meets; so does one beside a town's institution in a case of place ('a szegedi egyetemen',
    'na Uniwersytecie Wrocławskim', 'na brněnské radnici')."""
    endings, stems, venues = _adjective_data(lang)
    if not endings or not (venues or institutions(lang.code)):
        return []
    names, towns = data.city_names(), data.town_names()
    out = []
    # the ending first, for every token at once in C: most words fail it, before the look at the words after
    for i in [i for i, t in enumerate(tokens[:-1]) if t.low.endswith(endings)]:  # faster than map chains (3.11)
        tok = tokens[i]
        if i in taken or not tok.text[:1].isalpha() \
                or not (venues and _venue_follows(tokens, i, venues) or institution_beside(tokens, i, lang)):
            continue
        for end in endings:
            if not tok.low.endswith(end) or len(tok.low) - len(end) < 3:
                continue
            base = tok.low[:len(tok.low) - len(end)]
            keys = [base[:len(base) - len(a)] + b for a, b in stems if base.endswith(a)] or [base]
            city = next((c for k in keys if (c := names.get(k) or towns.get(k))), None)
            if city:
                out.append(Match(city, i, i + 1, tok.start, tok.end, tok.low))
                break
    return out


@cache
def institutions(code: str) -> frozenset[str]:
    """places.yaml INSTITUTIONS: a town's university or town hall in a case of place ('egyetemen',
    'uniwersytecie', 'radnici'), read once."""
    return word_set(code, "places", "INSTITUTIONS")


def institution_beside(tokens: list[Token], i: int, lang) -> bool:
    """Does an institution's word in a case of place stand right after token i ('szegedi egyetemen'), or
    right before it after a locative word ('na Uniwersytecie Wrocławskim')? The town adjective at i is
    where it stands."""
    forms = institutions(lang.code)
    if not forms:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].low in forms:
        return True
    if i + 2 < len(tokens) and f"{tokens[i + 1].low} {tokens[i + 2].low}" in forms:
        return True  # "Kauno miesto savivaldybėje", "Daugavpils pilsētas domē": the town's genitive, its noun, the body
    return i >= 2 and tokens[i - 1].low in forms and tokens[i - 2].low in lang.locative


NAMED_VENUE = 2  # capitalised words of a meeting's own name between a town's adjective and the word for it


def _venue_follows(tokens: list[Token], i: int, venues: tuple[str, ...]) -> bool:
    """Is the word after token i a word for a meeting, or is it after the meeting's own capitalised name
    ('gödöllői Ázsia-Európa találkozó', 'brněnský Mezinárodní strojírenský veletrh' stops at the lower case)?"""
    for j in range(i + 1, min(len(tokens), i + 2 + NAMED_VENUE)):
        if any(v in tokens[j].low for v in venues):
            return True
        if not tokens[j].is_upper_initial:
            return False
    return False


def _larger_after_hyphen(tokens: list[Token], hit: Match, text: str, names: dict[str, str]) -> Match:
    """'in Aichi-Nagoya', 'v Kansai-Ósace': two places joined by a hyphen, a region's (or a district's) name and a
    town's, where the tokenizer splits them: the larger town of the two is the place named ('Wien-Schwechat',
    'Berlin-Brandenburg' keep the first). Only a one-word name right before the hyphen."""
    j = hit.end
    if j >= len(tokens) or text[hit.char_end:hit.char_end + 1] != "-" or tokens[j].start != hit.char_end + 1 \
            or not tokens[j].text[:1].isupper():
        return hit
    second = _whole_name(tokens, j, names, 1)
    if second is None or second.key == hit.key or _population(second.key) <= _population(hit.key):
        return hit
    return Match(second.key, hit.start, second.end, hit.char_start, second.char_end, second.form)


def _spelling_variant(tok: Token, i: int, names: dict[str, str], lang) -> Match | None:
    """A town written in another of the language's spellings of a foreign sound than GeoNames' (places.yaml
    SPELLING_VARIANTS: 'в Кёнчжу', 'в Тэчжоне' in the Russian press's rendering of Korean; GeoNames writes Кёнджу,
    Тэджон): the word with each variant replaced, as it stands or in a case form."""
    for written, listed in _spelling_variants(lang.code):
        if written in tok.low:
            low = tok.low.replace(written, listed)
            found = [key for key in (low, *case_readings(low, lang.city_endings)) if key not in lang.not_names
                     and names.get(key)]
            if found:
                key = max(found, key=lambda k: _population(names[k]))
                return Match(names[key], i, i + 1, tok.start, tok.end, key)
    return None


@cache
def _spelling_variants(code: str) -> tuple[tuple[str, str], ...]:
    """places.yaml SPELLING_VARIANTS as (as the press writes it, as GeoNames lists it) pairs."""
    return tuple((str(a), str(b)) for a, b in load(code).raw["places"].get("SPELLING_VARIANTS") or ())


def _first_of_compound(text: str, end: int) -> bool:
    """'at Akasaka-Geihinkan Palace': a smaller town's name joined by a hyphen to a capitalised word is the first
    part of another name (a palace, a district's building), not the town."""
    return text[end:end + 1] == "-" and text[end + 1:end + 2].isupper()


def _two_word_town(tokens: list[Token], i: int, lang) -> Match | None:
    """'obiskala Mestno občino Slovenj Gradec', 'у Смедеревској Паланци': a smaller town of two capitalised
    words, as GeoNames writes it or declined."""
    if i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper() or tokens[i + 1].start - tokens[i].end != 1:
        return None
    towns = data.two_word_towns()
    key = tokens[i].low + " " + tokens[i + 1].low
    if key not in towns:
        key = next(iter(_declined_adjective_name(tokens[i].low, tokens[i + 1].low, " ", towns, lang)), key)
    name = towns.get(key)
    return Match(name, i, i + 2, tokens[i].start, tokens[i + 1].end, key) if name else None


def _whole_name(tokens: list[Token], i: int, names: dict[str, str], longest: int = 2) -> Match | None:
    """The city whose GeoNames name the words from i on spell ("Rio de Janeiro" before "Novi Sad" before
    "Novi"); a name of three words only with a lower-case particle inside and a capital word closing it."""
    for n in (3, 2, 1)[3 - longest:]:
        if i + n > len(tokens):
            continue
        if n == 3 and not (tokens[i + 1].text.islower() and tokens[i + 2].text[:1].isupper()):
            continue  # "Rio de Janeiro", "Riu de Janeiru": not three capitalised words of a list
        key = " ".join(t.low for t in tokens[i:i + n])
        if key in names and names[key]:
            return Match(names[key], i, i + n, tokens[i].start, tokens[i + n - 1].end, key)
    return None


def _after_state_adjective(tokens: list[Token], i: int, lang, one_word: frozenset[int]) -> bool:
    """Does a locative word and a lower-case adjective of a state stand right before token i ('im
    brasilianischen Rio de Janeiro', 'do holandského Haagu', 'в бразильском Рио-де-Жанейро')? `one_word`:
    the tokens a one-word state (or city) match stands on."""
    if i < 2 or tokens[i - 2].low not in lang.locative or not tokens[i - 1].text.islower():
        return False
    return i - 1 in one_word


def _town_after_locative(tokens: list[Token], i: int, lang, one_word: frozenset[int] = frozenset()) -> bool:
    """Does a town noun after a locative word stand right before token i ('in the city of Sendai',
    'в городе Оренбург', 'v meste Poprad', 'la Primăria Sibiu'), perhaps past a state's adjective
    ('in the Japanese city of Nagoya', 'в японском городе Нагоя'; `one_word`: the tokens a one-word
    state match stands on)?"""
    firsts = _town_nouns_by_first(lang.code)
    for k in range(max(1, i - 3), i):
        if tokens[k].low not in firsts:
            continue  # no town noun opens at k (town_noun_at would give 0, never i - k), most often
        # "в аэропорту города Вонсан": or one noun between, the town noun in its genitive
        marked = tokens[k - 1].low in lang.locative or (
            k >= 2 and tokens[k - 2].low in lang.locative and tokens[k - 1].text.islower())
        if (marked or k - 1 in one_word) and town_noun_at(tokens, k, lang.code) == i - k \
                and (marked or _locative_before(tokens, k - 1, lang)):
            return True
    return False


def _locative_before(tokens: list[Token], j: int, lang) -> bool:
    """Does a locative word stand right before token j, or before an article that does ('in the Japanese')?"""
    _phrases, articles = capital_words(lang)
    if j >= 1 and tokens[j - 1].low in lang.locative:
        return True
    return j >= 2 and tokens[j - 1].low in articles and tokens[j - 2].low in lang.locative


def town_noun_at(tokens: list[Token], i: int, code: str) -> int:
    """How many tokens from i spell one of places.yaml CITY_WORDS ('municipiului', 'the city of'), or 0."""
    if i >= len(tokens):
        return 0
    for noun in _town_nouns_by_first(code).get(tokens[i].low, ()):
        if tuple(t.low for t in tokens[i:i + len(noun)]) == noun:
            return len(noun)
    return 0


@cache
def _town_nouns_by_first(code: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The town nouns of a language by their first word, the longest first: asked at most tokens of a text."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for noun in filter(None, _town_nouns(code)):
        out.setdefault(noun[0], []).append(noun)
    return {w: tuple(ns) for w, ns in out.items()}


@cache
def town_noun_words(code: str) -> frozenset[str]:
    """The one-word town nouns of a language ('grada', 'община'): never a person's name."""
    return frozenset(n[0] for n in _town_nouns(code) if len(n) == 1)


@cache
def _town_nouns(code: str) -> tuple[tuple[str, ...], ...]:
    """places.yaml CITY_WORDS of a language as word tuples, the longest first."""
    nouns = (tuple(str(w).lower().split()) for w in load(code).raw["places"].get("CITY_WORDS") or ())
    return tuple(sorted(nouns, key=len, reverse=True))


def _case_form(tok: Token, i: int, names: dict[str, str], lang, ending: bool = False,
               endings: tuple | None = None, stem: int = 3) -> Match | None:
    """The city one word names in a case form: its ending replaced by the nominative's (`ending`: only
    a form that carries one, not the bare nominative an empty ending reads; `endings`: other than the
    language's CITY_ENDINGS; `stem`: the fewest letters left before the ending)."""
    found = [key for key in case_readings(tok.low, lang.city_endings if endings is None else endings, stem)
             if not (ending and key == tok.low) and key not in lang.not_names and names.get(key)]
    if not found:
        return None
    # "в Нагое" reads Nago and Nagoya: the bigger town is the one the press names
    key = max(found, key=lambda k: _population(names[k])) if len(found) > 1 else found[0]
    return Match(names[key], i, i + 1, tok.start, tok.end, key)


def _japanese_town(tok: Token, i: int, lang) -> Match | None:
    """'в город Нагато', 'в Симоносеки', 'v Šimonoseki': a Japanese town the language spells by its own scheme,
    read back to Hepburn (as Japanese names are) where the word, or a case form of it, is a run of Japanese
    syllables that names a town of Japan."""
    towns = _japanese_towns()
    for form in (tok.low, *case_readings(tok.low, lang.city_endings)):
        key = hepburn(form, lang.code)
        if len(key) >= 5 and key in towns and japanese_syllables(key):
            return Match(towns[key], i, i + 1, tok.start, tok.end, key)
    return None


@cache
def _japanese_towns() -> dict[str, str]:
    """Japan's towns by their folded Hepburn name ('nagato' -> 'Nagato'), built once."""
    return {fold(n): n for n, (cc, _pop) in data.cities().items() if cc == "JP" and " " not in n}


def _genitive_town(tok: Token, i: int, lists: tuple, lang) -> Match | None:
    """The town a word names in its genitive (places.yaml TOWN_GENITIVE: 'Šapca' -> 'Šabac' is beyond it,
    'Pančeva' -> 'Pančevo', 'Казани' -> 'Казань', 'Liepājas' -> 'Liepāja'), the biggest of the lists first."""
    endings = _genitive_endings(lang.code)
    if not endings:
        return None
    for names in lists:
        # "Šapca" -> "Šabac": a fleeting vowel and a devoiced consonant leave two letters; by a title that is enough
        hit = _case_form(tok, i, names, lang, ending=True, endings=endings, stem=2)
        if hit:
            return hit
    return None


@cache
def _genitive_endings(code: str) -> tuple[tuple[str, str], ...]:
    """places.yaml TOWN_GENITIVE as (ending, nominative's ending) pairs, read once per language."""
    return tuple((str(a), str(b or "")) for a, b in load(code).raw["places"].get("TOWN_GENITIVE") or ())


town_genitive = _genitive_endings  # the same pairs, for the events' reading of a town's genitive


def _case_form_of_two(tokens: list[Token], i: int, text: str, names: dict[str, str], lang,
                      endings: tuple | None = None) -> Match | None:
    """The city two capitalised words name with the second in a case form (of place, or the `endings` given),
    joined by a space or a hyphen as they stand ('Addis Abebě', 'Hong Kongu', 'Куала-Лумпуре', 'мэр
    Южно-Сахалинска')."""
    if i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper():
        return None
    sep = text[tokens[i].end:tokens[i + 1].start]
    if sep not in (" ", "-"):
        return None
    found = [key for r in case_readings(tokens[i + 1].low, endings or lang.city_endings) if r != tokens[i + 1].low
             and (key := f"{tokens[i].low}{sep}{r}") not in lang.not_names and names.get(key)] \
        or _declined_adjective_name(tokens[i].low, tokens[i + 1].low, sep, names, lang, endings)
    if not found:
        return None
    key = max(found, key=lambda k: _population(names[k]))
    return Match(names[key], i, i + 2, tokens[i].start, tokens[i + 1].end, key)


def _declined_adjective_name(first: str, second: str, sep: str, names: dict[str, str], lang,
                             endings: tuple | None = None) -> list[str]:
    """The names of two words one of which is an adjective declined with the other ('в Петропавловске-Камчатском',
    'в Нижнем Новгороде', 'w Nowym Sączu', by a mayor's title 'Петропавловска-Камчатского'): each word in its
    case form (of place, or the `endings` given) or as it stands, the adjective by places.yaml
    NAME_ADJECTIVE_ENDINGS."""
    adjective = _name_adjective_endings(lang.code)
    ends = tuple(end for end, _ in adjective)
    if not (ends and (first.endswith(ends) or second.endswith(ends))):
        return []  # no word of the two ends as a declined adjective: asked after most locative words
    nouns = endings or lang.city_endings
    firsts = {first, *case_readings(first, nouns), *case_readings(first, adjective)}
    seconds = {second, *case_readings(second, nouns), *case_readings(second, adjective)}
    return [key for a in firsts for b in seconds if (a, b) != (first, second)
            and (key := f"{a}{sep}{b}") not in lang.not_names and names.get(key)]


@cache
def _name_adjective_endings(code: str) -> tuple[tuple[str, str], ...]:
    """places.yaml NAME_ADJECTIVE_ENDINGS as (ending, nominative's ending) pairs, the longest first."""
    pairs = ((str(a), str(b or "")) for a, b in load(code).raw["places"].get("NAME_ADJECTIVE_ENDINGS") or ())
    return tuple(sorted(pairs, key=lambda ab: -len(ab[0])))


def _population(city: str) -> int:
    """A city's population (GeoNames), 0 if unknown."""
    return (data.cities().get(city) or (None, 0))[1]


def hooked_towns(cities: list[Match], tokens: list[Token], text: str, lang, known: list[Match]) -> list[Match]:
    """`cities` with the municipalities a language's `town_spans` hook finds in scripts without capitals
    (久留米市, 전주시): the town, by its reading matched to GeoNames, and not the prefecture before it;
    `known` are the states, groups and bodies already named ("欧州市民" is no town Ōshū)."""
    find = hook(lang.code, "town_spans")
    if not find:
        return cities
    out, starts = list(cities), []
    for start, town, end, reading, coin in find(text):
        if any(town <= m.char_start and m.char_end <= end for m in cities) \
                or any(m.char_start < end and town < m.char_end for m in known):
            continue  # "新潟市", "서울시": a listed city already stands for the town
        name = _town_name(reading, lang.home, coin)
        if not name:
            continue
        starts = starts or [t.start for t in tokens]  # once a text, and only where a town was named
        k = bisect.bisect_left(starts, start)
        idx = [j for j in range(max(0, k - 1), min(len(tokens), k + 12)) if tokens[j].start < end and start < tokens[j].end]
        if not idx:
            continue
        # "福岡県久留米市": the prefecture's name is where the town lies, not a second place
        out = [m for m in out if not (start <= m.char_start and m.char_end <= end)]
        out.append(Match(name, idx[0], idx[-1] + 1, start, end, reading))
    return sorted(out, key=lambda m: m.char_start) if out != cities else cities


def _town_name(reading: str, home: str | None, coin: bool) -> str | None:
    """The GeoNames town of the home state a reading names (morioka -> Morioka, oita -> Ōita, gimhae ->
    Kimhae); else, where `coin`, the reading itself as the town's name."""
    names = data.city_names()
    # the town of that very name first: GeoNames gives 'sagamihara' also as another town's alternate name
    found = [reading.capitalize()] + [n for k in (reading, f"{reading}-shi", f"{reading}-si", f"{reading}-gun")
                                      if (n := names.get(k))]
    for n in found:
        if n in data.cities() and data.city_country(n) == home:
            return _bare(n, home)
    if coin and len(reading) >= 3 and home:
        return data.Town(reading.capitalize(), home)
    return None


def _bare(name: str, home: str) -> str:
    """A GeoNames name without the romanised suffix of a municipality ('Icheon-si' -> 'Icheon'), as the press
    writes it."""
    bare = TOWN_SUFFIX.sub("", name)
    return data.Town(bare, home) if bare != name else bare


TOWN_SUFFIX = re.compile(r"-(?:si|shi|gun)$")


TOWN_STEM = 5        # letters of a town's name an adjective made from it keeps ('казан|ском', 'kazaň|ském')
ADJECTIVE_ENDING = 6  # letters an adjective's ending adds to that stem ('казан|ському')


def adjective_town(word: str, names: dict[str, str]) -> str | None:
    """The GeoNames city a lower-case adjective is made from ('казанском' -> Kazan, 'kazańskim' -> Kazan): its
    longest cut, at least TOWN_STEM letters, that a city is named, at most ADJECTIVE_ENDING letters short."""
    for k in range(len(word) - 1, max(TOWN_STEM, len(word) - ADJECTIVE_ENDING) - 1, -1):
        if city := names.get(word[:k]):
            return city
    return None


def landmark_towns(cities: list[Match], tokens: list[Token], lang) -> list[Match]:
    """A landmark many towns have (places.yaml LANDMARKS: 'Кремль' -> Moscow) right after another town's
    adjective ('в казанском Кремле', 'w kazańskim Kremlu') is that town's: its match becomes the town's,
    spanning both words."""
    names, out, changed = data.city_names(), [], False
    for m in cities:
        prev = tokens[m.start - 1] if m.start > 0 else None
        if m.form.lower() in lang.landmarks and prev is not None and prev.low.isalpha() \
                and prev.end + 2 >= m.char_start and (town := adjective_town(prev.low, names)) and town != m.key:
            m = Match(town, m.start - 1, m.end, prev.start, m.char_end, prev.low)
            changed = True
        out.append(m)
    return out if changed else cities
