"""Behaviour of the geocoder on a tiny injected gazetteer (no index build needed)."""
from rasd.document import Document
from rasd.geo import Gazetteer, GeoStage, Place, distance_km, resolve_relative
from rasd.text.normalize import normalize


def _place(name, name_ar, lat, lon, cc, feature="city", population=100_000, parent=""):
    return Place(f"test:{cc}:{name}", name, name_ar, lat, lon, cc, cc, "", feature, population, parent)


SIRTE = _place("Sirte", "سرت", 31.2089, 16.5887, "LY")
TRIPOLI_LY = _place("Tripoli", "طرابلس", 32.8872, 13.1913, "LY", population=1_300_000)
TRIPOLI_LB = _place("Tripoli", "طرابلس", 34.4335, 35.8442, "LB", population=230_000)
BENGHAZI = _place("Benghazi", "بنغازي", 32.1167, 20.0667, "LY")
GANFOUDA = _place("Ganfouda", "قنفودة", 32.06, 19.985, "LY", "district", 0, "Benghazi")
IDLIB_CITY = _place("Idlib", "إدلب", 35.9306, 36.6339, "SY")
IDLIB_PROVINCE = _place("Idlib", "إدلب", 35.9306, 36.6339, "SY", "admin1", 0)
LIBYA = _place("Libya", "ليبيا", 30.87, 16.0, "LY", "country", 0)


def tiny_gazetteer() -> Gazetteer:
    return Gazetteer.from_places([
        (SIRTE, ("سرت",)), (TRIPOLI_LY, ("طرابلس",)), (TRIPOLI_LB, ("طرابلس",)),
        (BENGHAZI, ("بنغازي",)), (GANFOUDA, ("قنفودة", "قنفوذة")),
        (IDLIB_CITY, ("إدلب",)), (IDLIB_PROVINCE, ("إدلب",)), (LIBYA, ("ليبيا",)),
    ])


def places_in(text: str) -> list:
    doc = Document(text)
    GeoStage(tiny_gazetteer())(doc)
    return doc.mentions


def test_find_strips_clitics_and_folds_spelling_variants():
    found = tiny_gazetteer().find(normalize("وصلت القوات إلى وبنغازي ثم للقنفوذه"))
    assert [m.surface for m in found] == ["بنغازي", "قنفوذه"]
    assert found[1].candidates == (GANFOUDA,)


def test_tripoli_follows_the_country_the_article_is_about():
    libya = places_in("اشتباكات في طرابلس بين ميليشيات ليبية")
    lebanon = places_in("اشتباكات في طرابلس شمال لبنان بين مسلحين لبنانيين")
    assert libya[0].data["place"].country_code == "LY"
    assert lebanon[0].data["place"].country_code == "LB"


def test_district_label_names_its_city():
    mention = places_in("قصف حي شعبيات التيرة في منطقة قنفودة")[0]
    assert mention.label == "Benghazi - Ganfouda"
    assert mention.data["precision"] == 1


def test_province_cue_picks_the_admin1_place():
    city = places_in("غارة على مدينة إدلب")[0].data["place"]
    province = places_in("غارة على محافظة إدلب")[0].data["place"]
    assert city.feature == "city" and province.feature == "admin1"


def test_distance_and_direction_offset_the_point():
    text = "الهجمات وقعت في الصحراء على بعد 45 كيلومترا جنوب غربي سرت"
    start = text.index("سرت")
    rel = resolve_relative(text, start, start + 3, SIRTE)
    assert rel.relation == "45 km SW of Sirte" and rel.precision == 2
    assert distance_km(rel.place.lat, rel.place.lon, 30.92, 16.25) < 15
    assert text[rel.start:rel.end].startswith("على بعد 45")


def test_countryside_with_side_moves_into_the_province():
    text = "قصف في ريف إدلب الجنوبي"
    start = text.index("إدلب")
    rel = resolve_relative(text, start, start + 4, IDLIB_PROVINCE)
    assert rel.place.lat < IDLIB_PROVINCE.lat and 15 < distance_km(rel.place.lat, rel.place.lon,
                                                                    IDLIB_PROVINCE.lat, IDLIB_PROVINCE.lon) < 25


def test_plain_mention_is_not_relative():
    assert resolve_relative("في سرت", 3, 6, SIRTE) is None


def test_stage_records_country_focus_and_mention_fields():
    doc = Document("قتل شخصان قرب سرت في ليبيا")
    GeoStage(tiny_gazetteer())(doc)
    assert doc.cache["countries"][0][0] == "LY"
    sirte = doc.mentions[0]
    assert (sirte.kind, sirte.source, sirte.text) == ("PLACE", "geo", "سرت")
    assert sirte.data["relation"] == "near Sirte" and sirte.data["precision"] == 2
    assert sirte.data["anchor"] == SIRTE


def test_lookup_without_an_index_uses_the_in_memory_names():
    gazetteer = tiny_gazetteer()
    assert {p.country_code for p in gazetteer.lookup("طرابلس")} == {"LY", "LB"}
    assert gazetteer.lookup("طرابلس", "LB") == [TRIPOLI_LB]


BAYDA_LY = _place("Al Bayda", "البيضاء", 32.76, 21.755, "LY", "town", 0)
BIREH = _place("Al-Bireh", "بيرة", 31.91, 35.22, "PS", "city", 45_000)
MUSCAT = _place("Muscat", "مسقط", 23.58, 58.41, "OM", "city", 800_000)


def cue_gazetteer() -> Gazetteer:
    return Gazetteer.from_places([(BAYDA_LY, ("البيضاء",)), (BIREH, ("بيرة",)), (MUSCAT, ("مسقط",)),
                                  (TRIPOLI_LY, ("طرابلس",)), (TRIPOLI_LB, ("طرابلس",))],
                                 cue_only=("البيضاء",))


def found(text: str, gazetteer: Gazetteer | None = None) -> list[str]:
    return [m.surface for m in (gazetteer or cue_gazetteer()).find(normalize(text))]


def test_a_cue_only_name_needs_a_cue_word_once_per_article():
    assert found("رفع المحتجون الرايات البيضاء") == []
    assert found("تظاهر العشرات في مدينة البيضاء ثم عادوا إلى البيضاء") == ["البيضاء", "البيضاء"]


def test_a_district_cue_does_not_license_a_town():
    assert found("اشتباكات في حي البيضاء") == []


def test_a_phrase_that_is_not_a_place_hides_the_name_inside_it():
    assert found("اعتقل في مسقط رأسه") == []
    assert found("وصل الوزير إلى مسقط") == ["مسقط"]


def test_a_short_name_after_the_particle_ka_is_part_of_a_word():
    assert found("تعرضت لانتقادات كبيرة") == []
    assert found("قتل شاب في بيرة") == ["بيرة"]


def test_after_the_word_capital_the_capital_wins_over_a_namesake():
    doc = Document("قال مسؤول لبناني إن اشتباكات وقعت في العاصمة طرابلس")
    GeoStage(cue_gazetteer())(doc)
    assert doc.mentions[0].data["place"].country_code == "LY"


def _capital_mentions(text: str) -> list:
    doc = Document(text)
    GeoStage(cue_gazetteer())(doc)
    return [m for m in doc.mentions if "عاصمة" in m.text]


def test_capital_with_a_demonym_is_that_countrys_capital():
    [mention] = _capital_mentions("سار آلاف المتظاهرين في شوارع العاصمة اللبنانية رفضا للضرائب")
    assert mention.text == "العاصمة اللبنانية" and mention.label == "Beirut"


def test_bare_capital_is_the_capital_of_the_articles_country_and_takes_directions():
    [mention] = _capital_mentions("سقطت قذائف على أحياء جنوب العاصمة، بحسب مصادر طبية ليبية")
    assert mention.label == "Tripoli" and mention.data["precision"] == 2
    assert mention.data["place"].lat < 32.85 and mention.data["relation"] == "S of Tripoli"


def test_other_capitals_and_named_capitals_add_no_capital_mention():
    assert _capital_mentions("افتتح الرئيس مبنى في العاصمة الإدارية الجديدة في مصر") == []
    assert _capital_mentions("اشتباكات في العاصمة طرابلس في ليبيا") == []


TURKEY = _place("Turkey", "تركيا", 38.7, 34.6, "TR", "country", 0)
SYRIA = _place("Syria", "سوريا", 34.9, 37.1, "SY", "country", 0)
EGYPT = _place("Egypt", "مصر", 28.0, 30.8, "EG", "country", 0)
MAKKAH = _place("Makkah", "مكة المكرمة", 21.43, 39.83, "SA", "city", 1_300_000)
DASHTI_IQ = _place("Dashti", "دشتي", 33.0, 44.0, "IQ", "village", 0)
KABUL = _place("Kabul", "كابول", 34.53, 69.17, "AF", "city", 3_000_000)


def world_gazetteer() -> Gazetteer:
    return Gazetteer.from_places([(TURKEY, ("تركيا",)), (SYRIA, ("سوريا",)), (EGYPT, ("مصر",)),
                                  (MAKKAH, ("مكة المكرمة", "مكة")), (DASHTI_IQ, ("دشتي",)),
                                  (KABUL, ("كابول",)), (SIRTE, ("سرت",))])


def located(text: str) -> list:
    doc = Document(text)
    GeoStage(world_gazetteer())(doc)
    return doc.mentions


def test_border_with_a_neighbour_is_the_border_area_of_the_storys_country():
    [turkey, _] = located("قصف مواقع قرب الحدود مع تركيا في سوريا")
    place = turkey.data["place"]
    assert place.country_code == "SY" and turkey.data["precision"] == 2
    assert distance_km(place.lat, place.lon, 36.7, 38.95) < 50


def test_a_side_of_the_border_is_the_neighbour_in_that_direction():
    [border] = [m for m in located("قتل الجيش في مصر مسلحين حاولوا اختراق الحدود الغربية") if m.text != "مصر"]
    assert border.label == "Egypt-Libya border" and border.data["relation"] == "western border of Egypt"


def test_distance_without_direction_keeps_the_anchor_with_precision_two():
    [sirte] = located("سقط صاروخ على بعد 20 كيلومترا من سرت")
    assert sirte.data["relation"] == "20 km from Sirte" and sirte.data["precision"] == 2


def test_the_city_after_a_distance_is_the_last_city_named():
    mentions = located("أطلق صاروخ باتجاه مدينة مكة المكرمة. واعترض على بعد 65 كيلومترا من المدينة.")
    assert [m.text for m in mentions] == ["مكة المكرمة", "المدينة"]
    assert mentions[1].data["place"].name == "Makkah" and mentions[1].data["precision"] == 2


def test_directions_from_a_country_stay_a_region():
    [syria] = located("قتل ثلاثة في شمال سوريا")
    assert syria.data["precision"] == 3 and syria.data["relation"] == "N of Syria"


def test_small_places_outside_the_articles_countries_are_dropped():
    assert [m.text for m in located("هجوم في منطقة دشتي غربي كابول في أفغانستان")] == ["كابول"]


def test_a_facility_cue_does_not_license_a_village():
    gazetteer = Gazetteer.from_places([(DASHTI_IQ, ("دشتي",))], cue_only=("دشتي",))
    assert found("هبطت في مطار دشتي", gazetteer) == []
    assert found("قتل في قرية دشتي", gazetteer) == ["دشتي"]


def test_a_common_word_read_as_a_place_after_a_cue_stays_in_the_articles_countries():
    alam_iq = _place("Al-Alam", "العلم", 34.7, 43.6, "IQ", "town", 20_000)
    gazetteer = Gazetteer.from_places([(alam_iq, ("العلم",)), (_place("Aden", "عدن", 12.8, 45.0, "YE"), ("عدن",)),
                                       (_place("Yemen", "اليمن", 15.5, 47.5, "YE", "country", 0), ("اليمن",))],
                                      cue_only=("العلم",))
    doc = Document("قتل قيادي في منطقة العلم بعدن في اليمن")
    GeoStage(gazetteer)(doc)
    assert [m.text for m in doc.mentions] == ["عدن", "اليمن"]
    assert doc.cache["countries"] == [("YE", 1.0)]


def test_capital_of_the_country_named_just_before_and_not_of_unknown_adjectives():
    [mention] = _capital_mentions("قال مسؤول إن مطارا سيبنى في ليبيا قرب العاصمة")
    assert mention.label == "Tripoli" and mention.data["precision"] == 2
    assert _capital_mentions("عقد المنتدى في العاصمة الفيتنامية هانوي بحضور مسؤولين من ليبيا") == []


def test_a_side_border_of_a_province_is_no_countrys_border():
    text = "تقع المديرية على الحدود الغربية لمحافظة إب في مصر"
    assert [m.text for m in located(text)] == ["مصر"]


def test_tear_gas_is_not_msila():
    import rasd
    doc = rasd.extract("أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في صفاقس.", published="2018-01-10")
    assert [m.text for m in doc.mentions_of("PLACE")] == ["صفاقس"]
