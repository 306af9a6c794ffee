"""Where a parsed document's sentences start, computed once per document.

Several extractors number their mentions by sentence (names, aliases, roles); each used to rebuild
every sentence's text from its tokens to find where its first non-space character stands. The
starts are the same for all of them, so they are read once from the document's text and kept in
the Doc's `user_data`, like its text (`doc_text`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.doc_memo import memo
from generator.annotate.doc_text import doc_text
from generator.annotate.doc_tokens import doc_sents

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "explainer.sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """The offset of the first non-space character of each sentence that is not blank, in order
    (a sentence's text is `doc.text[start_char:end_char]`: spaCy joins its tokens to the same)."""
    return memo(doc, _KEY, lambda: _sentence_starts(doc))


def _sentence_starts(doc: Doc) -> list[int]:
    text = doc_text(doc)
    starts = []
    for sentence in doc_sents(doc):
        written = text[sentence.start_char:sentence.end_char]
        if written.strip():
            starts.append(sentence.start_char + len(written) - len(written.lstrip()))
    return starts
