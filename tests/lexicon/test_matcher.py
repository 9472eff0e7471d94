from rasd.lexicon import PhraseMatcher
from rasd.text import normalize


def _find(entries, text):
    return [(m.surface, m.value) for m in PhraseMatcher(entries).find(normalize(text))]


def test_clitics_are_outside_the_span():
    assert _find([("بنغازي", "BEN")], "اشتباكات وبنغازي") == [("بنغازي", "BEN")]


def test_article_prefix_is_allowed_and_recorded():
    m = PhraseMatcher([("قنفودة", "G")]).find(normalize("في القنفودة"))
    assert m[0].surface == "قنفودة" and m[0].with_article


def test_contracted_article_after_lam():
    assert _find([("الجيش", "ARMY")], "للجيش") == [("لجيش", "ARMY")]


def test_longest_match_wins():
    entries = [("الجيش", "ARMY"), ("الجيش الوطني الليبي", "LNA")]
    assert _find(entries, "قال الجيش الوطني الليبي") == [("الجيش الوطني الليبي", "LNA")]


def test_no_match_inside_a_longer_word():
    assert _find([("سرت", "SIRTE")], "أسرته سرتين") == []


def test_hamza_and_ta_marbuta_variants_match():
    assert _find([("الأمم المتحدة", "UN")], "الامم المتحده") == [("الامم المتحده", "UN")]


def test_we_needed_is_no_protest():
    from rasd.lexicon.triggers import trigger_matcher
    from rasd.text.normalize import normalize
    assert [m.surface for m in trigger_matcher().find(normalize("لقد كانوا دعما لنا عندما احتجنا إليهم"))] == []


def test_prefixes_and_suffixes_at_the_edges_of_their_reach():
    matcher = PhraseMatcher([("غارة", "RAID")], suffixes=["هما"])
    found = [(m.start, m.end) for m in matcher.find(normalize("وبالغارة غارةهما خغارة غارةهماا وبالخغارة"))]
    # the longest prefix ("وبال"), the longest suffix ("هما"); one letter more on either side is another word
    assert found == [(4, 8), (9, 13)]
