"""What the store keeps: an article as read from an input, and flat rows of its extraction."""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from rasd.document import Document, Event
from rasd.search import index_text


@dataclass
class ArticleRecord:
    text: str
    title: str = ""
    published: str | None = None   # ISO date as given by the input (validated on extraction)
    source: str = ""               # outlet ("alarabia", "bbc", a feed title...)
    url: str = ""
    source_id: str = ""            # the input's own id for the article, if any
    origin: str = ""               # where we read it: "path/file.jsonl.gz:17"
    byline: str = ""

    @property
    def content_hash(self) -> str:
        """Identity of an article: the same title and text from anywhere are one article."""
        payload = f"{self.title.strip()}\x1f{self.text.strip()}".encode("utf-8")
        return hashlib.sha256(payload).hexdigest()

    def search_terms(self) -> str:
        """The article's full-text index entry (CPU-bound: ingest workers compute it in parallel)."""
        return index_text(f"{self.title}\n{self.text}")


@functools.lru_cache(maxsize=512)
def iso_numeric(country_code: str, country: str) -> int | None:
    """ACLED's `iso` column: the ISO 3166-1 numeric code of the event country."""
    import pycountry
    found = None
    if country_code:
        found = pycountry.countries.get(alpha_2=country_code.upper()) if len(country_code) == 2 \
            else pycountry.countries.get(alpha_3=country_code.upper())
    if found is None and country:
        try:
            found = pycountry.countries.lookup(country)
        except LookupError:
            found = None
    return int(found.numeric) if found else None


def _actor_fields(prefix: str, actor) -> dict[str, Any]:
    return {
        prefix: actor.name if actor else "",
        f"{prefix}_ar": actor.text if actor else "",
        f"inter{prefix[-1]}": actor.type_code if actor else None,
    }


def event_row(event: Event) -> dict[str, Any]:
    """One `events` row (without ids) from an extracted event."""
    loc, date, fat = event.location, event.date, event.fatalities
    row: dict[str, Any] = {
        "event_date": date.value if date else None,
        "time_precision": date.time_precision if date else None,
        "date_expression": date.expression if date else "",
        "date_earliest": date.earliest if date else None,
        "date_latest": date.latest if date else None,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "disorder_type": event.disorder_type,
        **_actor_fields("actor1", event.actor1),
        **_actor_fields("actor2", event.actor2),
        "assoc_actors": json.dumps([asdict(a) for a in event.assoc_actors], ensure_ascii=False),
        "country": loc.country if loc else "",
        "country_code": loc.country_code if loc else "",
        "iso": iso_numeric(loc.country_code, loc.country) if loc else None,
        "admin1": loc.admin1 if loc else "",
        "location": loc.name if loc else "",
        "location_ar": (loc.name_ar or loc.text) if loc else "",
        "location_relation": loc.relation if loc else "",
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "fatalities": fat.value if fat else None,
        "fatalities_expression": fat.expression if fat else "",
        "fatalities_approximate": bool(fat.approximate) if fat else False,
        "wounded": fat.wounded if fat else None,
        "attribution": event.attribution,
        "modality": event.modality,
        "confidence": round(event.confidence, 3),
        "notes": event.notes,
        "evidence": json.dumps([{"start": s.start, "end": s.end, "text": s.text} for s in event.evidence],
                               ensure_ascii=False),
    }
    return row


def entity_row(entity) -> dict[str, Any]:
    return {
        "type": entity.type,
        "text": entity.text,
        "name": entity.name,
        "subtype": entity.subtype,
        "forms": json.dumps(list(entity.forms), ensure_ascii=False),
        "spans": json.dumps([list(s) for s in entity.spans]),
    }
