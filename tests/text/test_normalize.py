from rasd.text import normalize, normalize_key, split_sentences, tokenize


def test_folds_letter_variants_and_drops_diacritics():
    norm = normalize("إِنَّ القوّات أطلقت ٣ قذائفَ على مدينةٍ")
    assert norm.text == "ان القوات اطلقت 3 قذايف علي مدينه"


def test_offsets_map_back_to_original_text():
    original = "قَصَفَتْ الطائرات مدينة حلب"
    norm = normalize(original)
    start = norm.text.index("حلب")
    s, e = norm.to_original(start, start + 3)
    assert original[s:e] == "حلب"
    s, e = norm.to_original(0, norm.text.index(" "))
    assert original[s:e] == "قَصَفَتْ"


def test_tatweel_and_bidi_marks_removed():
    assert normalize("\u200eالجـــيش").text == "الجيش"


def test_normalize_key_strips_quotes_and_spaces():
    assert normalize_key(' تنظيم  "داعش" ') == "تنظيم داعش"


def test_sentences_split_on_arabic_question_mark_and_newline_but_not_decimals():
    text = "قتل 3.5 ألف؟ نعم.\nسطر جديد"
    parts = [s.text for s in split_sentences(text)]
    assert parts == ["قتل 3.5 ألف؟", "نعم.", "سطر جديد"]


def test_tokens_keep_original_offsets():
    tokens = tokenize("وقال المتحدث", offset=10)
    assert [(t.start, t.end, t.text) for t in tokens] == [(10, 14, "وقال"), (15, 22, "المتحدث")]


def test_spelling_pattern_matches_the_spellings_normalize_folds_together():
    import re

    from rasd.text.normalize import spelling_pattern
    assert re.fullmatch(spelling_pattern("أطلقت"), "اطلقت")
    assert re.fullmatch(spelling_pattern("قذيفة هاون"), "قذيفه  هاون")
    assert re.fullmatch(spelling_pattern("في"), "فى")
    assert not re.fullmatch(spelling_pattern("أطلقت"), "أطلقتم")
    assert re.fullmatch(spelling_pattern("(1+1)"), "(1+1)")  # other characters stay literal


def test_spelling_pattern_allows_harakat_at_the_end_of_a_word():
    import re

    from rasd.text.normalize import spelling_pattern
    assert re.fullmatch(spelling_pattern("احتجاجاً على"), "احتجاجًا على")
    assert re.fullmatch(spelling_pattern("جنديا"), "جنديًا")
