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

import re
from collections.abc import Iterable
from functools import cache

from generator.annotate.regex_syntax import Items, Node, Unreadable, read_pattern

# The non-ASCII characters `re` matches to an ASCII letter when ignoring case: İ ı ſ and the Kelvin sign.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def folded(text: str) -> str:
    """`text` as `may_match` compares it (translating only a text that holds one of the four)."""
    return text.translate(_TO_ASCII).lower() if _FOLDED_TO_ASCII.search(text) else text.lower()


_word_sets: dict[int, tuple[re.Pattern[str], tuple[frozenset[str], ...]]] = {}


def may_match(pattern: re.Pattern[str], folded_text: str,
              seen: dict[frozenset[str], bool] | None = None) -> bool:
    """False only when `pattern` cannot match the text whose `folded` form is `folded_text`: every
    match holds a word of each of its required sets. `seen` (one per text) keeps what was found of
    each set, for the next rule that requires it (the month names stand in three rules, "the" in many)."""
    kept = _word_sets.get(id(pattern))
    if kept is None or kept[0] is not pattern:  # looked up by identity: hashing a pattern hashes its code
        kept = _word_sets[id(pattern)] = (pattern, required_word_sets(pattern))
    for words in kept[1]:
        found = seen.get(words) if seen is not None else None
        if found is None:
            found = any(word in folded_text for word in words)
            if seen is not None:
                seen[words] = found
        if not found:
            return False
    return True


@cache
def required_word_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Every set of words read off `pattern` one of which every match holds, `required_words`' set
    first (it is the likeliest to be missing), then the others, fewest words first: "the next five
    years" holds "the", and one of "week", "year" ... too. A word that holds another word of its set
    is left out ("april" holds "apr"): the text holds one of the set exactly when it holds one of the
    rest, which are fewer to search for."""
    try:
        found = _every_required(read_pattern(pattern.pattern, pattern.flags))
    except (Unreadable, KeyError, TypeError, ValueError):
        return ()
    first = required_words(pattern)
    sets = [_shortest_only(words) for words in ([first] if first else []) + found if words]
    return tuple(dict.fromkeys(sets[:1] + sorted(sets[1:], key=lambda words: (len(words), sorted(words)))))


def _shortest_only(words: Iterable[str]) -> frozenset[str]:
    words = set(words)
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


@cache
def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII words one of which every match of `pattern` contains (None: no such set known)."""
    try:
        words = _required(read_pattern(pattern.pattern, pattern.flags))
    except (Unreadable, KeyError, TypeError, ValueError):
        return None
    return frozenset(words) if words else None


def _required(items: Items) -> set[str] | None:
    """The cheapest-to-test set of words one of which every match of the sequence `items` holds."""
    options = _options(items, every=False)
    return min(options, key=lambda words: (len(words), -min(map(len, words)))) if options else None


def _every_required(items: Items) -> list[set[str]]:
    """As `_required`, every option rather than the cheapest: a group that every match passes
    through adds all of its own."""
    return _options(items, every=True)


def _options(items: Items, every: bool) -> list[set[str]]:
    """The sets of words, each of which every match of `items` holds one of: runs of literal letters,
    and each item's own set (with `every`, a group's or a required repeat's sets one by one)."""
    options: list[set[str]] = []
    run: list[str] = []
    for node in items:
        kind, value = node
        if kind == "char" and value[0] < 0x80:
            run.append(chr(value[0]))
            continue
        if kind in ("at", "look"):
            continue  # consumes nothing: the letters on either side stand next to each other
        _close(run, options)
        if every and kind == "group":
            options.extend(_options(value, every))
        elif every and kind == "repeat" and value[0] >= 1:
            options.extend(_options(value[2], every))
        elif inner := _required_of_item(node):
            options.append(inner)
    _close(run, options)
    return options


def _close(run: list[str], options: list[set[str]]) -> None:
    if run:
        options.append({"".join(run).lower()})
        run.clear()


def _required_of_item(node: Node) -> set[str] | None:
    kind, value = node
    if kind == "group":
        return _required(value)
    if kind == "branch":
        branches = [_required(branch) for branch in value]
        if any(not words for words in branches):
            return None  # one alternative needs no word: nothing is required
        return set().union(*branches)  # type: ignore[arg-type]  # no branch is None here
    if kind == "repeat" and value[0] >= 1:
        return _required(value[2])
    return None  # a class, a back-reference, a conditional, an optional part: no word known
