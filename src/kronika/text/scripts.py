"""The Unicode ranges of the scripts Kronika reads, for character classes: one table instead of code points
written again in every pattern ("[" + HANGUL + HAN + "]" is a Hangul syllable or an ideograph)."""
from __future__ import annotations

HANGUL = "\uac00-\ud7a3"  # Hangul syllables (가 … 힣), the letters Korean spaces its words in
HANGUL_JAMO = "\u1100-\u11ff\u3130-\u318f"  # Hangul letters written apart (conjoining and compatibility jamo)
HAN = "\u4e00-\u9fff"  # CJK unified ideographs: kanji, hanja
HAN_EXT_A = "\u3400-\u4dbf"  # CJK unified ideographs, extension A
KANA = "\u3040-\u30ff"  # hiragana and katakana
KATAKANA_LETTERS = "\u30a1-\u30fa\u30fc"  # katakana letters (ァ … ヺ) and the long-vowel mark ー
CYRILLIC = "\u0400-\u04ff"
