"""Lookups on a parsed Doc that spaCy recomputes on every call (`.sent`, `.root`), made once.

Number extraction asks them for every number; over thousands of numbers in one long sentence the
repeated walks were quadratic, so each answer is kept in the Doc's `user_data`.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from generator.annotate.doc_memo import memo, memo_at
from generator.annotate.doc_tokens import doc_sents

if TYPE_CHECKING:  # kept free of spaCy imports: the time rules' tense, which the story stage uses, use it
    from spacy.tokens import Span, Token

_SENTENCES = "explainer.sentence-of-token"
_ROOTS = "explainer.sentence-roots"


def sentence_of(item: Token | Span) -> Span:
    """The sentence holding a token (or a span's first token), as spaCy's `.sent` gives it.

    Looked up in a table built once per Doc: `.sent` walks the sentence on every call, which over
    thousands of numbers in one long sentence is quadratic."""
    doc = item.doc
    table = memo(doc, _SENTENCES, lambda: [s for s in doc_sents(doc) for _ in range(s.start, s.end)])
    # By the class's name, not `isinstance`: this module is kept free of spaCy imports.
    index: int = item.start if type(item).__name__ == "Span" else item.i  # type: ignore[union-attr]
    return table[index]


def sentence_root(sentence: Span) -> Token:
    """`sentence.root`, computed once per sentence (spaCy scans the sentence on every call)."""
    return memo_at(sentence.doc, _ROOTS, sentence.start, lambda: sentence.root)


class InAny(Container[int]):
    """Membership in any of a few sets without copying them: a union built per number would copy
    every number of the article each time, quadratic in an article of thousands of numbers."""

    def __init__(self, *sets: Container[int]) -> None:
        self.sets = sets

    def __contains__(self, item: object) -> bool:
        return any(item in one for one in self.sets)
