"""h22/speed2 (issue 14): tokens read from split() by the pattern captured, and a document's text lowered once for
its readers: the same tokens, offsets and strings as the forms they replace."""
import random
import re

import pytest

from kronika.nlp.persons import NAME_WORD
from kronika.text.lexicon import LEX_WORD_RE
from kronika.text.tokens import WORD_RE, captured, lowered, lowered_slice, make_token, tokens_by

PIECES = ["Warszawa", "Tokio", "polsko-japońskiego", "it's", "O'Neill", "12.3", "2024", "Кисида", "Фумио",
          "岸田文雄", "외교부", "—", ",", ".", "ſ", "K", "İ", "ß", "_", "-", "'",
          "Ri Yong-Ho", "ΟΔΟΣ", "Σ", "ΣΑ", "İstanbul", "ǅ", "ẞ", "Ｔｏｋｙｏ", "٣", " ", "  ", "\n", "\t"]


def _texts(n=300, seed=7):
    rnd = random.Random(seed)
    yield ""
    for _ in range(n):
        yield "".join(rnd.choice(PIECES) + rnd.choice(["", " ", "\n", "."]) for _ in range(rnd.randint(1, 30)))


def _by_matches(rx, text, offset):
    """tokens_by as it was: one token a match of rx.finditer."""
    return [make_token(m.group(), m.group().lower(), m.start() + offset, m.end() + offset) for m in rx.finditer(text)]


@pytest.mark.parametrize("rx", [WORD_RE, LEX_WORD_RE], ids=["WORD_RE", "LEX_WORD_RE"])
@pytest.mark.parametrize("offset", [0, 17])
def test_tokens_by_is_finditer(rx, offset):
    for text in _texts():
        assert tokens_by(rx, text, offset) == _by_matches(rx, text, offset)


def test_captured_split_gives_the_matches():
    for rx in (WORD_RE, LEX_WORD_RE, NAME_WORD):
        for text in _texts():
            parts = captured(rx).split(text)
            starts = [sum(map(len, parts[:k])) for k in range(1, len(parts), 2)]
            assert list(zip(starts, parts[1::2])) == [(m.start(), m.group()) for m in rx.finditer(text)]


def test_captured_refuses_groups_and_empty_matches():
    with pytest.raises(ValueError):
        captured(re.compile(r"(\w)+"))
    with pytest.raises(ValueError):
        captured(re.compile(r"\w*"))


def test_lowered_is_lower_and_its_slices_the_slice_lowered():
    rnd = random.Random(3)
    for text in _texts(200):
        other = "".join(reversed(text))  # another text between: the kept one is replaced
        for t in (text, other, text):
            assert lowered(t) == t.lower()
            for _ in range(20):
                i = rnd.randint(0, len(t))
                j = rnd.randint(i, len(t))
                assert lowered_slice(t, i, j) == t[i:j].lower()
