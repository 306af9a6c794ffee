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

TRAILING_LINKS = re.compile(r"(?:\s+(?:and|or|but|nor|as well as|while|when|which|that|who|whom|whose))+$",
                            re.IGNORECASE)
_EDGE_PUNCTUATION = re.compile(r"^[\s,;:.\-–—\"“”'‘’()]+|[\s,;:\-–—\"“”'‘’(]+$")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?%)\]])")
_REPEATED_COMMAS = re.compile(r"(?:,\s*){2,}")
EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")


def join_tokens(tokens: list[Token | str], lowercase: set[int]) -> str:
    """The clause's tokens as readable text: spaces as written between neighbours, a supplied word
    as a word of its own, no punctuation or link word left at either edge, brackets and quotes only
    in pairs."""
    parts: list[str] = []
    words: list[str] = []  # the document's token texts, shared (`doc_tokens`)
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if isinstance(token, str):  # a supplied word: a word of its own
            parts.append(token + (" " if following is not None else ""))
            continue
        words = words or token_texts(token.doc)
        i = token.i
        moved_inside = index > 0 and token.is_sent_start and token.pos_ != "PROPN" and words[i] != "I"
        parts.append(words[i].lower() if i in lowercase or moved_inside else words[i])
        if following is not None:
            adjacent = not isinstance(following, str) and following.i == i + 1
            parts.append(token.whitespace_ if adjacent else " ")
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", "".join(parts))
    text = _REPEATED_COMMAS.sub(", ", EMPTY_BRACKETS.sub("", text))  # "Jo Roe ()": what it held was left out
    text = _EDGE_PUNCTUATION.sub("", TRAILING_LINKS.sub("", _EDGE_PUNCTUATION.sub("", text)))
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return re.sub(r"\s{2,}", " ", text).strip()

