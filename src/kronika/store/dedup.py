"""Recognising a document met before: canonical URL, exact text, near-identical text."""
from __future__ import annotations

import hashlib
import re
from hashlib import blake2b
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src|igshid|_ga|spm)$", re.I)
SIMHASH_BITS = 64
NEAR_DUPLICATE_BITS = 12  # candidates only: short texts drift several bits for one changed line
BANDS = 8                 # 8 bands of 8 bits: texts within 7 bits share at least one band
NEAR_DUPLICATE_JACCARD = 0.8  # shared word trigrams that make a candidate a copy


def canonical_url(url: str | None) -> str | None:
    """One spelling per address: lower-case host without www, no fragment, no tracking parameters."""
    if not url or "://" not in url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not TRACKING.match(k)))
    path = re.sub(r"/+$", "", parts.path) or "/"
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    return urlunsplit((scheme, host, path, query, ""))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def content_hash(text: str) -> str:
    """SHA-256 of the text with case and spacing ignored."""
    return hashlib.sha256(_norm(text).encode("utf-8")).hexdigest()


def simhash(text: str) -> int:
    """64-bit SimHash of word trigrams, as a signed integer (it fits a BIGINT column)."""
    words = _WORD.findall(text.lower())
    grams = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))]
    digests = b"".join([blake2b(g.encode("utf-8"), digest_size=8).digest() for g in grams])
    # a bit is set where more than half the trigrams set it. The bits are counted in C: each byte
    # position's column of the digests, mapped to 1 where the bit is set, then counted (storing
    # spent a third of its time here when the 64 counters were moved in Python)
    value = 0
    for pos in range(8):
        column = digests[pos::8]
        low = (7 - pos) * 8  # big-endian: the first byte holds the top bits
        for b in range(8):
            if 2 * column.translate(_BIT_SET[b]).count(1) > len(grams):
                value |= 1 << (low + b)
    return value - (1 << 64) if value >= (1 << 63) else value


_WORD = re.compile(r"\w+")
_BIT_SET = [bytes((v >> b) & 1 for v in range(256)) for b in range(8)]  # byte -> 1 where bit b is set


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def bands(h: int) -> list[tuple[int, int]]:
    """(band number, 16-bit value) pairs of a simhash."""
    u = h & ((1 << 64) - 1)
    width = SIMHASH_BITS // BANDS
    return [(b, (u >> (b * width)) & ((1 << width) - 1)) for b in range(BANDS)]


def hamming(a: int, b: int) -> int:
    return bin((a ^ b) & ((1 << 64) - 1)).count("1")
