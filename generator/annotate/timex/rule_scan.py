"""Where each time rule matches in a text: all rules from one shared pass (`regex_many`) once this
process has annotated enough text for the pass's reading to pay for itself, each rule on its own
(`regex_scan`) before that, and always the same matches as the rule's `finditer`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.annotate.regex_many import ManyPatterns, finditer_each, read_many, start_positions
from generator.annotate.regex_scan import finditer
from generator.annotate.timex.grammar import RULES

# Reading every rule's first characters for the shared pass costs about 0.16 CPU s, as much as
# scanning some 25 news articles rule by rule (about 6 ms an article before the rules' own companions
# are compiled, `regex_scan.PLAIN_SCAN_CHARS`), and saves about 1 ms an article after. One added
# article does without it; a process that has scanned this many characters reads it (`prepare`: at once).
SHARED_SCAN_CHARS = 40_000


@dataclass
class _Scan:
    scanned: int = 0  # characters scanned rule by rule so far
    many: ManyPatterns | None = None


_state = _Scan()


def prepare() -> None:
    """Read the shared pass now (before forking workers), and use it from the first text on."""
    _shared()


def rule_starts(text: str) -> list[list[int]] | None:
    """Where each rule (by its place in RULES) may match in `text`, or None: each is scanned on its own."""
    many = _state.many
    if many is None:
        _state.scanned += len(text)
        if _state.scanned <= SHARED_SCAN_CHARS:
            return None
        many = _shared()
    return start_positions(many, text)


def rule_matches(index: int, text: str, starts: list[list[int]] | None) -> Iterator[re.Match[str]]:
    """The matches of `RULES[index].pattern.finditer(text)`, from `rule_starts(text)`."""
    if starts is None or _state.many is None:
        return finditer(RULES[index].pattern, text)
    return finditer_each(_state.many, index, text, starts)


def unread_rules() -> list[int]:
    """The rules the shared pass cannot take (scanned on their own, `regex_scan`)."""
    return sorted(_shared().unread)


def _shared() -> ManyPatterns:
    if _state.many is None:
        _state.many = read_many([rule.pattern for rule in RULES])
    return _state.many
