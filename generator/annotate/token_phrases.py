"""Where a document's tokens spell given phrases: every occurrence, overlapping ones too.

What spaCy's `PhraseMatcher(vocab, attr="ORTH")` finds (by start, then end), without building a
pattern `Doc` and a matcher for every article's own list of names: for the twenty to fifty names of
one article, making those cost more than the search, which is a lookup of each token's text among
the phrases' first words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from generator.annotate.doc_tokens import token_texts

if TYPE_CHECKING:  # spaCy is only needed for type names here
    from spacy.tokens import Doc

Phrase = tuple[str, ...]  # the texts of a phrase's tokens


def phrase_occurrences(doc: Doc, phrases: Iterable[Phrase]) -> Iterator[tuple[int, int, Phrase]]:
    """(start token, end token, phrase) for every place the tokens' texts are the phrase's words."""
    by_first_word: dict[str, list[Phrase]] = {}
    for phrase in sorted(set(phrases), key=len):  # at one start, the shorter phrase ends first
        if phrase:
            by_first_word.setdefault(phrase[0], []).append(phrase)
    texts = token_texts(doc)  # shared: read only
    for start, text in enumerate(texts):
        for phrase in by_first_word.get(text, ()):
            end = start + len(phrase)
            if end <= len(texts) and tuple(texts[start:end]) == phrase:
                yield start, end, phrase
