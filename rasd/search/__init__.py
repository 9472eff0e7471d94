"""Arabic full-text search shared by every store backend.

Both SQLite (FTS5) and PostgreSQL (tsvector, 'simple' configuration) index the *same*
pre-analysed terms produced here, so a query returns the same hits on either backend.
"""
from .analyzer import index_text, query_terms, term_spans
from .snippet import Snippet, make_snippet

__all__ = ["index_text", "query_terms", "term_spans", "Snippet", "make_snippet"]
