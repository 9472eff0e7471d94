"""`rasd train-ner`: rebuild the NER model from a NewsFANE Gold file the user provides."""
from __future__ import annotations

import argparse
import sys

from .tagger import DEFAULT_MODEL


def register_commands(subparsers) -> None:
    parser = subparsers.add_parser(
        "train-ner", help="train the CRF entity tagger on NewsFANE Gold (fixed seed, reproducible)")
    parser.add_argument("--newsfane", required=True, help="path to NewsFANE_Gold_2014_170K.txt")
    parser.add_argument("--wojood", help="Wojood directory with test.txt: also report scores on it")
    parser.add_argument("--out", default=str(DEFAULT_MODEL), help="model file to write (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=13, help="seed of the document train/test split")
    parser.add_argument("--clusters-corpus", action="append",
                        help="JSONL(.gz) news corpus to rebuild the word clusters from; repeat the option for "
                        "several corpora, read in the order given (default: reuse the installed model's clusters)")
    parser.set_defaults(func=run_train_ner)


def run_train_ner(args: argparse.Namespace) -> int:
    # Imported here: `rasd extract` registers this command but never trains.
    from .corpus import CorpusError
    from .evaluation import format_report
    from .tagger import EntityTagger
    from .training import evaluate, train, wojood_test_documents

    try:
        metrics = train(args.newsfane, args.out, seed=args.seed, clusters_corpus=args.clusters_corpus)
        print(f"model: {args.out} ({metrics['model_bytes']:,} bytes, {metrics['training_seconds']} s); "
              f"{metrics['train_documents']} training / {metrics['test_documents']} held-out documents")
        print(format_report("NewsFANE held-out documents", metrics["newsfane_heldout"]))
        if args.wojood:
            report = evaluate(EntityTagger(args.out), wojood_test_documents(args.wojood))
            print(format_report("Wojood sample, test split", report))
    except (CorpusError, OSError) as exc:
        print(f"rasd train-ner: {exc}", file=sys.stderr)
        return 2
    return 0
