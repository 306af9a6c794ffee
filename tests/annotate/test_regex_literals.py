"""Required words: a pattern is skipped only on a text that cannot hold one of its matches."""

from __future__ import annotations

import re

import pytest

from generator.annotate.regex_literals import folded, may_match, required_word_sets, required_words


@pytest.mark.parametrize("source, words", [
    (r"\b(?i:the)\s+weekend\b", {"weekend"}),
    (r"\b(?:spring|summer|[Ff]all)\b", {"spring", "summer", "all"}),
    (r"(?P<n>\d+)\s+(?:days?|weeks?)\s+ago", {"ago"}),
    (r"(?:early\s+)?\d{4}", None),  # the only word is optional
    (r"\b(?:now|\d+)\b", None),  # one alternative needs no word
])
def test_words_every_match_holds(source: str, words: set[str] | None) -> None:
    found = required_words(re.compile(source))
    assert (set(found) if found is not None else None) == words


@pytest.mark.parametrize("text, expected", [
    ("They met last Weekend.", True),  # case is ignored...
    ("They met last week.", False),
    ("We rest at the WEE\u212aEND", True),  # ...the way re ignores it: the Kelvin sign is a k
])
def test_may_match_never_says_no_where_the_pattern_matches(text: str, expected: bool) -> None:
    pattern = re.compile(r"(?i:\bthe\s+weekend\b)")
    assert may_match(pattern, folded(text)) is expected
    assert bool(pattern.search(text)) <= may_match(pattern, folded(text))


def test_folded_maps_every_character_re_matches_to_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        if letter.fullmatch(chr(code)):
            assert folded(chr(code)).isascii(), hex(code)


NEWS = ("In the spring of 2009, three days ago, the Tuesday before Christmas and the weekend after, a "
        "decade ago in the 1990s; the 21st century, FY2010, earlier this month, overnight and at 9 p.m.")


def test_no_time_expression_rule_is_skipped_on_a_text_it_matches() -> None:
    from generator.annotate.timex.grammar import RULES

    for text in (NEWS, NEWS.upper(), "Nothing here.", "ſpring and İstanbul, \u212aelvin"):
        for rule in RULES:
            if rule.pattern.search(text):
                assert may_match(rule.pattern, folded(text)), (rule.name, text)


def test_every_set_of_required_words_must_be_met() -> None:
    pattern = re.compile(r"\b(?i:the)\s+(?:past|next)\s+(?:weeks?|years?)\b")
    assert set(required_word_sets(pattern)) == {frozenset({"the"}), frozenset({"past", "next"}),
                                                 frozenset({"week", "year"})}
    assert not may_match(pattern, folded("The past is gone; the next one came."))  # no unit word
    assert may_match(pattern, folded("In the next two years."))  # every set met (no match: a gate only)


def test_a_word_that_holds_another_of_its_set_is_not_searched_for() -> None:
    pattern = re.compile(r"\b(?:April|Apr\.?|recently|more\s+recently|recent)\b")
    assert required_word_sets(pattern) == (frozenset({"apr", "recent"}),)
