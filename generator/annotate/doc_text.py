"""A parsed document's text, read once (kept free of spaCy imports: modules on the warm-rebuild
path use it, and a warm rebuild must not pay spaCy's import time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.doc_memo import memo

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "explainer.text"


def doc_text(doc: Doc) -> str:
    """The text of `doc`, computed once: spaCy's `Doc.text` joins every token anew on each access,
    and the extractors read it for every candidate mention."""
    return memo(doc, _KEY, lambda: doc.text)


def remember_text(doc: Doc, text: str) -> None:
    """Keep `text`, the string the pipeline parsed into `doc`, as its text: spaCy's tokenizer never
    drops or changes a character (`doc.text == text`), so the join `doc_text` would make is not needed."""
    doc.user_data[_KEY] = text
