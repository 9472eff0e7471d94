"""Cases met reading unlabelled corpus articles, each written afresh for these tests: the
general rule each one checks is named in the test."""
import pytest

import rasd
from readings import only_event, reported


def test_warplanes_that_raid_a_site_make_an_air_strike_dated_by_their_own_sentence():
    event = only_event("أغارت طائرات حربية عراقية صباح الخميس على موقع لتنظيم داعش في منطقة هجين السورية. "
                       "وقال البيان إن المقاتلات التابعة للجيش قصفت مقرا للتنظيم هناك.", "2018-06-07")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert event.actor1.name == "Military Forces of Iraq"
    assert event.date.value == "2018-06-07"


def test_warplanes_that_only_could_fire_are_no_event():
    assert reported("تملك فرنسا عشر طائرات رافال في الأردن، والمقاتلات يمكنها إطلاق صواريخ بعيدة المدى.",
                    "2018-04-12") == []


def test_clashes_and_an_exchange_of_shelling_are_one_armed_clash():
    event = only_event("شهدت المناطق جنوب مدينة الحديدة أمس اشتباكات وتبادلا للقصف بين ألوية العمالقة والحوثيين.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_the_genitive_of_an_air_strike_is_its_maker():
    event = only_event("استهدفت غارات التحالف العربي أمس موقعا عسكريا للحوثيين في مدينة الحديدة.")
    assert event.actor1.name != "Houthis"
    assert event.actor2.name == "Houthis"


def test_an_operation_to_liberate_a_town_is_an_aim_not_a_territory_change():
    assert reported("وتأتي تعزيزات الحوثيين على وقع قرب انطلاق عملية للقوات المشتركة لتحرير مدينة زبيد.", "2018-07-15") == []


def test_a_town_of_the_province_named_after_it_is_the_place():
    event = only_event("اختطف مسلحون حوثيون أمس عشرة مدنيين في مدينة زبيد بمحافظة الحديدة.")
    assert event.location.name == "Zabid"


def test_iranian_militias_in_yemeni_reporting_are_the_houthis():
    event = only_event("قتل 19 عنصرا من الميليشيات الإيرانية أمس في معارك مع الجيش اليمني في مديرية الحشوة بمحافظة صعدة.")
    assert {event.actor1.name, event.actor2.name} == {"Military Forces of Yemen", "Houthis"}


def test_settlers_stoning_a_car_attack_civilians_on_the_day_the_act_happened():
    text = ("هاجم مستوطنون إسرائيليون بالحجارة سيارة فلسطينية جنوب مدينة نابلس، مما أدى إلى مقتل امرأة، "
            "وفق ما ذكرت وسائل إعلام فلسطينية، السبت.\n"
            "وقالت وكالة الأنباء الفلسطينية إن المرأة أصيبت برشق بالحجارة في رأسها مساء الجمعة.")
    event = only_event(text, "2018-10-13")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1.name == "Israeli Settlers"
    assert event.date.value == "2018-10-12"


def test_the_speaker_of_a_report_about_a_missile_is_not_its_launcher():
    event = only_event("وقال التحالف الذي تقوده السعودية إن الصاروخ أطلق من محافظة صعدة أمس باتجاه نجران.",
                       "2016-10-28")
    assert event.actor1 is None or event.actor1.start is None


def test_a_capital_that_speaks_in_the_headline_is_not_the_place():
    text = ("واشنطن تصف مقتل طفل فلسطيني حرقا في الضفة الغربية بأنه هجوم إرهابي\n\n"
            "نددت الولايات المتحدة بأشد العبارات الجمعة بالهجوم الإرهابي في الضفة الغربية المحتلة والذي أدى "
            "إلى مقتل طفل فلسطيني حرقا بعدما أضرم مستوطنون متطرفون النار في منزله.")
    event = only_event(text, "2015-07-31")
    assert event.location.country_code == "PS"


def test_a_killing_in_an_attack_stays_an_attack_when_a_later_mention_names_looting():
    text = ("قتل طفل فلسطيني أمس في هجوم على منزل عائلته في قرية دوما بالضفة الغربية. "
            "ونهب المهاجمون محتويات المنزل قبل إحراقه.")
    event = only_event(text, "2015-08-01")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_the_victims_nationality_is_not_the_attacker():
    event = only_event("قتل طفل فلسطيني أمس في هجوم على منزل عائلته في قرية دوما بالضفة الغربية.", "2015-08-01")
    assert not event.actor1.name.startswith("Military Forces")


def test_a_capital_that_stands_for_its_government_is_not_where_it_struck():
    event = only_event("جاءت الضربات في يوم دخول أنقرة الحملة العسكرية ضد داعش بشن أولى غاراتها الجوية "
                       "على مواقع للتنظيم في سوريا فجر الجمعة.", "2015-07-26")
    assert event.location.country_code == "SY"


def test_police_are_no_guess_for_who_made_an_air_strike():
    text = ("أقلعت مقاتلات من قاعدة جوية أمس لشن سلسلة غارات على مواقع داعش في سوريا.\n"
            "بينما نفذت الشرطة حملة توقيفات في مدينة إسطنبول.")
    event = only_event(text, "2015-07-26")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is None or not event.actor1.name.startswith("Police")


def test_forces_that_support_a_coalition_do_not_make_it_the_bomber():
    event = only_event("قال مسؤول أمني إن انتحاريا قتل 40 جنديا يمنيا أمس في قاعدة بمدينة عدن في هجوم على القوات "
                       "المؤيدة للتحالف بقيادة السعودية تبناه تنظيم داعش.", "2016-12-11")
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor1.name != "Military Forces of Saudi Arabia"


def test_arresting_the_killers_of_a_brawl_is_police_work_not_an_event():
    assert reported("قتل شاب في شجار بمدينة بن قردان مساء أمس، وألقت وحدات الأمن القبض على القتلة.", "2017-02-21") == []


def test_a_road_named_after_a_city_is_not_that_city():
    text = ("قتل 14 شخصا الخميس بتفجير سيارة مفخخة أمام فندق في العاصمة الصومالية مقديشو.\n"
            "وأوضح ضابط بالشرطة الصومالية أن الانفجار وقع قرب فندق على طريق مكة المكرمة.")
    event = only_event(text, "2018-03-22")
    assert event.location.name == "Mogadishu"


def test_demonstrators_who_storm_and_burn_a_consulate_are_rioters_and_their_slogan_is_no_place():
    text = ("حاصر آلاف المتظاهرين العراقيين أمس القنصلية الإيرانية في مدينة البصرة.\n"
            "وخلال الاحتجاجات هتف المحتجون: \"إيران بره بره\"، قبل أن يقتحموا المقر ويحرقوه.")
    event = only_event(text, "2018-09-07")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1.name == "Rioters (Iraq)"
    assert event.location.country_code == "IQ"


def test_a_bombing_nobody_claimed_is_not_given_to_the_group_named_for_earlier_attacks():
    text = ("قتل 25 شخصا الأربعاء في تفجير انتحاري أمام مركز تعليمي في كابل.\n"
            "ولم تعلن أي جهة المسؤولية عن الهجوم.\n"
            "ويشن تنظيم داعش هجمات مشابهة في المنطقة.")
    event = only_event(text, "2018-08-15")
    assert event.actor1.name == "Unidentified Armed Group (Afghanistan)"


def test_police_shooting_attackers_with_swords_is_no_sports_report():
    event = only_event("قتلت الشرطة الإندونيسية بالرصاص أربعة رجال الأربعاء بعدما استخدموا سيوفا لمهاجمة "
                       "ضباط عند مقر للشرطة في جاكرتا.", "2018-05-16")
    assert event.fatalities.value == 4


def test_precautions_aims_and_verbal_battles_report_no_act():
    assert reported("فرضت قوات الأمن إجراءات مشددة في مدينة الناصرية أمس تحسبا لوقوع اشتباكات.", "2018-07-20") == []
    assert reported("توجهت القوات إلى الغوطة الشرقية أمس استعدادا لبدء عملية عسكرية ضخمة في دوما.", "2018-03-28") == []
    assert reported("شهدت جلسة مجلس الأمن مساء الثلاثاء معركة كلامية بين مندوبي روسيا وبريطانيا بشأن سوريا.",
                    "2018-04-11") == []


def test_the_chemical_weapons_watchdog_is_no_chemical_attack():
    assert reported("أطلقت منظمة حظر الأسلحة الكيميائية أمس بعثة جديدة إلى مدينة دوما السورية.", "2018-04-11") == []


def test_a_roadside_bomb_that_kills_two_policemen_announced_by_the_ministry_and_bombs_made_safe():
    text = ("لقي ضابط شرطة ومجند مصرعهما وأصيب ثلاثة مجندين آخرين أمس إثر انفجار عبوة ناسفة في مدرعة بمدينة العريش.\n"
            "وقالت وزارة الداخلية في بيان إنه: أثناء سير المدرعة في العريش انفجرت بها عبوة ناسفة.\n"
            "في المقابل، فجرت قوات الأمن سبع عبوات ناسفة عثرت عليها جنوب الشيخ زويد.")
    bombing, defusal = reported(text, "2015-08-10")
    assert defusal.sub_event_type == "Disrupted weapons use"   # ACLED codes explosives made safe
    event = bombing
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities.value == 2
    assert event.actor1.name == "Unidentified Armed Group (Egypt)"
    assert event.actor2.name in ("Police Forces of Egypt", "Military Forces of Egypt")   # "مجند" serves in either
    assert event.location.name == "Arīsh"


def test_a_forest_fire_that_killed_a_policeman_is_no_event():
    assert reported("أعلنت إدارة مكافحة الحرائق في اليونان أمس السيطرة على حرائق غابات أسفرت عن مقتل شرطي "
                    "وتدمير عدد من المنازل.", "2015-07-21") == []


def test_a_foreign_country_named_in_an_accusation_is_not_where_the_act_was():
    text = ("خطفت جبهة النصرة مساء الأربعاء ثمانية مقاتلين قرب مدينة أعزاز في ريف حلب شمالي سوريا.\n"
            "وتبنت جبهة النصرة خطف المقاتلين، متهمة إياهم بأنهم وكلاء لتمرير مصالح أميركا.")
    event = only_event(text, "2015-08-02")
    assert event.location.country_code == "SY"


def test_the_arrests_after_an_attack_neither_merge_into_it_nor_make_the_police_its_author():
    text = ("أكد شاهد عيان أن الهجوم الإرهابي الذي استهدف مسجدا في كيبيك بكندا أمس أسفر عن مقتل ستة مصلين.\n"
            "وألقت الشرطة الكندية القبض على متهمين اثنين.")
    events = reported(text, "2017-01-30")
    attack = next(e for e in events if e.event_type != "Strategic developments")
    assert attack.actor1 is None or not attack.actor1.name.startswith("Police")
    assert [e.sub_event_type for e in events if e.event_type == "Strategic developments"] == ["Arrests"]


def test_an_attack_recalled_with_a_demonstrative_and_no_earlier_report_is_background():
    assert reported("قال رئيس الحكومة أمس إن بلاده كانت على اتصال دائم مع ألمانيا، مضيفا: نأسف بشدة لوقوع هذا الهجوم "
                    "في برلين.", "2017-02-14") == []


def test_a_shark_attack_and_a_habit_of_looting_are_no_events():
    assert reported("نجا شاب أمريكي أمس من هجوم مروع من قبل قرش أبيض قبالة سواحل ولاية كاليفورنيا.", "2017-05-31") == []
    assert reported("وتمارس قيادات الميليشيات في مدينة رداع حملات سرقة ونهب لممتلكات المواطنين.", "2018-02-22") == []


def test_a_protest_over_a_road_accident_is_a_protest_and_a_front_line_is_no_battle():
    event = only_event("تظاهر مئات العمال الزراعيين الأربعاء في مدينة فودجا جنوب إيطاليا بعد حادث سير.", "2018-08-08")
    assert event.event_type == "Protests"
    assert reported("أجبرت الميليشيات الأحد مكتب الأوقاف في صنعاء على توفير أراض لدفن قتلاها في جبهات القتال.",
                    "2018-07-08") == []


def test_a_protester_shot_at_a_named_protest_is_excessive_force_and_fears_are_no_acts():
    event = only_event("قالت وزارة الصحة في غزة إن فلسطينيا قتل وأصيب العشرات برصاص الجيش الإسرائيلي "
                       "الجمعة في الاحتجاجات على حدود قطاع غزة.", "2018-05-11")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert event.actor2.name == "Military Forces of Israel"
    assert reported("ويخشى من أن يحاول متظاهرون اقتحام السياج الفاصل في قطاع غزة غدا.", "2018-05-11") == []


def test_definite_forms_of_two_word_triggers_name_their_tactic():
    event = only_event("أعلنت طهران الثلاثاء أن الضربة الجوية التي استهدفت فجر الاثنين مطار التيفور العسكري قرب حمص "
                       "أسفرت عن مقتل سبعة عسكريين.", "2018-04-11")
    assert event.sub_event_type == "Air/drone strike"
    event = only_event("انفجرت العبوة الناسفة أمس بدورية للجيش قرب مدينة العريش.", "2018-04-11")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_the_death_a_protest_is_about_did_not_happen_at_it():
    event = only_event("شارك مئات العمال الزراعيين الأربعاء في تظاهرة بمدينة فودجا جنوب إيطاليا احتجاجا على "
                       "مقتل 16 عاملا في حادثي سير.", "2018-08-08")
    assert (event.sub_event_type, event.fatalities.value) == ("Peaceful protest", None)


def test_a_victims_home_town_is_not_where_he_was_abducted():
    event = only_event("أكد مواطن أصيل معتمدية بوحجلة من ولاية القيروان أمس اختطاف شقيقه العامل في ليبيا من قبل "
                       "مجموعة مسلحة.", "2017-03-19")
    assert event.location.country_code == "LY"


def test_deaths_counted_before_at_least_and_the_wounded_apart():
    from rasd.numbers import find_casualties
    found = find_casualties("لقي 3 أشخاص على الأقل مصرعهم وأصيب 12 آخرون في قصف على منطقة سكنية.")
    assert sorted((c.outcome, c.value) for c in found) == [("killed", 3), ("wounded", 12)]


def test_an_intercepted_missile_launched_elsewhere_and_claimed_is_one_event():
    text = ("اعترضت قوات الدفاع الجوي السعودي مساء الأحد صاروخا باليستيا أطلقته جماعة الحوثي باتجاه مدينة جازان.\n"
            "وقال المتحدث باسم التحالف في بيان إن الصاروخ أطلق من محافظة صعدة وتم اعتراضه وتدميره في الجو.\n"
            "من جهتها، قالت قناة المسيرة التابعة للحوثيين إن القوة الصاروخية استهدفت بالصاروخ هدفا عسكريا في جازان.")
    event = only_event(text, "2018-03-26")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.location.name == "Jizan"


def test_operations_named_as_the_topic_of_a_statement_are_no_act():
    assert reported("وبدأ الجيش المصري بيانه أمس بصدد العمليات العسكرية في شمال سيناء بالتأكيد على استمرارها.",
                    "2018-10-08") == []


def test_who_holds_the_area_is_no_party_and_an_undated_earlier_act_is_background():
    event = only_event("قتلت مسعفة أمس مع أفراد من أسرتها عندما طال القصف منزلهم في محافظة إدلب التي تسيطر عليها "
                       "المعارضة.", "2018-03-11")
    assert event.actor1 is None or event.actor1.name != "Opposition Rebels (Syria)"
    assert reported("وكانت ضربات جوية مكثفة على إدلب قد تسببت مؤخرا في مقتل عشرات الأشخاص.", "2018-06-12") == []
    assert reported("زعمت روسيا أمس أن التحضير لتصوير هجوم كيماوي مفبرك في إدلب قد بدأ.", "2018-09-11") == []


def test_demonstrators_storming_party_offices_are_a_riot():
    event = only_event("وفي محافظة بابل، اقتحم متظاهرون أمس مكاتب لحزبي الدعوة والفضيلة في مدينة القاسم.", "2018-07-14")
    assert (event.event_type, event.sub_event_type, event.actor1.name) == ("Riots", "Violent demonstration", "Rioters (Iraq)")


def test_killed_at_protests_over_the_embassy_move_is_excessive_force_where_they_were():
    event = only_event("تجمع آلاف الفلسطينيين الاثنين قرب السياج الحدودي شرقي قطاع غزة.\n"
                       "وقتلت القوات الإسرائيلية 61 فلسطينيا خلال اشتباكات واحتجاجات الاثنين بسبب "
                       "نقل السفارة الأميركية الى القدس.", "2018-05-15")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert (event.actor1.name, event.actor2.name) == ("Protesters (Palestine)", "Military Forces of Israel")
    assert event.location.country_code == "PS"


def test_the_force_whose_post_or_institute_was_struck_is_the_target():
    event = only_event("أعربت تونس عن استنكارها للتفجير الإرهابي الذي استهدف صباح الخميس معهد تدريب الشرطة بمدينة "
                       "زليتن الليبية وأسفر عن مقتل 60 شخصا.", "2016-01-07")
    assert event.actor2.name == "Police Forces of Libya"
    assert event.actor1.name == "Unidentified Armed Group (Libya)"


def test_an_armed_group_arresting_civilians_abducts_them_and_its_members_fire_first():
    event = only_event("اعتقل تنظيم داعش أمس 38 مواطنا في مناطق مختلفة بمدينة الموصل إثر أدائهم صلاة العيد.", "2015-07-21")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    assert (event.actor1.name, event.actor2.name) == ("Islamic State", "Civilians (Iraq)")
    event = only_event("وقال المصدر إن عناصر تنظيم داعش أطلقوا اليوم عشرات الصواريخ على قضاء مخمور شرق الموصل، "
                       "400 كم شمال بغداد، ما أسفر عن مقتل 18 من البيشمركة.", "2015-08-06")
    assert event.actor1.name == "Islamic State"
    assert event.location.name == "Mexmur"


def test_a_busted_cell_is_an_arrest_and_ottoman_is_no_town():
    event = only_event("كشفت وزارة الداخلية الكويتية أمس عن ضبط شبكة إرهابية تابعة لتنظيم داعش تضم خمسة مواطنين.",
                       "2015-07-31")
    assert event.sub_event_type == "Arrests"
    doc = rasd.extract("وتوضح الباحثة أن أهم الوثائق العثمانية أحرقت بالكامل خلال الغزو.", published="2015-08-08")
    assert not [m.text for m in doc.mentions if m.kind == "PLACE"]


def test_a_latest_toll_since_monday_and_a_since_then_summary_are_no_new_acts():
    assert reported("وبحسب آخر حصيلة صدرت عن وزارة الصحة الجمعة، فإن المعارك في العاصمة الليبية أوقعت 40 قتيلا "
                    "منذ الاثنين.", "2018-09-02") == []
    assert reported("ومذاك تراجع الإرهابيون إلى الصحراء جنوب سرت حيث يحاولون إعادة تنظيم صفوفهم.", "2018-04-04") == []


def test_court_executions_are_no_political_violence_and_a_complete_siege_is_no_japanese_town():
    assert reported("نفذت الحكومة العراقية الجمعة حكم الإعدام ضد 12 مدانا بالإرهاب في سجن الناصرية.", "2018-06-29") == []
    doc = rasd.extract("وفرضت قوات التحالف حصارا تاما على الموانئ اليمنية أمس.", published="2018-04-28")
    assert all(m.data["place"].country_code != "JP" for m in doc.mentions if m.kind == "PLACE")


def test_the_royal_air_force_of_a_country_is_its_military():
    event = only_event("قال السفير إن غارة للقوات الجوية الملكية السعودية أدت أمس لمصرع رئيس المجلس السياسي للحوثيين "
                       "في محافظة الحديدة.", "2018-04-24")
    assert event.actor1.name == "Military Forces of Saudi Arabia"


def test_a_premise_in_a_statement_and_a_journalists_question_report_no_act():
    text = ("وقال المتحدث باسم الخارجية الأمريكية ردا على سؤال لأحد الصحفيين اليوم: إنه بما أن الحوثيين شنوا "
            "هجمات عبر الحدود فإن للمملكة حق الرد.")
    assert reported(text, "2015-08-07") == []


def test_the_authorities_reporting_a_killing_and_the_reporters_they_tell_are_no_parties():
    event = only_event("قالت السلطات المكسيكية، السبت، إن صحفيا قتل برصاص في ولاية كوينتانا رو جنوب البلاد.",
                       "2018-06-30")
    assert not event.actor1.name.startswith("Government")
    event = only_event("وقال لافروف للصحفيين في موسكو إن الضربة الجوية التي شنت على قاعدة جوية في سوريا يوم "
                       "الأحد تطور خطير.", "2018-04-10")
    assert event.actor2 is None or not event.actor2.name.startswith("Journalists")


def test_strikes_in_retaliation_do_not_take_the_deaths_they_answer_and_hostage_taking_is_abduction():
    event = only_event("قام الجيش المصري صباح اليوم السبت بتنفيذ ضربات جوية استهدفت العناصر الإرهابية في شمال سيناء "
                       "وذلك ردّا على مقتل 12 جنديا في هجوم على كمين.", "2016-10-15")
    assert (event.sub_event_type, event.fatalities.value) == ("Air/drone strike", None)
    event = only_event("أقدم رجل اليوم الاثنين على قتل شرطي بسلاح أبيض في بلدة مانيانفيل واحتجاز رهائن من أفراد عائلته.",
                       "2016-06-13")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_an_arrest_made_without_any_clash_reports_no_clash():
    events = reported("وتمت عملية إلقاء القبض عليه أمس بدون حدوث أي اشتباك مع قوات الأمن في اللاذقية.", "2015-08-11")
    assert all(e.event_type != "Battles" for e in events)


def test_white_is_no_el_obeid_unless_a_cue_names_the_town():
    colour = rasd.extract("عرضت القناة صورا قديمة بالأبيض والأسود لمظاهرات الخمسينيات.", published="2018-05-12")
    assert not [m for m in colour.mentions if m.kind == "PLACE"]
    event = only_event("قتل ثلاثة أشخاص في مدينة الأبيض أمس في اشتباكات بين قبيلتين.", "2018-05-12")
    assert event.location.name == "El Obeid"


def test_protests_that_continued_on_a_named_day_happened_that_day():
    event = only_event("وتواصلت الاحتجاجات مساء الثلاثاء في مدينة عمان ضد مشروع قانون الضريبة.", "2018-06-06")
    assert (event.event_type, event.date.value, event.location.name) == ("Protests", "2018-06-05", "Amman")


def test_the_pocket_of_an_enclave_is_no_village():
    doc = rasd.extract("واصلت قوات النظام أمس قصف الجيب الأخير للمعارضة في الغوطة الشرقية.", published="2018-03-31")
    assert [m.label for m in doc.mentions if m.kind == "PLACE"] == ["Eastern Ghouta"]


@pytest.mark.parametrize("text", [
    "ورغم أن الملابس كانت تظهر دوماً نظيفة فإن الفقر كان واضحا.",   # tanween: "always", not Douma
    "وظل الرجل صامتا بحجة أن كل لجنة لها صلاحياتها.",               # "on the pretext", not Hajjah
    "ضبطت الدوريات الأمنية بالعاصمة المقدسة أمس ستة مواطنين.",        # Makkah, not the country's capital
    "وناقش المجلس مشاريع الباب الرابع في ميزانية البلدية.",           # a budget chapter, not Al Bab
])
def test_common_words_are_no_places(text):
    doc = rasd.extract(text, published="2015-08-01")
    assert [m.label for m in doc.mentions if m.kind == "PLACE"] == []


def test_a_town_named_like_a_common_word_is_still_found_where_it_is_the_place():
    doc = rasd.extract("قصفت الطائرات مدينة الباب ومدينة دوما أمس.", published="2018-03-31")
    assert [m.label for m in doc.mentions if m.kind == "PLACE"] == ["Al Bāb", "Dūmā"]


@pytest.mark.parametrize("text, places", [
    ("داعيا السلط المحلية والجهوية إلى التدخل لحماية الأهالي.", []),     # the authorities (Tunisian usage)
    ("أجريت العملية على أم الجنين لإنقاذها.", []),                       # the fetus, not Jenin
    ("تونس: حجز بضائع مهربة في جربة.", ["Tunis", "Djerba"]),            # Djerba, not a Somali town
    ("تم إنجاز 78 مسكنا بمجاز الباب.", ["Medjez el Bab"]),               # a Tunisian town, not Al Bab
])
def test_tunisian_usage_and_towns(text, places):
    doc = rasd.extract(text, published="2017-03-31")
    assert [m.label for m in doc.mentions if m.kind == "PLACE"] == places


@pytest.mark.parametrize("text, places", [
    ("مما قد يعطي الرئيس حجة جديدة للانسحاب من الاتفاق.", []),                    # an argument, not Hajjah
    ("قصف التحالف مواقع في محافظة حجة أمس، وقال سكان في حجة إن الغارات عنيفة.",
     ["Hajjah", "Ḩajjah"]),                                                         # cued once, then bare
    ("وقال وزير التعليم بحركة حماس إن إحدى المدارس تعرضت للقصف.", []),            # ب + حركة, not Baharka
])
def test_hajjah_needs_a_cue_and_movements_are_no_towns(text, places):
    doc = rasd.extract(text, published="2018-06-20")
    assert [m.label for m in doc.mentions if m.kind == "PLACE"] == places


@pytest.mark.parametrize("text", [
    "وقتل 48 فلسطينيا منذ 10 نيسان/أبريل برصاص الجيش الإسرائيلي عند حدود القطاع.",  # since a day weeks back
    "وقتل 36 شخصا في مواجهات منذ إعلان الرئيس نقل السفارة، ما أدى إلى تظاهرات كبرى.",  # since an announcement
    "وقتل 3200 مدني في الغارات على المحافظة منذ عام 2015.",                           # since a year
])
def test_a_toll_counted_since_an_earlier_start_is_a_running_total(text):
    assert reported(text, "2018-05-01") == []


@pytest.mark.parametrize("text", [
    "قتل 4 جنود امس في هجوم على البلدة التي يحاصرها الجيش منذ سنوات.",       # yesterday's act, an old siege
    "قتل 4 جنود امس في هجوم على البلدة التي يسيطر عليها المسلحون منذ عام 2014.",
    "قتل 20 شخصا في أعنف هجوم على المدينة منذ بدء الحرب.",                   # compared with all since
    "قتل 10 أشخاص في اشتباكات مستمرة منذ الاثنين في المدينة.",               # a span of days
])
def test_an_act_dated_nearer_than_a_since_phrase_is_reported(text):
    assert len(reported(text, "2018-05-01")) == 1


def test_a_nationality_after_a_generic_force_names_its_country():
    event = only_event("أطلق مسلحون النار على دورية جنود إسرائيليين قرب نابلس في الضفة الغربية أمس.", "2018-05-01")
    assert event.actor2.name == "Military Forces of Israel"


@pytest.mark.parametrize("text, places", [
    ("قتل ستة مدنيين في قصف على بلدة صيدا شرق مدينة درعا السورية أمس.", ["Dar‘ā", "Syria"]),   # Daraa's Sayda
    ("اندلعت اشتباكات في مخيم قرب صيدا في جنوب لبنان أمس.", ["Sidon", "Lebanon"]),
])
def test_a_smaller_city_abroad_is_read_only_where_its_country_is_named(text, places):
    doc = rasd.extract(text, published="2018-07-05")
    assert [m.label for m in doc.mentions if m.kind == "PLACE"] == places


def test_an_unprecedented_escalation_since_the_offensive_began_is_news_not_a_total():
    event = only_event('نفذت قوات النظام مئات الضربات الجوية على بلدات في محافظة درعا، في تصعيد "غير مسبوق" '
                       "منذ بدء الهجوم على المنطقة.", "2018-07-05")
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text, actor1", [
    ("قتل خمسة مدنيين في الضربات الجوية الروسية على محافظة إدلب أمس.", "Military Forces of Russia"),
    ("أطلق مسلحون النار على سيارة إسرائيلية قرب الخليل أمس.", "Unidentified Armed Group (Palestine)"),  # the target's
])
def test_a_nationality_names_the_attacker_only_when_it_qualifies_the_act_or_its_means(text, actor1):
    assert only_event(text, "2018-09-09").actor1.name == actor1


def test_an_assessment_that_reports_the_act_does_not_make_its_author_the_attacker():
    event = only_event("قالت مصادر إن تقييم السلطات الأميركية يشير إلى أن أسلحة كيمياوية استخدمت في هجوم على "
                       "مدينة سورية محاصرة يسيطر عليها مسلحو المعارضة السبت.", "2018-04-09")
    assert event.actor1.name == "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize("text", [
    "أعلن اتحاد الفنانين عن إيقاف برامجه في إطار التظاهرة الثقافية التي تحتضنها صفاقس.",
    "تنطلق غدا بالمنستير تظاهرة رياضية لفائدة الأطفال.",
])
def test_a_cultural_or_sports_tazahura_is_an_event_not_a_protest(text):
    assert reported(text, "2016-12-29") == []


@pytest.mark.parametrize("text, sub_event_type", [
    ("تمكنت المقاومة الشعبية أمس من السيطرة على مديرية الحوطة بعد طرد ميليشيات الحوثي منها.",
     "Government regains territory"),                       # a pro-government militia
    ("سيطر مسلحو تنظيم داعش أمس على بلدة قرب مدينة دير الزور.", "Non-state actor overtakes territory"),
])
def test_a_place_taken_back_by_a_government_affiliate_is_regained_by_the_government(text, sub_event_type):
    assert only_event(text, "2015-08-01").sub_event_type == sub_event_type


def test_a_toll_over_days_is_not_the_fatalities_of_the_strike_reported_with_it():
    event = only_event("استؤنفت الغارات الجوية صباح اليوم على منطقة الشيفونية في ضواحي دوما حيث قتل نحو 519 مدنيا "
                       "خلال 7 أيام من القصف.", "2018-02-25")
    assert (event.sub_event_type, event.fatalities.value) == ("Air/drone strike", None)


def test_people_who_fled_the_fighting_are_no_report_of_it():
    assert reported("وتجري مفاوضات لانضمام مدينة نوى، التي يعيش فيها آلاف النازحين الفارين من المعارك، إلى الاتفاق.",
                    "2018-07-18") == []


@pytest.mark.parametrize("text, sides", [
    ("كثفت القوات الحكومية القصف الصاروخي على بلدات في ريف درعا الشرقي وسط اشتباكات عنيفة بين فصائل "
     "المعارضة والنظام أمس.", ("Military Forces of Syria", "Opposition Rebels (Syria)")),   # the clash's sides
    ("تدور معارك عنيفة منذ ساعات الصباح اليوم بين الجيش الوطني وميليشيات الحوثي في منطقة موزع.",
     ("Military Forces of Yemen", "Houthis")),
])
def test_between_names_the_sides_of_the_act_it_follows(text, sides):
    event = reported(text, "2018-07-02")[0]
    assert (event.actor1.name, event.actor2.name) == sides


def test_forces_fighting_for_one_government_are_never_each_others_opponent():
    event = only_event("تواصلت المواجهات في أطراف مديرية الدريهمي وسط غارات شنتها مقاتلات التحالف العربي دعما "
                       "لتقدم ألوية العمالقة أمس.", "2018-08-03")
    assert (event.actor1.name, event.actor2) == ("Military Forces of Saudi Arabia", None)


def test_an_act_someone_is_charged_with_is_not_what_the_sentence_reports():
    assert reported("يصدر قاض حكمه اليوم بحق امرأتين متهمتين باغتيال رجل في مطار العاصمة.", "2018-08-16") == []
    event = only_event("اعتقلت الشرطة أمس ثلاثة أشخاص اتهموا بتفجير عبوة ناسفة في سوق المدينة.", "2018-08-16")
    assert event.sub_event_type == "Arrests"


def test_a_law_that_allows_an_act_reports_none():
    assert reported("أقر البرلمان قانونا مثيرا للجدل يسمح للشرطة باحتجاز جثامين المتهمين بتنفيذ هجمات.",
                    "2018-03-08") == []


def test_gunmen_are_not_named_after_the_group_whose_spokesman_reports_the_attack():
    text = ("اقتحمت مجموعة مسلحة مقر شركة النفط في العاصمة طرابلس.\n"
            "وقال شهود إن قوات الأمن اشتبكت مع المسلحين داخل المبنى، كما سمع دوي انفجارات.\n"
            'وقال المتحدث باسم قوة الردع الخاصة "قتل اثنان من الموظفين واثنان من المهاجمين".\n'
            "ولم يتضح بعد من الذي نفذ الهجوم.")
    sides = {(e.actor1.name, e.actor2.name if e.actor2 else None) for e in reported(text, "2018-09-10")}
    assert sides == {("Unidentified Armed Group (Libya)", "Police Forces of Libya")}


@pytest.mark.parametrize("text", [
    "كشف الكاتب العام للنقابة اليوم الخميس أنه تلقى تهديدا بالاغتيال.",         # a threat in the accusative
    "وأعد القائمون على هذه التظاهرة ورشات لفائدة المولعين بفن المهرج.",          # "this event" (a festival)
])
def test_threats_and_festivals_report_no_act(text):
    assert reported(text, "2017-03-02") == []


def test_soldiers_counted_after_their_nationality_are_the_targets_and_the_toll():
    event = only_event("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين مساء أمس في انفجار سيارة مفخخة استهدف قافلة "
                       "عسكرية جنوب شرقي تركيا.", "2015-07-26")
    assert (event.actor1.name, event.actor2.name, event.fatalities.value) == (
        "Unidentified Armed Group (Turkey)", "Military Forces of Turkey", 2)


def test_a_match_report_reports_no_snatching_scuffles_or_riots():
    text = ("هدف قاتل خطف فريق نابولي فوزا ثمينا على منافسه في مباراة الدوري أمس.\n"
            "واشتبك مهاجم الفريق مع مشجع نزل إلى أرض الملعب بعد ركلة الجزاء.\n"
            "وشهدت المباراة أحداث شغب في المدرجات.")
    assert reported(text, "2018-10-04") == []


@pytest.mark.parametrize("text", [
    "وكانت الشبكة قد أعلنت أن نحو 50 مليون حساب تعرضت لهجوم الأسبوع الماضي.",
    "صدرت نتائج متناقضة عن دراسة حديثة استهدفت تحديد أسباب المرض.",
    "هجوم كبير تعرض له الفنان خلال الفترة الأخيرة بسبب تصريحاته.",
])
def test_an_attack_word_with_no_side_victim_or_place_attacks_nobody(text):
    assert reported(text, "2018-10-04") == []


def test_a_continuing_detention_is_no_new_arrest():
    assert reported("وفرضت واشنطن عقوبات على أنقرة بسبب استمرار احتجاز قس أميركي في تركيا.", "2018-08-15") == []


@pytest.mark.parametrize("text", [
    "وقالت الجمعية إن الشركات تدرس تقديم طعن.",                                   # a legal appeal
    "قال وزير البترول إن مصر أوقفت استيراد الغاز الطبيعي المسال من الخارج.",      # stopped imports
])
def test_an_appeal_and_a_halt_are_no_stabbing_or_arrest(text):
    assert reported(text, "2018-08-15") == []


def test_the_army_reporting_militants_fire_is_not_the_shooter():
    event = only_event("أعلن الجيش الإسرائيلي أن ناشطين فلسطينيين أطلقوا قذائف هاون الثلاثاء من قطاع غزة على جنوب "
                       "إسرائيل.", "2018-05-29")
    assert event.actor1.name == "Unidentified Armed Group (Palestine)"


def test_a_death_sentence_is_a_courts_not_a_killing():
    assert reported("ويواجه المصور تهما تصل عقوبتها إلى الإعدام.", "2018-04-23") == []


@pytest.mark.parametrize("text", [
    "وعقدت الحكومة الجمعة مجلسا وزاريا في حضور وزير المالية.",     # ministerial, not و + Zaria
    "تقوض الآمال باستخدام ورقة الأمن كمقايضة.",                    # a card, not و + Raqqa
    "وصل آلاف الحجاج إلى مكة للحج هذا العام.",                     # for the Hajj, not ل + Lahij
    "ارتفعت نسبة العمليات القيصرية في المستشفيات.",               # Caesarean, not Kayseri
])
def test_ordinary_words_that_spell_a_clitic_and_a_town_are_no_places(text):
    doc = rasd.extract(text, published="2018-03-18")
    assert [m.label for m in doc.mentions if m.kind == "PLACE"] in ([], ["Makkah"])


def test_the_subject_of_a_killing_verb_is_not_among_its_victims():
    event = only_event("قتلت قوات الاحتلال الإسرائيلي شابا فلسطينيا على حدود غزة أمس.", "2018-06-18")
    assert (event.actor1.name, event.actor2.name, event.fatalities.value) == (
        "Military Forces of Israel", "Civilians (Palestine)", 1)


def test_any_attack_is_a_hypothetical_one():
    assert reported('حذرت الولايات المتحدة إيران من أنها "سترد بسرعة وحسم" على أي هجمات تستهدف منشآتها في البصرة.',
                    "2018-09-12") == []


def test_a_backer_named_with_the_side_that_repels_an_attack_is_not_its_opponent():
    event = reported("تمكنت قوات الشرعية في اليمن، بإسناد من التحالف العربي، من صد محاولة تسلل حوثي في الساحل "
                     "الغربي، فيما استعادت الشرعية مناطق عدة بمحافظة تعز.", "2018-10-18")[0]
    assert event.actor2 is None or event.actor2.name not in ("Military Forces of Saudi Arabia", "Military Forces of Yemen")


def test_a_district_abroad_is_read_where_its_city_is_named():
    doc = rasd.extract("هدمت السلطات الإسرائيلية منازل في حي سلوان بالقدس.", published="2015-08-10")
    assert [m.label for m in doc.mentions if m.kind == "PLACE"] == ["Jerusalem - Silwan", "Jerusalem"]


def test_the_condemners_country_is_not_where_the_condemned_act_was():
    event = only_event("تلقى الأمير اتصالا هاتفيا اليوم من ولي العهد النائب الأول لرئيس مجلس الوزراء بمملكة البحرين "
                       "أعرب خلاله عن إدانته للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير.", "2015-08-07")
    assert (event.location.name, event.location.country_code) == ("Asir", "SA")


def test_after_mountain_only_a_range_or_landmark_is_meant():
    doc = rasd.extract("نفذ الجيش الوطني عمليات في جبال الشعانبي وجبل السلوم بولاية القصرين.", published="2014-12-30")
    assert [m.label for m in doc.mentions if m.kind == "PLACE"] == ["Kasserine"]   # not Egypt's Sallum


@pytest.mark.parametrize("text, sides", [
    # "التحالف" acting in Saudi Arabia is the Saudi-led coalition, as in Yemen
    ("اعترضت قوات التحالف صاروخا باليستيا أطلقته ميليشيات الحوثي باتجاه مدينة جازان أمس.",
     ("Military Forces of Saudi Arabia", "Houthis")),
    # "بين X وY من جهة وZ من جهة أخرى": the other side follows "من جهة", not the ally joined by و
    ("اندلعت اشتباكات عنيفة بين قوات الجيش الوطني والمقاومة الشعبية من جهة وميليشيات الحوثي من جهة أخرى "
     "في مأرب أمس.", ("Military Forces of Yemen", "Houthis")),
    # forces loyal to the deposed president are a side of their own
    ("قتل خمسة من عناصر المقاومة الشعبية في هجوم شنته قوات المخلوع صالح على مواقعهم في تعز أمس.",
     ("Saleh Loyalist Forces", "Popular Resistance")),
])
def test_the_sides_of_yemeni_war_reports(text, sides):
    event = only_event(text, "2015-08-01")
    assert (event.actor1.name, event.actor2.name) == sides


@pytest.mark.parametrize("text, sub_event_type", [
    ("فاطلقت النار باتجاهها ما ادى الى مقتل شخص وجرح اثنين من الركاب في بغداد.", "Attack"),   # feminine fire
    ("أطلقت طائرة بلا طيار صواريخ على بيتين في قرية قرب الحدود أمس.", "Air/drone strike"),    # "بلا طيار"
    ("وقتل شخص بعد تعرضه للضرب على أيدي مسلحين في البصرة.", "Attack"),                         # a beating
    ("وقال شهود إن أشخاصا مختبئين عمدوا إلى إلقاء المتفجرات على المشيعين في ديار بكر.", "Grenade"),
])
def test_acts_read_off_missed_newswire_sentences(text, sub_event_type):
    (event,) = reported(text, "2008-05-05")
    assert event.sub_event_type == sub_event_type


def test_tanks_of_a_nationality_are_its_forces_and_two_houses_no_village():
    doc = rasd.extract("وقال سكان إن دبابات أميركية أطلقت نيرانها على حي في الرمادي أمس.", published="2008-05-05")
    (event,) = doc.reportable_events()
    assert event.actor1.name == "Military Forces of the United States"
    assert "Baytīn" not in [m.label for m in rasd.extract("أطلقت طائرة صواريخ على بيتين.", published="2008-05-05").mentions
                            if m.kind == "PLACE"]


def test_a_date_that_names_another_event_does_not_date_the_act():
    event = only_event("اندلعت في نواكشوط مظاهرات مناوئة لانقلاب السادس من أغسطس في عدد من أحياء المدينة.",
                       "2008-09-05")
    assert event.date.value != "2008-08-06"


@pytest.mark.parametrize("text, arrests", [
    ("وقال دبلوماسيون إن الولايات المتحدة أوقفت بيانا أعده المجلس أمس.", 0),     # stopped a statement
    ("احتجزت السلطات الإيرانية ناقلة نفط في الخليج أمس.", 0),                    # held a ship
    ("أوقفت الشرطة ثلاثة أشخاص في سوسة أمس.", 1),
])
def test_stopping_or_holding_is_an_arrest_only_of_people(text, arrests):
    assert len([e for e in reported(text, "2018-04-01") if e.sub_event_type == "Arrests"]) == arrests


def test_a_killing_verb_whose_subject_is_named_before_its_victims_reports_an_attack():
    event = only_event("قتل مسلحون ملثمون مدنيين اثنين أمس في مدينة بعقوبة.", "2018-07-22")
    assert (event.sub_event_type, event.actor1.name, event.actor2.name) == (
        "Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")
    assert (event.fatalities.value, event.date.value, event.location.name) == (2, "2018-07-21", "Baqubah")
    event = only_event("قتل جنود إسرائيليون شابا فلسطينيا أمس قرب رام الله.", "2018-07-22")
    assert (event.actor1.name, event.actor2.name) == ("Military Forces of Israel", "Civilians (Palestine)")


def test_killed_gunmen_with_no_act_named_are_no_event():
    assert reported("قتل مسلحون أمس في مدينة بعقوبة.", "2018-07-22") == []


@pytest.mark.parametrize("text, actor1", [
    ("قصفت الطائرات الروسية بلدة كفرنبل في ريف إدلب أمس.", "Military Forces of Russia"),
    ("وقصفت مقاتلات التحالف مواقع للحوثيين في محافظة صعدة أمس.", "Military Forces of Saudi Arabia"),
    ("استهدفت طائرات التحالف تجمعا للحوثيين في محافظة صعدة أمس.", "Military Forces of Saudi Arabia"),
    ("استهدفت غارات التحالف مواقع الحوثيين في محافظة صعدة أمس.", "Military Forces of Saudi Arabia"),
    ("وأعلنت الوزارة أن طيران التحالف الدولي قصف أمس مواقع لعناصر داعش في قضاء بيجي.",
     "International Coalition Against ISIS"),
    ("قتل 5 مدنيين أمس بقصف لطيران النظام على بلدة كفرنبل في ريف إدلب.", "Military Forces of Syria"),
])
def test_aircraft_or_raids_that_shell_or_target_make_an_air_strike_by_their_owner(text, actor1):
    event = only_event(text, "2018-06-07")
    assert (event.sub_event_type, event.actor1.name) == ("Air/drone strike", actor1)


def test_a_missile_sent_from_one_place_towards_another_is_placed_where_it_went():
    event = only_event("اعترضت الدفاعات الجوية السعودية مساء الأحد صاروخا باليستيا أطلقه الحوثيون من صعدة "
                       "باتجاه نجران.", "2018-06-07")
    assert (event.location.name, event.date.value) == ("Najrān", "2018-06-03")
    event = only_event("أطلق الحوثيون صاروخا من صعدة أمس.", "2018-06-07")
    assert event.location.name == "Sa'dah"   # where it went unsaid: where it came from is all we know


def test_explosives_removed_are_disrupted_weapons_use_but_rubble_removed_after_a_blast_is_not():
    removed = "تمكنت القوات العراقية أمس من إزالة أكثر من 450 عبوة ناسفة شرق مدينة الرمادي."
    rubble = "انفجرت عبوة ناسفة في سوق ببغداد أمس وبدأت فرق الدفاع المدني إزالة الأنقاض."
    assert [only_event(text, "2018-06-07").sub_event_type for text in (removed, rubble)] == [
        "Disrupted weapons use", "Remote explosive/landmine/IED"]


def test_a_bombing_told_again_as_a_suicide_attack_is_a_suicide_bomb():
    event = only_event("قتل 13 شخصا أمس في تفجير استهدف كنيسة في مدينة الإسكندرية. "
                       "وقال مصدر أمني إن انتحاريا فجر نفسه أمام الكنيسة في الإسكندرية.", "2017-04-10")
    assert (event.sub_event_type, event.fatalities.value) == ("Suicide bomb", 13)


def test_tightening_control_is_no_territory_change_and_a_heavy_exchange_of_fire_is_a_clash():
    assert reported("استمرارا لجهود القوات المسلحة في إحكام السيطرة على مناطق وسط سيناء، "
                    "عقدت القيادة اجتماعا أمس.", "2018-04-18") == []
    event = only_event("قتلت قوات الجيش أمس مسلحا في العريش بعد تبادل كثيف لإطلاق النيران.", "2018-04-18")
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "اعترضت الدفاعات الجوية السورية أمس صواريخ إسرائيلية فوق منطقة الكسوة بريف دمشق.",
    "دمرت الدفاعات الجوية السورية أمس صاروخين إسرائيليين استهدفا منطقة الكسوة بريف دمشق.",
])
def test_air_defences_that_stop_a_countrys_missiles_face_that_country_at_the_town_near_the_capital(text):
    event = only_event(text, "2018-05-09")
    assert (event.sub_event_type, event.actor1.name, event.actor2.name) == (
        "Disrupted weapons use", "Military Forces of Syria", "Military Forces of Israel")
    assert event.location.name == "Al Kiswah"   # a town near Damascus is not the government


def test_soldiers_of_a_stated_nationality_killed_in_an_attack_are_that_countrys_forces():
    event = only_event("قتل جنديان إسرائيليان أمس في هجوم قرب نابلس.", "2018-05-09")
    assert (event.sub_event_type, event.actor2.name) == ("Armed clash", "Military Forces of Israel")
    event = only_event("سقط صاروخان إسرائيليان أمس على منطقة الكسوة بريف دمشق.", "2018-05-09")
    assert event.actor1.name == "Military Forces of Israel"


def test_a_thousand_wounded_on_one_day_of_protests_is_no_running_total():
    event = only_event("قتل 7 فلسطينيين وأصيب أكثر من ألف آخرين أمس خلال مواجهات بين متظاهرين فلسطينيين "
                       "وقوات الجيش الإسرائيلي على حدود قطاع غزة.", "2018-04-07")
    assert (event.sub_event_type, event.fatalities.value) == ("Excessive force against protesters", 7)


def test_a_rebel_group_named_in_a_later_sentence_does_not_become_the_maker_of_an_air_strike():
    event = only_event("قتل 15 طفلا أمس في غارة جوية استهدفت مدرسة في بلدة عربين بالغوطة الشرقية. "
                       "وقال مسؤول إن الغارة أصابت المدرسة التي يسيطر على محيطها فصيل جيش الإسلام.", "2018-03-20")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is None or event.actor1.name != "Jaysh al Islam"


def test_a_person_of_a_nationality_shot_at_is_a_civilian_target_not_the_shooters_side():
    event = only_event("أطلق جنود إسرائيليون النار على فلسطيني في مدينة الخليل أمس.", "2017-02-21")
    assert (event.sub_event_type, event.actor1.name, event.actor2.name) == (
        "Attack", "Military Forces of Israel", "Civilians (Palestine)")


def test_thousands_arrested_in_an_operation_are_a_campaigns_count():
    assert reported("قال المسؤول إنه تم القبض على عدة آلاف من الإرهابيين في العملية العسكرية في باكستان.",
                    "2015-07-25") == []


def test_people_killed_because_of_a_named_attack_are_that_attacks_victims():
    event = only_event("وقال مصدر عسكري إن 28 شخصا على الأقل قتلوا أمس جراء هجوم انتحاري مزدوج بحزامين ناسفين "
                       "في مدينة الرمادي.", "2008-03-10")
    assert (event.sub_event_type, event.fatalities.value) == ("Suicide bomb", 28)
