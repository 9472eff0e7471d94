"""The default stage list, in order (each stage checks what it needs at pipeline build)."""
from __future__ import annotations


def default_stages() -> list:
    from .entities import EntityStage
    from .events.arguments import ArgumentStage
    from .events.attribution import AttributionStage
    from .events.describe import DescribeStage
    from .events.detect import DetectStage
    from .events.merge import MergeStage
    from .events.triggers import TriggerStage
    from .events.typing import TypingStage
    from .geo import GeoStage
    from .lexicon.stage import ActorStage, LexiconEntityStage
    from .ner import NerStage
    from .numbers import CasualtyStage
    from .text.metadata import MetadataStage
    from .text.stage import NormalizeStage, SegmentStage
    from .time.stage import DateStage
    return [
        NormalizeStage(), MetadataStage(), SegmentStage(),
        DateStage(), CasualtyStage(), ActorStage(), GeoStage(), LexiconEntityStage(), NerStage(),
        EntityStage(), TriggerStage(),
        DetectStage(), ArgumentStage(), TypingStage(), MergeStage(), AttributionStage(), DescribeStage(),
    ]
