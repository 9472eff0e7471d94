"""Readers for the NER training and test corpora, and the document-level train/test split.

A sentence is a list of (token, BIO label) pairs whose labels use the tagger's own types
(fine types from labels.FINE_TYPES for NewsFANE, coarse PER/ORG/LOC for Wojood).

NewsFANE is the ANERcorp text, partly pre-segmented: some conjunctions, prepositions, the
article and object pronouns stand as separate tokens ("و يخشى", "ب مكة", "تستهدف ه").
Running text never looks like that, so those pieces are glued back onto their word before
training; the tagger then learns from the same kind of tokens it sees in articles.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from .labels import NEWSFANE_TO_FINE, WOJOOD_TO_COARSE

Sentence = list[tuple[str, str]]

_PROCLITICS = {"و", "ف", "ب", "ل", "ك", "ال"}
_ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا"}
_ARABIC_LETTERS = range(0x0621, 0x064B)
# NewsFANE has no document markers. It is cut into runs of consecutive sentences; a new run
# also starts at a dateline ("بيروت ( اف ب )"), so most articles stay on one side of the split.
_SENTENCES_PER_DOCUMENT = 30


class CorpusError(ValueError):
    """A corpus file is missing or not in the expected format."""


@dataclass
class CorpusDocument:
    sentences: list[Sentence]


def read_newsfane(path: str | Path) -> list[CorpusDocument]:
    """NewsFANE Gold as documents of sentences with fine-type BIO labels."""
    sentences = [_glue_clitics(_relabel_newsfane(s)) for s in _read_columns(path, _parse_newsfane_line)]
    return _group_into_documents(sentences)


def read_wojood(path: str | Path) -> list[Sentence]:
    """A Wojood split file as flat sentences with coarse PER/ORG/LOC labels (outermost spans)."""
    return [_flatten_wojood(s) for s in _read_columns(path, _parse_wojood_line)]


def split_documents(documents: list[CorpusDocument], seed: int, test_fraction: float = 0.2
                    ) -> tuple[list[CorpusDocument], list[CorpusDocument]]:
    """(train, test): a seeded random choice of whole documents goes to test."""
    if not 0 < test_fraction < 1:
        raise ValueError(f"test_fraction must be between 0 and 1, got {test_fraction}")
    order = list(range(len(documents)))
    random.Random(seed).shuffle(order)
    test_ids = set(order[:max(1, round(len(documents) * test_fraction))])
    train = [d for i, d in enumerate(documents) if i not in test_ids]
    test = [d for i, d in enumerate(documents) if i in test_ids]
    return train, test


def sentences_of(documents: list[CorpusDocument]) -> list[Sentence]:
    return [s for d in documents for s in d.sentences]


def _read_columns(path: str | Path, parse_line) -> list[list[tuple[str, list[str]]]]:
    """Blank-line separated sentences of (token, [tags]) from a one-token-per-line file."""
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    sentences: list[list[tuple[str, list[str]]]] = []
    current: list[tuple[str, list[str]]] = []
    with path.open(encoding="utf-8-sig") as fh:
        for line_no, line in enumerate(fh, start=1):
            parsed = parse_line(line.rstrip("\r\n"), f"{path}:{line_no}")
            if parsed is None:
                if current:
                    sentences.append(current)
                    current = []
            else:
                current.append(parsed)
    if current:
        sentences.append(current)
    if not sentences:
        raise CorpusError(f"{path}: no sentences found")
    return sentences


def _parse_newsfane_line(line: str, where: str) -> tuple[str, list[str]] | None:
    if "\t" not in line:
        if line.strip():
            raise CorpusError(f"{where}: expected 'token<TAB>tag', got {line[:40]!r}")
        return None
    token, tag = line.split("\t", 1)
    token = token.lstrip("\u200e").strip()
    return (token, [tag.strip()]) if token else None


def _parse_wojood_line(line: str, where: str) -> tuple[str, list[str]] | None:
    fields = line.split()
    if not fields:
        return None
    if len(fields) < 2:
        raise CorpusError(f"{where}: expected 'token tag [tag...]', got {line[:40]!r}")
    return fields[0], fields[1:]


def _relabel_newsfane(rows: list[tuple[str, list[str]]]) -> Sentence:
    out: Sentence = []
    previous = "O"
    for token, (tag,) in rows:
        prefix, _, cls = tag.partition("-")
        fine = NEWSFANE_TO_FINE.get(cls)
        if fine is None or prefix not in ("B", "I"):
            label = "O"
        elif prefix == "I" and previous[2:] == fine:
            label = "I-" + fine
        else:
            label = "B-" + fine
        out.append((token, label))
        previous = label
    return out


def _is_arabic_word(token: str) -> bool:
    return len(token) >= 2 and all(ord(c) in _ARABIC_LETTERS for c in token)


def _glue_clitics(sentence: Sentence) -> Sentence:
    out: Sentence = []
    i = 0
    while i < len(sentence):
        token, label = sentence[i]
        following = sentence[i + 1] if i + 1 < len(sentence) else None
        if token in _PROCLITICS and following and _is_arabic_word(following[0]):
            # "و الهرسك" inside an entity keeps the entity's I-; a clitic before a name takes its B-.
            glued_label = label if label.startswith("B-") and following[1] == "I-" + label[2:] else following[1]
            out.append((_attach(token, following[0]), glued_label))
            i += 2
            continue
        if token in _ENCLITICS and out and _is_arabic_word(out[-1][0]):
            out[-1] = (out[-1][0] + token, out[-1][1])
        else:
            out.append((token, label))
        i += 1
    return out


def _attach(clitic: str, word: str) -> str:
    # ل before the article is written "لل": "ل الاتحاد" -> "للاتحاد".
    if clitic == "ل" and word.startswith("ال"):
        return clitic + word[1:]
    return clitic + word


def _is_dateline(sentence: Sentence) -> bool:
    """'PLACE ( agency )' or 'PLACE - ( agency )' opening a sentence starts a new article."""
    tokens = [t for t, _ in sentence[:4]]
    return (len(tokens) >= 3 and sentence[0][1].startswith("B-")
            and ("(" in tokens[1:3]) and sentence[0][1][2:] in ("CITY", "NATION", "ADMIN"))


def _group_into_documents(sentences: list[Sentence]) -> list[CorpusDocument]:
    documents: list[CorpusDocument] = []
    current: list[Sentence] = []
    for sentence in sentences:
        if current and (len(current) >= _SENTENCES_PER_DOCUMENT or _is_dateline(sentence)):
            documents.append(CorpusDocument(current))
            current = []
        current.append(sentence)
    if current:
        documents.append(CorpusDocument(current))
    return documents


def _flatten_wojood(rows: list[tuple[str, list[str]]]) -> Sentence:
    """Keep the outermost PER/ORG/LOC span of each nest; nested and unmapped spans are dropped."""
    spans = []
    for start, (_, tags) in enumerate(rows):
        for tag in tags:
            prefix, _, cls = tag.partition("-")
            if prefix != "B" or cls not in WOJOOD_TO_COARSE:
                continue
            end = start + 1
            while end < len(rows) and f"I-{cls}" in rows[end][1]:
                end += 1
            spans.append((start, end, WOJOOD_TO_COARSE[cls]))
    labels = ["O"] * len(rows)
    for start, end, coarse in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if any(label != "O" for label in labels[start:end]):
            continue
        labels[start] = "B-" + coarse
        for k in range(start + 1, end):
            labels[k] = "I-" + coarse
    return [(token, label) for (token, _), label in zip(rows, labels)]
