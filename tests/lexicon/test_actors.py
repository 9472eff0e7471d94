import pytest

from rasd.lexicon.actors import INTER_CODES, ActorLexicon, government_camps
from rasd.lexicon.countries import load_countries
from rasd.text.normalize import normalize, normalize_key


@pytest.fixture(scope="module")
def lexicon():
    return ActorLexicon.default()


def actors_in(lexicon, text, country=None):
    return [lexicon.resolve(m.entry, country).name for m in lexicon.find(normalize(text))]


def test_named_canonicals_are_unique_and_valid(lexicon):
    named = [e for e in lexicon.entries if not e.by_context]
    canonicals = [e.canonical for e in named]
    assert len(canonicals) == len(set(canonicals))
    for entry in lexicon.entries:
        assert entry.type_code in INTER_CODES, entry.canonical
        assert entry.country == "" or entry.country in load_countries(), entry.canonical


def test_no_alias_names_two_named_actors(lexicon):
    owner = {}
    for entry in lexicon.entries:
        if entry.is_generic:
            continue
        for alias in entry.aliases_ar:
            key = normalize_key(alias)
            assert owner.setdefault(key, entry.canonical) == entry.canonical, (alias, owner[key], entry.canonical)


def test_context_overrides_point_at_existing_actors(lexicon):
    for entry in lexicon.entries:
        for iso, canonical in entry.by_context:
            assert iso in load_countries()
            assert lexicon.by_name(canonical) is not None, canonical


def test_government_camps_name_actors_of_the_lexicon_and_countries(lexicon):
    state_forces = {f"{kind} Forces of {c.name_after_of}" for c in load_countries().values() for kind in ("Military", "Police")}
    for name, countries in government_camps().items():
        assert lexicon.by_name(name) is not None or name in state_forces, name
        assert countries <= set(load_countries()), name


def test_every_country_has_state_forces(lexicon):
    for country in load_countries().values():
        assert lexicon.by_name(f"Military Forces of {country.name_after_of}") is not None
        assert lexicon.by_name(f"Police Forces of {country.name_after_of}") is not None


@pytest.mark.parametrize("phrases, canonical", [
    (["قوات حفتر", "قوات المشير حفتر", "الجيش الوطني الليبي", "الجيش الليبي"], "Libyan National Army"),
    (["الجيش السوري", "قوات النظام", "الجيش العربي السوري", "النظام السوري", "المقاتلات السورية"],
     "Military Forces of Syria"),
    (["الحوثيون", "أنصار الله", "ميليشيا الحوثي", "الميليشيات الحوثية", "والحوثيين"], "Houthis"),
    (["داعش", "تنظيم داعش", "مسلحي داعش", "تنظيم الدولة الإسلامية", "عناصر من داعش"], "Islamic State"),
    (["للجيش الإسرائيلي", "جيش الاحتلال", "قوات الاحتلال", "المقاتلات الإسرائيلية"], "Military Forces of Israel"),
    (["القوات الأمريكية", "الجيش الأميركي", "البنتاغون", "الجنود الأمريكيين"], "Military Forces of the United States"),
    (["الطيران الروسي"], "Military Forces of Russia"),
    (["الشرطة العراقية", "قوات الأمن العراقية"], "Police Forces of Iraq"),
    (["الحشد الشعبي"], "Popular Mobilization Forces"),
    (["الحرس الثوري الإيراني", "فيلق القدس"], "Military Forces of Iran"),
    (["التحالف العربي", "تحالف دعم الشرعية"], "Military Forces of Saudi Arabia"),
])
def test_aliases_resolve_to_one_actor(lexicon, phrases, canonical):
    for phrase in phrases:
        assert actors_in(lexicon, phrase) == [canonical], phrase


def test_longest_match_wins(lexicon):
    assert actors_in(lexicon, "قصف الجيش الوطني الليبي مواقع") == ["Libyan National Army"]
    assert actors_in(lexicon, "هاجمت قوات الأمن العراقية") == ["Police Forces of Iraq"]


def test_generic_actors_take_the_article_country(lexicon):
    assert actors_in(lexicon, "هاجم المسلحين", "LY") == ["Unidentified Armed Group (Libya)"]
    assert actors_in(lexicon, "قتل مدنيين", "YE") == ["Civilians (Yemen)"]
    assert actors_in(lexicon, "خرج المتظاهرين", "ps") == ["Protesters (Palestine)"]
    assert actors_in(lexicon, "قصف الجيش", "SY") == ["Military Forces of Syria"]
    assert actors_in(lexicon, "هاجم المسلحين", None) == ["Unidentified Armed Group"]


def test_context_dependent_nouns(lexicon):
    assert actors_in(lexicon, "غارات التحالف", "YE") == ["Military Forces of Saudi Arabia"]
    assert actors_in(lexicon, "غارات التحالف", "SY") == ["International Coalition Against ISIS"]
    assert actors_in(lexicon, "الجيش الوطني", "LY") == ["Libyan National Army"]
    assert actors_in(lexicon, "الجيش الوطني", "YE") == ["Military Forces of Yemen"]


def test_state_forces_abroad_are_external(lexicon):
    us = lexicon.by_name("Military Forces of the United States")
    assert lexicon.resolve(us, "SY").type_code == 8
    assert lexicon.resolve(us, "US").type_code == 1
    houthis = lexicon.by_name("Houthis")
    assert lexicon.resolve(houthis, "SA").type_code == 2


def test_words_that_only_look_like_actors(lexicon):
    assert actors_in(lexicon, "هبطت الطائرة في القاعدة الجوية") == []
    assert actors_in(lexicon, "عقد مجلس الأمن جلسة") == []
    assert actors_in(lexicon, "قدمت دعما ماليا") == []


def test_offsets_point_at_the_original_text(lexicon):
    text = "وقال مسؤول إن مسلّحي داعش هاجموا"
    [match] = lexicon.find(normalize(text))
    assert text[match.start:match.end] == "مسلّحي داعش" == match.surface

