"""The scan that skips positions in `re`'s fast loop: the same matches as `finditer`, on invented text."""

from __future__ import annotations

import random
import re

import pytest

from generator.annotate import regex_scan
from generator.annotate.regex_scan import companion, finditer, prepare

TEXT = ("On Monday, Ms. Roe said the 3 ferries sailed last week; by 2019 the MONDAY market was closed.\n"
        "Meanwhile, 'twas said: 12/05/2020, the fall of Rome, FY2021 and q3 — 40 days, ſ and K (Kelvin). "
        "Ｍonday in full width, ٣ days in Arabic digits, a Monday-ish mondays.")


# Patterns of the shapes the time rules have (named groups, inline flags, classes, look-arounds).
SCAN_PATTERNS = [
    (r"\b(?P<day>Monday|Tuesday)\b", 0),
    (r"(?:\b(?P<rel>last|next)\s+)?\b(?P<unit>week|year)\b", 0),
    (r"(?i:\b(?P<amount>\d+|a|three)\s+(?P<unit>days?|weeks?))", 0),
    (r"\bmonday\b", re.IGNORECASE),
    (r"(?-i:Monday)|market", re.IGNORECASE),
    (r"[^\s\w]+", 0),
    (r"(?i:[sk])\b", 0),  # "ſ" and the Kelvin sign fold to s and k under Unicode case rules
    (r"\d+\s+days", 0),  # \d holds the Arabic digits too
    (r"""
        \b(?P<word>fall|autumn)  # a season
        """, re.VERBOSE),
    (r"(?<![\w'])'(?P<year>\d\d)(?![\w'])", 0),
    (r"(?i:\bmonday)(?=s\b)", 0),
]


def _matches(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...], dict[str, str | None]]]:
    return [(match.span(), match.groups(), match.groupdict()) for match in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("source, flags", SCAN_PATTERNS)
def test_the_scan_finds_the_same_matches_as_finditer(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    prepare(pattern)  # the companion from the first text on
    assert companion(pattern) is not None  # the fast scan is used, not the fallback
    assert _matches(finditer(pattern, TEXT)) == _matches(pattern.finditer(TEXT))


def test_the_scan_agrees_on_random_text() -> None:
    pattern = re.compile(r"(?:\b(?P<mod>early|late)[\s-]+)?"
                         r"(?i:\b(?P<n>\d{1,2}|one|two)\s+(?P<u>hours?|days?))\b")
    alphabet = "aedhlnorstuwyEDHOT0123456789 -\n,."
    chooser = random.Random(19)
    prepare(pattern)
    for _ in range(200):
        text = "".join(chooser.choice(alphabet) for _ in range(300)) + " early 2 days, Late one Hour"
        assert _matches(finditer(pattern, text)) == _matches(pattern.finditer(text))


@pytest.mark.parametrize("source", [
    r"\b(?:x)?",  # can match the empty string: no first character known
    r".+day",  # any character may come first
])
def test_patterns_the_scan_cannot_take_are_found_by_finditer(source: str) -> None:
    pattern = re.compile(source)
    prepare(pattern)
    assert companion(pattern) is None
    assert _matches(finditer(pattern, TEXT)) == _matches(pattern.finditer(TEXT))


@pytest.mark.parametrize("source", [
    r"(?P<first>\d)(?P<sep>[/.])\d(?P=sep)\d",  # a back-reference: refused inside a look-behind
    r"\b(?:(?P<n>\d+)\s+)?(?(n)days?|weeks?)\b",  # a conditional: likewise
    r"\b(?P<q>['\"])?(?:fall|spring)(?(q)(?P=q))",  # a conditional without "no" branch, a back-reference
])
def test_patterns_refused_in_a_look_behind_are_scanned_loosened_with_the_same_matches(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    assert companion(pattern) is not None  # the loosened pattern (regex_relax) finds where to look
    text = TEXT + " 3 days, 3 weeks, weeks, days, 4.5.6, 4/5/6 4/5.6 'fall' \"spring' fall"
    assert _matches(finditer(pattern, text)) == _matches(pattern.finditer(text))


NEWS = ("Last Monday morning, three days ago, the council met at 9:30 a.m. on Tuesday; in the fourth quarter "
        "of 2009, and from 2009 to 2011, the fall of 2008 and the 1990s, every week, 24 hours later, the "
        "day before Christmas, that year, earlier this month, Q3, FY2010, 12/05/2020, 2020-05-12, '98, "
        "the 21st century, on Fridays, two-year, the weekend, overnight trading, 5 March 2010, May 5. "
        "In the second half, the 2008-09 season, a time of 2:05:33, the third period, 1 May 2011.")


def test_every_time_expression_rule_finds_the_same_matches_with_the_scan() -> None:
    from generator.annotate.timex.grammar import RULES

    scanned = 0
    for rule in RULES:
        prepare(rule.pattern)
        assert _matches(finditer(rule.pattern, NEWS)) == _matches(rule.pattern.finditer(NEWS)), rule.name
        scanned += companion(rule.pattern) is not None
    assert scanned == len(RULES)  # those with a back-reference or a conditional loosened (regex_relax)


def test_a_pattern_is_scanned_plainly_until_a_companion_would_pay_for_itself() -> None:
    """One added article compiles no companion (it costs as much as scanning ~30 articles plainly);
    past that many characters the companion is compiled, and the matches never differ."""
    pattern = re.compile(r"\b(?P<day>Sunday|Saturday)\b")
    text = "On Sunday the ferry left; by Saturday it was back. " * 20
    assert _matches(finditer(pattern, text)) == _matches(pattern.finditer(text))
    assert pattern not in regex_scan._prepared
    scans = regex_scan.PLAIN_SCAN_CHARS // len(text) + 1
    for _ in range(scans):
        assert _matches(finditer(pattern, text)) == _matches(pattern.finditer(text))
    assert pattern in regex_scan._prepared and companion(pattern) is not None
