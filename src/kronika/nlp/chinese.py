"""Chinese names in the Czech transcription (Czech and Slovak press: "Čang Ťien-min", "Si Ťin-pching") back to pinyin."""
from __future__ import annotations

import re
from functools import lru_cache

from kronika.data import name_lists

# initials, longest first: the Czech letters of a pinyin initial ("čch" is ch, or q before i and ü)
_INITIALS = [("čch", "ch"), ("tch", "t"), ("pch", "p"), ("kch", "k"), ("cch", "c"), ("ch", "h"), ("č", "zh"),
             ("ť", "j"), ("š", "sh"), ("ž", "r"), ("c", "z"), ("t", "d"), ("p", "b"), ("k", "g"), ("s", "s"),
             ("j", "y"), ("m", "m"), ("f", "f"), ("n", "n"), ("l", "l"), ("w", "w")]
# before i and ü the palatal series: čch -> q, s -> x (ť -> j is so already)
_PALATAL = {"ch": "q", "s": "x"}
# finals, whole: the Czech spelling of a pinyin final
_FINALS = {"ien": "ian", "iou": "iu", "uej": "ui", "ej": "ei", "aj": "ai", "ung": "ong", "iung": "iong", "üe": "ue",
           "üan": "uan", "ün": "un", "ü": "u", "'": "i"}
# a syllable standing alone, without an initial: "I" is yi, "Jü" yu
_ALONE = {"i": "yi", "in": "yin", "ing": "ying", "u": "wu", "ü": "yu", "ien": "yan", "ie": "ye", "jen": "yan",
          "jie": "ye", "jou": "you", "jung": "yong", "jü": "yu", "jüan": "yuan", "jüe": "yue", "jün": "yun",
          "wej": "wei"}
_PINYIN = re.compile(r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|"
                     r"ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u)$")
# case endings the Czech and Slovak press puts on a Chinese name's last word ("s Čangem Ťien-minem", "Wang Iho")
_ENDINGS = ("ovi", "om", "em", "ho", "a", "u", "e")
_CZECH_MARKS = set("čťšžěüň'")


@lru_cache(maxsize=4096)
def syllable(s: str) -> str | None:
    """The pinyin of one syllable in the Czech transcription ('ťien' -> 'jian', 'čchi' -> 'qi'), or None."""
    s = s.lower()
    if s in _ALONE:
        return _ALONE[s]
    head, rest = "", s
    for cz, py in _INITIALS:
        if s.startswith(cz):
            head, rest = py, s[len(cz):]
            break
    if rest[:1] in ("i", "ü") and head in _PALATAL:
        head = _PALATAL[head]
    rest = _FINALS.get(rest, rest)
    out = head + rest.replace("ü", "u")
    if head in ("j", "q", "x") and out[len(head):len(head) + 1] not in ("i", "u"):
        return None  # "ťa" is no syllable: j, q and x stand only before i and ü
    return out if _PINYIN.match(out) else None


def _given(word: str) -> str | None:
    """'Ťien-min' -> 'Jianmin', 'I' -> 'Yi', a case ending read off the last syllable ('Ťin-pchingem')."""
    parts = word.split("-")
    if not 1 <= len(parts) <= 2:
        return None
    out = [syllable(p) for p in parts[:-1]]
    last = syllable(parts[-1]) or next((r for e in _ENDINGS if parts[-1].lower().endswith(e)
                                        and (r := syllable(parts[-1][:-len(e)]))), None)
    if None in out or last is None:
        return None
    return "".join([*out, last]).capitalize()


def _family(word: str) -> str | None:
    """'Čang' -> 'Zhang', in its case too ('Čanga', 'Wangem'): a listed Chinese family name only."""
    families = name_lists()["CHINESE_FAMILY"]
    if py := syllable(word):  # a syllable as written is read as written: "Chua" is Hua, not "Chu" + -a
        return py.capitalize() if py in families else None
    for w in (word[:-len(e)] for e in _ENDINGS if word.lower().endswith(e) and len(word) > len(e) + 1):
        if (py := syllable(w)) and py in families:
            return py.capitalize()
    return None


def chinese_name(words: list[str]) -> str | None:
    """'Čang Ťien-min' -> 'Jianmin Zhang': a listed family name, then a given name of one or two syllables, in
    the Czech transcription (a Czech letter or a syllable pinyin writes otherwise, so 'Wang Yi' is left alone)."""
    if len(words) != 2 or not words[0][:1].isupper():
        return None
    fam, given = _family(words[0]), _given(words[1])
    if not fam or not given:
        return None
    written = (words[0] + words[1]).lower().replace("-", "")
    if not (_CZECH_MARKS & set(written)) and given.lower() == words[1].lower().replace("-", "") \
            and fam.lower() == words[0].lower():
        return None  # already pinyin
    return f"{given} {fam}"
