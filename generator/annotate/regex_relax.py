"""A looser copy of a hand-written regular expression, for the scan's look-behind: no conditionals,
no back-references.

`regex_scan` finds where a pattern may match with a companion pattern that holds the pattern inside a
look-behind; `re` refuses a conditional (`(?(amount)...|...)`) or a back-reference (`(?P=sep)`) there,
and three time rules (duration, clock, numeric date) hold one, so they were searched without `re`'s
fast loop. `relaxed(source)` writes each conditional `(?(g)yes|no)` as the alternation `(?:yes|no)`
(`(?(g)yes)` as `(?:yes|)`) and each back-reference as `(?:[\\s\\S]*?)`: wherever the pattern matches,
the loose copy matches too (every way through the pattern is a way through the copy), so the copy
finds every position the pattern can match at, and a few more; there the scan asks the pattern itself.

The source is read character by character: escapes, character classes and, in verbose patterns,
comments are copied as they stand. A numbered back-reference (`\\1`) is not rewritten: None.
"""

from __future__ import annotations

_ANY = r"(?:[\s\S]*?)"


def relaxed(source: str, verbose: bool) -> str | None:
    """`source` with its conditionals as alternations and its named back-references as any text;
    None when it has neither (nothing to relax) or a numbered back-reference."""
    out: list[str] = []
    conditionals: list[bool] = []  # per open group: whether it is a conditional
    alternated: list[bool] = []  # per open group: whether a top-level "|" was seen in it
    changed = False
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            if source[i + 1:i + 2].isdigit() and source[i + 1] != "0":
                return None  # a numbered back-reference (or an octal escape): left alone
            out.append(source[i:i + 2])
            i += 2
        elif char == "[":
            end = _class_end(source, i)
            out.append(source[i:end])
            i = end
        elif source.startswith("(?#", i):  # an inline comment: copied up to its end
            end = source.index(")", i) + 1
            out.append(source[i:end])
            i = end
        elif char == "#" and verbose:
            end = source.find("\n", i)
            end = len(source) if end < 0 else end
            out.append(source[i:end])
            i = end
        elif source.startswith("(?(", i):
            close = source.index(")", i + 3)
            out.append("(?:")
            conditionals.append(True)
            alternated.append(False)
            changed = True
            i = close + 1
        elif source.startswith("(?P=", i):
            close = source.index(")", i + 4)
            out.append(_ANY)
            changed = True
            i = close + 1
        elif char == "(":
            out.append(char)
            conditionals.append(False)
            alternated.append(False)
            i += 1
        elif char == "|":
            if alternated:
                alternated[-1] = True
            out.append(char)
            i += 1
        elif char == ")":
            if not conditionals:
                return None  # unbalanced: not a pattern this reads
            conditional, had_bar = conditionals.pop(), alternated.pop()
            out.append("|)" if conditional and not had_bar else ")")  # "(?(g)yes)" matches empty otherwise
            i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out) if changed and not conditionals else None


def _class_end(source: str, start: int) -> int:
    """The index just after the character class that opens at `start` ("]" first is a member)."""
    i = start + 1
    if source[i:i + 1] == "^":
        i += 1
    if source[i:i + 1] == "]":
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1
