"""Every match of a hand-written regular expression, the same as `pattern.finditer(text)`, found
with fewer steps: positions are skipped in `re`'s own fast loop.

`re` skips the positions where no match can start in a tight loop of its C code only when a pattern
begins with a case-sensitive character class (the class becomes the compiled pattern's "charset
prefix"). A pattern that begins with `\\b`, a case-insensitive part or the look-ahead gate of
`regex_first.gated` runs its first step at every position of the text instead, and each of the ~40
time rules scans the whole article so.

`finditer(pattern, text)` searches with a companion pattern that begins with such a class: the ASCII
characters a match of `pattern` can start with (read off `regex_first.first_parts` by testing each
of the 128 against the pattern's own first classes, under their own case rules), and every non-ASCII
character (so that no Unicode case rule or class such as `\\d` needs reading: a superset costs a few
positions, never a match). From just after that character the companion looks back one character
and runs the gated pattern there as a look-ahead. So it finds the leftmost position where `pattern`
matches; `pattern.match` at that position gives the same match object `finditer` would, and the
search goes on from the match's end, as `finditer` does. That is exactly `finditer` for a pattern
that cannot match the empty string, the only kind `first_parts` knows (for the others, and for a
pattern `re` refuses inside a look-behind, such as one with a back-reference or a conditional,
`finditer` of the gated pattern is used, behind a second look-ahead on its first four characters
(`regex_prefix.py`): such a pattern runs its gate at every position, and the longest time rule,
whose every part but the unit is optional, is tried at far fewer of them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from generator.annotate.regex_first import Part, first_class, first_parts, gated
from generator.annotate.regex_prefix import prefix_gate
from generator.annotate.regex_syntax import escaped

_ASCII = [chr(code) for code in range(128)]


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, in order."""
    scanner = companion(pattern)
    if scanner is None:
        yield from _prefixed(pattern).finditer(text)
        return
    position = 0
    while (found := scanner.search(text, position)) is not None:
        match = pattern.match(text, found.start())
        if match is None:  # cannot happen: the companion's look-ahead matched `pattern` right there
            position = found.start() + 1
            continue
        yield match
        position = match.end()


def prepare(pattern: re.Pattern[str]) -> None:
    """Read and compile what `finditer` will use for `pattern` now (before forking workers)."""
    if companion(pattern) is None:
        _prefixed(pattern)


@cache
def companion(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern that finds where `pattern` next matches, starting with a plain class; None when
    `pattern` has no known first characters or `re` refuses the look-behind."""
    parts = first_parts(pattern)
    fast = gated(pattern)
    if parts is None or fast is pattern:
        return None
    members = "".join(escaped(ord(char)) for char in _ASCII if _may_start(parts, char, pattern.flags))
    verbose_end = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment must not eat ")"
    source = f"[{members}\\x80-\\U0010ffff](?<=(?={fast.pattern}{verbose_end})[\\s\\S])"
    try:
        return re.compile(source, pattern.flags)
    except re.error:  # e.g. a back-reference, which `re` does not allow inside a look-behind
        return None


@cache
def _prefixed(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The gated pattern behind a look-ahead on its first characters too (or the gated pattern)."""
    fast = gated(pattern)
    parts = first_parts(pattern)
    prefix = prefix_gate(pattern)
    if fast is pattern or parts is None or prefix is None:
        return fast
    verbose_end = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment must not eat ")"
    # The one-character gate first: it turns most positions away in one test.
    source = f"(?=(?:{first_class(parts)}))(?=(?:{prefix}))(?:{pattern.pattern}{verbose_end})"
    try:
        stricter = re.compile(source, pattern.flags)
    except re.error:
        return fast
    return stricter if stricter.groupindex == pattern.groupindex else fast


def _may_start(parts: list[Part], char: str, flags: int) -> bool:
    """Whether one of the first classes holds `char`, under its own case rule (the word boundary
    before it is left to the gated pattern)."""
    return any(_class(members, negated, ignore_case, flags).fullmatch(char) is not None
               for members, negated, ignore_case, _ in parts)


@cache
def _class(members: str, negated: bool, ignore_case: bool, flags: int) -> re.Pattern[str]:
    fragment = f"[{'^' if negated else ''}{members}]"
    return re.compile(f"(?i:{fragment})" if ignore_case else f"(?-i:{fragment})", flags & ~re.VERBOSE)
