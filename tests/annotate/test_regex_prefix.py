"""The first-characters gate: every match of a pattern starts where the gate lets it, on invented text."""

from __future__ import annotations

import random
import re

import pytest

from generator.annotate.regex_prefix import prefix_gate
from generator.annotate.regex_scan import _prefixed, companion

TEXT = ("About three days ago, the past two weeks and some 40 years; the the theatre ſeconds and K days "
        "(Kelvin); a few hours, 2.5 hours, dozens of years, half an hour, Straße week, 'ninety-nine nights'.")


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def _behind_the_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    gate = prefix_gate(pattern)
    assert gate is not None
    return re.compile(f"(?=(?:{gate}))(?:{pattern.pattern})", pattern.flags)


@pytest.mark.parametrize("source, flags", [
    (r"(?i:(?:\b(?P<mod>about|some)\s+)?(?:\b(?P<n>\d+|a\s+few|three)[\s-]+)?(?P<unit>days|hours|years))", 0),
    (r"\b(?:the\s+)?(?P<word>past|theatre)\b", 0),
    (r"(?i:[sk])\w+", 0),  # "ſ" and the Kelvin sign fold to s and k under Unicode case rules
    (r"\d{4}|\d\.\d", 0),  # more repetitions than characters read
    (r"(?P<a>a)?(?(a)\s+few|half)", 0),  # a conditional
    (r"(?P<q>['\"])\w+(?P=q)", 0),  # a back-reference ends what is known
    (r"stra(?:ss|ß)e", re.IGNORECASE),
])
def test_every_match_passes_the_gate(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    assert _matches(_behind_the_gate(pattern), TEXT) == _matches(pattern, TEXT)


def test_the_gate_agrees_on_random_text() -> None:
    pattern = re.compile(r"(?:\b(?P<mod>early|late)[\s-]+)?"
                         r"(?i:\b(?P<n>\d{1,2}|one|two)\s+(?P<u>hours?|days?))\b")
    gate = _behind_the_gate(pattern)
    alphabet = "aedhlnorstuwyEDHOT0123456789 -\n,."
    chooser = random.Random(7)
    for _ in range(200):
        text = "".join(chooser.choice(alphabet) for _ in range(300)) + " early 2 days, Late one Hour"
        assert _matches(gate, text) == _matches(pattern, text)


def test_the_gate_is_stricter_than_the_first_letter() -> None:
    gate = prefix_gate(re.compile(r"\b(?:the\s+)?(?:past|last)\b"))
    assert gate is not None
    assert re.match(f"(?:{gate})", "theatre") is None and re.match(f"(?:{gate})", "the past")


def test_nothing_is_known_of_a_pattern_that_may_match_nothing_or_anything() -> None:
    assert prefix_gate(re.compile(r"(?:x)?")) is None
    assert prefix_gate(re.compile(r".day")) is None


NEWS = ("Last Monday morning, three days ago, the council met at 9:30 a.m. on Tuesday; in the fourth quarter "
        "of 2009, the past two weeks, about 40 years, a few hours later, 12/05/2020, dozens of years, two "
        "decades, half an hour, Friday at 10 p.m. (0200 GMT), 2-year-long, a week-long strike.")


def test_the_time_rules_behind_the_gate_find_the_same_matches() -> None:
    from generator.annotate.timex.grammar import RULES

    for rule in RULES:
        assert _matches(_prefixed(rule.pattern), NEWS) == _matches(rule.pattern, NEWS), rule.name
    assert any(_prefixed(rule.pattern) is not rule.pattern for rule in RULES)
    # the fallback for a pattern without a companion; every time rule has one (regex_relax loosens the
    # three with a back-reference or a conditional)
    assert all(companion(rule.pattern) is not None for rule in RULES)
