"""Integrity of the context word lists (resources/events/context_words.tsv)."""
import re

from rasd.events import context


def test_every_group_the_code_uses_has_words():
    used = set()
    for module in ("roles", "arguments", "detect", "attribution"):
        source = open(context.__file__.replace("context.py", f"{module}.py"), encoding="utf-8").read()
        used |= set(re.findall(r"alternation\(([^)]*)\)", source))
    groups = {g.strip(" '\"") for call in used for g in call.split(",")}
    assert groups and all(context.words(g) for g in groups)


def test_no_phrase_is_listed_twice_in_a_group():
    for group in context._groups():
        words = context.words(group)
        assert len(words) == len(set(words)), group


def test_phrases_match_across_any_spacing():
    assert re.fullmatch(context.alternation("passive_agent"), "على  أيدي")
