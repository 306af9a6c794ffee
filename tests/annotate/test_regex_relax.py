"""The loosened pattern of the scan's look-behind: wherever a pattern matches, its loosened copy does."""

from __future__ import annotations

import random
import re

import pytest

from generator.annotate.regex_relax import relaxed


@pytest.mark.parametrize("source, verbose, expected", [
    (r"(?P<a>x)?(?(a)y|z)", False, r"(?P<a>x)?(?:y|z)"),
    (r"(?P<a>x)?(?(a)y)", False, r"(?P<a>x)?(?:y|)"),  # no "no" branch: the empty one
    (r"(?P<a>x)?(?(a)(?:b|c))", False, r"(?P<a>x)?(?:(?:b|c)|)"),  # "|" of an inner group is its own
    (r"(?P<s>[/.])\d(?P=s)", False, r"(?P<s>[/.])\d(?:[\s\S]*?)"),
    (r"[(?(]\((?P<a>x)?(?(a)y)", False, r"[(?(]\((?P<a>x)?(?:y|)"),  # a class and an escape copied as written
    ("(?P<a>x)? # (?(a) in a comment\n(?(a)y)", True, "(?P<a>x)? # (?(a) in a comment\n(?:y|)"),
])
def test_conditionals_become_alternations_and_back_references_any_text(
        source: str, verbose: bool, expected: str) -> None:
    assert relaxed(source, verbose) == expected


@pytest.mark.parametrize("source", [r"\bdays?\b", r"(x)\1", r"(?P<a>x"])
def test_nothing_to_loosen_or_not_read(source: str) -> None:
    assert relaxed(source, False) is None


def test_the_loosened_pattern_matches_wherever_the_pattern_does() -> None:
    pattern = re.compile(r"(?i:\b(?:(?P<n>\d+|two)[\s-]+)?"
                         r"(?P<u>years|(?(n)(?:year|day)|(?:year)(?=-long)))\b)")
    loose = re.compile(relaxed(pattern.pattern, False) or "")
    chooser = random.Random(11)
    words = ["two", "3", "year", "years", "day", "-long", "-", " ", "x", "Year"]
    for _ in range(500):
        text = "".join(chooser.choice(words) for _ in range(8))
        for position in range(len(text)):
            if pattern.match(text, position):
                assert loose.match(text, position), (text, position)
