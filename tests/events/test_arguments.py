"""Event arguments: the date, place and toll each event gets from its own sentence."""
import rasd


def test_days_ago_in_a_relative_clause_dates_the_act_not_the_statement():
    text = "هددت شركة الطيران امس الاثنين بوقف رحلاتها حتى يطلق سراح رئيسها الذي اختطف قبل 3 أيام في طرابلس من قبل مسلحين."
    events = rasd.extract(text, published="2016-10-25").events
    assert [e.date.value for e in events] == ["2016-10-22"]
    assert events[0].date.expression == "قبل 3 أيام"


def test_a_condemnation_reports_the_attack_and_its_day_is_not_the_attack_day():
    text = ("أدانت وزارة الخارجية الهجوم بالغاز السام على مدينة دوما، الأحد.\n"
            "وقالت منظمة إغاثة إن الهجوم الكيماوي على دوما وقع السبت وأسفر عن مقتل 48 شخصا.")
    events = rasd.extract(text, published="2018-04-08").events
    assert len(events) == 1
    assert events[0].date.value == "2018-04-07"
    assert events[0].fatalities.value == 48


def test_today_with_another_weekday_in_a_quote_is_that_weekday():
    text = "وقال المسؤول الأممي إن غارة جوية اليوم الخميس قتلت أربعة أطفال في الحديدة."
    events = rasd.extract(text, published="2018-08-25").events
    assert [e.date.value for e in events] == ["2018-08-23"]


def test_a_generic_attack_takes_the_type_of_the_mention_that_names_the_weapon():
    text = ("قالت مصادر أمريكية، صباح الاثنين، إن تقييما يشير إلى هجوم على مدينة دوما السبت أوقع عشرات القتلى.\n"
            "ويعقد مجلس الأمن اجتماعا اليوم الاثنين بعد الهجوم الكيماوي على دوما.")
    events = rasd.extract(text, published="2018-04-09").events
    assert [(e.sub_event_type, e.date.value) for e in events] == [("Chemical weapon", "2018-04-07")]


def test_the_attacking_country_is_not_the_place_of_the_strike():
    text = "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت غارات على منشآت عسكرية قرب حمص."
    events = rasd.extract(text, published="2018-04-14").events
    assert [e.location.country_code for e in events] == ["SY"]


def test_a_government_named_by_its_capital_is_not_the_place():
    text = "قتل 12 مسلحا أمس في هجوم على مقر لقوات تدعمها واشنطن شرق دير الزور."
    events = rasd.extract(text, published="2018-02-10").events
    assert [e.location.country_code for e in events] == ["SY"]


def test_a_time_zone_is_not_the_place():
    text = "قتل 6 أشخاص عندما فتح مسلحون النار على مسجد في كندا مساء الأحد (فجر الاثنين بتوقيت تونس)."
    events = rasd.extract(text, published="2017-01-30").events
    assert [e.location.country_code for e in events] == ["CA"]


def test_freeing_hostages_is_not_a_territory_change():
    text = "أعلن وزير الأمن المالي مقتل شخصين وتحرير نحو 20 رهينة في هجوم إرهابي على موقع سياحي قرب باماكو أمس."
    events = rasd.extract(text, published="2017-06-19").events
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_football_attack_is_no_event():
    text = "وواصل النصر هجومه في الشوط الثاني وأهدر مهاجمه هدفا محققا أمام المرمى."
    assert [e for e in rasd.extract(text, published="2018-02-22").events if e.reportable] == []


def test_the_weapon_owner_is_actor1_and_the_victim_nationality_is_not():
    events = rasd.extract("قتل فلسطيني فجر اليوم في قصف إسرائيلي على الحدود الشرقية لقطاع غزة.",
                          published="2018-04-05").events
    assert [e.actor1.name for e in events] == ["Military Forces of Israel"]


def test_a_reward_in_millions_does_not_make_an_attack_a_running_total():
    text = "ودفعت السلطات الثلاثاء 1,76 مليون يوان لرجال شرطة تدخلوا الأسبوع الماضي عندما طعن مهاجمون خمسة أشخاص حتى الموت."
    events = [e for e in rasd.extract(text, published="2017-02-24").events if e.reportable]
    assert len(events) == 1


def test_a_toll_in_the_thousands_is_a_running_total():
    text = "وقتل أكثر من 10 آلاف شخص في القتال الدائر في اليمن بحسب الأمم المتحدة."
    assert [e for e in rasd.extract(text, published="2018-08-25").events if e.reportable] == []


def test_a_generic_battle_word_in_a_quote_is_rhetoric():
    text = 'وقال رئيس الوزراء: "نحن في خضم معركة مطولة ولن نسمح لأحد بتهديد أمننا".'
    assert [e for e in rasd.extract(text, published="2018-05-10").events if e.reportable] == []


def test_forces_ready_to_fire_is_no_strike():
    text = "وللولايات المتحدة غواصات قبالة سواحل سوريا مستعدة لإطلاق صواريخ توماهوك."
    assert [e for e in rasd.extract(text, published="2018-04-12").events if e.reportable] == []


def test_a_named_town_beats_the_direction_of_its_province():
    text = "أعلنت القوات الحكومية اليمنية الأربعاء استعادة السيطرة على مدينة المخا الساحلية غربي محافظة تعز."
    events = rasd.extract(text, published="2017-02-09").events
    assert [e.location.name_ar for e in events] == ["المخا"]


def test_strikes_on_different_targets_the_same_day_are_two_events():
    text = ("قصفت إسرائيل فجر الخميس مواقع عسكرية إيرانية في سوريا.\n"
            "وقصفت إسرائيل فجر الخميس بطاريات الدفاع الجوي التابعة للجيش السوري.")
    events = [e for e in rasd.extract(text, published="2018-05-10").events if e.reportable]
    assert len(events) == 2


def test_a_sentence_opening_with_may_reports_no_strike():
    text = "كما يمكن لفرنسا إرسال طائرات رافال أو شن ضربات من فرقاطة مسلحة بـ16 صاروخ كروز."
    assert [e for e in rasd.extract(text, published="2018-04-12").events if e.reportable] == []


def test_defusing_bombs_is_disrupted_weapons_use():
    text = "وتمكنت القوات الأمنية أمس من تفكيك عبوة ناسفة مزروعة على طريق رئيسي شرق الرمادي."
    events = [e for e in rasd.extract(text, published="2015-07-31").events if e.reportable]
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]
