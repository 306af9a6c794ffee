"""The statement clean-up (`clause_text.cleaned`) skips a pattern only where it cannot match: the same
text as running every pattern, on invented and random text."""

from __future__ import annotations

import random
import re

import pytest

from generator.annotate.timex.clause_text import (
    _EDGE_PUNCTUATION,
    _REPEATED_COMMAS,
    EMPTY_BRACKETS,
    TRAILING_LINKS,
    cleaned,
)


def every_pattern(text: str) -> str:
    """The clean-up as written before the checks that skip a pattern (wave 11)."""
    text = _REPEATED_COMMAS.sub(", ", EMPTY_BRACKETS.sub("", text))
    text = _EDGE_PUNCTUATION.sub("", TRAILING_LINKS.sub("", _EDGE_PUNCTUATION.sub("", text)))
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return re.sub(r"\s{2,}", " ", text).strip()


@pytest.mark.parametrize("text", [
    "", " ", ",", "The ferry sailed", "The ferry sailed and", "the ferry sailed, as well as",
    "The mayor, who", "The mayor who\n", "(The ferry) sailed ()", "the ferry,, , sailed; and or",
    "\u201cThe ferry sailed\u201d -", "The ferry sailed AND", "The ferry sailed whıch",
    "The board met [ ] and WHOSE", "-- the vote, ", "a,b", "x as  well as", "ſ and", "The vote\tthat",
])
def test_the_clean_up_is_the_same_as_running_every_pattern(text: str) -> None:
    assert cleaned(text) == every_pattern(text)


def test_the_clean_up_agrees_on_random_text() -> None:
    pieces = ["and", "or", "as well as", "WHOM", "whıch", "that", "ſ", "vote", "x", " ", "  ", "\n", "\t",
              ",", ", ", ";", ":", ".", "-", "\u2014", "\"", "\u201c", "'", "(", ")", "[", "]", "()", "[ ]"]
    chooser = random.Random(19)
    for _ in range(3000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(0, 14)))
        assert cleaned(text) == every_pattern(text), text
