"""The first-character gate: the same matches as the pattern it gates, on invented text."""

from __future__ import annotations

import random
import re

import pytest

from generator.annotate.regex_first import gated

TEXT = ("On Monday, Ms. Roe said the 3 ferries sailed last week; by 2019 the MONDAY market was closed.\n"
        "Meanwhile, 'twas said: 12/05/2020, the fall of Rome, FY2021 and q3 — 40 days, ſ and K (Kelvin).")


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


@pytest.mark.parametrize("source, flags", [
    (r"\b(?P<day>Monday|Tuesday)\b", 0),
    (r"(?:\b(?P<rel>last|next)\s+)?\b(?P<unit>week|year)\b", 0),
    (r"(?i:\b(?P<amount>\d+|a|three)\s+(?P<unit>days?|weeks?))", 0),
    (r"\bmonday\b", re.IGNORECASE),
    (r"(?-i:Monday)|market", re.IGNORECASE),
    (r"[^\s\w]+", 0),
    (r"(?P<first>[0-3]?\d)(?P<sep>[/.])\d\d(?P=sep)\d{4}", 0),
    (r"(?P<fy>FY)?(?(fy)\d{4}|q[1-4])", re.IGNORECASE),
    (r"""
        \b(?P<word>fall|autumn)  # a season
        """, re.VERBOSE),
    (r"[sk]\b", re.IGNORECASE),  # "ſ" and the Kelvin sign fold to s and k under Unicode case rules
])
def test_gated_pattern_finds_the_same_matches(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    fast = gated(pattern)
    assert fast.pattern != pattern.pattern  # a gate was put in front
    assert _matches(fast, TEXT) == _matches(pattern, TEXT)
    assert fast.groupindex == pattern.groupindex


def test_gated_pattern_agrees_on_random_text() -> None:
    pattern = re.compile(r"(?:\b(?P<mod>early|late)[\s-]+)?"
                         r"(?i:\b(?P<n>\d{1,2}|one|two)\s+(?P<u>hours?|days?))\b")
    fast = gated(pattern)
    alphabet = "aedhlnorstuwyEDHOT0123456789 -\n,."
    chooser = random.Random(19)
    for _ in range(200):
        text = "".join(chooser.choice(alphabet) for _ in range(300)) + " early 2 days, Late one Hour"
        assert _matches(fast, text) == _matches(pattern, text)


@pytest.mark.parametrize("source", [
    r"\b(?:x)?",  # can match the empty string: nothing to gate on
    r"(?P<a>\w)?(?P=a)\d",  # a back-reference may come first
    r".+day",  # any character may come first
])
def test_patterns_without_a_known_first_character_are_left_as_they_are(source: str) -> None:
    pattern = re.compile(source)
    assert gated(pattern) is pattern


NEWS = ("Last Monday morning, three days ago, the council met at 9:30 a.m. on Tuesday; in the fourth quarter "
        "of 2009, and from 2009 to 2011, the fall of 2008 and the 1990s, every week, 24 hours later, the "
        "day before Christmas, that year, earlier this month, Q3, FY2010, 12/05/2020, 2020-05-12, '98, "
        "the 21st century, on Fridays, two-year, the weekend, overnight trading, 5 March 2010, May 5.")


def test_every_time_expression_rule_finds_the_same_matches_behind_its_gate() -> None:
    from generator.annotate.timex.grammar import RULES

    for rule in RULES:
        assert _matches(gated(rule.pattern), NEWS) == _matches(rule.pattern, NEWS), rule.name
