"""Reading articles from files, folders and feeds, extracting them, and storing the results."""
from .readers import ReadFailure, read_inputs
from .runner import IngestSummary, ingest

__all__ = ["ReadFailure", "read_inputs", "IngestSummary", "ingest"]
