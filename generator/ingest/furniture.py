"""Page furniture inside the body of a saved blog or news page: a posting line ("Posted in Harbours on
May 3, 2024 by Jo Roe"), a label line ("Tags: ferry, harbour", "Filed under: Courts", "Share this").

Such a line is no sentence of the story; as text it became an event, the home page's first line and
its description. It is recognised by its shape, not by its words alone: a posting cue whose line has
no lower-case word but glue words (so "The crew posted in the harbour at dawn." stays text), or a
page label alone or before a short list. A dropped line is never lost silently: it is logged at
info level (every `mkdocs build` that reads the file lists it, without failing `--strict`), and its
date dates an article that has none.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from generator.ingest.metadata import FURNITURE_LINE_CHARS, _parse_date

log = logging.getLogger("mkdocs.plugins.explainer.ingest")

# A posting cue: the verb a blog engine prints before a category, a date or an author.
_POSTING_CUE = re.compile(
    r"\b(?P<verb>posted|filed|tagged|published|categori[sz]ed|written)\s+(?:in|on|by|under|to|at)\b", re.I
)
# Cues that also open a plain sentence ("Published by a small press in 2019."): furniture only
# with a full date.
_SENTENCE_CUES = frozenset({"published", "written"})
# The lower-case words a posting line may hold besides its cue; any other lower-case word makes it a sentence.
_GLUE_WORDS = frozenset({
    "posted", "filed", "tagged", "published", "categorised", "categorized", "written", "in", "on", "by",
    "under", "to", "at", "of", "behalf", "and", "the", "a", "am", "pm", "a.m", "p.m", "st", "nd", "rd", "th",
    "updated", "last", "comments", "comment", "no",
})
# A page label: alone, or before a colon and a short list ("Tags: ferry, harbour").
_LABEL = re.compile(
    r"^(?:tags?|tagged|categor(?:y|ies)|filed\s+under|posted\s+in|topics?|share(?:\s+this(?:\s+(?:article|post|story))?)?"
    r"|share\s+on|related(?:\s+(?:posts|articles|stories|content))?|you\s+may\s+also\s+like|read\s+more)"
    r"\s*(?::\s*(?P<items>.*))?$",
    re.I,
)
_LIST_SEPARATOR = re.compile(r"\s*[,|•·;/]\s*")
_MAX_LABEL_ITEM_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_])?")
_DATE_START = re.compile(r"\b(?=[A-Za-z]{3,9}\.?\s+\d|\d)")


@dataclass
class Furniture:
    """The body without its furniture lines, the lines dropped and the first date one of them gave."""

    paragraphs: list[str]
    dropped: list[str] = field(default_factory=list)
    date: dt.date | None = None


def drop_furniture(paragraphs: list[str], shown: str) -> Furniture:
    """The paragraphs without page furniture; nothing is dropped from an article that is all furniture."""
    result = Furniture(paragraphs=[])
    for paragraph in paragraphs:
        if is_furniture_line(paragraph):
            result.dropped.append(paragraph)
            result.date = result.date or date_in(paragraph)
        else:
            result.paragraphs.append(paragraph)
    if not result.paragraphs:
        return Furniture(paragraphs=paragraphs)
    for line in result.dropped:
        log.info("explainer: %s: page furniture left out of the text: %s", shown, line)
    return result


def is_furniture_line(line: str) -> bool:
    """Whether a paragraph is only a posting line or a page label (with its short list)."""
    line = line.strip()
    if not line or len(line) > FURNITURE_LINE_CHARS:
        return False
    return _is_posting_line(line) or _is_label_line(line)


def _is_posting_line(line: str) -> bool:
    cue = _POSTING_CUE.search(line)
    # inside a line the cue is lower case ("... LLP. posted in"); "Charges Filed In ..." is a headline
    if cue is None or (cue.start() and not cue.group("verb").islower()):
        return False
    if cue.group("verb").lower() in _SENTENCE_CUES and date_in(line) is None:
        return False
    lower = [word for word in _WORD.findall(line) if word[:1].islower()]
    return all(word.lower() in _GLUE_WORDS for word in lower)


def _is_label_line(line: str) -> bool:
    match = _LABEL.match(line.rstrip(" .:"))
    if match is None:
        return False
    items = (match.group("items") or "").strip()
    return not items or all(len(item.split()) <= _MAX_LABEL_ITEM_WORDS
                            for item in _LIST_SEPARATOR.split(items.rstrip(".")))


def date_in(line: str) -> dt.date | None:
    """The first written or ISO date anywhere in a furniture line ("... on Friday, May 3, 2024 by ...")."""
    for start in _DATE_START.finditer(line):
        date = _parse_date(line[start.start():])
        if date is not None:
            return date
    return None
