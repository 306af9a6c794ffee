"""Faster scanning with a hand-written regular expression, same matches: a first-character gate.

Python's `re` tries a pattern at every position of the text. When a pattern begins with a word
boundary, an optional group or a case-insensitive alternation, it cannot skip positions by itself
and runs its whole first step at each one. Every non-empty match, though, starts with a character
from a set that can be read off the pattern (the first characters it can consume). `gated(pattern)`
returns the same pattern behind a lookahead on that set, `(?=[set])(?:pattern)`, which rejects most
positions in one test: the same matches, the same groups, at a fraction of the cost.

The set is read from the pattern's source by `regex_syntax.py` (the documented syntax, not the
standard library's private parser) and kept in regular-expression form, each part with its own case
flag, so that `re` applies exactly the case rules of the original. Anything this module does not
understand (a back-reference first, `.`, a pattern that can match the empty string) leaves the pattern
as it is.
"""

from __future__ import annotations

import re
from functools import cache

from generator.annotate.regex_syntax import Items, Node, Unreadable, escaped, read_pattern

# One class of first characters: (its members as written inside [...], negated, ignoring case,
# at a word boundary: a `\b` stands just before it in the pattern).
Part = tuple[str, bool, bool, bool]


@cache
def first_parts(pattern: re.Pattern[str]) -> list[Part] | None:
    """The classes of characters every match of `pattern` starts with; None when not known or when
    the pattern can match the empty string."""
    try:
        parts, nullable = _first(read_pattern(pattern.pattern, pattern.flags))
    except (Unreadable, ValueError, KeyError, TypeError):
        return None
    return None if nullable or not parts else parts


@cache
def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead on its possible first characters, or `pattern` itself."""
    parts = first_parts(pattern)
    if parts is None:
        return pattern
    verbose_end = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment must not eat ")"
    source = f"(?=(?:{first_class(parts)}))(?:{pattern.pattern}{verbose_end})"
    try:
        fast = re.compile(source, pattern.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return pattern
    if fast.groups != pattern.groups or fast.groupindex != pattern.groupindex:
        return pattern
    return fast


def first_class(parts: list[Part]) -> str:
    """One class per case rule and boundary (`\\b(?i:[aeiou])|(?-i:[FMT\\d])`), negated classes alone."""
    members: dict[tuple[bool, bool], set[str]] = {}
    alone: set[str] = set()
    for members_text, negated, ignore_case, boundary in parts:
        if negated:
            alone.add(_bounded(_cased(f"[^{members_text}]", ignore_case), boundary))
        else:
            members.setdefault((ignore_case, boundary), set()).add(members_text)
    classes = [_bounded(_cased(f"[{''.join(sorted(found))}]", case), boundary)
               for (case, boundary), found in sorted(members.items())]
    return "|".join(classes + sorted(alone))


def _bounded(fragment: str, boundary: bool) -> str:
    return rf"\b{fragment}" if boundary else fragment


def _first(items: Items, boundary: bool = False) -> tuple[list[Part], bool]:
    """(the classes of characters `items` can start with, whether `items` can match the empty string).

    `boundary`: a word boundary is asserted where `items` begin. Only zero-width items stand between
    a `\\b` and the first character consumed after it, so that character is at the boundary too."""
    parts: list[Part] = []
    for node in items:
        item_parts, nullable = _first_of_item(node, boundary)
        parts.extend(item_parts)
        if not nullable:
            return parts, False
        boundary = boundary or node == ("at", "boundary")
    return parts, True


def _first_of_item(node: Node, boundary: bool) -> tuple[list[Part], bool]:
    kind, value = node
    if kind in ("at", "look"):
        return [], True  # zero-width
    if kind == "char":
        code, ignore_case = value
        return [(escaped(code), False, ignore_case, boundary)], False
    if kind == "class":
        members, negated, ignore_case = value
        return [(members, negated, ignore_case, boundary)], False
    if kind == "group":
        return _first(value, boundary)
    if kind == "branch":
        return _union([_first(branch, boundary) for branch in value])
    if kind == "repeat":
        low, high, inner = value
        parts, nullable = _first(inner, boundary) if high != 0 else ([], True)
        return parts, nullable or low == 0
    if kind == "cond":
        yes, no = value
        return _union([_first(yes, boundary), _first(no, boundary) if no is not None else ([], True)])
    raise Unreadable(kind)  # ".", a back-reference: any character may come first


def _union(firsts: list[tuple[list[Part], bool]]) -> tuple[list[Part], bool]:
    return [part for parts, _ in firsts for part in parts], any(nullable for _, nullable in firsts)


def _cased(fragment: str, ignore_case: bool) -> str:
    """The fragment under the case rule in force where it stands in the original pattern."""
    return f"(?i:{fragment})" if ignore_case else f"(?-i:{fragment})"
