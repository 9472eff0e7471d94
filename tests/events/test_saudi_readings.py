"""Cases met reading Saudi press articles of 2015 on the war in Yemen and the Saudi border, each
written afresh for these tests: the general rule each one checks is named in the test."""
import rasd


def reported(text, published="2015-08-05"):
    return [e for e in rasd.extract(text, published=published).events if e.reportable]


def only_event(text, published="2015-08-05"):
    events = reported(text, published)
    assert len(events) == 1, [(e.sub_event_type, e.evidence[0].text) for e in events]
    return events[0]


def test_the_nationality_of_a_news_agency_is_not_a_fighting_side():
    event = only_event("وقال المصدر لوكالة الأنباء الألمانية إن مواجهات عنيفة اندلعت مساء الثلاثاء "
                       "في منطقة سناح بمحافظة الضالع.")
    assert "Germany" not in event.actor1.name


def test_the_base_named_in_the_article_is_not_al_qaeda():
    event = only_event("وتحاصر المقاومة الشعبية قاعدة العند الجوية منذ أيام. وقال قائد ميداني إن مقاتليه "
                       "قصفوا القاعدة بالصواريخ أمس، ما أوقع قتلى في صفوف الحوثيين.")
    assert event.actor1.name == "Popular Resistance"


def test_al_qaeda_named_in_full_keeps_its_short_name_beside_a_base():
    doc = rasd.extract("هاجم مسلحون من تنظيم القاعدة قاعدة عسكرية في أبين أمس. وقال مصدر إن القاعدة "
                       "سيطرت على الموقع.", published="2015-08-05")
    assert [m.text for m in doc.mentions_of("ACTOR") if m.label == "Al Qaeda"] == ["تنظيم القاعدة", "القاعدة"]


def test_a_count_of_houthis_in_the_accusative_names_the_houthis():
    event = only_event("أفاد مصدر في المقاومة الشعبية أمس بمقتل ثمانية عشر حوثياً في مواجهات بمدينة الضالع.")
    assert "Houthis" in (event.actor1.name, event.actor2.name)



def test_projectiles_falling_on_border_villages_are_shelling():
    event = only_event("سقطت مقذوفات أطلقها الحوثيون على قرى في محافظة صامطة أمس، وأصيب مواطن بجروح طفيفة.")
    assert (event.sub_event_type, event.actor1.name) == ("Shelling/artillery/missile attack", "Houthis")


def test_an_unexploded_projectile_picked_up_is_no_event():
    assert reported("وأوضح شاهد أن مواطنا حمل مقذوفا لم ينفجر من الأرض في صامطة.") == []


def test_civil_defence_crews_are_not_the_victims():
    event = only_event("باشرت فرق الدفاع المدني مساء الجمعة بلاغا عن سقوط مقذوف من داخل الأراضي اليمنية "
                       "في مزرعة بقرية تابعة لمحافظة صامطة، ما نتج عنه وفاة عامل يمني.", "2015-08-01")
    assert event.actor2.text == "عامل يمني"


def test_forces_joined_in_quotes_take_a_place_together():
    event = only_event('وتمكنت قوات "الجيش الوطني" و"المقاومة الشعبية" اليوم من فرض السيطرة على قاعدة العند الجوية.')
    assert event.actor2 is None or event.actor2.name not in ("Popular Resistance", "Military Forces of Yemen")


def test_an_ally_named_with_the_acting_side_is_no_guess_for_the_other_side():
    events = reported("تمكنت المقاومة الشعبية والجيش أمس الأحد من السيطرة على بلدتين في محافظة لحج. "
                      "وقال مصدر إن المقاومة والجيش استكملوا السيطرة على البلدتين.")
    assert events and all(e.actor2 is None or e.actor2.name not in ("Popular Resistance", "Military Forces of Yemen")
                          for e in events)


def test_a_death_sentence_carried_out_narrates_no_new_act():
    text = ("تنفيذ حكم القتل قصاصا في جان بمنطقة حائل\n\n"
            "نفذت وزارة الداخلية اليوم حكم القتل قصاصا في مواطن أقدم على قتل رجل بإطلاق النار عليه "
            "إثر خلاف بينهما. وتمكنت سلطات الأمن من القبض على الجاني وأحيل إلى المحكمة.")
    assert reported(text) == []


def test_the_dead_of_both_sides_named_together_are_no_allies():
    event = only_event("قتل عدد من عناصر قوات النظام السوري وقوات الأمن الكردية أمس في مواجهات بين الطرفين "
                       "شهدتها مدينة القامشلي. وذكر بيان عن الأكراد أن عدد القتلى بلغ 18 عنصرا.", "2018-09-08")
    assert {event.actor1.name, event.actor2.name} == {"Asayish", "Military Forces of Syria"}
