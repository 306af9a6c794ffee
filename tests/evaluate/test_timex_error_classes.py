"""The error classes of the time-expression evaluations: the kind of an expression, the cause of a wrong
value, the counts and the refusal on the held-out parts (invented expressions only)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.evaluate import ecbplus_timex, timexes
from generator.evaluate.timex_classes import (
    ErrorClasses,
    classify_pairs,
    expression_kind,
    report,
    second_opinion,
    time_noun_phrases,
    value_cause,
)
from generator.models import Timex, TimexType

DCT = dt.date(2010, 6, 15)


def timex(text: str, value: str, kind: TimexType = "DATE", start: int = 0) -> Timex:
    return Timex(start=start, end=start + len(text), text=text, type=kind, value=value)


@pytest.mark.parametrize(("text", "value", "kind", "expected"), [
    ("recently", "PAST_REF", "DATE", "fuzzy reference"),
    ("every Tuesday", "XXXX-WXX-2", "SET", "set or repetition"),
    ("twice", "", "TIME_REPETITION", "set or repetition"),
    ("at 7 p.m.", "", "TIME_OF_THE_DAY", "clock time"),
    ("that evening", "2010-06-14TEV", "TIME", "part of day"),
    ("Boxing Day", "2009-12-26", "DATE", "holiday or named day"),
    ("last winter", "2009-WI", "DATE", "season"),
    ("this season", "", "TIME_DATE", "sports season or week"),
    ("the 1990s", "199", "DATE", "decade, century or era"),
    ("the past three years", "P3Y", "DURATION", "relative 'the past N'"),
    ("four months", "P4M", "DURATION", "duration"),
    ("last Friday", "2010-06-11", "DATE", "relative date"),
    ("March 3", "2010-03-03", "DATE", "calendar date"),
    ("the 21st", "2010-06-21", "DATE", "day of a month or period"),
    ("the last trading day of the year", "2009-12-31", "DATE", "day of a month or period"),
    ("its date", "2010-06-14", "DATE", "other (no calendar word)"),
])
def test_expression_kinds(text: str, value: str, kind: str, expected: str) -> None:
    assert expression_kind(text, value, kind) == expected


@pytest.mark.parametrize(("system", "gold_value", "gold_type", "expected"), [
    (timex("May 3", "2010-05-03"), "2010-05-03", "DATE", "extent only"),
    (timex("two years ago", "2008"), "P2Y", "DURATION", "anchored duration"),
    (timex("three days later", "2010-06-18"), "P3D", "DURATION", "anchored duration"),
    (timex("Christmas", "2009-12-25"), "PXD", "DURATION", "duration or point"),
    (timex("the next months", "PXM", "DURATION"), "P6M", "DURATION", "duration amount or unit"),
    (timex("now", "PRESENT_REF"), "2010-06-15", "DATE", "fuzzy reference"),
    (timex("this year", "2010"), "2010-Q4", "DATE", "granularity"),
    (timex("Friday", "2010-06-11"), "2010-06-18", "DATE", "tense direction"),
    (timex("in May", "2010-05"), "2009-05", "DATE", "anchor"),
])
def test_value_causes(system: Timex, gold_value: str, gold_type: str, expected: str) -> None:
    assert value_cause(system, gold_value, gold_type, DCT) == expected


def test_counts_and_examples_per_class() -> None:
    classes = ErrorClasses.empty()
    classify_pairs(classes, [(timex("Friday", "2010-06-11"), "Friday", "2010-06-18", "DATE"),
                             (timex("May 3", "2010-05-03"), "May 3", "2010-05-03", "DATE")],
                   [("the past two weeks", "P2W", "DURATION")], [timex("annual", "P1Y", "SET")], DCT)
    assert classes.wrong_value == {"tense direction": 1}
    assert classes.missed == {"relative 'the past N'": 1}
    assert classes.spurious == {"set or repetition": 1}
    printed = report(classes)
    assert "| tense direction | 1 | 'Friday' 2010-06-11 | gold 'Friday' 2010-06-18 |" in printed


def test_second_opinions_skip_what_a_timex_covers_and_ages() -> None:
    text = "He is 45 years old and came last week; the session closed at a later date."
    classes = ErrorClasses.empty()
    covered = [timex("last week", "2010-W23", start=text.index("last week"))]
    second_opinion(classes, [(6, 18, "45 years old", "DATE"), (28, 37, "last week", "DATE"),
                             (text.index("a later"), len(text) - 1, "a later date", "DATE")], covered, text)
    assert classes.unfound == {"relative date": 1}
    time_noun_phrases(classes, [(text.index("the session"), text.index(" closed"), "the session", "session")],
                      covered)
    assert classes.time_nouns == {"other (no calendar word): session": 1}


@pytest.mark.parametrize("main", [timexes.main, ecbplus_timex.main])
def test_classes_are_refused_on_the_held_out_part(main: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--part", "heldout", "--classes"]) == 2  # type: ignore[operator]
    assert "tuning part only" in capsys.readouterr().err
