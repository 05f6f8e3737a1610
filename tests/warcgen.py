"""Generate WARC files for back-fill tests from our own example articles (examples/)."""
from __future__ import annotations

import html
import io
import re
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
OFF_TOPIC = [  # pages a news crawl is full of: no two parties, no event
    "Local football club wins the regional cup after extra time\n\nThe home side scored twice in the last ten "
    "minutes. Fans celebrated in the town square until late at night, and the coach thanked the players.",
    "Pogoda na weekend: deszczowo i chłodno\n\nW sobotę na północy kraju spadnie deszcz, a temperatura nie "
    "przekroczy dziesięciu stopni. W niedzielę przejaśnienia pojawią się na południu.",
]


def _page(text: str) -> bytes:
    title, _, body = text.partition("\n")
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><nav>Home | World | Sport</nav><article><h1>{html.escape(title)}</h1>{paras}</article>"
            f"</body></html>").encode("utf-8")


def write_warc(path: Path, copies: int = 1, broken: bool = True, prefixes: tuple[str, ...] = ("",)) -> dict:
    """A WARC.gz of the examples (each `copies` times under other URLs), off-topic pages, request
    records, an image and, if asked, a broken record; `prefixes` choose examples by file name
    (their language); returns what it holds."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")) if p.name.startswith(prefixes)]
    urls = []

    def response(url: str, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        hh = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hh))
        urls.append(url)

    for copy in range(copies):
        for i, text in enumerate(texts):
            response(f"https://news{copy}.example.org/article/{i}", _page(text))
    for i, text in enumerate(OFF_TOPIC):
        response(f"https://news.example.org/other/{i}", _page(text))
    response("https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
    data = buf.getvalue()
    if broken:  # garble the middle record's compressed bytes where zlib always refuses them: its first
        # deflate block header right after the 10-byte gzip header, set to the reserved block type 11
        # (zeros further in were sometimes still inflated, and the record read as a garbled one)
        starts = [m.start() for m in re.finditer(b"\x1f\x8b\x08", data)]
        s = starts[len(starts) // 2]
        data = data[:s + 10] + b"\xff" * 8 + data[s + 18:]
    path.write_bytes(data)
    return {"articles": len(texts), "copies": copies, "urls": urls}
