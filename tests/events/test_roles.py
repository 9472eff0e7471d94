"""Who did what to whom: actor1/actor2 on short articles written for these tests."""
import rasd


def only_event(text, published="2018-03-20"):
    events = rasd.extract(text, published=published).events
    assert len(events) == 1, [e.evidence[0].text for e in events]
    return events[0]


def test_agent_after_min_qibal_is_actor1_not_the_target():
    event = only_event("تعرض موكب رئيس الحكومة الليبية أمس لإطلاق نار كثيف من قبل مجموعة مسلحة في طرابلس.")
    assert event.actor1.name == "Unidentified Armed Group (Libya)"
    assert event.actor1.text == "مجموعة مسلحة"


def test_shot_by_the_army_names_the_army_as_actor1():
    event = only_event("قتل ثلاثة شبان فلسطينيين أمس برصاص الجيش الإسرائيلي قرب مدينة نابلس.")
    assert event.actor1.name == "Military Forces of Israel"


def test_victims_of_violence_against_civilians_are_civilians():
    event = only_event("اختطف مسلحون مجهولون أمس رئيس شركة الخطوط الجوية الليبية في طرابلس.")
    assert event.event_type == "Violence against civilians"
    assert event.actor2.name == "Civilians (Libya)" and event.actor2.type_code == 7


def test_bare_coalition_is_the_coalition_named_earlier_in_the_article():
    text = ("شن التحالف بقيادة السعودية أمس غارات جوية على مواقع الحوثيين في صعدة.\n"
            "وقال التحالف إن غاراته دمرت منصات صواريخ في جازان جنوبي السعودية.")
    doc = rasd.extract(text, published="2018-09-01")
    coalition = [m for m in doc.mentions_of("ACTOR") if m.text == "التحالف"]
    assert coalition and all(m.label == "Military Forces of Saudi Arabia" for m in coalition)


def test_media_affiliated_with_a_side_is_a_source_not_the_actor():
    event = only_event("ونقلت وسائل إعلام تابعة للمعارضة السورية أن قصفا بالبراميل المتفجرة استهدف مدينة دوما أمس.")
    assert event.actor1 is None or event.actor1.name != "Opposition Rebels (Syria)"


def test_the_side_that_launched_the_raid_is_actor1_and_the_killed_soldier_is_not():
    event = only_event("قتل جندي سوري واحد على الأقل مساء الخميس في غارة شنها التحالف الدولي على موقع عسكري قرب تدمر.",
                       published="2018-06-22")
    assert event.actor1.name == "International Coalition Against ISIS"
    assert event.actor2.name == "Military Forces of Syria"


def test_a_country_right_after_the_act_verb_is_its_armed_forces():
    event = only_event('قصفت إسرائيل "موقعا عسكريا" لحركة حماس في شمال قطاع غزة فجر الاثنين.', published="2018-04-09")
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Israel", "Hamas Movement")


def test_a_peaceful_protest_has_no_civilian_opponent():
    event = only_event("تظاهر مئات المواطنين أمس في مدينة صفاقس احتجاجا على غلاء الأسعار.", published="2017-01-10")
    assert event.event_type == "Protests" and event.actor2 is None


def test_shelling_from_a_side_names_that_side_as_actor1():
    event = only_event("وتتعرض بلدة دوما منذ صباح أمس لقصف مكثف من القوات الحكومية.", published="2018-02-23")
    assert event.actor1.name == "Military Forces of Syria"


def test_protesters_shot_by_the_army_keep_the_army_as_the_other_side():
    text = ("استشهد شابان وأصيب العشرات، الجمعة، برصاص قوات الاحتلال الإسرائيلي خلال مشاركتهم "
            "في مسيرات العودة شرق مدينة خان يونس.")
    event = only_event(text, published="2018-04-14")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert (event.actor1.name, event.actor2.name) == ("Protesters (Palestine)", "Military Forces of Israel")


def test_the_backer_of_a_side_is_not_its_opponent():
    text = ("أعلنت القوات الحكومية اليمنية، المدعومة من التحالف العربي، الأربعاء استعادة السيطرة على مدينة المخا "
            "بعد معارك مع مسلحي جماعة الحوثي.")
    event = only_event(text, published="2017-02-09")
    assert {event.actor1.name, event.actor2.name} == {"Military Forces of Yemen", "Houthis"}


def test_an_unnamed_side_is_the_article_main_actor_not_another_unnamed_group():
    text = ("اندلعت اشتباكات عنيفة أمس بين قوات الجيش الوطني الليبي ومجلس شورى ثوار بنغازي في حي قنفودة.\n"
            "وقال المتحدث باسم الجيش الوطني الليبي إن القتال تجدد اليوم في منطقة قنفودة بعد تسلل المسلحين.")
    events = rasd.extract(text, published="2017-01-19").events
    assert {e.actor1.name for e in events} | {e.actor2.name for e in events} <= {
        "Libyan National Army", "Shura Council of Benghazi Revolutionaries"}


def test_actors_joined_by_wa_fight_on_the_same_side():
    text = "تمكنت قوات الجيش الوطني والمقاومة الشعبية أمس من فرض سيطرتها على قاعدة العند الجوية بعد طرد الحوثيين."
    event = only_event(text, published="2015-08-04")
    assert event.actor2 is None or event.actor2.name == "Houthis"


def test_the_army_whose_shelling_killed_is_actor1():
    event = only_event("ارتفعت حصيلة القتلى جراء قصف الجيش النيجيري عن طريق الخطأ مخيما للنازحين أمس إلى 90 قتيلا.",
                       published="2017-01-20")
    assert event.actor1.name == "Military Forces of Nigeria"


def test_the_killed_policeman_is_the_target_not_the_attacker():
    event = only_event("قتل شرطي وأصيب 4 آخرون، السبت، في انفجار عبوة ناسفة استهدف موكب مدير أمن الإسكندرية.",
                       published="2018-03-24")
    assert event.actor1.name != "Police Forces of Egypt"
    assert event.actor2.name == "Police Forces of Egypt"


def test_the_ministry_announcing_a_coalition_strike_is_not_its_agent():
    event = only_event("وأعلنت وزارة الدفاع العراقية الخميس، أن طيران التحالف الدولي قصف مواقع لعناصر داعش في قضاء بيجي.",
                       published="2015-07-31")
    assert (event.actor1.name, event.actor2.name) == ("International Coalition Against ISIS", "Islamic State")


def test_an_attack_by_militants_names_them_as_actor1():
    event = only_event("قتل جندي من قوات الناتو أمس في هجوم للمتشددين على قاعدة عسكرية في كابل.", published="2015-08-08")
    assert event.actor1.name != "NATO: North Atlantic Treaty Organization"


def test_warplanes_of_a_nationality_name_the_attacker():
    event = only_event("شنت طائرات تركية أمس غارات على مواقع لحزب العمال الكردستاني في جبال قنديل شمال العراق.",
                       published="2018-05-10")
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Turkey", "Kurdistan Workers Party")


def test_protesters_dispersed_with_tear_gas_is_a_protest_with_intervention():
    event = only_event("تظاهر آلاف السودانيين في الخرطوم أمس للمطالبة برحيل الحكومة، وأطلقت الشرطة الغاز المسيل للدموع.",
                       published="2018-05-10")
    assert (event.sub_event_type, event.actor2.name) == ("Protest with intervention", "Police Forces of Sudan")


def test_militants_killed_in_a_military_operation():
    event = only_event("أعلن الجيش المصري مقتل 12 تكفيريا في عملية عسكرية للقوات المسلحة شمال سيناء أمس.",
                       published="2018-05-10")
    assert (event.event_type, event.fatalities.value) == ("Battles", 12)


def test_the_police_investigating_a_bombing_did_not_plant_it():
    text = ("جرح شخصان في انفجار عبوة ناسفة ليل الأحد في حي سكني بمدينة أوستن.\n"
            "وقال قائد الشرطة في المدينة إن التحقيقات مستمرة.")
    (event,) = rasd.extract(text, published="2018-03-19").reportable_events()
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_the_country_of_the_city_is_not_the_attacker():
    event = only_event("شهدت إسطنبول التركية فجر الأحد هجوما مسلحا على مطعم في حي بيكوز قتل فيه شخص.",
                       published="2017-01-30")
    assert event.actor1.name != "Military Forces of Turkey"
