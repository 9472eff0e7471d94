"""Event detection on newswire from other outlets and years than the dev set: the 645 Arabic
gold sentences of UniversalPetrarch (2007-2008; 373 coded ASSAULT, 272 PROTEST in PLOVER).

    .venv/bin/python benchmarks/petrarch_sentences.py [--shared ../shared] [--show-missed 20]

Each sentence is extracted alone with its own date. PLOVER and ACLED code differently (PLOVER
codes a sentence that merely mentions an assault; ACLED wants a dated, placed act, and a
sentence about 2005 is background for a 2008 article), so the figures are a recall signal, not
a score: how many gold sentences give a reportable event, and of those, how many have a type of
the matching family (ASSAULT: battles, explosions, violence against civilians; PROTEST:
protests and riots). The gold files are cut short in the shared copy, so they are read with a
pattern rather than an XML parser. Needs ../shared; prints a text report.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rasd  # noqa: E402

CATEGORIES = ("assault", "protest")
FAMILIES = {"ASSAULT": {"Battles", "Explosions/Remote violence", "Violence against civilians"},
            "PROTEST": {"Protests", "Riots"}}
_SENTENCE = re.compile(r'<Sentence category="(\w+)" date="(\d{8})"[^>]*>.*?<Text>\s*(.*?)\s*</Text>', re.S)


def gold_sentences(shared: Path) -> list[tuple[str, str, str]]:
    """(category, ISO date, text) of each gold sentence."""
    folder = shared / "actors" / "universalpetrarch-arabic"
    out = []
    for category in CATEGORIES:
        raw = (folder / f"arabic_{category}_gsr_validation.xml").read_text(encoding="utf-8")
        out += [(c, f"{d[:4]}-{d[4:6]}-{d[6:]}", text) for c, d, text in _SENTENCE.findall(raw)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show-missed", type=int, default=0, help="print this many sentences with no event")
    args = parser.parse_args()
    if not (args.shared / "actors" / "universalpetrarch-arabic").is_dir():
        print(f"{args.shared}: UniversalPetrarch sentences not found", file=sys.stderr)
        return 2
    totals, detected, in_family, missed = Counter(), Counter(), Counter(), []
    for category, date, text in gold_sentences(args.shared):
        events = [e for e in rasd.extract(text, published=date).events if e.reportable]
        totals[category] += 1
        detected[category] += bool(events)
        in_family[category] += any(e.event_type in FAMILIES[category] for e in events)
        if not events:
            missed.append((category, text))
    print(f"{'category':10} {'sentences':>9} {'with event':>10} {'right family':>12}")
    for category in sorted(totals):
        n = totals[category]
        print(f"{category:10} {n:9d} {detected[category]:4d} ({detected[category] / n:.2f}) "
              f"{in_family[category]:5d} ({in_family[category] / n:.2f})")
    for category, text in missed[:args.show_missed]:
        print(f"  missed {category}: {text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
