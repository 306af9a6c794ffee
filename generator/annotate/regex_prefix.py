"""The first few characters a match of a hand-written regular expression can start with, as a
look-ahead: a stricter gate than the first character alone (`regex_first.py`).

A rule whose every part is optional but its last ("about", "the past", "three", ... "days") can
start at almost any word, and `re` then tries all its alternatives at almost every word start; its
first four characters ("abou", "the ", "thre", "days", ...) are far fewer than its first letters.
`prefix_gate(pattern)` reads the pattern's tree (`regex_syntax.py`) and returns a look-ahead body that
every match satisfies where it starts: the possible sequences of its first `length` characters, each
character written as the pattern writes it (its class or character under its own case rule, so that
the gate holds exactly the characters the pattern does), merged into a tree of alternatives sharing
their first classes. Zero-width parts (`\\b`, look-arounds) are passed over, and `.` or a
back-reference ends a sequence early, so the gate can only let through more positions than the
pattern matches at, never fewer. When the sequences are too many, a shorter length is tried; None
when nothing is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from generator.annotate.regex_syntax import Items, Node, Unreadable, escaped, read_pattern

# A sequence of classes (each one character's class as a pattern fragment), and whether the part
# read so far may end there with what follows going on (False: nothing more is known).
Prefix = tuple[tuple[str, ...], bool]
MOST_SEQUENCES = 300


class _TooMany(Exception):
    """More sequences than a look-ahead should try."""


@cache
def prefix_gate(pattern: re.Pattern[str], length: int = 4) -> str | None:
    """A look-ahead body (no parentheses around it) every match of `pattern` fits where it starts."""
    found = sequences(pattern, length)
    return None if found is None else _tree(set(found))


@cache
def sequences(pattern: re.Pattern[str], length: int = 4) -> frozenset[tuple[str, ...]] | None:
    """The sequences of classes (each a fragment with its case rule) every match of `pattern` starts
    with one of, each up to `length` long (shorter where nothing more is known, or where too many
    sequences would follow); None when a match may start with an unknown character or be empty."""
    try:
        items = read_pattern(pattern.pattern, pattern.flags)
    except (Unreadable, ValueError, KeyError, TypeError):
        return None
    for size in range(length, 0, -1):
        try:
            found = frozenset(classes for classes, _ in _sequence(items, size, pattern.flags))
        except _TooMany:
            continue
        return None if () in found or not found else found
    return None


def _sequence(items: Items, length: int, flags: int) -> set[Prefix]:
    current: set[Prefix] = {((), True)}
    for node in items:
        current = _extend(current, lambda size, node=node: _item(node, size, flags), length)  # type: ignore[misc]
    return current


def _extend(current: set[Prefix], following: Callable[[int], set[Prefix]], length: int) -> set[Prefix]:
    extended: set[Prefix] = set()
    for classes, going_on in current:
        if not going_on or len(classes) >= length:
            extended.add((classes, False))
            continue
        for tail, tail_going_on in following(length - len(classes)):
            joined = classes + tail
            extended.add((joined, tail_going_on and len(joined) < length))
    if len(extended) > MOST_SEQUENCES:
        raise _TooMany
    return extended


def _item(node: Node, length: int, flags: int) -> set[Prefix]:
    kind, value = node
    if kind in ("at", "look"):
        return {((), True)}  # zero-width
    if kind == "char":
        code, ignore_case = value
        return {((_fragment(escaped(code), False, ignore_case),), True)}
    if kind == "class":
        members, negated, ignore_case = value
        return {((_fragment(members, negated, ignore_case),), True)}
    if kind == "group":
        return _sequence(value, length, flags)
    if kind == "branch":
        return set().union(*(_sequence(branch, length, flags) for branch in value))
    if kind == "repeat":
        return _repeated(value, length, flags)
    if kind == "cond":
        yes, no = value
        otherwise = _sequence(no, length, flags) if no is not None else {((), True)}
        return _sequence(yes, length, flags) | otherwise
    return {((), False)}  # ".", a back-reference: any character may come next


def _repeated(value: tuple[int, int | None, Items], length: int, flags: int) -> set[Prefix]:
    low, high, inner = value
    found: set[Prefix] = set()
    current: set[Prefix] = {((), True)}
    for count in range(length + 1):
        if count >= low or not any(going_on for _, going_on in current):
            found |= current
        if count == high or not any(going_on for _, going_on in current):
            return found
        current = _extend(current, lambda size: _sequence(inner, size, flags), length)
    # More repetitions than characters read: what is still going on may go on repeating.
    return found | {(classes, False) for classes, _ in current}


def _fragment(members: str, negated: bool, ignore_case: bool) -> str:
    """One character's class as the pattern has it, with its case rule."""
    written = f"[{'^' if negated else ''}{members}]"
    return f"(?i:{written})" if ignore_case else f"(?-i:{written})"


def _tree(sequences: set[tuple[str, ...]]) -> str:
    """The sequences as nested alternatives sharing their first classes: `[a](?:[b]|[c][d])|[e]`."""
    branches: dict[str, set[tuple[str, ...]]] = {}
    for classes in sequences:
        branches.setdefault(classes[0], set()).add(classes[1:])
    written = []
    for first, rests in sorted(branches.items()):
        head = first
        if () in rests:  # the shorter sequence already lets every longer one through
            written.append(head)
        else:
            written.append(f"{head}(?:{_tree(rests)})")
    return "|".join(written)
