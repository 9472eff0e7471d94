"""Throughput of rasd.extract on one core, and the start-to-finish time of `rasd extract`.

    .venv/bin/python benchmarks/throughput.py                 # 2,000 articles from ../shared/corpus
    .venv/bin/python benchmarks/throughput.py -n 500 --profile  # plus time per pipeline stage
    .venv/bin/python benchmarks/throughput.py --no-ner        # the same pipeline without the CRF tagger

Articles are a seeded random sample of the corpus (title + "\\n\\n" + text, with their
publication date), so runs are comparable. Targets (issue 2): >= 50 articles/s, <= 500 MB
peak RSS, `rasd extract` on one article < 1.5 s. The last line is the figures as JSON.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "ant2-multisource-2018.jsonl.gz"
CLI_ARTICLE = PROJECT_ROOT / "examples" / "syria_khan_shaykhun_airstrike.txt"
CLI_DATE = "2018-05-15"
WARM_UP_TEXT = "اشتباكات في بنغازي\n\nقتل ثلاثة جنود أمس في اشتباكات مع مسلحين في مدينة بنغازي."


def sample_articles(corpus: Path, n: int, seed: int) -> list[tuple[str, str | None]]:
    """n random (text, published) pairs; two passes so that only the chosen lines are held in memory."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        total = sum(1 for _ in lines)
    chosen = set(random.Random(seed).sample(range(total), min(n, total)))
    articles = []
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number in chosen:
                record = json.loads(line)
                articles.append((f"{record.get('title') or ''}\n\n{record.get('text') or ''}", record.get("published")))
    return articles


class TimedStage:
    """Wraps a pipeline stage to add up the time spent in it (same name/requires/provides)."""

    def __init__(self, stage, totals: dict[str, float]):
        self.stage, self.totals = stage, totals
        self.name, self.requires, self.provides = stage.name, stage.requires, stage.provides

    def __call__(self, doc) -> None:
        started = time.perf_counter()
        self.stage(doc)
        self.totals[self.name] += time.perf_counter() - started


class SkippedStage:
    """Stands in for a stage left out (same name/requires/provides), adding nothing to the document."""

    def __init__(self, stage):
        self.name, self.requires, self.provides = stage.name, stage.requires, stage.provides

    def __call__(self, doc) -> None:
        pass


def load_pipeline(warm_up_seconds: dict[str, float], stage_seconds: dict[str, float], skipped: frozenset[str]):
    """Build the default pipeline and run it once on a one-line article: stages may load their
    resources on first use, which belongs to the load time, not to the first article's.
    Returns the pipeline (its stages timed into stage_seconds) and the seconds spent building it."""
    from rasd.extraction import default_pipeline, make_document
    from rasd.pipeline import Pipeline
    started = time.perf_counter()
    stages = [SkippedStage(s) if s.name in skipped else s for s in default_pipeline().stages]
    build_seconds = time.perf_counter() - started
    Pipeline(TimedStage(s, warm_up_seconds) for s in stages)(make_document(WARM_UP_TEXT, "2018-01-02"))
    return Pipeline(TimedStage(s, stage_seconds) for s in stages), build_seconds


def run_articles(pipeline, articles) -> tuple[float, int, list[str]]:
    from rasd.extraction import make_document
    events, failures = 0, []
    started = time.perf_counter()
    for text, published in articles:
        try:
            events += len(pipeline(make_document(text, published)).events)
        except Exception as exc:  # noqa: BLE001 - count and go on: one failure must not hide the figures
            failures.append(f"{type(exc).__name__}: {exc}")
    return time.perf_counter() - started, events, failures


def time_cli(runs: int) -> list[float]:
    """Wall time of whole `rasd extract` processes on one example article ([] if it fails)."""
    command = [sys.executable, "-m", "rasd.cli", "extract", str(CLI_ARTICLE), "--date", CLI_DATE, "--format", "json"]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, cwd=PROJECT_ROOT)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            print(f"`rasd extract` failed: {done.stderr.decode('utf-8', 'replace').strip()[-300:]}")
            return []
    return times


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def measure_pipeline(articles, skipped: frozenset[str] = frozenset()) -> tuple[dict, dict[str, float], dict[str, float], list[str]]:
    rss_articles = peak_rss_mb()
    stage_seconds: dict[str, float] = defaultdict(float)
    warm_up_seconds: dict[str, float] = defaultdict(float)
    pipeline, build_seconds = load_pipeline(warm_up_seconds, stage_seconds, skipped)
    seconds, events, failures = run_articles(pipeline, articles)
    figures = {
        "articles": len(articles), "failed": len(failures), "events": events,
        "articles_per_s": round(len(articles) / seconds, 1), "seconds": round(seconds, 2),
        "pipeline_load_s": round(build_seconds + sum(warm_up_seconds.values()), 3),
        "pipeline_build_s": round(build_seconds, 3),
        "peak_rss_mb": round(peak_rss_mb()), "rss_before_pipeline_mb": round(rss_articles),
    }
    return figures, stage_seconds, warm_up_seconds, failures


def print_summary(f: dict, failures: list[str]) -> None:
    print(f"{f['articles']} articles in {f['seconds']:.1f} s on one core: {f['articles_per_s']} articles/s "
          f"({f['failed']} failed), {f['events']} events")
    print(f"pipeline load {f['pipeline_load_s']:.2f} s (building the stages {f['pipeline_build_s']:.2f} s, then "
          f"the first document); peak RSS {f['peak_rss_mb']} MB ({f['rss_before_pipeline_mb']} MB before the pipeline)")
    for failure in failures[:5]:
        print("  failed:", failure[:200])


def print_profile(stage_seconds: dict[str, float], warm_up_seconds: dict[str, float], f: dict) -> None:
    print(f"\n{'stage':<24}{'seconds':>9}{'share':>8}{'ms/article':>12}{'first call s':>14}")
    for name, spent in sorted(stage_seconds.items(), key=lambda kv: -kv[1]):
        print(f"{name:<24}{spent:>9.2f}{100 * spent / f['seconds']:>7.1f}%{1000 * spent / f['articles']:>12.2f}"
              f"{warm_up_seconds[name]:>14.3f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=2000, help="articles to extract (default 2000)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a JSONL.gz corpus (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", action="store_true", help="also print the time spent in each stage")
    parser.add_argument("--no-ner", action="store_true", help="leave the CRF tagger (stage 'ner') out of the pipeline")
    parser.add_argument("--cli-runs", type=int, default=3, help="`rasd extract` processes to time (0: skip)")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        parser.error(f"{args.corpus}: no such corpus file")

    skipped = frozenset({"ner"} if args.no_ner else ())
    figures, stage_seconds, warm_up_seconds, failures = measure_pipeline(sample_articles(args.corpus, args.n, args.seed), skipped)
    figures["skipped_stages"] = sorted(skipped)
    print_summary(figures, failures)
    if args.profile:
        print_profile(stage_seconds, warm_up_seconds, figures)
    if args.cli_runs:
        cli = time_cli(args.cli_runs)
        figures["cli_extract_s"] = round(statistics.median(cli), 2) if cli else None
        if cli:
            print(f"\n`rasd extract` on {CLI_ARTICLE.name}: median {figures['cli_extract_s']} s "
                  f"(runs: {', '.join(f'{t:.2f}' for t in cli)})")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
