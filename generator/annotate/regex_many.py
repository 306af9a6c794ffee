"""Every match of many hand-written regular expressions in one text, the same as each one's
`finditer`, found from one pass over the text shared by all of them.

`regex_scan` lets `re` skip, for each pattern on its own, the characters no match of it can start
with; but most of the ~50 time rules can start with a common letter (a mid-word "e" may start "end
May"), so each rule still stops at a third of the text, and each stop costs about as much as the
rest of the scan. Here every pattern's first characters are read once (`regex_prefix`'s sequences of
classes, up to five characters): every match of the pattern starts with one of a set of short
strings ("keys") of ASCII characters, lowered. One pass over the lowered text, with one compiled
pattern (a tree of the keys' first three characters), finds the few positions where some key starts;
a dictionary gives the patterns the keys there may start (kept per window of text, with the
character before it: a pattern that starts with `\b` is not tried inside a word), and each pattern
is then tried (`match`) only there, in order, from the end of its last match on: exactly the matches
of its `finditer`, for a pattern that cannot match the empty string. A match whose first characters
hold a non-ASCII one is found from that character's position: the patterns whose class at that
place holds it are tried where the match would start.

A pattern whose first characters are not known (it may match the empty string, or start with `.`)
is left to `regex_scan`; so is a text whose lowered form is not as long as itself (a lowered "İ" is
two characters), where positions would not line up.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from generator.annotate.regex_first import first_parts
from generator.annotate.regex_prefix import sequences
from generator.annotate.regex_scan import finditer as scan_finditer

KEY_LENGTH = 5
MOST_KEYS = 128  # per sequence of classes: a longer key would multiply them past this, so it stops short
FILTER_DEPTH = 3
_ASCII = [chr(code) for code in range(128)]
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"\w")  # a word character as `\b` tells them (Unicode)
MOST_WINDOWS = 50_000  # the windows' patterns kept, across texts
Places = tuple[tuple[re.Pattern[str], ...], ...]  # per place of a match's first characters, its classes


@dataclass
class ManyPatterns:
    """What one pass needs to find where each of `patterns` may match."""

    patterns: tuple[re.Pattern[str], ...]
    keys: dict[str, tuple[int, ...]]  # a lowered start -> the patterns (by index) a match may start so
    lengths: tuple[int, ...]  # the keys' lengths, ascending
    starts: re.Pattern[str]  # finds, in a lowered text, every position where a key may begin
    places: tuple[Places, ...]  # per pattern, its classes at each place
    unread: frozenset[int]  # patterns whose first characters are not known: scanned on their own
    bounded: frozenset[int]  # patterns every match of which starts at a word boundary (`\b` first)
    windows: dict[str, tuple[int, ...]] = field(default_factory=dict)  # the patterns a window may start
    # a non-ASCII character -> the (pattern, place) whose classes at that place hold it
    holders: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)


def read_many(patterns: Sequence[re.Pattern[str]]) -> ManyPatterns:
    """Read the keys of every pattern (about 0.15 CPU s for the time rules)."""
    keys: dict[str, list[int]] = {}
    places: list[Places] = []
    unread: set[int] = set()
    for index, pattern in enumerate(patterns):
        read = _keys_and_places(pattern)
        if read is None:
            unread.add(index)
            places.append(())
            continue
        pattern_keys, pattern_places = read
        for key in sorted(pattern_keys):
            keys.setdefault(key, []).append(index)
        places.append(pattern_places)
    starts = re.compile(f"(?=(?:{_tree(set(keys), FILTER_DEPTH)}))") if keys else re.compile(r"(?!)")
    return ManyPatterns(patterns=tuple(patterns), keys={key: tuple(found) for key, found in keys.items()},
                        lengths=tuple(sorted({len(key) for key in keys})), starts=starts,
                        places=tuple(places), unread=frozenset(unread),
                        bounded=frozenset(index for index, pattern in enumerate(patterns)
                                          if index not in unread and _at_boundary(pattern)))


def start_positions(many: ManyPatterns, text: str) -> list[list[int]] | None:
    """For each pattern, ascending, the positions of `text` where a match of it may start (a
    superset); None when the text's lowered form does not line up with it."""
    lowered = _spaced(text.lower())
    if len(lowered) != len(text):
        return None
    found: list[list[int]] = [[] for _ in many.patterns]
    known = many.windows
    if len(known) > MOST_WINDOWS:
        known.clear()
    for position in map(re.Match.start, many.starts.finditer(lowered)):
        # the character before (a space at the start: no word character, as `\b` takes it) and the first few
        window = text[position - 1:position + KEY_LENGTH] if position else " " + text[:KEY_LENGTH]
        hit = known.get(window)
        if hit is None:
            hit = known[window] = _patterns_at(many, window)
        for index in hit:
            found[index].append(position)
    extra = _non_ascii_starts(many, text)
    for index, positions in extra.items():
        found[index] = sorted({*found[index], *positions})
    return found


def matches_at(pattern: re.Pattern[str], text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, trying only `positions` (ascending, a superset of
    where a match can start)."""
    end = 0
    for position in positions:
        if position < end:
            continue
        match = pattern.match(text, position)
        if match is not None:
            yield match
            end = match.end()


def finditer_each(many: ManyPatterns, index: int, text: str,
                  positions: list[list[int]] | None) -> Iterator[re.Match[str]]:
    """The matches of `many.patterns[index].finditer(text)`, from `start_positions` when it could."""
    pattern = many.patterns[index]
    if positions is None or index in many.unread:
        return scan_finditer(pattern, text)
    return matches_at(pattern, text, positions[index])


def _spaced(text: str) -> str:
    """`text` with every ASCII space a " ": one character to a key, so fewer keys (`str.translate`
    takes 15 times as long on a news article)."""
    return text.replace("\n", " ").replace("\t", " ").replace("\r", " ").replace("\f", " ").replace("\v", " ")


def _patterns_at(many: ManyPatterns, window: str) -> tuple[int, ...]:
    """The patterns a match may start with at `window[1]` (`window[0]` before it)."""
    lowered = _spaced(window[1:].lower())
    get = many.keys.get
    hit: set[int] = set()
    for length in many.lengths:
        if found := get(lowered[:length]):
            hit.update(found)
    if hit and many.bounded and (_WORD.match(window[0]) is None) == (_WORD.match(window[1]) is None):
        hit -= many.bounded  # no word boundary between two word characters, nor between two others
    return tuple(hit)


def _non_ascii_starts(many: ManyPatterns, text: str) -> dict[int, list[int]]:
    """Where a match holding a non-ASCII character among its first ones would start, by pattern."""
    extra: dict[int, list[int]] = {}
    for match in _NON_ASCII.finditer(text):
        char, at = match.group(), match.start()
        holders = many.holders.get(char)
        if holders is None:
            holders = many.holders[char] = tuple(
                (index, place) for index, classes in enumerate(many.places)
                for place, fragments in enumerate(classes)
                if any(fragment.fullmatch(char) for fragment in fragments))
        for index, place in holders:
            if at >= place:
                extra.setdefault(index, []).append(at - place)
    return extra


def _keys_and_places(pattern: re.Pattern[str]) -> tuple[set[str], Places] | None:
    """The lowered ASCII strings every match of `pattern` starts with one of (under its own case
    rules, a superset), and the classes of each of the first characters the keys stand for."""
    read = sequences(pattern, KEY_LENGTH)
    if read is None:
        return None
    keys: set[str] = set()
    places: list[set[str]] = []
    for classes in sorted(read):
        chars = [_lowered_ascii(fragment, pattern.flags) for fragment in classes]
        count, size = 0, 1
        for held in chars:  # as many places as keep the keys few; the first always
            if count and size * len(held) > MOST_KEYS:
                break
            size, count = size * len(held), count + 1
        for place, fragment in enumerate(classes[:count]):
            if place == len(places):
                places.append(set())
            places[place].add(fragment)
        keys.update("".join(combination) for combination in itertools.product(*chars[:count]))
    return keys, tuple(tuple(_compiled(fragment, pattern.flags) for fragment in sorted(held))
                       for held in places)


def _at_boundary(pattern: re.Pattern[str]) -> bool:
    """Whether a `\\b` (as Unicode words are) stands before the first character of every match."""
    parts = first_parts(pattern)
    return (parts is not None and not pattern.flags & (re.ASCII | re.LOCALE)
            and all(boundary for *_, boundary in parts))


@cache
def _compiled(fragment: str, flags: int) -> re.Pattern[str]:
    return re.compile(fragment, flags & ~re.VERBOSE)


@cache
def _lowered_ascii(fragment: str, flags: int) -> tuple[str, ...]:
    """The ASCII characters the class holds, lowered."""
    compiled = _compiled(fragment, flags)
    return tuple(sorted({_spaced(char.lower()) for char in _ASCII if compiled.fullmatch(char)}))


def _tree(keys: set[str], depth: int) -> str:
    """The keys' first `depth` characters as nested alternatives (a shorter key ends its branch)."""
    branches: dict[str, set[str]] = {}
    for key in keys:
        branches.setdefault(key[0], set()).add(key[1:depth])
    written = []
    for first, rests in sorted(branches.items()):
        if "" in rests or depth == 1:
            written.append(re.escape(first))
        else:
            written.append(f"{re.escape(first)}(?:{_tree(rests, depth - 1)})")
    return "|".join(written)
