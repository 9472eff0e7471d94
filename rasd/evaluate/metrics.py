"""Adding up document scores into the figures ../shared/eval/score.py prints (same keys, same rounding)."""
from __future__ import annotations

from .matching import FIELDS, DocumentScore

ENTITY_COUNTS = ("tp_items", "sys_items", "gold", "gold_found")


def _ratio(numerator: float, denominator: float, empty=0.0):
    return round(numerator / denominator, 3) if denominator else empty


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def field_totals(scores: list[DocumentScore]) -> dict[str, list[int]]:
    """Per field: [right, checked] over all matched required events."""
    return {f: [sum(s.fields[f][0] for s in scores), sum(s.fields[f][1] for s in scores)] for f in FIELDS}


def summarize(scores: list[DocumentScore], of_docs: int) -> dict:
    tp, fp, fn = (sum(getattr(s, k) for s in scores) for k in ("tp", "fp", "fn"))
    full = sum(s.full for s in scores)
    entities = {k: sum(s.entities.get(k, 0) for s in scores) for k in ENTITY_COUNTS}
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "docs": len(scores), "of_docs": of_docs,
        "failed_docs": sum(1 for s in scores if s.failure),
        "event_precision": round(precision, 3), "event_recall": round(recall, 3),
        "event_f1": round(f1(precision, recall), 3),
        "fully_correct_rate": _ratio(full, tp + fn),
        **{f"{f}_acc": _ratio(right, checked, empty=None) for f, (right, checked) in field_totals(scores).items()},
        "entity_precision": _ratio(entities["tp_items"], entities["sys_items"]),
        "entity_recall": _ratio(entities["gold_found"], entities["gold"]),
        "seconds_per_doc": round(sum(s.seconds for s in scores) / max(1, len(scores)), 3),
    }
