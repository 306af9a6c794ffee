"""The reader of Python's documented regular-expression syntax that the gates are read from."""

from __future__ import annotations

import re

import pytest

from generator.annotate.regex_first import gated
from generator.annotate.regex_literals import required_words
from generator.annotate.regex_syntax import Unreadable, read_pattern


def test_it_reads_characters_classes_groups_and_quantifiers() -> None:
    items = read_pattern(r"(?i:\bQ[1-4]\d{2,}[^\s,]x{,3}?\x41\N{EM DASH}\.)|(?P<y>\d+)", 0)
    assert items[0][0] == "branch"
    first, second = items[0][1]
    inner = first[0][1]
    assert inner[0] == ("at", "boundary")
    assert inner[1] == ("char", (ord("Q"), True))
    assert inner[2] == ("class", (r"\x31-\x34", False, True))
    assert inner[3] == ("repeat", (2, None, [("class", (r"\d", False, True))]))
    assert inner[4] == ("class", (r"\s\x2c", True, True))
    assert inner[5] == ("repeat", (0, 3, [("char", (ord("x"), True))]))
    assert inner[6:] == [("char", (0x41, True)), ("char", (0x2014, True)), ("char", (ord("."), True))]
    assert second == [("group", [("repeat", (1, None, [("class", (r"\d", False, False))]))])]


def test_a_brace_that_is_no_quantifier_is_a_character() -> None:
    assert read_pattern(r"a{b}", 0) == [("char", (97, False)), ("char", (123, False)), ("char", (98, False)),
                                        ("char", (125, False))]


def test_verbose_patterns_skip_spaces_and_comments_but_not_escaped_spaces() -> None:
    items = read_pattern("a b  # a comment ( with a bracket\n \\ c", re.VERBOSE)
    assert items == [("char", (code, False)) for code in (97, 98, 32, 99)]


@pytest.mark.parametrize("source", [r"(a)\1", r"(?a:\w)", r"\p", "(?P<x>a"])
def test_what_it_does_not_know_it_refuses(source: str) -> None:
    with pytest.raises((Unreadable, ValueError)):
        read_pattern(source, 0)


def test_refused_patterns_run_as_written() -> None:
    pattern = re.compile(r"(?a:\w+day)")
    assert gated(pattern) is pattern
    assert required_words(pattern) is None


def test_required_words_come_from_every_alternative() -> None:
    anaphoric = re.compile(r"\b(?:the|that)\s+(?:same\s+)?(?:day|week)\b")
    assert required_words(anaphoric) == frozenset({"the", "that"})
    assert required_words(re.compile(r"\b(?:\d+|a)\s+(?:days?|weeks?)\s+ago\b")) == frozenset({"ago"})
