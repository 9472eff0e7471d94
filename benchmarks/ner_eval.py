"""NER benchmark: per-type and micro P/R/F1 of the committed model on the NewsFANE held-out
documents and the Wojood sample test split, and tagging time per 3,000 characters of news.

    .venv/bin/python benchmarks/ner_eval.py [--shared ../shared]

Needs ../shared (training data and corpus, read-only); prints a text report.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasd.ner import EntityTagger  # noqa: E402
from rasd.ner.evaluation import format_report  # noqa: E402
from rasd.ner.training import evaluate, heldout_documents, wojood_test_documents  # noqa: E402
from rasd.text.segment import split_sentences  # noqa: E402

ARTICLE_CHARS = 3000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--articles", type=int, default=300, help="articles for the timing run")
    args = parser.parse_args()
    shared = Path(args.shared)
    if not shared.is_dir():
        print(f"{shared} not found: the benchmark needs the shared reference data", file=sys.stderr)
        return 2

    started = time.perf_counter()
    tagger = EntityTagger.default()
    print(f"model load: {1000 * (time.perf_counter() - started):.0f} ms")
    newsfane = shared / "ner/newsfane-gold/NewsFANE_Gold_2014_170K.txt"
    print(format_report("NewsFANE Gold, held-out documents (seed 13, 20% of documents)",
                        evaluate(tagger, heldout_documents(str(newsfane)))))
    print(format_report("Wojood sample, test split",
                        evaluate(tagger, wojood_test_documents(str(shared / "ner/wojood-sample")))))
    print(_timing(tagger, shared / "corpus/ant2-multisource-2018.jsonl.gz", args.articles))
    return 0


def _timing(tagger: EntityTagger, corpus: Path, count: int) -> str:
    """Cold-cache tagging time on the first `count` articles cut to 3,000 characters."""
    texts = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = (record.get("title", "") + "\n\n" + record.get("text", ""))[:ARTICLE_CHARS]
            if len(text) == ARTICLE_CHARS:
                texts.append(text)
            if len(texts) == count:
                break
    sentences = [[(s.start, s.end) for s in split_sentences(t)] for t in texts]
    started = time.perf_counter()
    entities = sum(len(tagger.tag(t, s)) for t, s in zip(texts, sentences))
    elapsed = time.perf_counter() - started
    return (f"tagging: {len(texts)} articles of {ARTICLE_CHARS} chars, {1000 * elapsed / len(texts):.2f} ms per "
            f"article (one core, word cache filling as it goes), {entities / len(texts):.1f} entities per article")


if __name__ == "__main__":
    sys.exit(main())
