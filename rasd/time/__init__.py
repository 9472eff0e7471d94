"""Arabic date expressions in news text, resolved against the publication date (ACLED style)."""
from .expressions import DateMention, find_dates

__all__ = ["DateMention", "find_dates"]
