"""The tagger's word table saved in the cache directory and read back by the next process."""
import numpy as np
import pytest

from rasd.ner import EntityTagger
from rasd.ner.tagger import WordScores
from rasd.ner.wordtable import WordTableFile

ARTICLE = ("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش قرب مدينة العريش في شمال سيناء ، "
           "وقال المتحدث باسم الجيش المصري العقيد تامر الرفاعي إن القوات تلاحق المهاجمين .").split()
OTHER = "وصل وزير الخارجية المصري سامح شكري إلى عمان أمس قادما من القاهرة .".split()


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger.default()


def _scores(tagger: EntityTagger, table: WordTableFile | None) -> WordScores:
    return WordScores(tagger._model, tagger._scores._features, table)


def _tag(scores: WordScores, *articles: list[str]) -> list[np.ndarray]:
    return [scores.article(words, [len(words)]) for words in articles]


def test_a_second_process_reads_back_the_rows_worked_out_by_the_first(tagger, tmp_path):
    table = WordTableFile(tmp_path / "words.table")
    first = _scores(tagger, table)
    expected, _ = _tag(first, ARTICLE, OTHER)
    first.save()
    second = _scores(tagger, table)
    _tag(second, OTHER[:4] + ["كلمة_جديدة"])
    assert len(second._rows) == 5
    rows = second.rows(ARTICLE)   # the second article: the table is read
    assert len(second._rows) == len(set(ARTICLE + OTHER)) + 1
    assert second._unsaved == 1   # only the new word is worked out in this process
    assert second._table[rows].tobytes() == first._table[first.rows(ARTICLE)].tobytes()
    assert second.keys(rows) == first.keys(first.rows(ARTICLE))
    assert second.scores(rows, [len(ARTICLE)]).tobytes() == expected.tobytes()


def test_a_one_article_process_neither_reads_nor_writes_the_table(tagger, tmp_path):
    table = WordTableFile(tmp_path / "words.table")
    full = _scores(tagger, table)
    _tag(full, ARTICLE, OTHER)
    full.save()
    stored = table.path.read_bytes()
    single = _scores(tagger, table)
    _tag(single, ["كلمة_جديدة"])
    assert len(single._rows) == 1
    single.save()
    assert table.path.read_bytes() == stored


def test_the_words_used_in_most_articles_are_saved_first(tagger, tmp_path, monkeypatch):
    table = WordTableFile(tmp_path / "words.table")
    scores = _scores(tagger, table)
    _tag(scores, ARTICLE, ARTICLE[3:6])
    monkeypatch.setattr(WordScores, "MAX_WORDS", 8)   # saves the most used 4
    scores.save()
    assert table.load(np.zeros((4, *scores._table.shape[1:]), np.float32)).words == ARTICLE[3:6] + ARTICLE[:1]


def test_a_broken_table_file_is_ignored_and_replaced(tagger, tmp_path):
    path = tmp_path / "words.table"
    path.write_bytes(b"not a table")
    scores = _scores(tagger, WordTableFile(path))
    expected, _ = _tag(scores, ARTICLE, OTHER)
    assert len(scores._rows) == len(set(ARTICLE + OTHER))
    scores.save()
    again = _scores(tagger, WordTableFile(path))
    _tag(again, ["كلمة_جديدة"], ["كلمة_أخرى"])
    assert len(again._rows) == len(set(ARTICLE + OTHER)) + 2
    assert again.article(ARTICLE, [len(ARTICLE)]).tobytes() == expected.tobytes()
    path.write_bytes(path.read_bytes()[:-10])   # cut short while being written
    assert WordTableFile(path).load(np.zeros((50, *scores._table.shape[1:]), np.float32)) is None


def test_an_unwritable_cache_directory_only_skips_saving(tagger, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    scores = _scores(tagger, WordTableFile(blocker / "words.table"))   # its directory cannot exist
    _tag(scores, ARTICLE, OTHER)
    scores.save()
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_the_table_is_named_after_the_model_files(tmp_path):
    model = tmp_path / "model.weights.npz"
    model.write_bytes(b"one model")
    before = WordTableFile.for_model([model], tmp_path).path
    assert WordTableFile.for_model([model], tmp_path).path == before
    model.write_bytes(b"another model")
    assert WordTableFile.for_model([model], tmp_path).path != before
    assert before.parent == tmp_path
