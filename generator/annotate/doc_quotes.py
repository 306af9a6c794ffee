"""A parsed document's quotations, read once per document.

Quotes, claims and the speakers' rules each asked for the quoted parts of the same text and the
quotes and claims each turned them into the set of tokens inside quote marks (a `char_span` per
part). Both are the same for every extractor, so they are computed once and kept in the Doc's
`user_data`, like its text (`doc_text`). Callers only read them: the parts and the set are shared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.doc_memo import memo
from generator.annotate.doc_text import doc_text
from generator.annotate.quote_marks import QuotedPart, quoted_parts

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PARTS_KEY = "explainer.quoted_parts"
_INSIDE_KEY = "explainer.quoted_token_ids"


def doc_quoted_parts(doc: Doc) -> list[QuotedPart]:
    """`quoted_parts` of the document's text, computed once per document (read, do not change)."""
    return memo(doc, _PARTS_KEY, lambda: quoted_parts(doc_text(doc)))


def doc_quoted_token_ids(doc: Doc) -> set[int]:
    """The indices of the tokens inside quote marks, the marks included, computed once per document
    (read, do not change)."""
    return memo(doc, _INSIDE_KEY, lambda: token_ids_in_parts(doc, doc_quoted_parts(doc)))


def token_ids_in_parts(doc: Doc, parts: list[QuotedPart]) -> set[int]:
    """Tokens inside the marks of `parts`, the marks included."""
    inside: set[int] = set()
    text_length = len(doc_text(doc))
    for part in parts:
        span = doc.char_span(max(part.start - 1, 0), min(part.end + 1, text_length), alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside
