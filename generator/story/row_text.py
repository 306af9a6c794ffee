"""Whether a timeline row's text reads as a complete statement.

A reader scans the timeline in a glance, so a row never ends inside a phrase ("... the Owls, who
have", "... and"), on a comma, or holds a pair of brackets whose content was left out ("Jo Roe
()"). The statement maker (`annotate/timex/events.py`) cuts at phrase ends; this is the last check,
for texts made without a parse and for parses that went wrong: the timeline then prefers another
telling's wording, or the whole sentence (`timeline._merge`).
"""

from __future__ import annotations

import re

from generator.annotate.timex.clause_text import EMPTY_BRACKETS

# Words a statement cannot end on: conjunctions, relative words, articles and possessives, and the
# prepositions that are never a verb's particle ("of"; not "in" of "was sworn in").
DANGLING_WORDS = frozenset({
    "and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "whether", "because", "although",
    "the", "a", "an", "its", "their", "his", "my", "our", "your", "of", "than", "from", "with", "into",
    "onto", "amid", "among", "between", "during", "including",
})
_OPEN_END = re.compile(r"[,;:(\[\-–—/&]\s*$")
_LAST_WORD = re.compile(r"([\w'’]+)\W*$")


def is_readable(text: str) -> bool:
    """False for an empty text, one that ends on a dangling word or punctuation mark, or that holds
    an empty pair of brackets."""
    stripped = text.strip()
    if not stripped or EMPTY_BRACKETS.search(stripped) or _OPEN_END.search(stripped):
        return False
    last = _LAST_WORD.search(stripped)
    return last is not None and last.group(1).lower() not in DANGLING_WORDS


def whole_sentence(sentence: str) -> str:
    """The sentence as a row: its own words, without the closing full stop a row does not carry."""
    return sentence.strip().rstrip(".").strip()
