"""`rasd evaluate`: score the in-process pipeline against gold annotations.

Our own implementation of the metric in ../shared/eval/FORMAT.md; it reports exactly the keys
and values that ../shared/eval/score.py prints for the same gold (tests check this), but runs
rasd in-process instead of one `rasd extract` subprocess per article.
"""
from __future__ import annotations

import time
from dataclasses import asdict

import rasd

from .gold import GoldArticle, load_articles
from .matching import DocumentScore, score_document
from .metrics import field_totals, summarize
from .report import format_report


def _predict(article: GoldArticle) -> tuple[dict, float]:
    started = time.perf_counter()
    doc = rasd.extract(article.text, published=article.published, doc_id=article.doc_id)
    return doc.to_dict(), time.perf_counter() - started


def evaluate_article(article: GoldArticle) -> DocumentScore:
    """Extract and score one article; a pipeline crash scores as an article with no output."""
    try:
        prediction, seconds = _predict(article)
        failure = None
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the evaluation
        prediction, seconds, failure = {"events": [], "entities": []}, 0.0, f"{type(exc).__name__}: {exc}"
    score = score_document(article.gold, article.text, prediction)
    score.doc_id, score.seconds, score.failure = article.doc_id, seconds, failure
    return score


def evaluate_paths(gold_paths: list[str], corpus_dir: str | None = None) -> dict:
    """Score every gold annotation under gold_paths.

    Returns {"metrics": score.py's figures, "fields": {field: [right, checked]},
    "documents": [{doc_id, tp, fp, fn, full, errors, seconds, failure}]}.
    Raises rasd.InputError for missing or unreadable gold files.
    """
    articles = load_articles(gold_paths, corpus_dir)
    scores = [evaluate_article(a) for a in articles]
    return {
        "metrics": summarize(scores, of_docs=len(articles)),
        "fields": field_totals(scores),
        "documents": [{k: v for k, v in asdict(s).items() if k not in ("fields", "entities")} for s in scores],
    }


__all__ = ["evaluate_paths", "evaluate_article", "format_report", "score_document"]
