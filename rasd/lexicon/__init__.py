"""Lexicon resources (data files under rasd/resources) and the phrase matcher."""
from .matcher import Match, PhraseMatcher

__all__ = ["Match", "PhraseMatcher"]
