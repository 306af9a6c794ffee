"""Where quotations are: pairs of quote marks, within a paragraph or across paragraphs.

Double marks (straight ``"``, curly “ and ”, and two apostrophes typed for one) are one kind: real
text mixes them (“…," or "…“ after a copy and paste), and double marks do not nest, so within a
paragraph they pair in order, whatever their shape. Single curly marks (‘…’) pair with each other; a
’ between letters is an apostrophe. A straight single mark (') is too often an apostrophe to pair
freely: it opens only at the start of a paragraph or after a space, before a letter or digit, and
closes only after ``,.!?`` (a space between allowed), before a space or the end; it never opens
inside a word.

A quotation may run over several paragraphs. Two conventions are read:

* the paragraph left open is followed by one that opens with a mark (the typographic convention
  for a quotation going on in a new paragraph);
* the paragraph left open is followed by paragraphs without marks of that kind and then one whose
  first mark closes (text saved one sentence per paragraph keeps the marks of the quotation as it
  was, around several paragraphs). Up to MAX_OPEN_PARAGRAPHS paragraphs are bridged.

A mark "closes" by its shape: it does not stand before a word after a space or the paragraph start
(after a colon and a space it opens, even with a space after it);
in a paragraph that goes on with an open quotation, a first mark after a comma that leads into a
short attribution ending the sentence (", “team president Jane Roe said.") closes too.
An opening mark left without a partner in any other case is a stray mark and quotes nothing.
"""

from __future__ import annotations

import functools
import re
from copy import copy
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
DOUBLE_MARKS = frozenset('"“”')
CURLY_SINGLE = ("‘", "’")
STRAIGHT_SINGLE = "'"
MAX_OPEN_PARAGRAPHS = 8
_KINDS = ("double", "single", "straight")
# The characters each kind of mark is made of (scanning only these keeps long texts cheap).
_MARKS = {"double": re.compile('["“”]'), "single": re.compile("[‘’]"), "straight": re.compile("'")}
_ATTRIBUTION_AFTER = re.compile(r"(said|says|asked|asks|added|adds|told|tells)\b")
_OPENING_CONTEXT = frozenset(" \t\n([{—–-/")
_SPEECH_VERBS = r"(?:said|says|asked|asks|added|adds|told|tells|explained|noted|wrote)"
# "…, “team president Jane Roe said.": a mark before a short attribution that ends the sentence
# (what follows the verb, ", adding that …", has no quote mark).
_TRAILING_ATTRIBUTION = re.compile(rf"(?:[\w.,'’-]+ ){{0,8}}{_SPEECH_VERBS}\b[^\"“”]{{0,200}}?[.!?](?:\s|$)")
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH_VERBS}(?: \w+)?\s*,$")


@dataclass
class QuotedPart:
    """The words between one pair of quote marks: offsets of the inner text, marks excluded.

    `continued` marks a part that goes on with a quotation left open in an earlier paragraph;
    `open_end` a part that was left open (it runs to the end of its paragraph).
    """

    start: int
    end: int
    continued: bool = False
    open_end: bool = False


@dataclass
class ParagraphMarks:
    """The quotations closed inside one paragraph, and what crosses its edges."""

    paired: list[QuotedPart]
    closing_first: int | None  # offset of a closing mark before any opening one (ends an open quote)
    unclosed: QuotedPart | None  # the quotation left open at the end of the paragraph
    marked: bool  # any mark of the kind at all
    opens_at_start: bool  # the paragraph starts with an opening mark


def quoted_parts(text: str) -> list[QuotedPart]:
    """Inner offsets of every quotation (see the module docstring), outer quotations only."""
    parts = [p for kind in _KINDS for p in _parts_by_kind(text)[kind]]
    return without_nested(sorted((copy(p) for p in parts), key=lambda part: (part.start, -part.end)))


def nested_parts(text: str) -> list[QuotedPart]:
    """Single-quoted quotations that stand inside a double-quoted one ("They asked, 'Why?'")."""
    found = _parts_by_kind(text)
    outer = found["double"]
    inner = [*found["single"], *found["straight"]]
    return sorted((copy(p) for p in inner if any(o.start < p.start and p.end < o.end for o in outer)),
                  key=lambda part: part.start)


@functools.lru_cache(maxsize=8)
def _parts_by_kind(text: str) -> dict[str, tuple[QuotedPart, ...]]:
    """Quotes and claims both read the marks of the same text: found once (callers get copies).
    Two apostrophes typed for a double mark (''Like this,'' she said) are read as one, in place:
    the first becomes a space, so every offset stays that of the text, and a quotation closed that
    way ends before the first of them."""
    read = text.replace("''", ' "')
    paragraphs = paragraph_spans(read)
    found = {kind: tuple(parts_across_paragraphs(read, paragraphs, kind)) for kind in _KINDS}
    if read != text:
        for part in found["double"]:
            if text.startswith("''", part.end - 1):
                part.end -= 1
    return found


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in PARAGRAPH_BREAK.split(text):
        offset = text.index(paragraph, offset)
        if paragraph.strip():
            spans.append((offset, offset + len(paragraph.rstrip())))
        offset += len(paragraph)
    return spans


def parts_across_paragraphs(text: str, paragraphs: list[tuple[int, int]], kind: str) -> list[QuotedPart]:
    parts: list[QuotedPart] = []
    left_open: list[QuotedPart] = []  # an open quotation and the unmarked paragraphs after it
    for start, end in paragraphs:
        marks = paragraph_marks(text, start, end, kind, continuing=bool(left_open))
        if left_open and marks.opens_at_start:
            parts.extend(left_open_parts(left_open))
            (marks.paired[0] if marks.paired else marks.unclosed or QuotedPart(0, 0)).continued = True
        elif left_open and marks.closing_first is not None:
            parts.extend(left_open_parts(left_open))
            parts.append(QuotedPart(start, marks.closing_first, continued=True))
        elif left_open and not marks.marked and len(left_open) <= MAX_OPEN_PARAGRAPHS:
            left_open.append(QuotedPart(start, end, continued=True))
            continue
        parts.extend(marks.paired)
        left_open = [marks.unclosed] if marks.unclosed is not None else []
    return [p for p in parts if p.end > p.start]


def left_open_parts(left_open: list[QuotedPart]) -> list[QuotedPart]:
    for part in left_open:
        part.open_end = True
    return left_open


def paragraph_marks(text: str, start: int, end: int, kind: str, continuing: bool = False) -> ParagraphMarks:
    """The marks of one paragraph; `continuing`: a quotation left open before it may end here."""
    paired: list[QuotedPart] = []
    open_at: int | None = None
    closing_first: int | None = None
    marked = opens_at_start = False
    for found in _MARKS[kind].finditer(text, start, end):
        i = found.start()
        role = mark_role(text, i, start, end, kind, open_at is not None)
        if role is None:
            continue
        if continuing and not marked and role == "open" and closes_before_attribution(text, i, start, end):
            marked, closing_first = True, i
            continue
        marked = True
        if open_at is not None and role != "open-only":
            paired.append(QuotedPart(open_at + 1, i))
            open_at = None
        elif open_at is None and role == "close" and not is_opening(text, i, start):
            if not paired and closing_first is None:
                closing_first = i
        elif open_at is None:
            open_at = i
            opens_at_start = opens_at_start or (i == start and not paired and closing_first is None)
    unclosed = QuotedPart(open_at + 1, end) if open_at is not None else None
    return ParagraphMarks(paired, closing_first, unclosed, marked, opens_at_start)


def mark_role(text: str, i: int, start: int, end: int, kind: str, is_open: bool) -> str | None:
    """What the character at `i` can be: "open"/"close" for a mark of `kind`, None for anything else.

    Double marks and curly single marks can do both (pairing decides); "open-only" is a curly ‘ met
    while a quotation is open (a nested opening, never a close)."""
    char = text[i]
    if kind == "double":
        return ("open" if is_opening(text, i, start) else "close") if char in DOUBLE_MARKS else None
    if kind == "single":
        if char == CURLY_SINGLE[0]:
            return None if i > start and text[i - 1].isalnum() else ("open-only" if is_open else "open")
        if char == CURLY_SINGLE[1] and not (i + 1 < end and text[i + 1].isalpha()):
            return "close"  # "Union’s", "don’t": an apostrophe
        return None
    if char != STRAIGHT_SINGLE:
        return None
    if is_opening(text, i, start) and i + 1 < end and text[i + 1].isalnum():
        return "open-only" if is_open else "open"
    before = text[start:i].rstrip(" ")
    after_ok = i + 1 >= end or text[i + 1].isspace() or text[i + 1] in DOUBLE_MARKS | {",", ".", ";", ")"}
    if not after_ok or not before:
        return None
    # After a word only while a quotation is open ('a social drinker'); a lone close needs punctuation.
    return "close" if before[-1] in {",", ".", "!", "?"} or (is_open and before[-1].isalnum()) else None


def closes_before_attribution(text: str, i: int, start: int, end: int) -> bool:
    """ "… He bleeds the city, “team president Jane Roe said.": in a paragraph that goes on with an
    open quotation, a mark shaped as opening after a comma and before a short attribution ending the
    sentence closes it (a space misplaced); not after a speech verb ("She said, “We said no.”")."""
    before = text[start:i].rstrip()
    if not before or before[-1] not in ",!?" or _SPEECH_BEFORE.search(before):
        return False
    return _TRAILING_ATTRIBUTION.match(text, i + 1, end) is not None


def is_opening(text: str, i: int, start: int) -> bool:
    """Shaped as an opening mark: at the paragraph start or after a space, before a non-space; but a
    mark right before a speech verb closes ("… better than this, “said Jane Roe": a misplaced space)."""
    before_ok = i == start or text[i - 1] in _OPENING_CONTEXT
    if i > start and text[max(start, i - 2):i].rstrip(" ").endswith(":") and i + 1 < len(text):
        return True  # 'He added: " [The plan] came later.': after a colon a mark opens, spaced or not
    if not before_ok or i + 1 >= len(text) or text[i + 1].isspace():
        return False
    return _ATTRIBUTION_AFTER.match(text, i + 1) is None


def without_nested(parts: list[QuotedPart]) -> list[QuotedPart]:
    """Drop a quotation inside another one (‘…’ within “…”): it is part of the outer quote."""
    kept: list[QuotedPart] = []
    for part in parts:
        if kept and part.start < kept[-1].end:
            continue
        kept.append(part)
    return kept
