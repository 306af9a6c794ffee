"""One pass shared by many patterns: each pattern's matches the same as its own `finditer`, on
invented text."""

from __future__ import annotations

import random
import re

import pytest

from generator.annotate.regex_many import finditer_each, matches_at, read_many, start_positions
from tests.annotate.test_regex_scan import SCAN_PATTERNS

TEXT = ("On Monday, Ms. Roe said the 3 ferries sailed last week; by 2019 the MONDAY market was closed.\n"
        "Meanwhile, 'twas said: 12/05/2020, the fall of Rome, FY2021 and q3 — 40 days, ſ and K (Kelvin). "
        "Ｍonday in full width, ٣ days in Arabic digits, a Monday-ish mondays, the ’90s, 4–6 weeks,\u00a0"
        "the\u00a0end of May, blend May, Straße, STRASSE, holidays and weekdays.")

PATTERNS = [
    *SCAN_PATTERNS,
    (r"(?<![\w'])['’](?P<year>\d\d)s?(?![\w'])", 0),
    (r"(?:(?P<mod>end|early)[\s-]*)?\b(?P<month>May|June)\b", 0),  # may start inside a word ("blend")
    (r"(?i:days|weeks)\b", 0),  # likewise: "holidays"
    (r"\d[–-]\d\s+weeks", 0),
    (r"[–—]\s*\d+", 0),  # starts with a non-ASCII character only
    (r"the\s+end", 0),  # a no-break space is a space to \s
    (r"(?i:stra(?:ss|ß)e)", 0),
    (r"\b(?:x)?", 0),  # may match the empty string: left to the pattern's own scan
    (r".+day", 0),  # any character may come first: likewise
]


def _matches(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in matches]  # type: ignore[attr-defined]


def _compiled() -> list[re.Pattern[str]]:
    return [re.compile(source, flags) for source, flags in PATTERNS]


def test_every_pattern_finds_the_same_matches_as_its_own_finditer() -> None:
    patterns = _compiled()
    many = read_many(patterns)
    assert many.unread == frozenset({len(patterns) - 2, len(patterns) - 1})
    starts = start_positions(many, TEXT)
    assert starts is not None
    for index, pattern in enumerate(patterns):
        assert _matches(finditer_each(many, index, TEXT, starts)) == _matches(pattern.finditer(TEXT)), \
            pattern.pattern


def test_the_pass_tries_few_positions() -> None:
    """A rule that needs "Monday" is tried where "mon" starts a word, not at every "m"."""
    pattern = re.compile(r"\b(?P<day>Monday|Tuesday)\b")
    many = read_many([pattern])
    starts = start_positions(many, TEXT)
    assert starts is not None
    assert [TEXT[position:position + 3].lower() for position in starts[0]] == ["mon"] * 4


def test_the_shared_pass_agrees_on_random_text() -> None:
    patterns = _compiled()
    many = read_many(patterns)
    alphabet = "aedhlnorstuwyEDHOTMJ0123456789 -\n\t,.’–\u00a0ſ"
    chooser = random.Random(14)
    for _ in range(200):
        text = "".join(chooser.choice(alphabet) for _ in range(300)) + " early May, Late one Hour, end June"
        starts = start_positions(many, text)
        for index, pattern in enumerate(patterns):
            assert _matches(finditer_each(many, index, text, starts)) == _matches(pattern.finditer(text))


def test_a_text_whose_lowered_form_is_longer_is_scanned_rule_by_rule() -> None:
    text = "İstanbul, on Monday; Monday again"  # a lowered "İ" is two characters
    patterns = _compiled()
    many = read_many(patterns)
    assert start_positions(many, text) is None
    for index, pattern in enumerate(patterns):
        assert _matches(finditer_each(many, index, text, None)) == _matches(pattern.finditer(text))


def test_matches_at_goes_on_from_the_end_of_the_last_match() -> None:
    pattern = re.compile(r"ab|ba")
    assert _matches(matches_at(pattern, "abab", [0, 1, 2, 3])) == _matches(pattern.finditer("abab"))


NEWS = ("Last Monday morning, three days ago, the council met at 9:30 a.m. on Tuesday; in the fourth quarter "
        "of 2009, and from 2009 to 2011, the fall of 2008 and the 1990s, every week, 24 hours later, the "
        "day before Christmas, that year, earlier this month, Q3, FY2010, 12/05/2020, 2020-05-12, '98, "
        "the 21st century, on Fridays, two-year, the weekend, overnight trading, 5 March 2010, May 5. "
        "In the second half, the 2008-09 season, a time of 2:05:33, the third period, 1 May 2011, "
        "late May, mid-2010, the end of the year, holidays, in the coming weeks, a fortnight ago.")


def test_every_time_rule_finds_the_same_matches_from_the_shared_pass() -> None:
    from generator.annotate.timex.grammar import RULES

    many = read_many([rule.pattern for rule in RULES])
    assert not many.unread
    starts = start_positions(many, NEWS)
    for index, rule in enumerate(RULES):
        assert _matches(finditer_each(many, index, NEWS, starts)) == _matches(rule.pattern.finditer(NEWS)), \
            rule.name


@pytest.mark.parametrize("scanned, shared", [(0, False), (10**9, True)])
def test_rules_are_scanned_one_by_one_until_the_shared_pass_pays_for_itself(
        monkeypatch: pytest.MonkeyPatch, scanned: int, shared: bool) -> None:
    from generator.annotate.timex import rule_scan

    monkeypatch.setattr(rule_scan, "_state", rule_scan._Scan(scanned=scanned))
    starts = rule_scan.rule_starts(NEWS)
    assert (starts is not None) == shared
    from generator.annotate.timex.grammar import RULES
    for index, rule in enumerate(RULES):
        assert _matches(rule_scan.rule_matches(index, NEWS, starts)) == _matches(rule.pattern.finditer(NEWS))
