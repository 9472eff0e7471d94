"""rasd: Arabic news in, ACLED-style political violence and protest events out."""
from __future__ import annotations

import datetime as dt

from .document import Document
from .extraction import InputError

__version__ = "0.1.0"
PIPELINE_VERSION = "0.1.0"


def extract(text: str, published: str | dt.date | None = None, *, title: str | None = None,
            doc_id: str = "") -> Document:
    """Extract events, entities and metadata from one Arabic article.

    `published` (ISO string or date) anchors relative dates ("أمس", "الاثنين الماضي");
    without it they stay unresolved and the document carries a warning.
    """
    from .extraction import default_pipeline, make_document
    doc = make_document(text, published, title=title, doc_id=doc_id)
    return default_pipeline()(doc)


__all__ = ["Document", "InputError", "extract", "__version__", "PIPELINE_VERSION"]
