"""Source text with the evidence of each field marked; the text itself is always escaped."""
from __future__ import annotations

import html


def highlighted(text: str, spans: dict[str, list[list[int]]]) -> str:
    """HTML of the text with <mark class="ev-FIELD"> around evidence spans (overlaps: first wins)."""
    marks: list[tuple[int, int, str]] = []
    for field, ss in spans.items():
        for s, e in ss:
            if 0 <= s < e <= len(text):
                marks.append((s, e, field))
    marks.sort()
    out, pos = [], 0
    for s, e, field in marks:
        if s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        cls = "".join(ch for ch in field if ch.isalnum() or ch == "_")
        out.append(f'<mark class="ev ev-{cls}" title="{html.escape(field)}">{html.escape(text[s:e])}</mark>')
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)
