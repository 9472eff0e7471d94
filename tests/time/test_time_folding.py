"""The fast fold agrees with rasd.text.normalize, text and offsets."""
import pytest

from rasd.text.normalize import normalize
from rasd.time.folding import fold

SAMPLES = [
    "قُتِلَ ثلاثةٌ أمسِ في بنغازي",
    "الأربعاء ١٩ كانون الثاني/يناير ٢٠١٧",
    "هـ\u200fــ\u200c\u200dإِذَا",
    "ABC\u00a0def\tغ\nه\u2003ة\ufeffى",
    "۱۲ صباحاً، ٪٥٠؛ ؟",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fold_matches_normalize(text):
    fast, slow = fold(text), normalize(text)
    assert fast.text == slow.text
    assert [fast.original_offset(i) for i in range(len(fast.text))] == list(slow.origin)


def test_span_keeps_trailing_vowel_signs_and_tatweel():
    text = "وقع أمسِ و1438 هـ ثم"
    folded = fold(text)
    start = folded.text.index("امس")
    assert text[slice(*folded.to_original(start, start + 3))] == "أمسِ"
    start = folded.text.index("ه ")
    assert text[slice(*folded.to_original(start, start + 1))] == "هـ"
