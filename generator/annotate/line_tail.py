"""The end of a line before an offset, only as long as a rule anchored there needs.

A rule that reads what stands right before a name (a photo credit's "Photo: ", "(c)") used to take
the whole line up to the name: text saved one paragraph per line made that a scan back over the
whole paragraph for every candidate name. A pattern anchored at the end (`...$`) whose matches hold
at most N characters other than spaces finds the same matches in the part of the line that holds
the last N + 1 such characters: the match starts within it, and so does the character before the
match (which a leading `\\b` reads). N is read off the pattern's tree (`anchored_width`), so a word
added to the rule moves the bound with it.
"""

from __future__ import annotations

import re
from typing import Any

from generator.annotate.regex_syntax import Items, Unreadable, read_pattern

# How far back to look first: a few times the longest anchored match, so one slice nearly always holds enough.
_FIRST_LOOK = 64
_END_ANCHORS = frozenset({"end-of-line", "end"})


def line_tail(text: str, end: int, visible: int | None) -> str:
    """The end of the line holding `end` up to `end`, from the line's start or from later so long as
    it holds at least `visible` characters other than spaces (None: the whole line)."""
    if visible is None:
        return text[text.rfind("\n", 0, end) + 1:end]
    start = max(0, end - max(_FIRST_LOOK, 2 * visible))
    newline = text.rfind("\n", start, end)
    if newline >= 0:
        return text[newline + 1:end]
    tail = text[start:end]
    if start == 0 or _visible_count(tail) >= visible:
        return tail
    return text[text.rfind("\n", 0, start) + 1:end]


def anchored_width(pattern: re.Pattern[str]) -> int | None:
    """The characters other than spaces a match of `pattern` holds at most, plus one for the
    character before it; None when the pattern is not anchored at the end, looks around, or has no
    bound (then the caller reads the whole line)."""
    try:
        items = read_pattern(pattern.pattern, pattern.flags)
    except Unreadable:
        return None
    if not items or items[-1][0] != "at" or items[-1][1] not in _END_ANCHORS:
        return None
    width = _visible_width(items)
    return None if width is None else width + 1


def _visible_width(items: Items) -> int | None:
    total = 0
    for kind, value in items:
        width = _node_width(kind, value)
        if width is None:
            return None
        total += width
    return total


def _node_width(kind: str, value: Any) -> int | None:
    if kind == "at":
        return 0
    if kind == "char":
        return 0 if chr(value[0]).isspace() else 1
    if kind == "class":
        return 0 if value[0] == r"\s" and not value[1] else 1
    if kind == "any":
        return 1
    if kind == "group":
        return _visible_width(value)
    if kind == "branch":
        widths = [_visible_width(items) for items in value]
        return None if None in widths else max(w for w in widths if w is not None)
    if kind == "repeat":
        _low, high, items = value
        inner = _visible_width(items)
        if inner is None or (high is None and inner > 0):
            return None
        return 0 if inner == 0 else inner * high
    return None  # look-arounds read outside the match; back-references and conditionals: unknown


def _visible_count(text: str) -> int:
    return len("".join(text.split()))  # `str.split` cuts at the characters `str.isspace` names
