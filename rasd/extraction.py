"""Assembling the default pipeline and turning raw input into a Document."""
from __future__ import annotations

import datetime as dt
import functools

from .document import Document
from .pipeline import Pipeline


class InputError(ValueError):
    """Input that cannot be read as an article (the message is shown to users as is)."""


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise InputError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def make_document(text: str, published=None, *, title: str | None = None, doc_id: str = "") -> Document:
    if not isinstance(text, str):
        raise InputError("article text must be a str")
    doc = Document(text=text, published=parse_date(published), doc_id=doc_id)
    if title:
        doc.title = title
    return doc


@functools.cache
def default_pipeline() -> Pipeline:
    from .stages import default_stages
    return Pipeline(default_stages())
