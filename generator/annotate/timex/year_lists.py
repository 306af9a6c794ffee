"""Years listed in a parenthesis after a noun ("a three-time champion (2011, '14, '17)", "a two-time
winner (1998 and 2003)") name the occasions the noun counts, not when the clause around them
happened: none of them dates the sentence's event. A single year in brackets ("the mill (1911)") or
a range ("(1999-2003)") is no list and is left to the other rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.annotate.doc_text import doc_text

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Span

_YEAR = r"(?:\d{4}|['’‘]\d{2})"
_YEAR_LIST = re.compile(rf"\(\s*{_YEAR}(?:\s*(?:,|;|&|,?\s*and)\s*{_YEAR})+\s*\)")
# How far a list's brackets may stand from one of its years (a list of a dozen years fits).
_REACH = 80


def in_a_list_of_years(span: Span) -> bool:
    """Whether the date `span` is one of two or more years listed alone in a parenthesis."""
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    opening = text.rfind("(", max(0, start - _REACH), start)
    closing = text.find(")", end, end + _REACH)
    if opening < 0 or closing < 0:
        return False
    return _YEAR_LIST.fullmatch(text, opening, closing + 1) is not None
