"""The whole extraction, from paths to documents with events; errors never stop the batch."""
from __future__ import annotations

import datetime as dt
import logging
from typing import Iterator

from kronika.events.document import ExtractionError, extract_document
from kronika.ingest.files import InputError, iter_inputs
from kronika.model import Document

log = logging.getLogger(__name__)


def extract_paths(paths: list[str], language: str | None = None,
                  published: dt.date | None = None) -> Iterator[tuple[Document | None, str | None]]:
    """(document, error) pairs: a document with events, or None and a one-line error."""
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            yield None, str(item)
            continue
        yield extract_one(item, language, published)


def extract_one(doc: Document, language: str | None = None,
                published: dt.date | None = None) -> tuple[Document, str | None]:
    """Extract one document; a failure is reported with the document's source and kept going."""
    try:
        return extract_document(doc, language=language, published=published), None
    except ExtractionError as e:
        doc.error = str(e)
        return doc, f"{doc.source or doc.id}: {e}"
    except Exception as e:  # an extraction bug on one text must not lose the others
        log.exception("extraction failed on %s", doc.source or doc.id)
        doc.error = f"internal error: {type(e).__name__}: {e}"
        return doc, f"{doc.source or doc.id}: {doc.error}"
