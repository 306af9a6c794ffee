"""A clause's kept tokens joined into the text a timeline row shows (moved from events.py).

events.py decides which tokens of a sentence tell the event; this module only writes them out:
spacing as in the article, a supplied word (a resolved subject, a lost auxiliary) as a word of its
own, and no dangling punctuation, link word or unpaired bracket at the edges.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.annotate.doc_tokens import token_texts

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Token

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


def join_tokens(tokens: list[Token | str], lowercase: set[int]) -> str:
    """The clause's tokens as readable text: spaces as written between neighbours, a supplied word
    as a word of its own, no punctuation or link word left at either edge, brackets and quotes only
    in pairs."""
    parts: list[str] = []
    words: list[str] = []  # the document's token texts, shared (`doc_tokens`)
    # each token's index in the document (-1 for a supplied word), read once: spaCy makes `.i` anew
    positions = [-1 if isinstance(token, str) else token.i for token in tokens] + [-1]  # -1: no neighbour
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        if isinstance(token, str):  # a supplied word: a word of its own
            parts.append(token + " " if index < last else token)
            continue
        i = positions[index]
        words = words or token_texts(token.doc)
        lower = i in lowercase or (  # moved inside: a sentence start that no longer starts the text
            index > 0 and token.is_sent_start and token.pos_ != "PROPN" and words[i] != "I")
        parts.append(words[i].lower() if lower else words[i])
        if index < last:  # a space as written before an adjacent neighbour, else one space
            parts.append(token.whitespace_ if positions[index + 1] == i + 1 else " ")
    return cleaned(_SPACE_BEFORE_PUNCTUATION.sub(r"\1", "".join(parts)))


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

