"""A reader of Python's regular-expression syntax, as the `re` documentation defines it: a pattern's
source in, a small tree out, for the speed-ups that look at a pattern's shape (`regex_first.py`: the
characters a match can start with; `regex_literals.py`: words every match holds).

It reads the documented syntax only (it does not rely on the standard library's private parser,
whose structures change between Python versions): literals and escapes, classes, `.`, anchors, groups
(capturing, named, non-capturing, with scoped flags, atomic), look-arounds, conditionals,
back-references, alternation and every quantifier. What it does not know, it refuses (`Unreadable`),
and the callers then leave the pattern as it is: a reader's gap costs speed, never a match.

Tree nodes are tuples `(kind, value)`:
  ("char", (code, ignore_case))             one character
  ("class", (members, negated, ignore_case)) a class, members as written inside [...] (escaped)
  ("any", None)                              `.`
  ("at", name)                               `\\b`, `\\B`, `^`, `$`, `\\A`, `\\Z`: zero-width
  ("look", items)                            a look-ahead or look-behind: zero-width
  ("group", items)                           any group, its flags already applied to its items
  ("branch", [items, ...])                   alternatives
  ("repeat", (low, high, items))             high is None when unbounded
  ("backref", None)
  ("cond", (yes, no))                        `(?(name)yes|no)`, no may be None
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

Node = tuple[str, Any]  # (kind, value): the value's shape depends on the kind (above)
Items = list[Node]

_ESCAPED_CLASSES = {"d": r"\d", "D": r"\D", "s": r"\s", "S": r"\S", "w": r"\w", "W": r"\W"}
_CONTROL = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_ANCHORS = {"b": "boundary", "B": "not-boundary", "A": "start", "Z": "end"}
_SCOPED_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
_GLOBAL_FLAGS = {**_SCOPED_FLAGS, "a": re.ASCII, "u": re.UNICODE, "L": re.LOCALE}
_OCTAL = re.compile(r"[0-7]{1,2}")
_QUANTIFIER = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


class Unreadable(Exception):
    """A construct this reader does not know: the pattern is left as it is."""


@cache
def read_pattern(source: str, flags: int) -> Items:
    """The tree of `source` compiled with `flags` (raises Unreadable)."""
    reader = _Reader(source)
    flags |= reader.global_flags()
    items = reader.alternatives(flags)
    if reader.position != len(source):
        raise Unreadable("unbalanced parenthesis")
    return items


def escaped(code: int) -> str:
    """One character by its code, safe inside and outside a class, in verbose mode too."""
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.position = 0

    def peek(self, text: str) -> bool:
        return self.source.startswith(text, self.position)

    def take(self) -> str:
        if self.position >= len(self.source):
            raise Unreadable("unexpected end")
        char = self.source[self.position]
        self.position += 1
        return char

    def global_flags(self) -> int:
        """Inline global flags at the start (`(?i)`), which apply to the whole pattern."""
        match = re.match(r"\(\?([aiLmsux]+)\)", self.source)
        if match is None:
            return 0
        self.position = match.end()
        return sum(_GLOBAL_FLAGS[letter] for letter in set(match.group(1)))

    def skip_verbose(self, flags: int) -> None:
        """Whitespace and comments, which a verbose pattern ignores outside classes."""
        while flags & re.VERBOSE and self.position < len(self.source):
            char = self.source[self.position]
            if char in " \t\n\r\f\v":
                self.position += 1
            elif char == "#":
                end = self.source.find("\n", self.position)
                self.position = len(self.source) if end < 0 else end + 1
            else:
                return

    def alternatives(self, flags: int) -> Items:
        branches = [self.sequence(flags)]
        while self.peek("|"):
            self.position += 1
            branches.append(self.sequence(flags))
        return branches[0] if len(branches) == 1 else [("branch", branches)]

    def sequence(self, flags: int) -> Items:
        items: Items = []
        while True:
            self.skip_verbose(flags)
            if self.position >= len(self.source) or self.peek("|") or self.peek(")"):
                return items
            atom = self.atom(flags)
            if atom is not None:
                items.append(self.quantified(atom, flags))

    def quantified(self, atom: Node, flags: int) -> Node:
        self.skip_verbose(flags)
        low, high = self.quantifier()
        if low is None:
            return atom
        if self.peek("?") or self.peek("+"):  # lazy or possessive: the same characters
            self.position += 1
        return ("repeat", (low, high, [atom]))

    def quantifier(self) -> tuple[int | None, int | None]:
        for sign, bounds in (("*", (0, None)), ("+", (1, None)), ("?", (0, 1))):
            if self.peek(sign):
                self.position += 1
                return bounds
        match = _QUANTIFIER.match(self.source, self.position) if self.peek("{") else None
        if match is None or (not match.group(1) and not match.group(2)):
            return None, None  # "{" that is no quantifier is a literal brace
        self.position = match.end()
        low = int(match.group(1) or 0)
        if not match.group(2):
            return low, low
        return low, int(match.group(3)) if match.group(3) else None

    def atom(self, flags: int) -> Node | None:
        char = self.take()
        ignore_case = bool(flags & re.IGNORECASE)
        if char == "(":
            return self.group(flags)
        if char == "[":
            return self.character_class(ignore_case)
        if char == "\\":
            return self.escape(ignore_case)
        if char == ".":
            return ("any", None)
        if char in "^$":
            return ("at", "start-of-line" if char == "^" else "end-of-line")
        return ("char", (ord(char), ignore_case))

    def group(self, flags: int) -> Node | None:
        if not self.peek("?"):
            return self.closed(("group", self.alternatives(flags)))
        self.position += 1
        for opening in ("=", "!", "<=", "<!"):
            if self.peek(opening):
                self.position += len(opening)
                return self.closed(("look", self.alternatives(flags)))
        if self.peek("P<") or self.peek("<"):
            self.position = self.source.index(">", self.position) + 1
            return self.closed(("group", self.alternatives(flags)))
        if self.peek("P="):
            self.position = self.source.index(")", self.position) + 1
            return ("backref", None)
        if self.peek("#"):
            self.position = self.source.index(")", self.position) + 1
            return None
        if self.peek(":") or self.peek(">"):
            self.position += 1
            return self.closed(("group", self.alternatives(flags)))
        if self.peek("("):
            return self.conditional(flags)
        return self.scoped(flags)

    def scoped(self, flags: int) -> Node:
        """`(?i:...)`, `(?-i:...)`, `(?x-i:...)`: flags for the group's own items."""
        match = re.compile(r"([a-zA-Z]*)(?:-([a-zA-Z]*))?:").match(self.source, self.position)
        if match is None:
            raise Unreadable("unknown group")
        added, removed = match.group(1), match.group(2) or ""
        if any(letter not in _SCOPED_FLAGS for letter in added + removed):
            raise Unreadable("a scoped flag other than i, m, s, x")
        self.position = match.end()
        for letter in added:
            flags |= _SCOPED_FLAGS[letter]
        for letter in removed:
            flags &= ~_SCOPED_FLAGS[letter]
        return self.closed(("group", self.alternatives(flags)))

    def conditional(self, flags: int) -> Node:
        self.position = self.source.index(")", self.position) + 1
        yes = self.sequence(flags)
        no = None
        if self.peek("|"):
            self.position += 1
            no = self.sequence(flags)
        return self.closed(("cond", (yes, no)))

    def closed(self, node: Node) -> Node:
        if not self.peek(")"):
            raise Unreadable("unclosed group")
        self.position += 1
        return node

    def escape(self, ignore_case: bool) -> Node:
        char = self.take()
        if char in _ANCHORS:
            return ("at", _ANCHORS[char])
        if char in _ESCAPED_CLASSES:
            return ("class", (_ESCAPED_CLASSES[char], False, ignore_case))
        if char.isdigit() and char != "0":
            raise Unreadable("a back-reference")  # \1 .. \99 (octal \1xx too: rare, refused)
        return ("char", (self.escaped_code(char, in_class=False), ignore_case))

    def escaped_code(self, char: str, in_class: bool) -> int:
        """The code of the character an escape (after its backslash) stands for."""
        if char in _CONTROL and (in_class or char != "b"):
            return _CONTROL[char]
        lengths = {"x": 2, "u": 4, "U": 8}
        if char in lengths:
            digits = self.source[self.position:self.position + lengths[char]]
            self.position += lengths[char]
            return int(digits, 16)
        if char == "N":
            end = self.source.index("}", self.position)
            name = self.source[self.position + 1:end]
            self.position = end + 1
            return ord(unicodedata.lookup(name))
        if char == "0":
            octal = _OCTAL.match(self.source, self.position)
            self.position = octal.end() if octal else self.position
            return int("0" + (octal.group() if octal else ""), 8)
        if char.isascii() and char.isalnum():
            raise Unreadable(f"escape \\{char}")
        return ord(char)

    def character_class(self, ignore_case: bool) -> Node:
        negated = self.peek("^")
        if negated:
            self.position += 1
        members: list[str] = []
        first = True
        while first or not self.peek("]"):
            first = False
            low = self.class_member()
            if isinstance(low, int) and self.peek("-") and not self.peek("-]"):
                self.position += 1
                high = self.class_member()
                if not isinstance(high, int):
                    raise Unreadable("a range ending in a class")
                members.append(f"{escaped(low)}-{escaped(high)}")
            else:
                members.append(escaped(low) if isinstance(low, int) else low)
        self.position += 1
        return ("class", ("".join(members), negated, ignore_case))

    def class_member(self) -> int | str:
        """A character's code, or a category such as `\\d` as written."""
        char = self.take()
        if char != "\\":
            return ord(char)
        char = self.take()
        if char in _ESCAPED_CLASSES:
            return _ESCAPED_CLASSES[char]
        return self.escaped_code(char, in_class=True)
