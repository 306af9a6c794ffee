"""The hand-annotated ECB+ quantities: the file's pointers, the scorer on invented data, and a slice of
the real evaluation (one held-out document)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.evaluate import ecbplus_values
from generator.evaluate.ecbplus import DEFAULT_CORPUS, EcbDocument, Token
from generator.evaluate.ecbplus_values import GoldQuantity, compare, document_text, load_annotations
from generator.models import QuantityMention

needs_corpus = pytest.mark.skipif(not DEFAULT_CORPUS.is_dir(),
                                  reason=f"ECB+ corpus not available at {DEFAULT_CORPUS}")


def mention(start: int, end: int, value: float, unit: str | None = None) -> QuantityMention:
    return QuantityMention(start=start, end=end, text="x" * (end - start), value=value, value_to=None,
                           unit=unit, qualifier=None, about=None, rate=None, date=None, sentence=0)


def gold(value: float, unit: str | None, vague: bool = False) -> GoldQuantity:
    return GoldQuantity("2_1ecb", 1, 0, 0, value, None, unit, vague)


def test_the_scorer_credits_value_and_unit_apart_and_ignores_vague_words() -> None:
    annotated = [(gold(5, None), (0, 4)), (gold(12, "km"), (10, 15)), (gold(24, None, vague=True), (20, 26))]
    system = [mention(0, 4, 5), mention(10, 15, 12, "kilometres"), mention(20, 26, 24), mention(30, 32, 3)]
    counts = compare(system, annotated, " " * 40)
    # 3 scored system quantities (the vague one is neither right nor wrong), 2 gold, both values right,
    # "kilometres" is "km" spelt out
    assert (counts.system, counts.gold, counts.value, counts.value_unit) == (3, 2, 2, 2)


def test_a_wrong_unit_costs_value_and_unit_only() -> None:
    counts = compare([mention(0, 4, 2.8, "%")], [(gold(2.8, "degrees"), (0, 4))], " " * 10)
    assert (counts.value, counts.value_unit) == (1, 0)


def test_figures_and_hyphenated_words_split_by_the_corpus_are_joined_back() -> None:
    words = ["About", "120", ",", "000", "people", ",", "a", "6", ".", "1", "quake", "-", "zone", "-", "-",
             "sad", "."]
    tokens = [Token(f"t{k}", 1, k, word) for k, word in enumerate(words)]
    document = EcbDocument("2_1ecb", 2, "ecb", Path("x"), tokens, [], frozenset())
    text = document_text(document, frozenset())
    assert text.text == "About 120,000 people, a 6.1 quake-zone - - sad."
    start, _ = text.token_spans[(1, 1)]
    _, end = text.token_spans[(1, 3)]
    assert text.text[start:end] == "120,000"


def test_malformed_entries_are_refused_with_the_entry_named(tmp_path: Path) -> None:
    path = tmp_path / "q.yml"
    path.write_text("documents: [{doc: 2_1ecb}]\nquantities:\n  - {doc: 2_1ecb, sentence: 1, tokens: [3, 1],"
                    " value: 4, unit: null}\n", encoding="utf-8")
    with pytest.raises(ecbplus_values.AnnotationError, match=r"entry 1.*first <= last"):
        load_annotations(path)


@needs_corpus
def test_every_annotation_points_at_words_of_a_held_out_document() -> None:
    annotations = load_annotations(ecbplus_values.DEFAULT_ANNOTATIONS)
    assert sum(not q.vague for q in annotations.quantities) >= 150
    assert all(int(name.split("_")[0]) % 2 == 0 for name in annotations.documents)  # held-out topics only
    scored = ecbplus_values.read_sentence_list(DEFAULT_CORPUS / ecbplus_values.SENTENCE_LIST)
    for name, skip in annotations.documents.items():
        document = ecbplus_values.read_document(ecbplus_values._path(DEFAULT_CORPUS, name), scored)
        text = document_text(document, skip)
        for quantity in (q for q in annotations.quantities if q.doc == name):
            assert ecbplus_values._span(text, quantity)


@needs_corpus
def test_a_slice_of_the_evaluation_meets_the_targets(tmp_path: Path) -> None:
    data = yaml.safe_load(ecbplus_values.DEFAULT_ANNOTATIONS.read_text(encoding="utf-8"))
    wanted = {"36_2ecb", "44_2ecb"}
    data["documents"] = [d for d in data["documents"] if d["doc"] in wanted]
    data["quantities"] = [q for q in data["quantities"] if q["doc"] in wanted]
    path = tmp_path / "slice.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    results = ecbplus_values.evaluate(path)
    assert results["documents"] == 2 and results["gold"] >= 30
    assert results["value_f1"] >= 0.93 and results["value_unit_f1"] >= 0.87
