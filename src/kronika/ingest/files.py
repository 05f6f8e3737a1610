"""Get text in: files of every kind Kronika reads, folders, standard input and JSON Lines."""
from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from kronika.errors import KronikaError
from kronika.model import Document

MAX_BYTES = 20 * 1024 * 1024  # a press release is kilobytes; beyond this it is not one document
MAX_ARCHIVE_PARTS = 1000              # a Word file has a few dozen parts
MAX_ARCHIVE_UNPACKED = 100 * 1024 * 1024  # all parts of an archive together, uncompressed
MAX_PDF_PAGES = 2000
MAX_PDF_OBJECTS = 500_000
SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".jsonl", ".json"}


@dataclass
class InputError:
    """An input that could not be read; `message` names the file and the problem."""
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class BadInput(KronikaError, ValueError):
    pass


def iter_inputs(paths: list[str], stdin=None) -> Iterator[Document | InputError]:
    """Documents from the given paths, in order; unreadable ones become InputErrors."""
    for p in paths:
        if p == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield _guard("<stdin>", lambda: Document(id="stdin", text=decode_text(data, "<stdin>"), source="-"))
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not files:
                yield InputError(p, f"no {', '.join(sorted(SUFFIXES))} files in this folder")
            for f in files:
                yield from _from_file(f, doc_id=str(f.relative_to(path).with_suffix("")))
        elif path.exists():
            yield from _from_file(path, doc_id=path.stem)
        else:
            yield InputError(p, "no such file or folder")


def _guard(source: str, make) -> Document | InputError:
    try:
        return make()
    except BadInput as e:
        return InputError(source, str(e))
    except Exception as e:  # a broken file must not stop the others
        return InputError(source, f"cannot read ({type(e).__name__}: {e})")


def _from_file(path: Path, doc_id: str) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as e:
        yield InputError(str(path), f"cannot read ({e})")
        return
    if size > MAX_BYTES:
        yield InputError(str(path), f"too large ({size / 1e6:.0f} MB > {MAX_BYTES / 1e6:.0f} MB); "
                                    "split it into documents")
        return
    if suffix == ".jsonl":
        yield from read_jsonl(path)
        return
    if suffix == ".json":
        yield from read_json_records(path)
        return
    reader = {".html": read_html, ".htm": read_html, ".pdf": read_pdf, ".docx": read_docx}.get(suffix, read_text)
    yield _guard(str(path), lambda: reader(path, doc_id))


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    """Records {"id", "text", "url"?, "published"?, "language"?}, one per line."""
    with path.open("rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = _loads(raw)
            except BadInput as e:
                yield InputError(where, f"not a JSON object ({e})")
                continue
            yield _guard(where, lambda: _record_document(rec, where, f"{path.stem}-{n}"))


def _loads(raw: bytes | str):
    """JSON, with a hostile nesting depth (RecursionError) turned into a clear error."""
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as e:
        raise BadInput(f"{e.__class__.__name__}: {str(e)[:200]}") from e


def _optional_str(rec: dict, key: str) -> str | None:
    """A field that must be a string when present; anything else is named in the error."""
    v = rec.get(key)
    if v is None or isinstance(v, str):
        return v or None
    raise BadInput(f'field "{key}" must be a string, not {type(v).__name__}')


def _record_document(rec, where: str, default_id: str) -> Document:
    """A Document from {"id", "text", "url" | "sources", "published", "language", "title"}."""
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise BadInput('expected an object with a "text" string')
    raw_sources = rec.get("sources") or []
    if not isinstance(raw_sources, list):
        raise BadInput('field "sources" must be a list of URLs')
    sources = [u for u in raw_sources if isinstance(u, str)]
    url = _optional_str(rec, "url") or (sources[0] if sources else None)
    rid = rec.get("id", rec.get("n", default_id))
    if not isinstance(rid, (str, int)) or isinstance(rid, bool):
        raise BadInput('field "id" must be a string or a number')
    return Document(id=str(rid), text=repaired(rec["text"]), url=url, published=_optional_str(rec, "published"),
                    language=_optional_str(rec, "language"), title=_optional_str(rec, "title"),
                    source=where, meta={"urls": sources} if sources else {})


def read_json_records(path: Path) -> Iterator[Document | InputError]:
    """A JSON array of records, e.g. the entries of a past monitoring report with their sources."""
    try:
        data = _loads(decode_text(path.read_bytes(), str(path)))
    except BadInput as e:
        yield InputError(str(path), f"not a JSON array of records ({e})")
        return
    if not isinstance(data, list):
        yield InputError(str(path), 'expected a JSON array of objects with a "text" string')
        return
    for n, rec in enumerate(data, 1):
        where = f"{path}[{n}]"
        yield _guard(where, lambda: _record_document(rec, where, f"{path.stem}-{n}"))


LEGACY = ("cp1251", "iso-8859-2", "cp1250")
# UTF-8 that a page decoded again with a code page before we got it: "dzi─Ökujemy" (cp852), "ZaÅ¼Ã³Å‚Ä‡"
# (cp1252), "Ð—Ð°Ð¿" (Cyrillic as cp1252); a cheap look before the repair is asked for
_MOJIBAKE = re.compile(r"[\u2500-\u257f][\u00a0-\u00ff\u2500-\u257f]|[ÃÅÄÐÑ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178]")


def repaired(text: str) -> str:
    """The text with mojibake decoded back, when it shows some; else the text as it is. The whole text
    encoded back with the code page the page used and read as UTF-8; else ftfy, piece by piece."""
    if len(_MOJIBAKE.findall(text[:20000])) < MOJIBAKE_MIN:
        return text
    for codec in DOUBLE_DECODERS:
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    import ftfy  # only for the rare text that needs it
    return ftfy.fix_encoding(text)


# the code pages pages of the region decode UTF-8 with by mistake (cp852: DOS Central European)
DOUBLE_DECODERS = ("cp852", "cp1250", "cp1252", "cp1251", "cp437", "latin-1")


MOJIBAKE_MIN = 3  # sequences before a text counts as decoded twice: one "Ã©" may be a quotation
_ESCAPED = re.compile("[\udc80-\udcff]")


def decode_text(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8 (BOM or not), UTF-16 (BOM or not), or a legacy code page of the region."""
    return decode_bytes(data, source)[0]


def decode_bytes(data: bytes, source: str) -> tuple[str, str | None]:
    """(text, note): the note says how many stray bytes were replaced, or is None."""
    if not data.strip():
        raise BadInput("empty file")
    wide = _utf16(data)
    if wide is not None:
        return wide, None
    sample = data[:65536]
    if b"\x00" in sample or _control_ratio(sample) > 0.05:
        raise BadInput("binary data, not text; give a .txt, .html, .pdf or .docx file")
    text = data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    bad = len(_ESCAPED.findall(text))
    if not bad:
        return repaired(text), None
    if _mostly_utf8(text, bad):
        # a stray byte (a truncated copy, one legacy character pasted in) must not turn every
        # other letter of the file into mojibake: only the bad bytes become U+FFFD
        plural = "byte" if bad == 1 else "bytes"
        return _ESCAPED.sub("\ufffd", text), (f"{source}: {bad} {plural} not valid UTF-8, replaced with "
                                               "\ufffd; the rest is read as UTF-8")
    return _legacy(data), None


def _mostly_utf8(text: str, bad: int) -> bool:
    """Do valid multi-byte UTF-8 characters outnumber the stray bytes (twice over)?"""
    # text in cp1251 or cp1250 read as UTF-8 gives a bad byte for nearly every letter and only the
    # odd accidental pair; a UTF-8 file with a few stray bytes gives the opposite picture
    wide = sum(1 for c in text if c > "\x7f" and not "\udc80" <= c <= "\udcff")
    return wide >= 2 * bad


def _legacy(data: bytes) -> str:
    """The legacy code page under which the text looks most like words of one script."""
    best, best_score = None, -1.0
    for enc in LEGACY:
        try:
            t = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(t[:20000])
        if score > best_score:
            best, best_score = t, score
    if best is None:
        raise BadInput("not UTF-8, UTF-16, cp1251 or ISO-8859-2 text")
    return best


def is_utf16(data: bytes) -> bool:
    """Is this UTF-16 text (its NULs are half of its characters, not binary data)?"""
    return _utf16(data) is not None


def _utf16(data: bytes) -> str | None:
    """The text of UTF-16 data (a BOM, or NULs in every other byte as in ASCII-range UTF-16), else None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        enc = "utf-16"  # the BOM names the byte order and is dropped
    else:
        enc = _utf16_order(data[:65536])
        if enc is None:
            return None
    try:
        text = data[: len(data) - len(data) % 2].decode(enc)
    except UnicodeDecodeError:
        return None
    if _control_ratio(text[:32768].encode("utf-8", "replace")) > 0.05 or not text.strip():
        return None
    return text


def _utf16_order(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NULs fall on one side of the byte pairs only, else None."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    # spaces, digits and Latin letters have a zero high byte; in Cyrillic text spaces alone give ~15 %
    if odd >= 0.1 * half and even <= 0.01 * half:
        return "utf-16-le"
    if even >= 0.1 * half and odd <= 0.01 * half:
        return "utf-16-be"
    return None


_CONTROL = bytes(x for x in range(32) if x not in (9, 10, 13, 12))


def _control_ratio(b: bytes) -> float:
    bad = len(b) - len(b.translate(None, _CONTROL))  # counted in C, not byte by byte in Python
    return bad / max(1, len(b))


def _plausibility(t: str) -> float:
    """How much a decoding looks like natural text: letters in words of one script."""
    words = re.findall(r"\w+", t)
    if not words:
        return 0.0
    mixed = sum(1 for w in words if re.search(r"[\u0400-\u04ff]", w) and re.search(r"[a-zA-Z\u00c0-\u017f]", w))
    cyr = sum(1 for w in words if re.fullmatch(r"[\u0400-\u04ff]+", w))
    latin_ext = sum(1 for w in words if re.fullmatch(r"[a-zA-Z\u00c0-\u017f]+", w))
    odd = len(re.findall(r"[\u0080-\u00bf\u00d7\u00f7]", t))
    return (max(cyr, latin_ext) - 3 * mixed - odd) / len(words)


def read_text(path: Path, doc_id: str) -> Document:
    """Plain text or Markdown; stray bytes replaced are noted in meta["decode_note"]."""
    text, note = decode_bytes(path.read_bytes(), str(path))
    return Document(id=doc_id, text=text, source=str(path), meta={"decode_note": note} if note else {})


def read_html(path: Path, doc_id: str) -> Document:
    """Main text of a web page (trafilatura) and its publication date (htmldate)."""
    html, note = decode_bytes(path.read_bytes(), str(path))
    doc = html_document(html, doc_id, source=str(path))
    if note:
        doc.meta["decode_note"] = note
    return doc


def html_document(html: str, doc_id: str, source: str, url: str | None = None) -> Document:
    """A Document from HTML: the article text, title, canonical URL and date."""
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    if not text.strip():
        raise BadInput("no article text in this page")
    title = meta.title if meta and meta.title else None
    try:
        published = find_date(html, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except Exception:  # htmldate raises on odd markup; the text may still carry a date
        published = None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    canon = meta.url if meta and meta.url else url
    return Document(id=doc_id, text=text, url=canon or url, title=title, published=published,
                    source=source, meta={"html": True})


def read_pdf(path: Path, doc_id: str) -> Document:
    """PDF text in reading order, without running headers, footers and page numbers."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as e:
        raise BadInput("reading PDF needs the pdf extra: pip install 'kronika[pdf]'") from e
    try:
        reader = PdfReader(io.BytesIO(path.read_bytes()))
        _check_pdf_size(reader)
        pages = _pdf_pages(reader)
    except BadInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as e:
        raise BadInput(f"corrupt or unreadable PDF ({e.__class__.__name__}: {str(e)[:200]})") from e
    text = clean_pages(pages)
    if not text.strip():
        raise BadInput("PDF has no extractable text (scanned images need OCR first)")
    return Document(id=doc_id, text=text, source=str(path))


def _check_pdf_size(reader) -> None:
    """Refuse PDFs with more pages or objects than any document we read (bombs and broken files)."""
    declared = reader.trailer.get("/Size", 0)
    if isinstance(declared, int) and declared > MAX_PDF_OBJECTS:
        raise BadInput(f"PDF declares {declared} objects (more than {MAX_PDF_OBJECTS}); not a document we read")
    n = len(reader.pages)
    if n > MAX_PDF_PAGES:
        raise BadInput(f"PDF has {n} pages (more than {MAX_PDF_PAGES}); split it into documents")


def _pdf_pages(reader) -> list[str]:
    """Page texts, stopping with an error once they exceed what one document may hold."""
    pages, total = [], 0
    for page in reader.pages:
        text = page.extract_text() or ""
        total += len(text)
        if total > MAX_BYTES:
            raise BadInput(f"PDF text longer than {MAX_BYTES // 1024 // 1024} MB; split it into documents")
        pages.append(text)
    return pages


def check_archive(path: Path, kind: str = "archive") -> None:
    """Bound a zip container before anything unpacks it: number of parts and total uncompressed size."""
    # zipfile never inflates a part beyond the size its header declares, so declared sizes bound the work
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise BadInput(f"corrupt or unreadable {kind} ({e.__class__.__name__})") from e
    if len(infos) > MAX_ARCHIVE_PARTS:
        raise BadInput(f"{kind} has {len(infos)} parts (more than {MAX_ARCHIVE_PARTS}); refused")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_ARCHIVE_UNPACKED:
        raise BadInput(f"{kind} unpacks to {unpacked / 1e6:.0f} MB (more than "
                       f"{MAX_ARCHIVE_UNPACKED / 1e6:.0f} MB); refused as a possible zip bomb")


_PAGE_NO = re.compile(r"^\s*(?:[-–—]?\s*\d{1,4}\s*[-–—]?|page \d+( of \d+)?|strona \d+|\d+\s*/\s*\d+)\s*$", re.I)


def clean_pages(pages: list[str]) -> str:
    """Join page texts, dropping lines that repeat at the top or bottom of most pages."""
    split = [[ln.rstrip() for ln in p.splitlines()] for p in pages]
    split = [[ln for ln in p if ln.strip()] for p in split]
    # numbers vary in short running lines ("Page 3 of 9"); long lines must repeat as they are
    key = lambda ln: re.sub(r"\d+", "#", ln.strip().lower()) if len(ln.strip()) <= 40 else ln.strip().lower()
    edges: Counter = Counter()
    for lines in split:
        for ln in set(lines[:2] + lines[-2:]):
            edges[key(ln)] += 1
    running = {k for k, n in edges.items() if len(split) >= 3 and n >= max(2, len(split) // 2)}
    out = []
    for lines in split:
        kept = [ln for i, ln in enumerate(lines)
                if not ((i < 2 or i >= len(lines) - 2) and (key(ln) in running or _PAGE_NO.match(ln)))]
        out.append("\n".join(re.sub(r"\s{3,}", "  ", ln).strip() for ln in kept))
    text = "\n".join(out)
    return re.sub(r"(\w)-\n(\w)", r"\1\2", text)


def read_docx(path: Path, doc_id: str) -> Document:
    """Paragraphs of a Word document, headings included."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_archive(path, "DOCX")
    try:
        d = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as e:
        raise BadInput(f"corrupt or unreadable DOCX ({e.__class__.__name__})") from e
    except Exception as e:  # zipfile.BadZipFile and friends
        raise BadInput(f"corrupt or unreadable DOCX ({e.__class__.__name__})") from e
    text = "\n\n".join(p.text for p in d.paragraphs if p.text.strip())
    if not text.strip():
        raise BadInput("DOCX has no text")
    title = d.core_properties.title or None
    return Document(id=doc_id, text=text, title=title, source=str(path))
