"""The tagger's word table kept between processes, in the user's cache directory.

A word's row in tagger.WordScores (its label weights for itself and as each neighbour) depends
only on the word, the model's files and the code that analyses words. Working a row out costs
about 80 k instructions, and in a fresh process new words are most of what tagging costs: the
first articles bring a hundred new words each, thousands of articles later about ten. So the
rows of the most used words are saved when a process ends and read back when the next starts,
in a file named after a hash of the model files and that code: retraining the model or editing
the features starts a new table, never a stale one. A row read back holds the same float32
bytes as one worked out afresh, so the tagger's output does not depend on the table.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..cache import cache_dir

FORMAT_VERSION = "1"
_SEPARATOR = "\n"   # never inside a token (tokens.ner_tokens: no whitespace) or its normalised key
# The code that decides a word's row: how words are analysed and how their weights are added.
_CODE = ("features.py", "clitics.py", "clusters.py", "gazetteer.py", "weights.py", "tagger.py",
         "../text/normalize.py")


@dataclass(frozen=True)
class StoredWords:
    """Words in row order with their normalised keys and the number of articles each was used
    in (their rows are read straight into the caller's table: see WordTableFile.load)."""

    words: list[str]
    keys: list[str]
    uses: np.ndarray


class WordTableFile:
    """One file of four arrays written one after another (numpy's .npy layout each): the rows
    (words x slots x labels, float32), the uses, then the words and their keys as UTF-8 text."""

    def __init__(self, path: Path):
        self.path = Path(path)

    @classmethod
    def for_model(cls, model_files: list[Path], directory: Path | None = None) -> "WordTableFile":
        digest = hashlib.sha256(FORMAT_VERSION.encode())
        here = Path(__file__).parent
        for path in [*model_files, *(here / name for name in _CODE)]:
            digest.update(Path(path).read_bytes())
        return cls((directory or cache_dir()) / f"ner-words-{digest.hexdigest()[:16]}.table")

    def load(self, rows: np.ndarray) -> StoredWords | None:
        """Read the stored rows into the leading rows of `rows` (as many as it holds) and return
        their words; None when there is no table or it is unreadable (a broken file is replaced
        at the next save). Rows are read in place: a large table is never held twice."""
        try:
            with self.path.open("rb") as fh:
                shape, dtype = _array_header(fh)
                if shape[1:] != rows.shape[1:] or dtype != rows.dtype:
                    return None
                count = min(shape[0], len(rows))
                target = rows[:count]
                if fh.readinto(memoryview(target).cast("B")) != target.nbytes:
                    return None
                fh.seek((shape[0] - count) * rows[0].nbytes, os.SEEK_CUR)   # rows that did not fit
                uses = np.load(fh)
                words, keys = _split(np.load(fh)), _split(np.load(fh))
        except (OSError, ValueError, EOFError):
            return None
        if not len(set(words)) == len(keys) == len(uses) == shape[0]:
            return None
        return StoredWords(words[:count], keys[:count], uses[:count])

    def save(self, stored: StoredWords, rows: np.ndarray) -> None:
        """Replace the file at once (written aside, then renamed): a process reading it meanwhile
        sees the old table or the new one. A cache that cannot be written is skipped."""
        kept = [k for k, (word, key) in enumerate(zip(stored.words, stored.keys))
                if _SEPARATOR not in word and _SEPARATOR not in key]
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("wb") as fh:
                for array in (rows[kept], stored.uses[kept], _joined([stored.words[k] for k in kept]),
                              _joined([stored.keys[k] for k in kept])):
                    np.save(fh, array)
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _array_header(fh) -> tuple[tuple[int, ...], np.dtype]:
    version = np.lib.format.read_magic(fh)
    read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
    shape, fortran_order, dtype = read(fh)
    if fortran_order:
        raise ValueError("rows stored in Fortran order")
    return shape, dtype


def _joined(words: list[str]) -> np.ndarray:
    return np.frombuffer(_SEPARATOR.join(words).encode("utf-8"), dtype=np.uint8)


def _split(data: np.ndarray) -> list[str]:
    text = data.tobytes().decode("utf-8")
    return text.split(_SEPARATOR) if text else []
