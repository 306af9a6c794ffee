"""The ECB+ time-markable scorer: text rebuilt from split tokens, the matching, the per-class counts, and
one real tuning topic end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluate import ecbplus_timex
from generator.evaluate.ecbplus import DEFAULT_CORPUS, EcbDocument, GoldMention, Token
from generator.evaluate.ecbplus_timex import GoldTime, annotated_text, compare, gold_times
from generator.models import Timex

needs_corpus = pytest.mark.skipif(not DEFAULT_CORPUS.is_dir(),
                                  reason=f"ECB+ corpus not available at {DEFAULT_CORPUS}")


def document(words: list[str], scored: frozenset[int] = frozenset({1})) -> EcbDocument:
    tokens = [Token(f"t{k}", 1, k, word) for k, word in enumerate(words)]
    tokens.append(Token("x0", 2, 0, "Unscored"))
    time = GoldMention("9_1ecb", "m1", "TIME_OF_THE_DAY", ("t2", "t3", "t4", "t5", "t6"), 1, "i", False)
    other = GoldMention("9_1ecb", "m2", "TIME_DATE", ("x0",), 2, "j", False)
    return EcbDocument("9_1ecb", 9, "ecb", Path("9_1ecb.xml"), tokens, [time, other], scored)


def timex(start: int, end: int) -> Timex:
    return Timex(start=start, end=end, text="x" * (end - start), type="DATE", value="XXXX")


@pytest.mark.parametrize(("words", "expected"), [
    (["It", "ended", "at", "7", "p", ".", "m", ".", "sharp"], "It ended at 7 p.m. sharp"),
    (["It", "ended", "at", "3", ":", "33", "a.", "m", "."], "It ended at 3:33 a.m."),
    (["Dated", "27", "/", "09", "/", "2013", ",", "it"], "Dated 27/09/2013, it"),
    (["On", "May", "9", ",", "2008", ",", "it"], "On May 9, 2008, it"),
    (["Some", "9", ",", "200", "fans"], "Some 9,200 fans"),
])
def test_split_clock_times_and_dates_are_joined_back(words: list[str], expected: str) -> None:
    assert annotated_text(document(words)).text == expected


def test_only_time_markables_of_annotated_sentences_are_gold() -> None:
    doc = document(["It", "ended", "at", "7", "p", ".", "m", ".", "sharp"])
    text = annotated_text(doc)
    assert [(g.text, g.tag) for g in gold_times(doc, text)] == [("at 7 p.m", "TIME_OF_THE_DAY")]


def test_overlap_counts_as_relaxed_and_each_gold_is_matched_once() -> None:
    gold = [GoldTime(0, 10, "on June 8.", "TIME_DATE"), GoldTime(20, 28, "90 days", "TIME_DURATION"),
            GoldTime(40, 45, "twice", "TIME_REPETITION")]
    system = [timex(3, 10), timex(4, 9), timex(20, 28), timex(60, 64)]
    errors: list[str] = []
    totals = compare(system, gold, errors, "9_1ecb")
    assert (totals.system, totals.relaxed, totals.strict) == (4, 2, 1)
    assert totals.found == {"TIME_DATE": 1, "TIME_DURATION": 1}
    assert totals.gold["TIME_REPETITION"] == 1
    assert sum(line.split("\t")[1] == "missed" for line in errors) == 1
    assert sum(line.split("\t")[1] == "spurious" for line in errors) == 2


def test_errors_are_refused_on_the_held_out_part(capsys: pytest.CaptureFixture[str]) -> None:
    assert ecbplus_timex.main(["--part", "heldout", "--errors"]) == 2
    assert "tuning part only" in capsys.readouterr().err


@needs_corpus
@pytest.mark.slow
def test_one_tuning_topic_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    assert ecbplus_timex.main(["--part", "tune", "--topics", "1"]) == 0
    printed = capsys.readouterr().out
    assert "| relaxed span |" in printed and "| TIME_DATE |" in printed
