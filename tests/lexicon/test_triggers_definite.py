"""Two-word tactic triggers are also found with the article on every word."""
from rasd.lexicon.triggers import definite_form, trigger_matcher


def test_a_noun_and_its_adjective_take_the_article_together():
    assert definite_form("غارة جوية") == "الغارة الجوية"
    assert definite_form("القصف الجوي") == ""   # already definite
    assert definite_form("غارة") == ""           # one word: the matcher allows its article


def test_the_matcher_knows_the_definite_form_of_a_listed_phrase():
    from rasd.text.normalize import normalize
    found = trigger_matcher().find(normalize("قالت الشرطة إن السيارة المفخخة كانت متوقفة"))
    assert [(m.surface, m.value.phrase) for m in found] == [("السيارة المفخخة", "سيارة مفخخة")]
