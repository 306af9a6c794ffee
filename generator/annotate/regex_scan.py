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
and there checks, as look-aheads, the first character with its word boundary (`regex_first`), the
first four characters (`regex_prefix`: "the" is no start of "the past", nor "and" of "about") and
then `pattern` itself. So it finds the leftmost position where `pattern` matches; `pattern.match` at
that position gives the same match object `finditer` would, and the search goes on from the match's
end, as `finditer` does. That is exactly `finditer` for a pattern that cannot match the empty
string, the only kind `first_parts` knows. A pattern `re` refuses inside a look-behind (one with a
back-reference or a conditional) is searched with the same look-aheads in front of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from generator.annotate.regex_first import Part, first_class, first_parts
from generator.annotate.regex_prefix import prefix_gate
from generator.annotate.regex_relax import relaxed
from generator.annotate.regex_syntax import escaped

_ASCII = [chr(code) for code in range(128)]

# Compiling a pattern's companion costs as much as scanning about 30 news articles with the pattern
# itself (the 45 time rules: 0.15 CPU s to compile, against 0.17 ms an article and rule scanned plainly
# and 0.05 ms through the companion). A process that annotates one added article would pay every
# compile for nothing, so a pattern is scanned plainly until this process has scanned this many
# characters with it (about 30 articles), then through its companion: never more than twice the
# cheaper of the two. `prepare` (before forking workers for many articles) skips the wait.
PLAIN_SCAN_CHARS = 100_000
_plainly_scanned: dict[re.Pattern[str], int] = {}
_prepared: set[re.Pattern[str]] = set()


# What `finditer` scans a pattern with once it is worth compiling, by the pattern's identity: hashing
# a compiled pattern hashes its whole compiled code (4 µs for a time rule), which `functools.cache`
# and a set's lookup did at each call (about 0.6 ms an article for the 48 time rules).
_plans: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]]] = {}


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, in order."""
    plan = _plans.get(id(pattern))
    if plan is None or plan[0] is not pattern:
        if not _worth_compiling(pattern, len(text)):
            yield from pattern.finditer(text)
            return
        scanner = companion(pattern)
        plan = _plans[id(pattern)] = (pattern, scanner, _prefixed(pattern) if scanner is None else pattern)
    scanner = plan[1]
    if scanner is None:
        yield from plan[2].finditer(text)  # the same matches, found faster
        return
    position = 0
    while (found := scanner.search(text, position)) is not None:
        match = pattern.match(text, found.start())
        if match is None:  # only a loosened pattern's companion (`regex_relax`) stops where none starts
            position = found.start() + 1
            continue
        yield match
        position = match.end()


def prepare(pattern: re.Pattern[str]) -> None:
    """Read and compile what `finditer` will use for `pattern` now (before forking workers), and use
    it from the first text on."""
    _prepared.add(pattern)
    if companion(pattern) is None:
        _prefixed(pattern)


def _worth_compiling(pattern: re.Pattern[str], length: int) -> bool:
    """Whether `pattern` is scanned through its companion: prepared, or scanned plainly long enough."""
    if pattern in _prepared:
        return True
    scanned = _plainly_scanned.get(pattern, 0) + length
    if scanned <= PLAIN_SCAN_CHARS:
        _plainly_scanned[pattern] = scanned
        return False
    _prepared.add(pattern)
    return True


@cache
def companion(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern that finds where `pattern` next matches, starting with a plain class; None when
    `pattern` has no known first characters or `re` refuses the look-behind."""
    parts = first_parts(pattern)
    if parts is None:
        return None
    # Written as the ASCII characters that cannot start a match, negated: the same class as "those that
    # can, and every non-ASCII character", which `re` would compile by walking the 65,000 codes of a
    # range.
    others = "".join(escaped(ord(char)) for char in _ASCII if not _may_start(parts, char, pattern.flags))
    first = f"[^{others}]" if others else r"[\s\S]"
    for inner in (pattern.pattern, relaxed(pattern.pattern, bool(pattern.flags & re.VERBOSE))):
        if inner is None:
            break
        source = f"{first}(?<={_gates(pattern, parts)}(?=(?:{inner}{_verbose_end(pattern)}))[\\s\\S])"
        try:
            return re.compile(source, pattern.flags)
        except re.error:  # e.g. a back-reference or a conditional, which `re` refuses inside a look-behind:
            continue      # then the pattern loosened (`regex_relax`), which finds every place it matches
    return None


@cache
def _prefixed(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind the look-aheads on its first character and first characters (or itself)."""
    parts = first_parts(pattern)
    if parts is None:
        return pattern
    try:
        stricter = re.compile(f"{_gates(pattern, parts)}(?:{pattern.pattern}{_verbose_end(pattern)})",
                              pattern.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return pattern
    return stricter if stricter.groupindex == pattern.groupindex else pattern


def _gates(pattern: re.Pattern[str], parts: list[Part]) -> str:
    """The look-aheads every match passes where it starts: its first character (with a word boundary
    where the pattern has one), which turns most positions away in one test, then its first four."""
    prefix = prefix_gate(pattern)
    return f"(?=(?:{first_class(parts)}))" + (f"(?=(?:{prefix}))" if prefix else "")


def _verbose_end(pattern: re.Pattern[str]) -> str:
    return "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment must not eat ")"


def _may_start(parts: list[Part], char: str, flags: int) -> bool:
    """Whether one of the first classes holds `char`, under its own case rule (the word boundary
    before it is left to the gated pattern)."""
    return any(_class(members, negated, ignore_case, flags).fullmatch(char) is not None
               for members, negated, ignore_case, _ in parts)


@cache
def _class(members: str, negated: bool, ignore_case: bool, flags: int) -> re.Pattern[str]:
    fragment = f"[{'^' if negated else ''}{members}]"
    return re.compile(f"(?i:{fragment})" if ignore_case else f"(?-i:{fragment})", flags & ~re.VERBOSE)
