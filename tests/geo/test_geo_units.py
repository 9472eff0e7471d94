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
