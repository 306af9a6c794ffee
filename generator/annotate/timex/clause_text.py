"""A clause's kept tokens joined into the text a timeline row shows (moved from events.py).

events.py decides which tokens of a sentence tell the event; this module only writes them out:
spacing as in the article, a supplied word (a resolved subject, a lost auxiliary) as a word of its
own, and no dangling punctuation, link word or unpaired bracket at the edges.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.annotate.doc_memo import memo
from generator.annotate.doc_tokens import token_ids, token_texts

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc

_LINK_WORDS = "and|or|but|nor|as well as|while|when|which|that|who|whom|whose"
TRAILING_LINKS = re.compile(rf"(?:\s+(?:{_LINK_WORDS}))+$", re.IGNORECASE)
_EDGE_PUNCTUATION = re.compile(r"^[\s,;:.\-–—\"“”'‘’()]+|[\s,;:\-–—\"“”'‘’(]+$")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?%)\]])")
_REPEATED_COMMAS = re.compile(r"(?:,\s*){2,}")
EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")
_SPACES = re.compile(r"\s{2,}")
# Where a clean-up above cannot match, it is not run: a pattern that starts with `\s*` or ends with
# `$` is tried at every position of the text, and most statements need none of them. An edge pattern
# matches only if the first character is of its first class or the last of its second; the link
# words only if the text's last 12 characters hold one after a space (the longest, "as well as", with
# a space before it and a newline after it).
_LEADING_EDGE = re.compile(r"[\s,;:.\-–—\"“”'‘’()]")
_TRAILING_EDGE = re.compile(r"[\s,;:\-–—\"“”'‘’(]")
_LAST_LINK = re.compile(rf"\s(?:{_LINK_WORDS})$", re.IGNORECASE)
_LINK_TAIL = 12


def join_said(doc: Doc, said: list[int | str], lowercase: set[int]) -> str:
    """The clause's tokens (their indices in `doc`; a string is a supplied word) as readable text:
    spaces as written between neighbours, a supplied word as a word of its own, no punctuation or
    link word left at either edge, brackets and quotes only in pairs. Read from the document's
    arrays (`token_layout`): no spaCy `Token` made."""
    words = token_texts(doc)
    spaces, starts, pos = token_layout(doc)
    proper = doc.vocab.strings["PROPN"]
    parts: list[str] = []
    last = len(said) - 1
    for index, i in enumerate(said):
        if isinstance(i, str):  # a supplied word: a word of its own
            parts.append(i + " " if index < last else i)
            continue
        lower = i in lowercase or (  # moved inside: a sentence start that no longer starts the text
            index > 0 and starts[i] == 1 and pos[i] != proper and words[i] != "I")
        parts.append(words[i].lower() if lower else words[i])
        if index < last:  # a space as written before an adjacent neighbour, else one space
            parts.append(("" if not spaces[i] else " ") if said[index + 1] == i + 1 else " ")
    return cleaned(_SPACE_BEFORE_PUNCTUATION.sub(r"\1", "".join(parts)))


def token_layout(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Per token: 1 where a space is written after it (`whitespace_`), 1 where it starts a sentence
    (`is_sent_start`; -1 or 0 elsewhere) and its part of speech's id (`pos_`), read as arrays once
    per document."""
    return memo(doc, "explainer.token-layout", lambda: (
        doc.to_array("SPACY").tolist(), doc.to_array("SENT_START").astype("int64").tolist(),
        token_ids(doc, "POS")))


def cleaned(text: str) -> str:
    """No empty brackets (what they held was left out: "Jo Roe ()"), repeated commas, edge punctuation
    or trailing link word; brackets and quotes only in pairs; single spaces."""
    if "(" in text or "[" in text:
        text = EMPTY_BRACKETS.sub("", text)
    if text.count(",") > 1:
        text = _REPEATED_COMMAS.sub(", ", text)
    text = _without_edges(text)
    if _LAST_LINK.search(text, max(0, len(text) - _LINK_TAIL)):
        text = TRAILING_LINKS.sub("", text)
    text = _without_edges(text)
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return _SPACES.sub(" ", text).strip()


def _without_edges(text: str) -> str:
    if _LEADING_EDGE.match(text) or _TRAILING_EDGE.match(text[-1:]):
        return _EDGE_PUNCTUATION.sub("", text)
    return text

