"""A parsed document's token texts and character offsets, read once and shared by the extractors.

Several extractors walk every token of a document for its text or offset (the number scan's possible
starts, the names' repeats, the party tags, the time rules' token table): each walk makes a spaCy
`Token` per position and looks its text up in the string store. These lists are made in one walk per
document and kept in its `user_data`, like its text (`doc_text`). Callers only read them.
(Kept free of spaCy imports: the story stage imports modules that use it.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.doc_memo import memo
from generator.annotate.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TEXTS = "explainer.token-texts"
_STARTS = "explainer.token-starts"


def token_texts(doc: Doc) -> list[str]:
    """`[token.text for token in doc]`, made once per document: cut from the document's text, each
    token from its start to the next one's, less the space spaCy keeps after it (`doc.text` is every
    token's text and that space, joined), with no `Token` made."""
    return memo(doc, _TEXTS, lambda: _token_texts(doc))


def token_starts(doc: Doc) -> list[int]:
    """`[token.idx for token in doc]`, made once per document (read as one array: no `Token` made)."""
    return memo(doc, _STARTS, lambda: doc.to_array("IDX").tolist())


def _token_texts(doc: Doc) -> list[str]:
    text = doc_text(doc)
    starts = token_starts(doc)
    if not starts:
        return []
    ends = [*starts[1:], len(text)]
    spaces = doc.to_array("SPACY").tolist()  # 1 where a space follows the token
    return [text[start:end - space] for start, end, space in zip(starts, ends, spaces, strict=True)]


_ENTS = "explainer.ents"
_SENTS = "explainer.sents"
_TOKENS = "explainer.tokens"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once per document: spaCy builds a new `Span` for every entity on each read
    (a quarter of a millisecond for an article), and the extractors read it several times."""
    return memo(doc, _ENTS, lambda: tuple(doc.ents))


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """`tuple(doc.sents)`, made once per document (spaCy walks every token on each read)."""
    return memo(doc, _SENTS, lambda: tuple(doc.sents))


def doc_tokens(doc: Doc) -> list[Token]:
    """`list(doc)`, made once per document: `doc[i]` makes a new `Token` on each call; these are
    the same tokens (a `Token` is the document and an index), made once."""
    return memo(doc, _TOKENS, lambda: list(doc))


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the document's text: no `Span` made, and no `Token` per word
    (spaCy's `Span` makes three to find its offsets, and its text joins every token's)."""
    if not 0 <= start <= end <= len(doc):
        return doc[start:end].text  # bounds as a slice reads them
    if start == end:
        return ""
    starts = token_starts(doc)
    return doc_text(doc)[starts[start]:starts[end - 1] + len(token_texts(doc)[end - 1])]


def span_offsets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """`(span.start_char, span.end_char)` of `span = doc[start:end]`, without making the `Span`."""
    if not 0 <= start < end <= len(doc):
        span = doc[start:end]  # bounds as a slice reads them; an empty span
        return span.start_char, span.end_char
    starts = token_starts(doc)
    return starts[start], starts[end - 1] + len(token_texts(doc)[end - 1])


def token_ids(doc: Doc, attribute: str) -> list[int]:
    """`[token.<attribute> for token in doc]` for an id attribute ("POS", "TAG", "DEP": the ids
    `doc.vocab.strings[label]` gives), read as one array once per document."""
    return memo(doc, f"explainer.ids.{attribute}", lambda: doc.to_array(attribute).tolist())


def head_indices(doc: Doc) -> list[int]:
    """`[token.head.i for token in doc]`, read as one array once per document."""
    return memo(doc, "explainer.heads", lambda: [
        i + offset for i, offset in enumerate(doc.to_array("HEAD").astype("int64").tolist())])
