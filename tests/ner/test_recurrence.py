"""Names spread to their untagged recurrences within an article."""
import numpy as np

from rasd.ner import EntityTagger
from rasd.ner.recurrence import recurrences


def _free(count: int, mentions: list[tuple[int, int, str]]) -> np.ndarray:
    free = np.ones(count, dtype=bool)
    for first, last, _ in mentions:
        free[first:last + 1] = False
    return free


def _recurrences(keys, mentions, sentence_lengths=None):
    return recurrences(keys, mentions, _free(len(keys), mentions), sentence_lengths or [len(keys)])


def test_a_name_recurs_behind_clitics_and_in_other_sentences():
    keys = ["وصل", "خان", "يونس", "امس", ".", "وقتل", "اثنان", "بخان", "يونس", "."]
    assert _recurrences(keys, [(1, 2, "CITY")], [5, 5]) == [(7, 2, 0)]


def test_the_article_form_matches_its_la_form():
    keys = ["قال", "الجيش", "الاسرائيلي", "ان", "جنديا", "تابعا", "للجيش", "الاسرائيلي", "قتل"]
    assert _recurrences(keys, [(1, 2, "GOV")]) == [(6, 2, 0)]


def test_a_person_recurs_by_the_last_part_of_the_name_only():
    keys = ["قال", "دونالد", "ترامب", "ان", "ترامب", "ووزير", "الخارجية", "دونالد"]
    assert _recurrences(keys, [(1, 2, "PER")]) == [(4, 1, 0)]
    assert _recurrences(["مدينة", "راس", "الخيمة", "في", "الخيمة"], [(1, 2, "CITY")]) == []


def test_no_recurrence_inside_a_tagged_name_across_a_sentence_end_or_cut_from_a_longer_run():
    keys = ["بغداد", "في", "جامعة", "بغداد", "بغداد", "."]
    mentions = [(0, 0, "CITY"), (2, 3, "ORG")]
    # 3 belongs to the organisation; 4 is free and ends the sentence run cleanly.
    assert _recurrences(keys, mentions) == [(4, 1, 0)]
    # A recurrence may end its sentence, but not run into the next tagged name.
    assert _recurrences(["سوريا", ".", "سوريا", "حلب"], [(0, 0, "NATION")], [2, 1, 1]) == [(2, 1, 0)]
    assert _recurrences(["سوريا", ".", "سوريا", "حلب"], [(0, 0, "NATION"), (3, 3, "CITY")], [2, 2]) == []


def test_a_recurrence_replaces_a_shorter_name_tagged_inside_it():
    keys = ["قال", "صلاد", "حسن", "ان", "صلاد", "حسن", "دعا", "الى", "الحوار", "حسن"]
    mentions = [(1, 2, "PER"), (5, 5, "PER"), (9, 9, "PER")]
    # 4-5: the full name over the tagged "حسن"; 9 is tagged already and 8 is no part of the name.
    assert _recurrences(keys, mentions) == [(4, 2, 0)]
    # A longer name never cuts into a mention that reaches beyond it.
    assert _recurrences(["صلاد", "حسن", ".", "صلاد", "حسن", "علي"], [(0, 1, "PER"), (4, 5, "PER")], [3, 3]) == []


def test_short_and_non_alphabetic_names_do_not_spread():
    keys = ["به", "قال", "به", "2006", "في", "2006"]
    assert _recurrences(keys, [(0, 0, "PER"), (3, 3, "ORG")]) == []


def test_the_tagger_tags_a_recurrence_it_misses_alone():
    tagger = EntityTagger.default()
    first = "قال رئيس الوزراء البلغاري سيرغي داليما في مؤتمر صحفي .".split()
    second = "وأوضح داليما أن الحكومة مستعدة .".split()
    assert tagger.labels(second)[1] == "O"  # alone, the model misses this name (pick another if it learns it)
    labels = tagger.document_labels([first, second])
    assert labels[0][4:6] == ["B-PER", "I-PER"]
    assert labels[1][1] == "B-PER"
