"""Event arguments: the date, place and toll each event gets from its own sentence."""
import pytest

import rasd
from readings import reported


def test_days_ago_in_a_relative_clause_dates_the_act_not_the_statement():
    text = "هددت شركة الطيران امس الاثنين بوقف رحلاتها حتى يطلق سراح رئيسها الذي اختطف قبل 3 أيام في طرابلس من قبل مسلحين."
    events = reported(text, "2016-10-25")
    assert [e.date.value for e in events] == ["2016-10-22"]
    assert events[0].date.expression == "قبل 3 أيام"


def test_a_condemnation_reports_the_attack_and_its_day_is_not_the_attack_day():
    text = ("أدانت وزارة الخارجية الهجوم بالغاز السام على مدينة دوما، الأحد.\n"
            "وقالت منظمة إغاثة إن الهجوم الكيماوي على دوما وقع السبت وأسفر عن مقتل 48 شخصا.")
    events = reported(text, "2018-04-08")
    assert len(events) == 1
    assert events[0].date.value == "2018-04-07"
    assert events[0].fatalities.value == 48


def test_today_with_another_weekday_in_a_quote_is_that_weekday():
    text = "وقال المسؤول الأممي إن غارة جوية اليوم الخميس قتلت أربعة أطفال في الحديدة."
    events = reported(text, "2018-08-25")
    assert [e.date.value for e in events] == ["2018-08-23"]


def test_a_generic_attack_takes_the_type_of_the_mention_that_names_the_weapon():
    text = ("قالت مصادر أمريكية، صباح الاثنين، إن تقييما يشير إلى هجوم على مدينة دوما السبت أوقع عشرات القتلى.\n"
            "ويعقد مجلس الأمن اجتماعا اليوم الاثنين بعد الهجوم الكيماوي على دوما.")
    events = reported(text, "2018-04-09")
    assert [(e.sub_event_type, e.date.value) for e in events] == [("Chemical weapon", "2018-04-07")]


def test_the_attacking_country_is_not_the_place_of_the_strike():
    text = "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت غارات على منشآت عسكرية قرب حمص."
    events = reported(text, "2018-04-14")
    assert [e.location.country_code for e in events] == ["SY"]


def test_a_government_named_by_its_capital_is_not_the_place():
    text = "قتل 12 مسلحا أمس في هجوم على مقر لقوات تدعمها واشنطن شرق دير الزور."
    events = reported(text, "2018-02-10")
    assert [e.location.country_code for e in events] == ["SY"]


def test_a_time_zone_is_not_the_place():
    text = "قتل 6 أشخاص عندما فتح مسلحون النار على مسجد في كندا مساء الأحد (فجر الاثنين بتوقيت تونس)."
    events = reported(text, "2017-01-30")
    assert [e.location.country_code for e in events] == ["CA"]


def test_freeing_hostages_is_not_a_territory_change():
    text = "أعلن وزير الأمن المالي مقتل شخصين وتحرير نحو 20 رهينة في هجوم إرهابي على موقع سياحي قرب باماكو أمس."
    events = reported(text, "2017-06-19")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_the_weapon_owner_is_actor1_and_the_victim_nationality_is_not():
    events = rasd.extract("قتل فلسطيني فجر اليوم في قصف إسرائيلي على الحدود الشرقية لقطاع غزة.",
                          published="2018-04-05").events
    assert [e.actor1.name for e in events] == ["Military Forces of Israel"]


def test_a_reward_in_millions_does_not_make_an_attack_a_running_total():
    text = "ودفعت السلطات الثلاثاء 1,76 مليون يوان لرجال شرطة تدخلوا الأسبوع الماضي عندما طعن مهاجمون خمسة أشخاص حتى الموت."
    events = reported(text, "2017-02-24")
    assert len(events) == 1


def test_a_named_town_beats_the_direction_of_its_province():
    text = "أعلنت القوات الحكومية اليمنية الأربعاء استعادة السيطرة على مدينة المخا الساحلية غربي محافظة تعز."
    events = reported(text, "2017-02-09")
    assert [e.location.name_ar for e in events] == ["المخا"]


def test_strikes_on_different_targets_the_same_day_are_two_events():
    text = ("قصفت إسرائيل فجر الخميس مواقع عسكرية إيرانية في سوريا.\n"
            "وقصفت إسرائيل فجر الخميس بطاريات الدفاع الجوي التابعة للجيش السوري.")
    events = reported(text, "2018-05-10")
    assert len(events) == 2


def test_defusing_bombs_is_disrupted_weapons_use():
    text = "وتمكنت القوات الأمنية أمس من تفكيك عبوة ناسفة مزروعة على طريق رئيسي شرق الرمادي."
    events = reported(text, "2015-07-31")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


@pytest.mark.parametrize("why, text, published", [
    ("a football attack is no event", "وواصل النصر هجومه في الشوط الثاني وأهدر مهاجمه هدفا محققا أمام المرمى.", "2018-02-22"),
    ("a toll in the thousands is a running total", "وقتل أكثر من 10 آلاف شخص في القتال الدائر في اليمن بحسب الأمم المتحدة.", "2018-08-25"),
    ("a generic battle word in a quote is rhetoric", 'وقال رئيس الوزراء: "نحن في خضم معركة مطولة ولن نسمح لأحد بتهديد أمننا".', "2018-05-10"),
    ("forces ready to fire is no strike", "وللولايات المتحدة غواصات قبالة سواحل سوريا مستعدة لإطلاق صواريخ توماهوك.", "2018-04-12"),
    ("a sentence opening with may reports no strike", "كما يمكن لفرنسا إرسال طائرات رافال أو شن ضربات من فرقاطة مسلحة بـ16 صاروخ كروز.", "2018-04-12"),
    ("a question", "هل تنفذ الولايات المتحدة عملية عسكرية في سوريا؟", "2018-04-11"),
    ("weapons on show", "وضم معرض دبي للطيران عشرات الطائرات بدون طيار والمقاتلات الحديثة.", "2018-11-12"),
    ("a cyberattack", "وتعرضت شبكة فيسبوك الجمعة لهجوم إلكتروني طال 50 مليون حساب.", "2018-09-30"),
    ("the market's negative turn", "وأثر ارتفاع أسعار النفط سلبا على النمو في مصر خلال الربع الأخير.", "2018-09-30"),
    ("an objection period", "وأمام الكونغرس مهلة 15 يوما للاعتراض على قرار تمويل الجيش اليمني.", "2018-09-12"),
    ("a legal challenge", "وقدمت هيئة الدفاع الطعن في الحكم الصادر بحق الناشطين أمام محكمة الاستئناف.", "2018-09-12"),
    ("a football win", "ونجح الفريق في خطف الفوز في الدقيقة الأخيرة.", "2018-07-08"),
    ("a group named for liberation", "أعلنت هيئة تحرير الشام أمس رفضها الاتفاق في إدلب.", "2018-05-10"),
    ("the PLO", "قال أمين سر منظمة التحرير الفلسطينية إن القيادة ستجتمع غدا في رام الله.", "2018-05-10"),
    ("a court ruling", "قضت محكمة الاستئناف بالمنستير بسجن المتهم بقتل شاب طعنا بالسكين عشرين عاما.", "2017-05-03"),
])
def test_sentences_that_report_no_act(why, text, published):
    assert reported(text, published) == [], why


def test_a_later_mention_with_the_day_refines_a_month_part():
    text = ("قتل أكثر من 40 طفلا في غارة جوية استهدفت حافلتهم شمالي محافظة صعدة أوائل هذا الشهر.\n"
            "وكانت الغارة التي استهدفت حافلة الأطفال في التاسع من أغسطس/آب الجاري قد أثارت موجة انتقادات.")
    events = reported(text, "2018-08-25")
    assert [e.date.value for e in events] == ["2018-08-09"]


def test_a_capital_that_speaks_is_the_government_not_the_place():
    text = "ونسبت بكين مسؤولية هجوم بالسكاكين وقع الأسبوع الماضي في إقليم شينجيانغ إلى انفصاليين."
    assert all(e.location.name_ar != "بكين" for e in reported(text, "2017-02-24"))


def test_taking_villages_is_a_territory_change():
    text = "وسيطرت القوات الحكومية أمس على قرى عدة في ريف حماة الشمالي بعد معارك مع الفصائل."
    assert [e.event_type for e in reported(text, "2018-01-10")] == ["Battles"]
    assert reported(text, "2018-01-10")[0].sub_event_type == "Government regains territory"


def test_a_sports_page_reports_no_attack_but_a_bombing_at_a_stadium_counts():
    text = ("المنتخب المصري يتعادل مع أوروغواي في كأس العالم\n"
            "وقاد صلاح هجوم المنتخب في المباراة، لكن الدفاع أهدر الفرصة ونجح المدرب في التعادل.\n"
            "وشهدت المواجهات بين لاعبي الفريقين اشتباكا كلاميا.")
    assert reported(text, "2018-06-16") == []
    bombing = text + "\nوقتل 3 أشخاص أمس في انفجار عبوة ناسفة قرب الملعب في القاهرة."
    assert [e.sub_event_type for e in reported(bombing, "2018-06-16")] == ["Remote explosive/landmine/IED"]


def test_a_fired_missile_is_an_event_without_casualties():
    text = "وأطلق الحوثيون صاروخا باليستيا على مدينة جازان السعودية مساء أمس."
    assert [e.event_type for e in reported(text, "2018-05-21")] == ["Explosions/Remote violence"]


def test_an_act_dated_after_publication_is_a_plan():
    text = "قصفت الطائرات الحربية مواقع لتنظيم داعش في تلعفر يوم 15 آذار/مارس 2019."
    assert reported(text, "2018-07-09") == []


def test_leaving_a_deal_is_no_withdrawal_from_territory():
    text = "وأعلن ترامب الشهر الماضي انسحاب الولايات المتحدة من الاتفاق النووي مع إيران."
    assert reported(text, "2018-06-05") == []
    text = "وأعلنت روسيا أمس انسحاب قواتها من قاعدة حميميم في سوريا."
    assert [e.sub_event_type for e in reported(text, "2018-06-05")] == ["Non-violent transfer of territory"]
