"""Geocoder benchmark: index build time and size, load time, lookups/s, GeoStage time per article
on real articles (../shared/corpus when present), and accuracy within 25 km per country on our
test sentences (geocoding_cases.jsonl, and the held-out heldout_cases.jsonl).

    .venv/bin/python benchmarks/geocoding.py [--articles 300] [--import wof.tsv]

Runs in a temporary cache directory (a cold build; the user's index is left alone). With
--import, the gazetteer file is imported first, as `rasd gazetteer import` would.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "ant2-multisource-2018.jsonl.gz"
CASE_FILES = ("geocoding_cases.jsonl", "heldout_cases.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--import", dest="gazetteer_file", type=Path,
                        help="a GeoNames dump or Who's On First TSV to import before building")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        os.environ["RASD_CACHE"] = cache   # a cold build, not the user's cached index
        from rasd.document import Document
        from rasd.geo import Gazetteer, GeoStage, index
        from rasd.geo.evaluate import accuracy_by_country, evaluate, load_cases
        from rasd.geo.importers import import_file

        if args.gazetteer_file:
            _, count = import_file(args.gazetteer_file, index.import_dir())
            print(f"imported {count} places from {args.gazetteer_file.name}")
        files = index.index_files()
        stats = index.build(files)
        size_mb = (files.sqlite.stat().st_size + files.matcher.stat().st_size) / 1e6
        print(f"index build: {stats['seconds']} s, {stats['places']} places, {stats['text_keys']} text keys, "
              f"{size_mb:.1f} MB on disk (sqlite {files.sqlite.stat().st_size / 1e6:.1f} MB)")
        started = time.perf_counter()
        gazetteer = Gazetteer.open(files)
        print(f"load: {time.perf_counter() - started:.3f} s")
        _lookups(gazetteer)
        _articles(GeoStage(gazetteer), Document, args.articles)
        for name in CASE_FILES:
            results = evaluate(load_cases(ROOT / "tests" / "geo" / name), gazetteer)
            table = "  ".join(f"{cc} {acc:.2f}" for cc, (acc, n) in accuracy_by_country(results).items())
            print(f"accuracy within 25 km, {name} (n={len(results)}): {table}")


def _lookups(gazetteer) -> None:
    names = ["طرابلس", "بنغازي", "حلب", "Mosul", "صنعاء", "الفاشر", "غزة", "Beirut", "قنفودة", "العريش"] * 100
    started = time.perf_counter()
    for name in names:
        gazetteer.lookup(name)
    print(f"lookup: {len(names) / (time.perf_counter() - started):.0f} lookups/s")


def _articles(stage, document_type, limit: int) -> None:
    if not CORPUS.exists():
        print("per-article timing skipped: ../shared/corpus is not available")
        return
    from rasd.text.normalize import normalize

    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        texts = [(a.get("title") or "") + "\n\n" + (a.get("text") or "")
                 for a in map(json.loads, itertools.islice(handle, limit))]
    docs = [document_type(text) for text in texts]
    for doc in docs:   # the pipeline normalises once, before this stage
        doc.cache["normalized"] = normalize(doc.text)
    chars = sum(map(len, texts))
    started = time.perf_counter()
    for doc in docs:
        stage(doc)
    elapsed = time.perf_counter() - started
    places = sum(len(doc.mentions) for doc in docs)
    print(f"GeoStage: {len(texts)} articles ({chars / len(texts):.0f} characters on average), "
          f"{elapsed / len(texts) * 1000:.2f} ms/article, {elapsed / chars * 3000 * 1000:.2f} ms per "
          f"3,000 characters, {places / len(texts):.1f} places/article")


if __name__ == "__main__":
    main()
