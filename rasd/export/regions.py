"""ACLED region of a country (acled_regions.tsv: ISO alpha-2 code → region)."""
from __future__ import annotations

import functools
from importlib import resources

ACLED_REGIONS = ("Middle East", "Northern Africa", "Eastern Africa", "Southern Africa", "Middle Africa",
                 "Western Africa", "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia",
                 "Europe", "North America", "Central America", "South America", "Caribbean", "Oceania")


@functools.cache
def load_regions() -> dict[str, str]:
    table: dict[str, str] = {}
    text = (resources.files("rasd.export") / "acled_regions.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, region = line.split("\t")
        if code in table:
            raise ValueError(f"acled_regions.tsv:{number}: duplicate country code {code}")
        if region not in ACLED_REGIONS:
            raise ValueError(f"acled_regions.tsv:{number}: unknown ACLED region {region!r}")
        table[code] = region
    return table


def region_of(country_code: str) -> str:
    return load_regions().get((country_code or "").upper(), "")
