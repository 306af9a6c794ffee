"""Skipping a hand-written regular expression on a text that cannot hold a match: required words.

Many of the time-expression rules can only match where one of a few words is written: "spring",
"summer", "autumn", "winter" or "fall" for a season, "century" for a century, "ago", "from now" or
"hence" for "three days ago". `required_words(pattern)` reads such a set off the parsed pattern (one
of its words stands in every match), and `may_match` tells, with a substring test per word, whether a
text holds any of them; a text that holds none has no match, and the pattern need not scan it.

Words are compared in a folded form of the text (lower case, and the four non-ASCII letters that
`re` matches to ASCII ones under IGNORECASE mapped to those): only ASCII words are taken from a
pattern, so the test never says "no" where the pattern would find a match, with or without case.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

# The non-ASCII characters `re` matches to an ASCII letter when ignoring case: İ ı ſ and the Kelvin sign.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def folded(text: str) -> str:
    """`text` as `may_match` compares it (translating only a text that holds one of the four)."""
    return text.translate(_TO_ASCII).lower() if _FOLDED_TO_ASCII.search(text) else text.lower()


def may_match(pattern: re.Pattern[str], folded_text: str) -> bool:
    """False only when `pattern` cannot match the text whose `folded` form is `folded_text`."""
    words = required_words(pattern)
    return words is None or any(word in folded_text for word in words)


@cache
def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII words one of which every match of `pattern` contains (None: no such set known)."""
    try:
        words = _required(sre_parse.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError):
        return None
    return frozenset(words) if words else None


def _required(items: Any) -> set[str] | None:
    """The cheapest-to-test set of words one of which every match of the sequence `items` holds."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL and value < 0x80:
            run.append(chr(value))
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the letters on either side stand next to each other
        _close(run, options)
        inner = _required_of_item(op, value)
        if inner:
            options.append(inner)
    _close(run, options)
    return min(options, key=lambda words: (len(words), -min(map(len, words)))) if options else None


def _close(run: list[str], options: list[set[str]]) -> None:
    if run:
        options.append({"".join(run).lower()})
        run.clear()


def _required_of_item(op: Any, value: Any) -> set[str] | None:
    if op is sre.SUBPATTERN:
        return _required(value[3])
    if op is sre.BRANCH:
        branches = [_required(branch) for branch in value[1]]
        if any(not words for words in branches):
            return None  # one alternative needs no word: nothing is required
        return set().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS and value[0] >= 1:
        return _required(value[2])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _required(value)
    return None  # a class, a back-reference, a conditional, an optional part: no word known
