"""Geocoder benchmark: index build time and size, load time, lookups/s, per-article time on
real articles (../shared/corpus when present), and accuracy per country on our test sentences.

    .venv/bin/python benchmarks/geocoding.py [--articles 300]
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        os.environ["RASD_CACHE"] = cache   # a cold build, not the user's cached index
        from rasd.document import Document
        from rasd.geo import Gazetteer, GeoStage, index
        from rasd.geo.evaluate import accuracy_by_country, evaluate, load_cases

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
        results = evaluate(load_cases(ROOT / "tests" / "geo" / "geocoding_cases.jsonl"), gazetteer)
        for cc, (acc, n) in accuracy_by_country(results).items():
            print(f"accuracy within 25 km  {cc:4s} {acc:.3f}  (n={n})")


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
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        texts = [(a.get("title") or "") + "\n\n" + (a.get("text") or "")
                 for a in map(json.loads, itertools.islice(handle, limit))]
    chars = sum(map(len, texts))
    started = time.perf_counter()
    places = 0
    for text in texts:
        doc = document_type(text)
        stage(doc)
        places += len(doc.mentions)
    elapsed = time.perf_counter() - started
    per_3000 = elapsed / chars * 3000 * 1000
    print(f"GeoStage: {len(texts)} articles, {len(texts) / elapsed:.0f} articles/s, "
          f"{per_3000:.2f} ms per 3,000 characters, {places / len(texts):.1f} places/article")


if __name__ == "__main__":
    main()
