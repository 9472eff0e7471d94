"""Names read from the gazetteer sources."""
from rasd.geo.sources import arabic_names


def test_arabic_names_lose_the_bidi_marks_geonames_writes_after_some():
    assert arabic_names(["Marka", "مركة\u200e", "مرکہ"]) == ("مركة",)
