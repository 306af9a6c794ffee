"""line_tail: a bounded look back before a name finds what the whole line before it finds."""

from __future__ import annotations

import random
import re

from generator.annotate import entity_rules as rules
from generator.annotate.line_tail import anchored_width, line_tail


def _whole_line(text: str, end: int) -> str:
    return text[text.rfind("\n", 0, end) + 1:end]


def test_anchored_width_counts_characters_other_than_spaces_plus_the_one_before() -> None:
    assert anchored_width(re.compile(r"\b(?:ab|abcd)\s*:?\s*$")) == 6
    assert anchored_width(re.compile(r"x {0,40}y\Z")) == 3


def test_anchored_width_refuses_what_it_cannot_bound() -> None:
    assert anchored_width(re.compile(r"\w+$")) is None  # unbounded
    assert anchored_width(re.compile(r"abc")) is None  # not anchored at the end
    assert anchored_width(re.compile(r"(?<=q)abc$")) is None  # reads before the match


def test_line_tail_is_the_whole_line_when_short_or_unbounded() -> None:
    text = "First line\nPhoto by Jane"
    assert line_tail(text, len(text), 20) == "Photo by Jane"
    assert line_tail(text, len(text), None) == "Photo by Jane"


def test_a_bounded_tail_finds_the_same_credits_as_the_whole_line() -> None:
    pieces = ["Photo", "photos", "by", ":", "credit:", "telephoto", "image", "courtesy", "(c)", "©",
              "the", "illustration", "a" * 30, " ", " " * 50, "\t", "\n", "Video", "x"]
    width = anchored_width(rules.CREDIT_MARKERS)
    assert width is not None
    generator = random.Random(7)
    shortened = 0
    for _ in range(200):
        text = "".join(generator.choice(pieces) + generator.choice(["", " "]) for _ in range(60))
        for end in range(len(text) + 1):
            bounded, whole = line_tail(text, end, width), _whole_line(text, end)
            shortened += len(bounded) < len(whole)
            assert whole.endswith(bounded)
            assert bool(rules.CREDIT_MARKERS.search(bounded)) == bool(rules.CREDIT_MARKERS.search(whole))
            assert bounded.rstrip().endswith(("©", "(c)")) == whole.rstrip().endswith(("©", "(c)"))
    assert shortened > 0  # the bound did cut long lines
