"""MEANTIME scoring of counted dates (issue 17, wave 14): a system DATE over "two years ago" that counted
P2Y has the value MEANTIME gives the DURATION "two years" (TimeML's anchored form); nothing else is
credited. Invented expressions only."""

from __future__ import annotations

from generator.evaluate.meantime import GoldSpan
from generator.evaluate.timex_classes import ErrorClasses, classify_pairs
from generator.evaluate.timexes import compare
from generator.models import Timex, TimexType

TEXT = "The bakery closed two years ago."
START = TEXT.index("two")


def dated(value: str = "2008", counted: str | None = "P2Y") -> Timex:
    words = "two years ago"
    return Timex(start=START, end=START + len(words), text=words, type="DATE", value=value, counted=counted)


def gold(words: str, kind: TimexType, value: str) -> GoldSpan:
    return GoldSpan(start=START, end=START + len(words), text=words, type=kind, value=value)


def test_the_counted_duration_is_the_value_of_the_gold_duration() -> None:
    counts = compare([dated()], [gold("two years", "DURATION", "P2Y")])
    assert (counts.relaxed, counts.strict, counts.value, counts.type) == (1, 0, 1, 1)


def test_a_date_over_the_same_words_is_compared_with_the_date() -> None:
    assert compare([dated()], [gold("two years ago", "DATE", "2008")]).value == 1
    assert compare([dated()], [gold("two years ago", "DATE", "2008-06-15")]).value == 0


def test_another_amount_or_no_count_is_still_wrong() -> None:
    assert compare([dated(counted="P3Y")], [gold("two years", "DURATION", "P2Y")]).value == 0
    assert compare([dated(counted=None)], [gold("two years", "DURATION", "P2Y")]).value == 0
    # The count is no value of a DATE or SET the gold gives.
    assert compare([dated()], [gold("two years", "SET", "P2Y")]).value == 0


def test_a_credited_count_is_no_wrong_value_class() -> None:
    classes = ErrorClasses.empty()
    classify_pairs(classes, [(dated(), "two years", "P2Y", "DURATION")], [], [], None)
    classify_pairs(classes, [(dated(counted="P3Y"), "two years", "P2Y", "DURATION")], [], [], None)
    assert sum(classes.wrong_value.values()) == 1
