"""h20/speed3 (issue 14): each cut is exact. The fast form is compared with the old one, kept here, on
source-like words and lines and on random ones. These are equivalence tests: main is the old form, so they pass
on main too; they guard the new form against drifting from the old answers."""
from __future__ import annotations

import random

import pytest

from kronika.nlp import analyze as an
from kronika.nlp import korean as ko
from kronika.nlp.analyze import analyze

# the old korean_name: the Japanese pair asked before the family name in the last three branches
def _old_korean_name(words: list[str], code: str) -> str | None:
    if words and words[0].lower() in ko._WORD_FAMILIES and not (len(words) == 2 and "-" in words[1]):
        return None
    if len(words) == 3 and ko._short(words[1]) and (last := ko._short_stem(words[2])) \
            and (fam := ko.family_of(words[0], True)):
        english = ko._english_spelt(words[1], last) and (ko._english_spelt(words[0]) or "j" not in words[0].lower())
        read = (lambda w: w.lower()) if english else (lambda w: ko.syllables(w, code))
        if (lf := ko.family_of(last, True)) and ko.more_common_family(lf, fam):  # h22: "Sung Joo Choi"
            given = ko._uninflected(f"{read(words[0])}-{read(words[1])}")
            return f"{given.capitalize()} {ko._as_written(last) or lf.capitalize()}"
        given = ko._uninflected(f"{read(words[1])}-{read(last)}")
    elif len(words) == 2 and "-" in words[1] and (fam := ko.family_of(words[0], True)):
        given = ko._uninflected(ko.syllables(words[1], code))
    elif len(words) == 2 and "-" in words[0] and "-" not in words[1] and (fam := ko.family_of(words[1], True)):
        given = ko._uninflected(ko.syllables(words[0], code))
    elif len(words) == 2 and ko.has_cyrillic(words[1]) and not ko._japanese_pair(words, code) \
            and (fam := ko.family_of(words[0], True)) and (one := ko._one_syllable_in_case(words[1], code)):
        given = one
    elif len(words) == 2 and not ko._japanese_pair(words, code) and (fam := ko.family_of(words[0], True)) \
            and (pair := ko._two_syllables(words[1], code)):
        given = pair
    elif len(words) == 2 and not ko._japanese_pair(words, code) and (fam := ko.family_of(words[0], True)) \
            and (one := ko._one_syllable(words[1], code)):
        given = one
    elif given_first := ko._given_first(words, code):
        given, fam = given_first
        return f"{given.capitalize()} {fam.capitalize()}"
    else:
        return None
    written = words[1] if "-" in words[0] and len(words) == 2 else words[0]
    return f"{given.capitalize()} {ko._as_written(written) or fam.capitalize()}"


# Korean family names and syllables as the region's languages write them, Japanese pairs, and words of prose
KOREAN_WORDS = ["Kim", "Kimem", "Lee", "Park", "Pak", "Paka", "Moon", "Mun", "Cho", "Czo", "Yoon", "Jun", "Lim", "Lima",
                "Ким", "Пак", "Паком", "Мун", "Чо", "Ли", "Юн", "Хван", "Хваном", "Ким", "Ан", "An", "Ri", "Ли",
                "Jae-in", "Jong-un", "Kwang-il", "Ki-mo", "Te-jul", "Byung-hwa", "Suk", "Jeol", "Yong", "Ho", "Jin",
                "Dzsin", "Dzsinpjóval", "Sokčonu", "Omu", "Чин", "Чином", "Бюн", "Чоль", "Ён", "Нам", "Сон", "Хи"]
JAPANESE_WORDS = ["Jun", "Saito", "Ken", "Sato", "Fumio", "Kishida", "Džun", "Дзюн", "Сайто", "Taro", "Kono", "Yoko",
                  "Kamikawa", "Hayashi", "Yoshimasa"]
OTHER_WORDS = ["Foreign", "Affairs", "Minister", "Radman", "Korei", "Południowej", "Republica", "Coreea", "Anna",
               "Maria", "An", "Open", "Letter", "Bord", "Ruslan", "Esin", "Elmar", "Mammadyarov", "Jan", "Novák",
               "Министр", "Лавров", "Сергей", "Peter", "Szijjártó", "Vučić", "Ивана"]
CODES = ["pl", "cs", "sk", "hu", "lv", "lt", "et", "ru", "uk", "bg", "sr", "hr", "sl", "ro", "de", "en", "mk", "be"]


@pytest.mark.parametrize("words", [["Moon", "Jae-in"], ["Kim", "Jong-un"], ["Пак", "Чином"], ["Kim", "Dzsinpjóval"],
                                   ["Pak", "Dzsin"], ["Jun", "Saito"], ["Ken", "Sato"], ["Foreign", "Affairs"],
                                   ["Lee", "Jae", "Myung"], ["Бюн", "Чоль", "Хваном"], ["Anna", "Maria", "Lee"],
                                   ["An", "Open", "Letter"], ["Omu", "Sokčonu"], ["Tae-yulem", "Cho"]])
@pytest.mark.parametrize("code", ["pl", "hu", "ru", "lv", "en", "sr"])
def test_korean_name_as_before_on_source_like_names(words: list[str], code: str) -> None:
    assert ko.korean_name(words, code) == _old_korean_name(words, code)


def test_korean_name_as_before_on_random_runs() -> None:
    rng = random.Random(20)
    pool = KOREAN_WORDS + JAPANESE_WORDS + OTHER_WORDS
    named = 0
    for _ in range(4000):
        words = [rng.choice(pool) for _ in range(rng.choice([1, 2, 2, 2, 3, 3]))]
        code = rng.choice(CODES)
        got = ko.korean_name(words, code)
        assert got == _old_korean_name(words, code), (words, code)
        named += got is not None
    assert named > 100  # the random runs reach the branches that name someone, not only the refusals


# the old _captions_above_credits: every line walked as a block's possible opening
def _old_captions_above_credits(lines, starts, labels):
    out = []
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and len(lines[j].strip()) <= an.CREDIT_LINE \
                and an._LABEL_LINE.match(lines[j]):
            j += 1
        block = [lines[k].strip().lower() for k in range(i, j)]
        if block and any(b.startswith(w) for b in block for w in labels) and i - 1 > first:
            above = lines[i - 1].strip()
            if above and len(above) <= an.CAPTION_ABOVE_CREDIT and not an._SENTENCE_BREAK.search(above) \
                    and not above.endswith((":", ".", "!", "?", "\"", "”", "»")):
                out.append((starts[i - 1], starts[i - 1] + len(lines[i - 1])))
        i = max(j, i + 1)
    return out


LINES = ["Forrás: MTI/EPA", "Fotó: -", "Foto: PAP/Radek Pietruszka", "Photo: Reuters", "Szijjártó Péter Minszkben",
         "Szijjártó Péter Minszkben 2024. október 31-én", "A külügyminiszter tárgyalt.", "", "  ", "Source:", "Zdroj: ČTK",
         "Time: 10:00 am", "Premier Fumio Kishida w Tokio", "Foto: " + "x" * 90, "Headline: Kishida in Warsaw",
         "Pictured: the ministers in Tokyo", "Фото: ТАСС", "Министр в Москве", "Labels : odd", ": colon first",
         "a:b", "Forrás:MTI", "The minister met. He said", "Kép: Facebook"]
LABELS = ("forrás", "fotó", "foto", "photo", "source", "zdroj", "фото", "kép", "pictured")


def test_captions_above_credits_as_before_on_random_lines() -> None:
    rng = random.Random(3)
    found = 0
    for _ in range(3000):
        lines = [rng.choice(LINES) for _ in range(rng.randint(0, 12))]
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        labels = rng.choice([LABELS, LABELS[:3], ("photo",), ()])
        got = an._captions_above_credits(lines, starts, labels)
        assert got == _old_captions_above_credits(lines, starts, labels), (lines, labels)
        found += bool(got)
    assert found > 100


@pytest.mark.parametrize("text", [
    "Szijjártó Péter Minszkben 2024. október 31-én\nForrás: MTI/EPA\nFotó: -\nA miniszter tárgyalt Minszkben.",
    "Minister Rau in Tokyo\nPhoto: PAP\n\nThe minister met his counterpart. He said: \"we agree\".",
])
def test_caption_lines_as_before_on_source_like_texts(text: str) -> None:
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    assert an._captions_above_credits(lines, starts, LABELS) == _old_captions_above_credits(lines, starts, LABELS)


def test_sentence_of_as_before() -> None:
    text = ("Minister Rau met Fumio Kishida in Tokyo on Monday. They spoke of trade.\n\nThe talks went on. "
            "Kishida said: \"We agree.\" Rau left on Tuesday!") * 3
    a = analyze(text, "en")
    starts = [s.start for s in a.sentences]
    import bisect
    for pos in range(-3, len(text) + 3):
        assert a.sentence_of(pos) == max(0, bisect.bisect_right(starts, pos) - 1)


def test_lower_never_shortens_a_text() -> None:
    """caption_lines passes over a line too long before lowering it: lower() must not make a text shorter."""
    assert all(len(chr(i).lower()) >= 1 for i in range(0x110000))
    assert len("ΟΔΟΣ".lower()) == 4 and len("İstanbul".lower()) == 9  # final sigma; a dotted capital I grows


def _old_caption_lines(text, lang):
    """The old caption_lines: every line lower-cased, the credit searched first, the phrase labels asked per line."""
    labels = lang.captions
    out, pos = [], 0
    lines = text.split("\n")
    starts = []
    for line in lines:
        starts.append(pos)
        if line.startswith("<") and an.PHOTO_TAG.match(line):
            out.append((pos, pos + len(line)))
            pos += len(line) + 1
            continue
        if an.CREDITED.search(line) and len(line) <= an.CAPTION_ABOVE_CREDIT:
            out.append((pos, pos + len(line)))
            pos += len(line) + 1
            continue
        low = line.strip().lower()
        opened = low.startswith(labels) and any(low.startswith(w) and low[len(w):len(w) + 1] in (":", " ", ".", "")
                                                for w in labels)
        if low and ((opened and len(low) <= an.CAPTION_ABOVE_CREDIT) or (
                len(low) <= an.CAPTION_LINE and low[-1:] not in ".!?" and (
                    (":" in low and any(f"{w}:" in low for w in labels)) or bool((rx := an._phrase_labels(labels)) and rx.search(low))))):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    if labels:
        out += _old_captions_above_credits(lines, starts, labels)
    out += an._hooked_captions(text, lang.code)
    return out + an._repeated_captions(lines, starts, out)


CAPTION_PIECES = ["Foto: PAP/Radek Pietruszka", "Fot. KPRM", "Photo: Reuters", "Fotó: -", "Forrás: MTI/EPA",
                  "Фото: ТАСС", "Premier Fumio Kishida w Tokio (zdjęcie archiwalne)", "in Warsaw (file photo)",
                  "… on Aug. 4. [MINISTRY OF FOREIGN AFFAIRS]", "<img src='x' alt='Kishida w Warszawie' />",
                  "Minister Rau spotkał się z ministrem Hayashim. Rozmawiali o handlu.", "Headline without a stop",
                  "İSTANBUL: " + "İ" * 200, "Zdjęcie: " + "x" * 215, "Foto: " + "y" * 330, "photo " * 60,
                  "The minister met his counterpart and said that " * 8 + "[MOFA]", "", "   "]


@pytest.mark.parametrize("code", ["pl", "en", "hu", "ru", "cs", "ja", "ko"])
def test_caption_lines_as_before_on_random_texts(code: str) -> None:
    from kronika import lang as langdata
    lang = langdata.load(code)
    rng = random.Random(code)
    for _ in range(300):
        text = "\n".join(rng.choice(CAPTION_PIECES) for _ in range(rng.randint(1, 10)))
        assert an.caption_lines(text, lang) == _old_caption_lines(text, lang), text


def _old_article_end(text: str, code: str) -> int:
    """The old article_end: every line lower-cased, the labels asked one by one."""
    from kronika.nlp import published as pu
    labels, comments = pu._related_words(code), pu._comment_words(code)
    if not labels and not comments:
        return len(text)
    prose = False
    lines = pu._lines(text)
    for n, (pos, line) in enumerate(lines):
        low = line.strip().lower()
        if prose and any(low.startswith(w) and not low[len(w):len(w) + 1].isalnum() for w in labels) \
                and not pu._story_goes_on(lines, n):
            return pos
        if prose and comments and len(low) <= pu.COMMENT_LINE and pu._COUNT.sub("", low) in comments:
            return pos
        prose = prose or pu.is_prose(line)
    return pu._glued_label(text, labels) if labels else len(text)


@pytest.mark.parametrize("code", ["pl", "en", "ru", "de", "hu", "cs", "uk", "ja", "ko"])
def test_article_end_as_before_on_random_texts(code: str) -> None:
    from kronika.nlp import published as pu
    words = [*pu._related_words(code), *pu._comment_words(code)]
    pieces = ["Minister Rau met his Japanese counterpart in Warsaw on Monday, and they spoke of trade and security "
              "and of the visit of the Prime Minister to Tokyo in the spring of next year.",
              "Short headline", "2 comments", "Komentarze (2):", "Leave a Reply", "", "Read more", "Читайте также:",
              "Czytaj także: Premier w Tokio", "Related news", "Menu | News | Contact", "12.05.2024"]
    pieces += [w.capitalize() for w in words] + [w.upper() + ": link" for w in words] + [w + "s and more" for w in words]
    rng = random.Random(code)
    ended = 0
    for _ in range(600):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        got = pu.article_end(text, code)
        assert got == _old_article_end(text, code), text
        ended += got < len(text)
    assert ended > 20
