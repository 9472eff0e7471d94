"""The human-readable side of `rasd evaluate`: headline figures, a per-field table, per-document errors."""
from __future__ import annotations

from .matching import FIELDS


def _percent(value) -> str:
    return "   n/a" if value is None else f"{100 * value:5.1f}%"


def _headline(m: dict) -> list[str]:
    return [
        f"documents        {m['docs']} of {m['of_docs']} ({m['failed_docs']} failed)",
        f"events           precision {_percent(m['event_precision'])}  recall {_percent(m['event_recall'])}"
        f"  F1 {_percent(m['event_f1'])}",
        f"fully correct    {_percent(m['fully_correct_rate'])} of required gold events",
        f"entities         precision {_percent(m['entity_precision'])}  recall {_percent(m['entity_recall'])}",
        f"speed            {m['seconds_per_doc']:.3f} s per document",
    ]


def _field_table(report: dict) -> list[str]:
    lines = ["", f"{'field':<16}{'accuracy':>9}{'right':>8}{'checked':>9}"]
    for name in FIELDS:
        right, checked = report["fields"][name]
        lines.append(f"{name:<16}{_percent(report['metrics'][f'{name}_acc']):>9}{right:>8}{checked:>9}")
    return lines


def _documents(report: dict, verbose: bool) -> list[str]:
    lines = ["", f"{'document':<40}{'tp':>4}{'fp':>4}{'fn':>4}{'full':>6}"]
    for doc in report["documents"]:
        flag = "  FAILED: " + doc["failure"] if doc["failure"] else ""
        lines.append(f"{doc['doc_id'][:39]:<40}{doc['tp']:>4}{doc['fp']:>4}{doc['fn']:>4}{doc['full']:>6}{flag}")
        if verbose:
            lines += [f"    {error}" for error in doc["errors"]]
    return lines


def format_report(report: dict, verbose: bool = False) -> str:
    """Headline metrics, accuracy per field, and one line per document (with every error if verbose)."""
    return "\n".join(_headline(report["metrics"]) + _field_table(report) + _documents(report, verbose))
