"""Reading the project's TSV resource files (comment lines start with '#', first row is a header)."""
from __future__ import annotations

import csv
from importlib import resources
from typing import Iterator


def read_resource_tsv(relative_path: str) -> Iterator[dict[str, str]]:
    """Rows of rasd/resources/<relative_path> as dicts keyed by the header."""
    source = resources.files("rasd") / "resources" / relative_path
    with source.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
