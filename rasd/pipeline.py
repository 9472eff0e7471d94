"""Stage registry and runner.

A stage is a small callable object with a `name`, the layers it `requires` and the layers
it `provides`. `Pipeline` checks, when it is built, that every requirement is provided by an
earlier stage, so a mis-assembled pipeline fails at construction, not halfway through a batch.
Stages do no I/O; the resources they use (lexicons, gazetteer, models) are injected.
"""
from __future__ import annotations

from typing import Iterable, Protocol

from .document import Document


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> None: ...


class PipelineError(ValueError):
    pass


class Pipeline:
    def __init__(self, stages: Iterable[Stage]):
        self.stages = list(stages)
        available: set[str] = {"text"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {missing}, which no earlier stage provides")
            available.update(stage.provides)
        self.provides = available

    def __call__(self, doc: Document) -> Document:
        doc.layers.add("text")
        for stage in self.stages:
            stage(doc)
            doc.layers.update(stage.provides)
        return doc

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]
