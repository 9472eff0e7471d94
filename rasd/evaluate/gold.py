"""Finding gold annotations and the article text each one describes.

A gold annotation (../shared/eval/FORMAT.md) names its article either by `text_path`
(relative to the gold file) or by `corpus` ({file, id} in a JSONL.gz corpus, read as
title + "\\n\\n" + text). Gold comes as `<doc_id>.gold.json` files, or as a `manifest.json`
whose "articles" list holds several annotations (the bundled examples/ use one).
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..extraction import InputError
from ..lexicon.triggers import EVENT_TYPES
from .matching import ENTITY_CLASS

GOLD_SUFFIX = ".gold.json"
MANIFEST_NAME = "manifest.json"
_RECORD_ID = re.compile(r'"id": "([^"]*)"')


@dataclass
class GoldArticle:
    gold: dict
    text: str
    origin: Path          # the file the annotation came from

    @property
    def doc_id(self) -> str:
        return str(self.gold.get("doc_id") or self.origin.stem)

    @property
    def published(self) -> str | None:
        return self.gold.get("publication_date")


def _read_json(path: Path) -> dict:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable gold JSON file ({exc})") from None
    if not isinstance(record, dict):
        raise InputError(f"{path}: a gold file holds one JSON object")
    return record


def gold_files(paths: list[str]) -> list[Path]:
    """Gold files named directly, or found in the folders named (*.gold.json, else manifest.json)."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(path.glob(f"*{GOLD_SUFFIX}")) or sorted(path.glob(MANIFEST_NAME))
            if not found:
                raise InputError(f"{path}: no *{GOLD_SUFFIX} or {MANIFEST_NAME} here")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def annotations_in(path: Path) -> list[dict]:
    record = _read_json(path)
    if path.name == MANIFEST_NAME or "articles" in record:
        return list(record.get("articles") or [])
    return [record]


def _corpus_texts(wanted: dict[str, set[str]], corpus_dir: Path) -> dict[tuple[str, str], str]:
    """One pass over each cited corpus file: (file, id) -> title + blank line + text."""
    texts: dict[tuple[str, str], str] = {}
    for corpus_file, ids in wanted.items():
        path = corpus_dir / corpus_file
        missing = set(ids)
        try:
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    # Peek at the id before parsing: json.loads on every line would dominate.
                    found = _RECORD_ID.search(line)
                    if not found or found.group(1) not in missing:
                        continue
                    record = json.loads(line)
                    texts[(corpus_file, record["id"])] = f"{record['title']}\n\n{record['text']}"
                    missing.discard(record["id"])
                    if not missing:
                        break
        except OSError as exc:
            raise InputError(f"{path}: cannot read corpus ({exc})") from None
    return texts


def load_articles(paths: list[str], corpus_dir: str | None = None) -> list[GoldArticle]:
    """Every annotation under `paths` with its article text, in file order."""
    entries = [(path, gold) for path in gold_files(paths) for gold in annotations_in(path)]
    wanted: dict[str, set[str]] = {}
    for _, gold in entries:
        if "text_path" not in gold and "corpus" in gold:
            wanted.setdefault(gold["corpus"]["file"], set()).add(gold["corpus"]["id"])
    corpus_root = Path(corpus_dir) if corpus_dir else None
    corpus = {}
    if wanted:
        # Default: <gold dir>/../../corpus, i.e. shared/corpus for shared/eval/dev.
        first = next(p for p, g in entries if "corpus" in g and "text_path" not in g)
        corpus = _corpus_texts(wanted, corpus_root or first.resolve().parent.parent.parent / "corpus")
    return [GoldArticle(gold, _article_text(path, gold, corpus), path) for path, gold in entries]


def _article_text(path: Path, gold: dict, corpus: dict[tuple[str, str], str]) -> str:
    if "text_path" in gold:
        text_file = (path.parent / gold["text_path"]).resolve()
        try:
            return text_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read its article {text_file} ({exc})") from None
    if "corpus" not in gold:
        raise InputError(f"{path}: gold names no article (text_path or corpus)")
    key = (gold["corpus"]["file"], gold["corpus"]["id"])
    if key not in corpus:
        raise InputError(f"{path}: {key[1]} not found in corpus {key[0]}")
    return corpus[key]


_REQUIRED_FIELDS = ("event_type", "sub_event_type", "actor1", "location", "date", "fatalities")


def _event_problems(event: dict, text: str) -> list[str]:
    where = str(event.get("id"))
    problems = [f"{where}: evidence not in text: {s[:60]!r}" for s in event.get("evidence", []) if s not in text]
    if not event.get("evidence"):
        problems.append(f"{where}: no evidence")
    if not event.get("required"):
        return problems
    problems += [f"{where}: required event lacks {k}" for k in _REQUIRED_FIELDS if not event.get(k)]
    problems += [f"{where}: unknown event_type {t!r}" for t in event.get("event_type", []) if t not in EVENT_TYPES]
    allowed = {sub for t in event.get("event_type", []) for sub in EVENT_TYPES.get(t, ())}
    problems += [f"{where}: sub_event_type {s!r} not under {event.get('event_type')}"
                 for s in event.get("sub_event_type", []) if s not in allowed]
    location = event.get("location") or {}
    if location and not all(isinstance(location.get(k), (int, float)) for k in ("lat", "lon", "tolerance_km")):
        problems.append(f"{where}: location needs lat, lon and tolerance_km")
    try:
        if dt.date.fromisoformat(event["date"]["from"]) > dt.date.fromisoformat(event["date"]["to"]):
            problems.append(f"{where}: date range ends before it starts")
    except (KeyError, TypeError, ValueError):
        problems.append(f"{where}: date needs ISO from/to")
    if "accept" not in (event.get("fatalities") or {}):
        problems.append(f"{where}: fatalities needs accept")
    return problems


def gold_problems(article: GoldArticle) -> list[str]:
    """What makes an annotation unusable: evidence or entity forms not in the article, unknown
    ACLED types, required events without the fields they are scored on."""
    gold, text = article.gold, article.text
    problems = [p for event in gold.get("events", []) for p in _event_problems(event, text)]
    problems += [f"not_event evidence not in text: {ne.get('evidence', '')[:60]!r}"
                 for ne in gold.get("not_events", []) if ne.get("evidence", "") not in text]
    for entity in gold.get("entities", []):
        if entity.get("type") not in ENTITY_CLASS:
            problems.append(f"entity {entity.get('text')}: unknown type {entity.get('type')!r}")
        problems += [f"entity form not in text: {form!r}" for form in entity.get("text", []) if form not in text]
    return problems
