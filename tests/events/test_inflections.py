"""Acts reported with the other persons and numbers of a trigger verb ("اغتالوا", "خطفوا") or
with the participants' plural in the nominative ("المتظاهرون"), and demonstrations whose
participants turn violent. Sentences written afresh for these tests, after newswire from
outlets and years the dev set does not cover."""
import pytest

from readings import reported


def kinds(text):
    return [(e.event_type, e.sub_event_type) for e in reported(text)]


@pytest.mark.parametrize("text, kind", [
    ("قالت الشرطة إن مسلحين مجهولين اغتالوا أمس ضابطا في مدينة البصرة.",
     ("Violence against civilians", "Attack")),
    ("ذكرت مصادر أمنية أن مسلحين خطفوا أمس مهندسا في مدينة الموصل.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("أفاد مسؤول بأن مسلحين فجروا صباح أمس جسرا على الطريق الرئيسي قرب مدينة سامراء.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("قال مصدر عسكري إن انتحاريين فجرا نفسيهما أمس قرب دورية للجيش في مدينة الرمادي.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("وانفجر جسم مشبوه أمس لدى مرور سيارة للشرطة في مدينة كركوك.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
])
def test_other_persons_of_a_trigger_verb_report_the_act(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text", [
    "وجاب المتظاهرون أمس شوارع مدينة غزة رافعين لافتات تطالب برفع الحصار.",
    "اعتصم عشرات المواطنين مساء أمس أمام مبنى البرلمان في وسط بيروت.",
    "وتجمع أمس مئات المتظاهرين أمام مبنى المحافظة في مدينة البصرة مطالبين بتحسين الخدمات.",
])
def test_a_demonstration_named_by_its_participants_or_a_sit_in_is_a_protest(text):
    assert kinds(text) == [("Protests", "Peaceful protest")]


def test_the_riot_police_named_in_a_sentence_are_no_riot():
    assert reported("وصلت قوات مكافحة الشغب أمس إلى مدينة البصرة.") == []


@pytest.mark.parametrize("text", [
    "ورشق مئات المتظاهرين قوات الأمن بالحجارة أمس في وسط مدينة بيروت.",
    "وأضرم آلاف المتظاهرين أمس النيران في مبان حكومية في مدينة البصرة.",
])
def test_demonstrators_who_throw_stones_or_set_fires_riot(text):
    events = reported(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Violent demonstration")]
    assert events[0].actor1.name.startswith("Rioters (")


def test_settlers_stoning_a_car_are_no_riot():
    events = reported("هاجم مستوطنون إسرائيليون بالحجارة سيارة فلسطينية جنوب مدينة نابلس أمس.")
    assert [e.event_type for e in events] != ["Riots"]


def test_a_charge_of_unlawful_assembly_is_no_protest():
    assert reported("وجهت النيابة أمس إلى المتهمين تهم التجمهر والإرهاب في القاهرة.") == []


def test_riots_only_in_a_sides_quoted_words_are_a_demonstration():
    assert kinds('وقال الجيش في بيان إن قواته ردت أمس على "أعمال شغب" قرب السياج شرق مدينة خان يونس.') == [
        ("Protests", "Peaceful protest")]


def test_a_demonstration_that_storms_the_building_later_is_one_riot():
    events = reported("حاصر آلاف المتظاهرين أمس مبنى المحافظة في مدينة البصرة.\n"
                      "وقال شهود إن المحتجين اقتحموا المبنى وأحرقوه.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Violent demonstration")]


@pytest.mark.parametrize("text, forces", [
    ("قتل أحد عناصر الشرطة أمس بنيران مسلحين مجهولين وسط مدينة الديوانية.", "Police Forces of Iraq"),
    ("قتل ثلاثة جنود برصاص مسلحين في مدينة بنغازي أمس.", "Military Forces of Libya"),
])
def test_soldiers_or_police_shot_dead_by_gunmen_are_a_battle_with_their_forces(text, forces):
    (event,) = reported(text)
    assert (event.event_type, event.sub_event_type, event.actor2.name) == ("Battles", "Armed clash", forces)


def test_a_civilian_killed_by_sniper_fire_is_violence_against_civilians():
    (event,) = reported("قتل مدني أمس بنيران قناص في حي الشيخ مقصود بمدينة حلب.")
    assert (event.event_type, event.actor2.name, event.fatalities.value) == (
        "Violence against civilians", "Civilians (Syria)", 1)


def test_a_death_the_demonstrators_protest_against_did_not_happen_at_the_protest():
    (event,) = reported("تظاهر المئات أمس في مدينة المنامة وهم يحتجون على مقتل شاب الأسبوع الماضي.")
    assert (event.sub_event_type, event.fatalities.value) == ("Peaceful protest", None)


def test_state_fire_on_demonstrators_is_excessive_force_and_gunmen_on_a_sit_in_attack_civilians():
    (by_army,) = reported("أطلقت قوات الأمن العراقية النار على متظاهرين في مدينة البصرة أمس.")
    assert (by_army.event_type, by_army.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert (by_army.actor1.name, by_army.actor2.name) == ("Protesters (Iraq)", "Police Forces of Iraq")
    (by_gunmen,) = reported("هاجم مسلحون مجهولون أمس مخيما للمعتصمين في مدينة بغداد.")
    assert (by_gunmen.event_type, by_gunmen.actor2.name) == ("Violence against civilians", "Protesters (Iraq)")


def test_a_nationality_counts_its_people_and_the_shooters_may_be_named_before_their_side():
    (event,) = reported("قتل صياد فلسطيني مساء الأحد برصاص بحرية الاحتلال الإسرائيلي قبالة سواحل قطاع غزة.",
                        "2018-02-26")
    assert (event.actor1.name, event.fatalities.value) == ("Military Forces of Israel", 1)   # a fisherman
    (event,) = reported("قتل فلسطيني برصاص الجيش الإسرائيلي شرق مدينة غزة أمس.")
    assert event.fatalities.value == 1


def test_a_weekday_after_a_part_of_the_day_is_no_count():
    (event,) = reported("انفجرت عبوة ناسفة مساء الأحد في مدينة الموصل.", "2018-02-26")
    assert event.fatalities.value is None   # "مساء الأحد" is Sunday evening, not one person


def test_an_accidental_explosion_is_no_attack():
    assert reported("قتل شخصان أمس في انفجار عرضي في مصنع للألعاب النارية في مدينة غزة.") == []


@pytest.mark.parametrize("text", [
    "أعلنت قوات سوريا الديمقراطية الثلاثاء أنها شنت عملية برية كبيرة، بهدف السيطرة على منطقة هجين في شرق سوريا.",
    "وقالت مصادر أمس إن القوات العراقية تحاول استعادة مدينة الرمادي من تنظيم داعش.",
])
def test_an_aim_or_an_effort_under_way_is_no_change_of_control(text):
    assert [e.sub_event_type for e in reported(text, "2018-09-12")
            if e.event_type == "Battles" and e.sub_event_type.endswith("territory")] == []


def test_an_anniversary_protest_happened_on_its_own_day_and_counts_no_earlier_death():
    (event,) = reported("تظاهر الآلاف أمس في مدينة بغداد في ذكرى مقتل 20 متظاهرا العام الماضي.", "2015-08-11")
    assert (event.date.value, event.fatalities.value) == ("2015-08-10", None)
    (event,) = reported("شهدت مدينة البصرة اليوم (الثلاثاء) احتجاجات، في ذكرى مرور عام على مقتل شاب برصاص شرطي.",
                        "2015-08-11")
    assert (event.sub_event_type, event.fatalities.value) == ("Peaceful protest", None)


def test_an_act_dated_long_ago_stays_background_whatever_day_it_is_told():
    assert reported("وقال المسؤول أمس إن الهجوم الذي وقع في عام 2012 في مدينة بنغازي قتل أربعة أمريكيين.",
                    "2015-08-11") == []


def test_the_central_security_forces_belong_to_the_country_they_fight_in():
    (event,) = reported("اشتبكت قوات الأمن المركزي مع مسلحين في مدينة عدن أمس.", "2015-08-03")
    assert event.actor1.name == "Police Forces of Yemen"


def test_the_victims_nationality_after_them_is_not_the_bomber_and_pkk_rebels_are_the_pkk():
    (event,) = reported("قتل ثلاثة جنود أتراك أمس بانفجار عبوة في جنوب شرق تركيا في هجوم نسب إلى مسلحين.",
                        "2015-08-06")
    assert (event.actor1.name, event.actor2.name) == ("Unidentified Armed Group (Turkey)", "Military Forces of Turkey")
    (event,) = reported("قتل ثلاثة جنود أتراك أمس بانفجار عبوة في جنوب شرق تركيا في هجوم نسب إلى متمردي حزب العمال.",
                        "2015-08-06")
    assert event.actor1.name == "Kurdistan Workers Party"


def test_the_authorities_that_announce_a_bombing_are_its_source_not_its_perpetrator():
    (event,) = reported("قتل خمسة دبلوماسيين جراء التفجير الذي استهدف، الثلاثاء، مقر محافظ قندهار جنوب أفغانستان "
                        "وفق ما أعلنت عنه السلطات الإماراتية، الأربعاء.", "2017-01-11")
    assert event.actor1.name == "Unidentified Armed Group (Afghanistan)"


def test_a_death_sentence_by_hanging_is_no_attack():
    assert reported("المنستير: الإعدام شنقا لشاب في جريمة قتل", "2017-05-03") == []


def test_a_trial_for_a_bombing_does_not_report_the_bombing_again():
    assert reported("بدأت محكمة الجنايات في الكويت أمس جلسة محاكمة المتهمين في تفجير مسجد الإمام الصادق.",
                    "2015-08-06") == []


def test_car_bombs_destroyed_before_use_are_disrupted_weapons_use():
    (event,) = reported("ودمرت القوات الأمنية العراقية أمس ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش قرب الرمادي.",
                        "2015-08-06")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Disrupted weapons use")


def test_a_clash_avoided_is_no_clash():
    assert reported("وقال الكاتب إن قوات النظام أمضت أمس يوما كاملا تتجنب الاشتباك مع التنظيم في ريف حمص.",
                    "2015-08-06") == []


def test_arrest_warrants_for_the_attackers_do_not_report_the_attack_again():
    assert reported("وأصدرت النيابة أمس مذكرات توقيف بحق منفذي الهجوم على كنيسة في مدينة المنيا.", "2018-03-14") == []


@pytest.mark.parametrize("text", [
    "وتجمع نحو 500 متظاهر أمس في محيط المحكمة العليا في إسلام آباد.",
    "وكان متظاهرو المعارضة الذين ساروا أمس في شوارع مدينة الخرطوم رددوا شعارات ضد الحكومة.",
])
def test_protesters_counted_in_the_singular_or_in_the_construct_state_report_a_protest(text):
    assert kinds(text) == [("Protests", "Peaceful protest")]


def test_besides_is_no_demonstrative():
    (event,) = reported("إلى ذلك فرقت الشرطة أمس مظاهرة نظمها حزب معارض في مدينة الخرطوم.")
    assert event.sub_event_type == "Protest with intervention"


def test_an_announced_suicide_bombing_is_not_the_announcers_and_a_claim_is():
    (event,) = reported("أعلنت وزارة الداخلية الأفغانية مقتل شخص واحد السبت عندما فجر انتحاري نفسه أمام مقر "
                        "الاستخبارات في العاصمة كابل.", "2018-02-24")
    assert (event.sub_event_type, event.actor1.name) == ("Suicide bomb", "Unidentified Armed Group (Afghanistan)")
    (event,) = reported("أعلن تنظيم داعش مسؤوليته عن التفجير الانتحاري الذي استهدف مسجدا في كابل أمس.", "2018-02-24")
    assert event.actor1.name == "Islamic State"


def test_a_green_zone_in_kabul_is_not_baghdads():
    (event,) = reported("فجر انتحاري نفسه أمس قرب المنطقة الخضراء في العاصمة الأفغانية كابل.", "2018-02-24")
    assert event.location.country_code == "AF"


def test_mines_removed_are_disrupted_weapons_use():
    (event,) = reported("أعلن الجيش اليمني أمس نزع 3000 لغم أرضي في مديرية باقم بمحافظة صعدة زرعها الحوثيون.",
                        "2018-02-18")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Disrupted weapons use")


def test_continuing_to_fight_is_a_promise_not_a_report():
    assert reported("وقالت هيئة تحرير الشام أمس إنها ستواصل القتال في ريف إدلب.", "2018-02-24") == []


def test_the_resistance_in_yemen_is_the_popular_resistance():
    (event,) = reported("ونفذت المقاومة أمس عملية التفاف وتمكنت من طرد الحوثيين من مفرق الجبيلة في محافظة الحديدة.",
                        "2018-05-25")
    assert (event.actor1.name, event.actor2.name) == ("Popular Resistance", "Houthis")
