"""Casualty statements on sentences written for these tests (wire-style, all regions)."""
import pytest

from rasd.numbers import CasualtyMention, find_casualties


def only(text, outcome="killed") -> CasualtyMention:
    found = [m for m in find_casualties(text) if m.outcome == outcome]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, victims, victim_class", [
    ("أعلنت وزارة الدفاع مقتل 9 جنود في هجوم على نقطة تفتيش.", 9, "جنود", "soldiers"),
    ("انفجرت سيارة مفخخة قتل فيه 9 جنود قرب الحدود.", 9, "جنود", "soldiers"),
    ("قتل 3 مدنيين في قصف على حي سكني بمدينة درنة.", 3, "مدنيين", "civilians"),
    ("قُتل سبعة أطفالٍ بقذيفة سقطت على مدرسة.", 7, "أطفالٍ", "children"),
    ("وأعلن الجيش مقتل أكثر من 80 مسلحا من تنظيم داعش في المعارك.", 80, "مسلحا من تنظيم داعش", "militants"),
    ("أسفرت المواجهات عن مقتل ثلاثة وعشرين عنصرا من قوات الأمن.", 23, "عنصرا من قوات الأمن", "soldiers"),
    ("قالت الشرطة إن الهجوم أودى بحياة خمسة شرطيين.", 5, "شرطيين", "police"),
    ("استشهد 4 متظاهرين برصاص قوات الاحتلال شرق غزة.", 4, "متظاهرين", "protesters"),
    ("أكد مصدر طبي وفاة امرأتين في الانفجار.", 2, "امرأتين", "women"),
    ("قتلت القوات الحكومية 5 مسلحين في كمين.", 5, "مسلحين", "militants"),
    ("أدى القصف إلى مقتل صحفيين اثنين في الموصل.", 2, "صحفيين", "civilians"),
    ("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين في انفجار.", 2, "عسكريين تركيين", "soldiers"),
    ("قتلت قوات الاحتلال الإسرائيلي شابا فلسطينيا على حدود غزة.", 1, "شابا فلسطينيا", "civilians"),
    ("تمكنت الوحدات الأمنية من تصفية 3 إرهابيين في جبال القصرين.", 3, "إرهابيين", "militants"),
])
def test_act_word_then_count(text, value, victims, victim_class):
    mention = only(text)
    assert (mention.value, mention.victims, mention.victim_class) == (value, victims, victim_class)
    assert text[mention.start:mention.end] == mention.text
    assert mention.approximate == ("أكثر من" in text)


@pytest.mark.parametrize("text, value", [
    ("سقط 9 قتلى في اشتباكات قبلية جنوب البلاد.", 9),
    ("خلفت الاشتباكات ٣١ قتيلا من الطرفين.", 31),
    ("وأسفر القصف عن سقوط ١٬٢٠٠ قتيل منذ بداية الحملة.", 1200),
    ("عثرت الشرطة على خمس جثث في منطقة نائية.", 5),
    ("سقوط قتيلين في إطلاق نار بالعاصمة.", 2),
    ("أسفر الحادث عن سقوط قتيل وثلاثة مصابين.", 1),
])
def test_count_noun_after_its_number_or_alone(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, value", [
    ("مقتل جندي في انفجار عبوة ناسفة.", 1),
    ("مقتل شخص بنيران مجهولين.", 1),
    ("مقتل جنديين في هجوم بقذائف الهاون.", 2),
    ("مقتل شخصين وإصابة آخر في حادث.", 2),
    ("لقي شخص مصرعه في تبادل لإطلاق النار.", 1),
    ("لقي سائق وراكب مصرعهما في الهجوم.", 2),
    ("لقي 9 أشخاص حتفهم في غرق قارب.", 9),
    ("ما لا يقل عن 17 شخصا قتلوا في التفجير.", 17),
    ("مقتل أحد الجنود وإصابة اثنين آخرين.", 1),
])
def test_singular_dual_and_subject_first(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, value, approximate", [
    ("قتل ما لا يقل عن 20 مدنيا في الغارة.", 20, True),
    ("مقتل نحو 50 شخصا في الفيضانات.", 50, True),
    ("سقط 80 قتيلا على الأقل في المعارك.", 80, True),
    ("مقتل ما بين 10 و15 شخصا في الاشتباكات.", 10, True),
    ("سقوط عشرات القتلى في القصف.", 12, True),
    ("أسفرت الحرب عن مئات القتلى.", 100, True),
    ("مقتل عدد من المسلحين في غارة جوية.", 3, True),
    ("قتل بضعة جنود في الكمين.", 3, True),
])
def test_qualified_and_vague_counts_use_acled_figures(text, value, approximate):
    mention = only(text)
    assert (mention.value, mention.approximate) == (value, approximate)


def test_killed_and_wounded_are_separate_mentions():
    text = "أسفر الهجوم عن مقتل 9 جنود وإصابة 12 آخرين بجروح."
    killed, wounded = only(text, "killed"), only(text, "wounded")
    assert (killed.value, wounded.value) == (9, 12)
    assert text[killed.count_start:killed.count_end] == "9"
    assert text[wounded.count_start:wounded.count_end] == "12"


def test_counts_of_killed_and_wounded_nouns():
    text = "خلف التفجير 20 قتيلا و30 جريحا."
    assert (only(text, "killed").value, only(text, "wounded").value) == (20, 30)


@pytest.mark.parametrize("text, value", [
    ("أصيب 5 أشخاص بجروح في انفجار قنبلة.", 5),
    ("إصابة 5 أشخاص في تدافع أمام مقر الحكومة.", 5),
    ("نقل إلى المستشفى 12 جريحا.", 12),
    ("وأصيب 6 أشخاص بجروح طفيفة.", 6),
])
def test_wounded_is_never_counted_as_killed(text, value):
    found = find_casualties(text)
    assert [m.outcome for m in found] == ["wounded"]
    assert found[0].value == value


@pytest.mark.parametrize("text, total", [
    ("أسفر الانفجار عن مقتل وإصابة 20 شخصا.", 20),
    ("خلف القصف 20 قتيلا وجريحا.", 20),
    ("سقوط عشرات القتلى والجرحى في المواجهات.", 12),
])
def test_killed_and_wounded_together_give_no_killed_count(text, total):
    killed, wounded = only(text, "killed"), only(text, "wounded")
    for mention in (killed, wounded):
        assert mention.value is None and mention.approximate and mention.combined_total == total


@pytest.mark.parametrize("text, value", [
    ("ارتفع عدد القتلى إلى 40 شخصا.", 40),
    ("وارتفعت حصيلة قتلى الزلزال إلى 40.", 40),
    ("وبلغت حصيلة الاعتداء 31 قتيلا.", 31),
])
def test_toll_updates_are_flagged(text, value):
    mention = only(text)
    assert mention.value == value and mention.toll_update


def test_a_plain_report_is_not_a_toll_update():
    assert not only("مقتل 9 جنود في الهجوم.").toll_update
    assert not only("سقط عدد من المسلحين قتلى.").toll_update


@pytest.mark.parametrize("text", [
    "لم يسفر الانفجار عن وقوع قتلى.",
    "انفجرت عبوة ناسفة دون وقوع إصابات.",
    "لم ترد أنباء عن سقوط ضحايا.",
])
def test_negated_casualties_are_zero_killed(text):
    (mention,) = find_casualties(text)
    assert (mention.outcome, mention.value, mention.negated) == ("killed", 0, True)


def test_unknown_toll_is_not_a_negation():
    assert find_casualties("لم تعرف حصيلة القتلى حتى الآن.") == []


def test_bare_plural_is_stated_without_a_number():
    mention = only("أسفر القصف عن سقوط قتلى في صفوف المدنيين.")
    assert mention.value is None and mention.approximate
    assert mention.victim_class == "civilians"


@pytest.mark.parametrize("text", [
    "وقع الهجوم على بعد 45 كيلومترا جنوب المدينة وقتل مسلح.",
    "قتل جندي يبلغ عمره 14 عاما.",
    "قتل في 2014 الرجل الثاني في التنظيم.",
    "منذ 7 سنوات قتل القائد.",
    "الساعة 3 قتل مسلح.",
])
def test_distances_ages_years_and_times_are_not_counts(text):
    assert all(m.value in (None, 1) for m in find_casualties(text))
    assert all(m.count_start is None for m in find_casualties(text))


@pytest.mark.parametrize("text, outcome, value", [
    ("اعتقال 5 أشخاص بتهمة التخطيط لهجوم.", "arrested", 5),
    ("أوقفت الشرطة 12 متظاهرا.", "arrested", 12),
    ("اختطاف 3 صحفيين على طريق سرت.", "abducted", 3),
    ("ما زال 4 مفقودين تحت الأنقاض.", "missing", 4),
])
def test_other_outcomes(text, outcome, value):
    assert only(text, outcome).value == value


def test_victims_ambiguous_word_needs_killed_context():
    assert find_casualties("سقط 12 ضحية في حادث سير.") == []
    mention = only("ارتفعت حصيلة ضحايا التفجير إلى 40 قتيلا.")
    assert mention.value == 40 and mention.toll_update


def test_references_are_not_reports():
    assert find_casualties("زارت الوزيرة أم شهيد في القرية.") == []
    assert find_casualties("نقلت جثث القتلى إلى المستشفى.") == []


def test_one_mention_when_two_words_share_a_count():
    found = find_casualties("قتل 20 شهيدا في القصف.")
    assert [(m.outcome, m.value) for m in found] == [("killed", 20)]


def test_offsets_point_into_text_with_diacritics():
    text = "وَأَسْفَرَ القصفُ عن مقتلِ ثلاثةِ مدنيّين."
    mention = only(text)
    assert mention.value == 3
    assert text[mention.start:mention.end] == mention.text
    assert text[mention.count_start:mention.count_end] == "ثلاثةِ"


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="expects a string"):
        find_casualties(None)
    assert find_casualties("") == []


def test_victims_after_min_are_the_partitive_group():
    mention = only("وقتل 62 من المحتجين خلال المواجهات.")
    assert (mention.value, mention.victims, mention.victim_class) == (62, "المحتجين", "protesters")


def test_a_noun_after_the_actor_is_not_an_implied_count():
    assert find_casualties("اختطفت ميليشيات الحوثي، الآلاف من الناشطين.") == []


@pytest.mark.parametrize("text, value", [
    ("أسفرت الغارة عن مقتل 22 طفلا على الأقل وأربع نساء في سوق شعبي.", 26),
    ("قتل 5 جنود و3 مدنيين في انفجار عبوة ناسفة قرب كركوك.", 8),
    ("قتل 5 جنود وإصابة 3 آخرين في الهجوم.", 5),
    ("قتل 4 جنود و3 جرحى في كمين.", 4),
])
def test_groups_of_victims_joined_by_wa_add_up(text, value):
    assert only(text).value == value


def test_a_possessed_killing_counts_its_pronoun():
    from rasd.numbers.casualties import find_casualties
    found = find_casualties("أصيبت المرأة بحجر في رأسها مما أدى إلى مقتلها.")
    assert [(c.outcome, c.value) for c in found] == [("killed", 1)]


def test_a_dual_suffix_counts_two_and_the_wounded_keep_their_own_count():
    found = find_casualties("لقي ضابط شرطة ومجند مصرعهما وأصيب ثلاثة مجندين آخرين في انفجار عبوة ناسفة.")
    assert sorted((c.outcome, c.value) for c in found) == [("killed", 2), ("wounded", 3)]


@pytest.mark.parametrize("text, victims, value, agent", [
    ("قتل مسلحون مجهولون ضابطا في الشرطة أمس", "ضابطا", 1, "مسلحون مجهولون"),
    ("قتل جنود إسرائيليون شابا فلسطينيا قرب رام الله", "شابا فلسطينيا", 1, "جنود إسرائيليون"),
    ("وقتل المهاجمون سبعة أشخاص على الأقل", "أشخاص", 7, "المهاجمون"),
    ("وقتل مسلحون يشتبه بأنهم متطرفون 18 شخصا في قرية", "شخصا", 18, "مسلحون يشتبه بأنهم متطرفون"),
    # no object: the passive "were killed", the nominative plural its victims
    ("قتل مسلحون في اشتباك مع 3 جنود أمس", "مسلحون", None, ""),
    ("قتل جنود سوريون في هجوم أمس", "جنود سوريون", None, ""),
    ("قتل الكثيرون بين 20 أو 30", "", 20, ""),
])
def test_a_nominative_plural_before_an_object_is_who_killed_not_who_died(text, victims, value, agent):
    killed = [c for c in find_casualties(text) if c.outcome == "killed"][0]
    assert (killed.victims, killed.value, killed.agent) == (victims, value, agent)


def test_a_verb_written_only_in_the_passive_has_no_doer_before_its_victims():
    wounded = find_casualties("أصيب متظاهرون وأفراد من قوات الأمن بجروح")[0]
    assert (wounded.outcome, wounded.agent) == ("wounded", "")


@pytest.mark.parametrize("text, value", [
    ("قُتل الإثنين ما لا يقل عن 55 فلسطينياً في اشتباكات", 55),
    ("قتل الاثنين 3 جنود في هجوم", 3),
    ("قتل اثنين من الجنود", 2),
])
def test_two_with_the_article_is_monday_not_a_count(text, value):
    assert [c.value for c in find_casualties(text) if c.outcome == "killed"] == [value]


def test_claimed_the_lives_is_a_killing():
    killed = find_casualties("الألغام التي زرعتها الميليشيا حصدت أرواح 714 مدنيا")[0]
    assert (killed.outcome, killed.value) == ("killed", 714)
