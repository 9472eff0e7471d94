"""Exact-match span scoring (CoNLL style) of coarse PER/ORG/LOC entities."""
from __future__ import annotations

from .corpus import Sentence
from .labels import COARSE_TYPES, FINE_TYPES


def coarse_spans(labels: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, coarse type) of each entity in a BIO label sequence (fine or coarse types)."""
    spans: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for i, label in enumerate([*labels, "O"]):
        if start is not None and not (label.startswith("I-") and label[2:] == kind):
            spans.add((start, i, _coarse(kind)))
            start, kind = None, None
        if label != "O" and start is None:
            start, kind = i, label[2:]
    return spans


def _coarse(kind: str) -> str:
    return FINE_TYPES[kind][0] if kind in FINE_TYPES else kind


def score(gold: list[Sentence], predicted: list[list[str]]) -> dict[str, dict[str, float]]:
    """Per-type and micro precision/recall/F1 plus counts."""
    counts = {t: [0, 0, 0] for t in COARSE_TYPES}  # true positives, predicted, gold
    for sentence, labels in zip(gold, predicted, strict=True):
        gold_spans = coarse_spans([label for _, label in sentence])
        pred_spans = coarse_spans(labels)
        for t in COARSE_TYPES:
            g = {s for s in gold_spans if s[2] == t}
            p = {s for s in pred_spans if s[2] == t}
            counts[t][0] += len(g & p)
            counts[t][1] += len(p)
            counts[t][2] += len(g)
    report = {t: _prf(*c) for t, c in counts.items()}
    report["micro"] = _prf(*(sum(c[k] for c in counts.values()) for k in range(3)))
    return report


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": gold, "predicted": predicted}


def format_report(name: str, report: dict[str, dict[str, float]]) -> str:
    lines = [f"{name}", f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for t, r in report.items():
        lines.append(f"{t:<6} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['gold']:>6} {r['predicted']:>6}")
    return "\n".join(lines)
